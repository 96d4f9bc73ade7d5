-- depends: int_melding, int_scope, int_scope_meldingen, percentage, ref_categorie
-- Table meldingen_per_categorie: all nine categories a..i (categorieen.csv order), zeros included.
--   meldingen = meldingen with that categorie_code in the scope;
--   percentage = meldingen / all meldingen of the scope x 100 (one decimal, half up);
--   meldingen_vorig_jaar = the same count for jaar - 1 (empty when the scope had no accepted opgave then).
-- Empty cells for a scope without any accepted incidenten opgave.
CREATE OR REPLACE TABLE mart_meldingen_per_categorie AS
WITH per_ministerie AS (
    -- counted per ministry first, then added up per scope: each melding is read once, not once per scope
    SELECT jaar, ministerie, categorie_code, count(*) AS meldingen
    FROM int_melding
    GROUP BY jaar, ministerie, categorie_code
),
telling AS (
    SELECT s.jaar, s.scope, p.categorie_code, CAST(sum(p.meldingen) AS BIGINT) AS meldingen
    FROM int_scope s
    JOIN per_ministerie p ON p.jaar = s.jaar AND p.ministerie = s.ministerie
    GROUP BY s.jaar, s.scope, p.categorie_code
),
basis AS (
    SELECT sm.jaar, sm.scope, c.volgorde, c.code, c.naam,
           CASE WHEN sm.heeft_opgave THEN CAST(coalesce(t.meldingen, 0) AS BIGINT) END AS meldingen,
           sm.meldingen AS totaal
    FROM int_scope_meldingen sm
    CROSS JOIN ref_categorie c
    LEFT JOIN telling t ON t.jaar = sm.jaar AND t.scope = sm.scope AND t.categorie_code = c.code
)
SELECT b.jaar,
       b.scope,
       b.volgorde                       AS sortering,
       b.code                           AS categorie_code,
       b.naam                           AS categorie,
       b.meldingen,
       percentage(b.meldingen, b.totaal) AS percentage,
       v.meldingen                      AS meldingen_vorig_jaar
FROM basis b
LEFT JOIN basis v ON v.jaar = b.jaar - 1 AND v.scope = b.scope AND v.code = b.code;
