-- depends: int_ministerie_jaar, mart_meldingen_per_ministerie
-- Disclosure mapping beyond what the columns of tabel.json say (runs after the mapping derived from them).
-- The RIJK rate per 1,000 medewerkers is computed over the ministries with both opgaven. Their meldingen add up to
-- RIJK's meldingen minus those of the ministries with an incidenten opgave but no personeel opgave: the rate reveals
-- nothing as long as those are published, so it also goes with them (and, by its column, with RIJK's).
INSERT INTO onthulling_verwijzing
WITH personeel_rijk AS (
    SELECT jaar,
           count(*) FILTER (WHERE meldingen IS NOT NULL AND medewerkers IS NOT NULL) = count(meldingen) AS volledig
    FROM int_ministerie_jaar
    GROUP BY jaar
)
SELECT 'meldingen_per_ministerie', r.jaar, r.scope, r.sortering, 'meldingen_per_1000_medewerkers', 'afgeleid', r.jaar,
       mj.ministerie || '|meldingen'
FROM mart_meldingen_per_ministerie r
JOIN personeel_rijk p ON p.jaar = r.jaar
JOIN int_ministerie_jaar mj ON mj.jaar = r.jaar AND mj.meldingen IS NOT NULL AND mj.medewerkers IS NULL
WHERE r.ministerie_code = 'RIJK' AND NOT p.volledig;
