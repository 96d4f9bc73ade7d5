-- depends: int_melding_kenmerk, int_scope, int_scope_meldingen, percentage, ref_codelijst
-- Shared definition of the distribution tables (soort_incident, soort_onderzoek, uitkomst, afdoening):
-- for one code list, per year and scope, every value of the list in list order (including zeros), with
--   meldingen  = number of meldingen with that value,
--   percentage = meldingen / all meldingen of the scope x 100 (one decimal, half up, see 01_macros).
-- A scope without any accepted incidenten opgave gets empty cells, never zeros.
CREATE OR REPLACE MACRO verdeling(lijstnaam) AS TABLE
WITH per_ministerie AS (
    -- counted per ministry first, then added up per scope: each melding is read once, not once per scope
    SELECT jaar, ministerie, waarde, count(*) AS meldingen
    FROM int_melding_kenmerk
    WHERE lijst = lijstnaam
    GROUP BY jaar, ministerie, waarde
),
telling AS (
    SELECT s.jaar, s.scope, p.waarde, CAST(sum(p.meldingen) AS BIGINT) AS meldingen
    FROM int_scope s
    JOIN per_ministerie p ON p.jaar = s.jaar AND p.ministerie = s.ministerie
    GROUP BY s.jaar, s.scope, p.waarde
)
SELECT sm.jaar,
       sm.scope,
       c.volgorde AS sortering,
       c.waarde,
       CASE WHEN sm.heeft_opgave THEN CAST(coalesce(t.meldingen, 0) AS BIGINT) END AS meldingen,
       CASE WHEN sm.heeft_opgave THEN percentage(coalesce(t.meldingen, 0), sm.meldingen) END AS percentage
FROM int_scope_meldingen sm
JOIN ref_codelijst c ON c.lijst = lijstnaam
LEFT JOIN telling t ON t.jaar = sm.jaar AND t.scope = sm.scope AND t.waarde = c.waarde;
