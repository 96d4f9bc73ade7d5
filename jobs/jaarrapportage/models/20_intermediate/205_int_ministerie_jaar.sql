-- depends: int_melding, int_ministerie_geldig, int_personeel_onderdeel, stg_opgave
-- One row per ministry valid in a published year, with the status of each form and its totals.
--   status_incidenten / status_personeel: 'geaccepteerd' (a version is in force; a header-only file
--     counts, with zero rows), 'afgekeurd' (files present, none of this form in force) or 'geen opgave'
--     (no file at all for that year); see stg_opgave.
--   meldingen, betrokkenen (sum of aantal_betrokkenen), aangetoond: only with an accepted incidenten
--     opgave (0 is then a real zero), otherwise NULL - never 0.
--   medewerkers, nevenwerkzaamheden: sums over the onderdelen of an accepted personeel opgave, otherwise NULL.
-- Materialised as a table (a few rows per year): a dozen marts read it, and as a view each of them would count all
-- meldingen again. (A data directory of an earlier release, with the view, switches by itself: SqlModels.)
CREATE OR REPLACE TABLE int_ministerie_jaar AS
WITH melding_totaal AS (
    SELECT ministerie, jaar,
           count(*)                             AS meldingen,
           sum(aantal_betrokkenen)              AS betrokkenen,
           count(*) FILTER (WHERE aangetoond)   AS aangetoond
    FROM int_melding
    GROUP BY ministerie, jaar
),
personeel_totaal AS (
    SELECT ministerie, jaar,
           sum(medewerkers)         AS medewerkers,
           sum(nevenwerkzaamheden)  AS nevenwerkzaamheden
    FROM int_personeel_onderdeel
    GROUP BY ministerie, jaar
)
SELECT g.jaar,
       g.ministerie,
       g.naam,
       g.volgorde,
       coalesce(oi.status, 'geen opgave') AS status_incidenten,
       coalesce(op.status, 'geen opgave') AS status_personeel,
       CASE WHEN oi.status = 'geaccepteerd' THEN CAST(coalesce(mt.meldingen, 0) AS BIGINT) END         AS meldingen,
       CASE WHEN oi.status = 'geaccepteerd' THEN CAST(coalesce(mt.betrokkenen, 0) AS BIGINT) END       AS betrokkenen,
       CASE WHEN oi.status = 'geaccepteerd' THEN CAST(coalesce(mt.aangetoond, 0) AS BIGINT) END        AS aangetoond,
       CASE WHEN op.status = 'geaccepteerd' THEN CAST(coalesce(pt.medewerkers, 0) AS BIGINT) END       AS medewerkers,
       CASE WHEN op.status = 'geaccepteerd' THEN CAST(coalesce(pt.nevenwerkzaamheden, 0) AS BIGINT) END AS nevenwerkzaamheden
FROM int_ministerie_geldig g
LEFT JOIN stg_opgave oi ON oi.ministerie = g.ministerie AND oi.jaar = g.jaar AND oi.formulier = 'incidenten'
LEFT JOIN stg_opgave op ON op.ministerie = g.ministerie AND op.jaar = g.jaar AND op.formulier = 'personeel'
LEFT JOIN melding_totaal mt   ON mt.ministerie = g.ministerie AND mt.jaar = g.jaar
LEFT JOIN personeel_totaal pt ON pt.ministerie = g.ministerie AND pt.jaar = g.jaar;
