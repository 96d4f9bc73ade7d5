-- depends: int_ministerie_jaar, opmerking_rijk, per_1000, percentage
-- Table meldingen_per_ministerie: one row per ministry valid in the year (code-list order), then RIJK.
--   meldingen, betrokkenen, aangetoond: from the accepted incidenten opgave (int_ministerie_jaar);
--     empty without one, and opmerking says 'geen opgave' or 'opgave afgekeurd'.
--   percentage_aangetoond = aangetoond / meldingen x 100 (empty when meldingen = 0).
--   medewerkers: headcount from the personeel opgave of the same ministry and year.
--   meldingen_per_1000_medewerkers = meldingen / medewerkers x 1000; empty without a personeel opgave
--     (opmerking 'geen personeelsopgave' / 'personeelsopgave afgekeurd') or with 0 medewerkers.
--   meldingen_vorig_jaar: meldingen of the same row (ministry code or RIJK) in jaar - 1.
-- RIJK: sums over the ministries with an accepted incidenten opgave (medewerkers: with an accepted
--   personeel opgave); RIJK per 1000 = sum of meldingen / sum of medewerkers over the ministries
--   that have both; opmerking counts the ministries left out.
-- Scope 'RIJK' holds all rows; the scope of a ministry holds only that ministry's row.
CREATE OR REPLACE TABLE mart_meldingen_per_ministerie AS
WITH ministerie AS (
    SELECT jaar,
           ministerie AS ministerie_code,
           naam       AS ministerie,
           volgorde   AS sortering,
           meldingen, betrokkenen, aangetoond, medewerkers,
           CASE WHEN meldingen IS NOT NULL AND medewerkers IS NOT NULL THEN meldingen END   AS meldingen_met_personeel,
           CASE WHEN meldingen IS NOT NULL AND medewerkers IS NOT NULL THEN medewerkers END AS medewerkers_met_meldingen,
           CASE status_incidenten
               WHEN 'geen opgave' THEN 'geen opgave'
               WHEN 'afgekeurd'   THEN 'opgave afgekeurd'
               ELSE CASE status_personeel
                        WHEN 'geen opgave' THEN 'geen personeelsopgave'
                        WHEN 'afgekeurd'   THEN 'personeelsopgave afgekeurd'
                    END
           END AS opmerking
    FROM int_ministerie_jaar
),
rijk AS (
    SELECT jaar,
           'RIJK'                 AS ministerie_code,
           'Rijk (totaal)'        AS ministerie,
           1000000                AS sortering,
           CAST(sum(meldingen) AS BIGINT)   AS meldingen,
           CAST(sum(betrokkenen) AS BIGINT) AS betrokkenen,
           CAST(sum(aangetoond) AS BIGINT)  AS aangetoond,
           CAST(sum(medewerkers) AS BIGINT) AS medewerkers,
           CAST(sum(meldingen_met_personeel) AS BIGINT)   AS meldingen_met_personeel,
           CAST(sum(medewerkers_met_meldingen) AS BIGINT) AS medewerkers_met_meldingen,
           opmerking_rijk(count(*) FILTER (WHERE meldingen IS NULL)) AS opmerking
    FROM ministerie
    GROUP BY jaar
),
alle AS (
    SELECT * FROM ministerie
    UNION ALL
    SELECT * FROM rijk
),
rij AS (
    SELECT a.jaar, a.ministerie_code, a.ministerie, a.sortering,
           a.meldingen,
           a.betrokkenen,
           a.aangetoond,
           percentage(a.aangetoond, a.meldingen)                          AS percentage_aangetoond,
           a.medewerkers,
           per_1000(a.meldingen_met_personeel, a.medewerkers_met_meldingen) AS meldingen_per_1000_medewerkers,
           v.meldingen                                                     AS meldingen_vorig_jaar,
           a.opmerking
    FROM alle a
    LEFT JOIN alle v ON v.jaar = a.jaar - 1 AND v.ministerie_code = a.ministerie_code
)
SELECT jaar, 'RIJK' AS scope, * EXCLUDE (jaar) FROM rij
UNION ALL
SELECT jaar, ministerie_code AS scope, * EXCLUDE (jaar) FROM rij WHERE ministerie_code <> 'RIJK';
