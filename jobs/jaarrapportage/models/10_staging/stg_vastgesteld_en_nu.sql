-- depends: stg_bestand_in_gebruik, vaststelling, vaststelling_bestand
-- Per year that is vastgesteld, its accepted files twice: as it was vastgesteld (stand 'vastgesteld': the version in
-- force at its latest published vaststelling) and as they are now (stand 'nu': stg_bestand_in_gebruik). What changed
-- since (query vaststelling_wijzigingen) and what that does to the figures (vaststelling_gevolgen) compare the two.
CREATE OR REPLACE VIEW stg_vastgesteld_en_nu AS
WITH laatste AS (
    SELECT jaar, max(versie) AS versie FROM vaststelling WHERE gepubliceerd GROUP BY jaar
)
SELECT 'vastgesteld' AS stand, v.jaar, v.ministerie, v.bestandsnaam, v.in_gebruik_versie_id AS versie_id
FROM vaststelling_bestand v
JOIN laatste l ON l.jaar = v.jaar AND l.versie = v.versie
WHERE v.in_gebruik_versie_id IS NOT NULL
UNION ALL
SELECT 'nu', b.jaar, b.ministerie, b.bestandsnaam, b.in_gebruik_versie_id
FROM stg_bestand_in_gebruik b
WHERE b.jaar IN (SELECT jaar FROM laatste) AND b.in_gebruik_versie_id IS NOT NULL;
