-- For `status`: per ministry, year and file, the version in force and when it was received.
SELECT b.ministerie, b.jaar, b.bestandsnaam,
       a.versie AS actuele_versie, a.status AS actuele_status,
       g.versie AS in_gebruik_versie, g.formulier, g.geladen_regels, g.ontvangen_op
FROM stg_bestand_in_gebruik b
JOIN bestandsversie a ON a.versie_id = b.actuele_versie_id
LEFT JOIN bestandsversie g ON g.versie_id = b.in_gebruik_versie_id
ORDER BY b.jaar, b.ministerie, b.bestandsnaam
