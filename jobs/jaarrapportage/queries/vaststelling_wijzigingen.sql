-- Per year that is vastgesteld: the accepted files whose version in force differs from the one it was vastgesteld
-- with (its latest published vaststelling), with their form, both versions and both row counts (for an incidenten
-- file: its meldingen). Input for beheer/index.html and `status`; vaststelling_gevolgen says what it does to the figures.
-- jaar = ? limits it to one year (NULL: every year).
WITH laatste AS (
    SELECT jaar, max(versie) AS versie FROM vaststelling WHERE gepubliceerd GROUP BY jaar
),
vast AS (
    SELECT v.* FROM vaststelling_bestand v JOIN laatste l ON l.jaar = v.jaar AND l.versie = v.versie
    WHERE v.in_gebruik_versie_id IS NOT NULL
),
nu AS (
    SELECT b.* FROM stg_bestand_in_gebruik b
    WHERE b.jaar IN (SELECT jaar FROM laatste) AND b.in_gebruik_versie_id IS NOT NULL
)
SELECT coalesce(n.jaar, v.jaar)                         AS jaar,
       coalesce(n.ministerie, v.ministerie)             AS ministerie,
       coalesce(n.bestandsnaam, v.bestandsnaam)         AS bestandsnaam,
       coalesce(nv.formulier, vv.formulier)             AS formulier,
       vv.versie                                        AS versie_vastgesteld,
       nv.versie                                        AS versie_nu,
       vv.geladen_regels                                AS regels_vastgesteld,
       nv.geladen_regels                                AS regels_nu
FROM nu n
FULL JOIN vast v ON v.jaar = n.jaar AND v.ministerie = n.ministerie AND v.bestandsnaam = n.bestandsnaam
LEFT JOIN bestandsversie nv ON nv.versie_id = n.in_gebruik_versie_id
LEFT JOIN bestandsversie vv ON vv.versie_id = v.in_gebruik_versie_id
WHERE n.in_gebruik_versie_id IS DISTINCT FROM v.in_gebruik_versie_id
  AND (CAST(? AS INTEGER) IS NULL OR coalesce(n.jaar, v.jaar) = ?)
ORDER BY 1, 2, 3
