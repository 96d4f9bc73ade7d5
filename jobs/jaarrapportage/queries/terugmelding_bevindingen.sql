SELECT regel, kolom, waarde, ernst, code, melding
FROM bevinding
WHERE versie_id = ?
ORDER BY volgnr
