SELECT regel, kolom, waarde, ernst, code, melding, blad
FROM bevinding
WHERE versie_id = ?
ORDER BY volgnr
