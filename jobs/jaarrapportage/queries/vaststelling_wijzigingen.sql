-- Per year that is vastgesteld: the accepted files whose version in force differs from the one it was vastgesteld
-- with (its latest published vaststelling), with their form, both versions and both row counts (for an incidenten
-- file: its meldingen), from stg_vastgesteld_en_nu. Input for beheer/index.html and `status`; vaststelling_gevolgen says
-- what it does to the figures.
-- jaar = ? limits it to one year (NULL: every year).
WITH vast AS (
    SELECT * FROM stg_vastgesteld_en_nu WHERE stand = 'vastgesteld'
),
nu AS (
    SELECT * FROM stg_vastgesteld_en_nu WHERE stand = 'nu'
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
LEFT JOIN bestandsversie nv ON nv.versie_id = n.versie_id
LEFT JOIN bestandsversie vv ON vv.versie_id = v.versie_id
WHERE n.versie_id IS DISTINCT FROM v.versie_id
  AND (CAST(? AS INTEGER) IS NULL OR coalesce(n.jaar, v.jaar) = ?)
ORDER BY 1, 2, 3
