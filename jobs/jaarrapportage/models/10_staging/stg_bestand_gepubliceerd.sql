-- depends: stg_bestand_in_gebruik, vaststelling, vaststelling_bestand
-- The files whose rows the published figures are computed from: for a year that is vastgesteld, the files in force
-- when it was (its latest vaststelling, also one its own vaststellen run is publishing now); for every other year the
-- files in force now (stg_bestand_in_gebruik). So a frozen year shows, in its own tables and in later years'
-- _vorig_jaar columns and trends alike, the figures it was published with (contract 6). Feedback and inleverstatus
-- keep using stg_bestand_in_gebruik: they report what ministries delivered.
CREATE OR REPLACE VIEW stg_bestand_gepubliceerd AS
WITH laatste AS (
    SELECT jaar, max(versie) AS versie FROM vaststelling GROUP BY jaar
)
SELECT b.ministerie, b.jaar, b.bestandsnaam, b.actuele_status, b.actueel_formulier, b.in_gebruik_versie_id
FROM stg_bestand_in_gebruik b
WHERE b.jaar NOT IN (SELECT jaar FROM laatste)
UNION ALL
SELECT v.ministerie, v.jaar, v.bestandsnaam, v.actuele_status, v.actueel_formulier, v.in_gebruik_versie_id
FROM vaststelling_bestand v
JOIN laatste l ON l.jaar = v.jaar AND l.versie = v.versie;
