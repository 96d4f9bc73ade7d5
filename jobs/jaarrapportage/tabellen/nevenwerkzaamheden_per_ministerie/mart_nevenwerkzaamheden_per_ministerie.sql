-- depends: int_ministerie_jaar, opmerking_rijk, percentage, verschil_procentpunt
-- Table nevenwerkzaamheden_per_ministerie: one row per ministry valid in the year, then RIJK.
--   medewerkers, nevenwerkzaamheden: sums over the onderdelen of the accepted personeel opgave;
--     empty without one, and opmerking says 'geen opgave' or 'opgave afgekeurd'.
--   percentage = sum(nevenwerkzaamheden) / sum(medewerkers) x 100: a ratio of sums, never a mean of
--     the onderdelen's percentages; RIJK likewise over all ministries with an accepted opgave.
--   percentage_vorig_jaar: the same ratio of the same row (ministry code or RIJK) in jaar - 1.
--   verschil_procentpunt = exact percentage - exact percentage_vorig_jaar, rounded once (half away
--     from zero) to one decimal: not the difference of the two rounded percentages.
CREATE OR REPLACE TABLE mart_nevenwerkzaamheden_per_ministerie AS
WITH ministerie AS (
    SELECT jaar,
           ministerie AS ministerie_code,
           volgorde   AS sortering,
           medewerkers,
           nevenwerkzaamheden,
           CASE status_personeel
               WHEN 'geen opgave' THEN 'geen opgave'
               WHEN 'afgekeurd'   THEN 'opgave afgekeurd'
           END AS opmerking
    FROM int_ministerie_jaar
),
rijk AS (
    SELECT jaar,
           'RIJK'  AS ministerie_code,
           1000000 AS sortering,
           CAST(sum(medewerkers) AS BIGINT)        AS medewerkers,
           CAST(sum(nevenwerkzaamheden) AS BIGINT) AS nevenwerkzaamheden,
           opmerking_rijk(count(*) FILTER (WHERE medewerkers IS NULL)) AS opmerking
    FROM ministerie
    GROUP BY jaar
),
alle AS (
    SELECT * FROM ministerie
    UNION ALL
    SELECT * FROM rijk
),
rij AS (
    SELECT a.jaar, a.ministerie_code, a.sortering,
           a.medewerkers,
           a.nevenwerkzaamheden,
           percentage(a.nevenwerkzaamheden, a.medewerkers) AS percentage,
           percentage(v.nevenwerkzaamheden, v.medewerkers) AS percentage_vorig_jaar,
           verschil_procentpunt(a.nevenwerkzaamheden, a.medewerkers, v.nevenwerkzaamheden, v.medewerkers)
                                                           AS verschil_procentpunt,
           a.opmerking
    FROM alle a
    LEFT JOIN alle v ON v.jaar = a.jaar - 1 AND v.ministerie_code = a.ministerie_code
)
SELECT jaar, 'RIJK' AS scope, * EXCLUDE (jaar) FROM rij
UNION ALL
SELECT jaar, ministerie_code AS scope, * EXCLUDE (jaar) FROM rij WHERE ministerie_code <> 'RIJK';
