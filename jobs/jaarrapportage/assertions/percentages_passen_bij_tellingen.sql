-- Assertion: every published percentage is its count divided by its total x 100, to within the half tenth of
-- one-decimal rounding (checked here in floating point, independently of the exact macros that computed it),
-- and the breakdowns of a scope add up to its meldingen. Returns the offending rows; no rows means it holds.
WITH totaal AS (
    -- a ministry's own row in its own scope, and the RIJK row in the RIJK scope
    SELECT jaar, scope, meldingen FROM mart_meldingen_per_ministerie WHERE scope = ministerie_code
),
verdeling AS (
    SELECT 'meldingen_per_categorie' AS tabel, jaar, scope, categorie_code AS waarde, meldingen, percentage FROM mart_meldingen_per_categorie
    UNION ALL SELECT 'soort_incident', jaar, scope, soort_incident, meldingen, percentage FROM mart_soort_incident
    UNION ALL SELECT 'soort_onderzoek', jaar, scope, soort_onderzoek, meldingen, percentage FROM mart_soort_onderzoek
    UNION ALL SELECT 'uitkomst', jaar, scope, uitkomst, meldingen, percentage FROM mart_uitkomst
    UNION ALL SELECT 'afdoening', jaar, scope, afdoening, meldingen, percentage FROM mart_afdoening
)
SELECT v.tabel, v.jaar, v.scope, v.waarde
FROM verdeling v
JOIN totaal t ON t.jaar = v.jaar AND t.scope = v.scope
WHERE t.meldingen > 0 AND abs(CAST(v.percentage AS DOUBLE) - 100.0 * v.meldingen / t.meldingen) > 0.0500001
UNION ALL
SELECT v.tabel, v.jaar, v.scope, 'som'
FROM verdeling v
JOIN totaal t ON t.jaar = v.jaar AND t.scope = v.scope
GROUP BY v.tabel, v.jaar, v.scope, t.meldingen
HAVING sum(v.meldingen) IS DISTINCT FROM t.meldingen
UNION ALL
SELECT 'meldingen_per_ministerie', jaar, scope, ministerie_code
FROM mart_meldingen_per_ministerie
WHERE meldingen > 0
  AND abs(CAST(percentage_aangetoond AS DOUBLE) - 100.0 * aangetoond / meldingen) > 0.0500001
