-- The previous scan with the checksum of each file's version, to skip reading files that did not change.
SELECT s.ministerie, s.jaar, s.bestandsnaam, s.grootte, s.gewijzigd_op,
       v.versie_id, v.versie, v.status, v.formulier, v.sha256
FROM scan_bestand s
JOIN bestandsversie v ON v.versie_id = s.versie_id
