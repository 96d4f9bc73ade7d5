-- The files in force for the year now, as the files of its new vaststelling: versie, jaar.
INSERT INTO vaststelling_bestand
SELECT jaar, ?, ministerie, bestandsnaam, actuele_status, actueel_formulier, in_gebruik_versie_id
FROM stg_bestand_in_gebruik
WHERE jaar = ?
