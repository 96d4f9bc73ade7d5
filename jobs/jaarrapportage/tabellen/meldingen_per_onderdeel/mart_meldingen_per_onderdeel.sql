-- depends: int_melding, int_ministerie_geldig, int_scope
-- Table meldingen_per_onderdeel: onderdelen with at least one melding, ordered by ministry (code-list order)
-- then onderdeel name. Onderdelen are grouped by trimmed, case-insensitive name.
-- Disclosure control (contract 8): a listed onderdeel is known to have at least 1 melding, so an unsafe count
-- (1 <= n < drempel) can be hidden only if the ministry's other onderdelen can absorb a change of drempel
-- without its total moving: with k onderdelen and M meldingen that is exactly when M - k >= drempel (each
-- onderdeel can give up all but 1). Where that fails, the ministry's breakdown is withheld: one row
-- 'uitsplitsing naar onderdeel achtergehouden' with the ministry's meldingen (uitsplitsing = false), instead of
-- hiding the ministry's total to protect an onderdeel. The threshold is getvariable('onthulling_drempel'),
-- set by MartBuilder from jbr.onthulling.drempel (1: everything listed).
-- uitsplitsing is not published: it tells disclosure control which rows are onderdelen.
CREATE OR REPLACE TABLE mart_meldingen_per_onderdeel AS
WITH per_onderdeel AS (
    -- counted per ministry first, then given to each scope: each melding is read once, not once per scope
    SELECT jaar, ministerie, onderdeel_sleutel,
           min(onderdeel) AS onderdeel,
           count(*)       AS meldingen
    FROM int_melding
    GROUP BY jaar, ministerie, onderdeel_sleutel
),
telling AS (
    SELECT s.jaar, s.scope, p.ministerie, g.volgorde, p.onderdeel_sleutel, p.onderdeel, p.meldingen
    FROM int_scope s
    JOIN per_onderdeel p          ON p.jaar = s.jaar AND p.ministerie = s.ministerie
    JOIN int_ministerie_geldig g  ON g.jaar = p.jaar AND g.ministerie = p.ministerie
),
ministerie AS (
    SELECT jaar, scope, ministerie, volgorde,
           sum(meldingen) AS meldingen,
           count(*)       AS onderdelen,
           min(meldingen) >= getvariable('onthulling_drempel')
               OR sum(meldingen) - count(*) >= getvariable('onthulling_drempel') AS uitsplitsing
    FROM telling
    GROUP BY jaar, scope, ministerie, volgorde
),
rij AS (
    SELECT t.jaar, t.scope, t.ministerie, t.volgorde, t.onderdeel_sleutel, t.onderdeel, t.meldingen, true AS uitsplitsing
    FROM telling t
    JOIN ministerie g ON g.jaar = t.jaar AND g.scope = t.scope AND g.ministerie = t.ministerie
    WHERE g.uitsplitsing
    UNION ALL
    SELECT jaar, scope, ministerie, volgorde, '', 'uitsplitsing naar onderdeel achtergehouden (te kleine aantallen)',
           meldingen, false
    FROM ministerie
    WHERE NOT uitsplitsing
)
SELECT jaar,
       scope,
       row_number() OVER (PARTITION BY jaar, scope ORDER BY volgorde, onderdeel_sleutel) AS sortering,
       ministerie                 AS ministerie_code,
       onderdeel,
       CAST(meldingen AS BIGINT)  AS meldingen,
       uitsplitsing
FROM rij;
