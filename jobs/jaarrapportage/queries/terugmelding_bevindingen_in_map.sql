-- The findings of the current version of every file present in the drop folder, in the order of
-- terugmelding_bestanden: the feedback step reads both side by side (one query for all files, not one per file).
SELECT f.versie_id, f.regel, f.kolom, f.waarde, f.ernst, f.code, f.melding, f.blad
FROM stg_bestand_in_gebruik b
JOIN bevinding f ON f.versie_id = b.actuele_versie_id
ORDER BY b.ministerie, b.jaar, b.bestandsnaam, f.volgnr
