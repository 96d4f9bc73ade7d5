-- depends: int_scope, ref_ministerie, stg_jaar
-- The five years of the trend tables: per publication year and scope (int_scope), the publication year and the four
-- before it (trend_jaar), with what is known about that year:
--   aanwezig: the year is in the drop folder (stg_jaar); its figures then come from that year's own tables;
--   geldig:   the scope existed in that year (RIJK always; a ministry by ref_ministerie, as contract 5);
--   opmerking for a row without figures of its own:
--     'geen gegevens over 2022': nothing was delivered for that year;
--     'KGG bestond in 2022 niet; de cijfers van EZK, LNV (toen bestaand, nu niet meer) zijn niet bij KGG opgeteld':
--       a ministry renamed or split across cabinets is never silently joined to its predecessors.
CREATE OR REPLACE VIEW int_trend_jaar AS
WITH publicatie AS (
    SELECT DISTINCT jaar AS publicatiejaar, scope FROM int_scope
),
jaren AS (
    SELECT p.publicatiejaar, p.scope, CAST(p.publicatiejaar - 4 + t.i AS INTEGER) AS trend_jaar
    FROM publicatie p
    CROSS JOIN range(0, 5) AS t(i)
),
geldig AS (
    SELECT DISTINCT j.publicatiejaar, j.scope, j.trend_jaar
    FROM jaren j
    JOIN ref_ministerie r ON r.code = j.scope
     AND (r.geldig_van IS NULL OR r.geldig_van <= j.trend_jaar)
     AND (r.geldig_tot IS NULL OR j.trend_jaar <= r.geldig_tot)
),
bestaand AS (
    -- per (trend year, publication year): the codes that existed then but no longer in the publication year
    SELECT j.publicatiejaar, j.trend_jaar, list(DISTINCT r.code ORDER BY r.code) AS codes
    FROM (SELECT DISTINCT publicatiejaar, trend_jaar FROM jaren) j
    JOIN ref_ministerie r
      ON (r.geldig_van IS NULL OR r.geldig_van <= j.trend_jaar) AND (r.geldig_tot IS NULL OR j.trend_jaar <= r.geldig_tot)
    WHERE NOT EXISTS (SELECT 1 FROM ref_ministerie n
                      WHERE n.code = r.code
                        AND (n.geldig_van IS NULL OR n.geldig_van <= j.publicatiejaar)
                        AND (n.geldig_tot IS NULL OR j.publicatiejaar <= n.geldig_tot))
    GROUP BY j.publicatiejaar, j.trend_jaar
)
SELECT j.publicatiejaar,
       j.scope,
       j.trend_jaar,
       j.trend_jaar IN (SELECT jaar FROM stg_jaar)                AS aanwezig,
       j.scope = 'RIJK' OR g.scope IS NOT NULL                     AS geldig,
       CASE WHEN j.scope <> 'RIJK' AND g.scope IS NULL
                THEN j.scope || ' bestond in ' || j.trend_jaar || ' niet'
                     || CASE WHEN coalesce(len(b.codes), 0) > 0
                             THEN '; de cijfers van ' || array_to_string(b.codes, ', ') || ' (toen bestaand, nu niet meer) zijn niet bij '
                                  || j.scope || ' opgeteld'
                             ELSE '' END
            WHEN j.trend_jaar NOT IN (SELECT jaar FROM stg_jaar)
                THEN 'geen gegevens over ' || j.trend_jaar
       END                                                         AS opmerking
FROM jaren j
LEFT JOIN geldig g   ON g.publicatiejaar = j.publicatiejaar AND g.scope = j.scope AND g.trend_jaar = j.trend_jaar
LEFT JOIN bestaand b ON b.publicatiejaar = j.publicatiejaar AND b.trend_jaar = j.trend_jaar;
