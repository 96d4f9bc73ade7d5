-- depends: (none)
-- Exact rounding of published ratios.
--
-- DuckDB's `/` on integers and DECIMALs yields a DOUBLE, which cannot tell 6.25 from 6.2499999...;
-- a figure sent to Parliament must not depend on that. Every published ratio is therefore computed
-- in integer arithmetic (HUGEINT) and rounded once, at the end, to one decimal.
--
-- tienden(teller, noemer, factor) = teller / noemer x factor, in tenths, rounded half away from zero
-- (for non-negative inputs this is the usual "half up"):
--     tenths = (20 x factor x |teller| + noemer) // (2 x noemer), carrying the sign of teller.
--   Example: 1 / 16 x 100 = 6.25 -> (2000 x 1 + 16) // 32 = 2016 // 32 = 63 tenths = 6.3.
-- The noemer (denominator) is never negative in this job. NULL when teller or noemer is NULL or noemer = 0.
CREATE OR REPLACE MACRO tienden(teller, noemer, factor) AS
    CASE WHEN teller IS NULL OR noemer IS NULL OR noemer = 0 THEN NULL
         WHEN teller < 0
              THEN -((20 * factor * (-CAST(teller AS HUGEINT)) + CAST(noemer AS HUGEINT)) // (2 * CAST(noemer AS HUGEINT)))
         ELSE (20 * factor * CAST(teller AS HUGEINT) + CAST(noemer AS HUGEINT)) // (2 * CAST(noemer AS HUGEINT))
    END;

-- A number of tenths as an exact DECIMAL(18,1): 63 -> 63.0 x 0.1 = 6.30 -> 6.3 (decimal multiplication is exact).
CREATE OR REPLACE MACRO tienden_als_decimaal(t) AS
    CAST(CAST(t AS DECIMAL(18, 1)) * CAST(0.1 AS DECIMAL(2, 1)) AS DECIMAL(18, 1));

-- percentage(teller, noemer) = teller / noemer x 100, one decimal, half up; NULL when noemer is 0 or missing.
CREATE OR REPLACE MACRO percentage(teller, noemer) AS
    tienden_als_decimaal(tienden(teller, noemer, 100));

-- per_1000(teller, noemer) = teller / noemer x 1000, one decimal, half up; NULL when noemer is 0 or missing.
CREATE OR REPLACE MACRO per_1000(teller, noemer) AS
    tienden_als_decimaal(tienden(teller, noemer, 1000));

-- verschil_procentpunt(t1, n1, t0, n0) = t1/n1 x 100 - t0/n0 x 100, computed exactly as
--   (t1 x n0 - t0 x n1) / (n1 x n0) x 100 and only then rounded (half away from zero) to one decimal.
-- NULL when either ratio is undefined.
CREATE OR REPLACE MACRO verschil_procentpunt(t1, n1, t0, n0) AS
    CASE WHEN t1 IS NULL OR t0 IS NULL OR n1 IS NULL OR n0 IS NULL OR n1 = 0 OR n0 = 0 THEN NULL
         ELSE tienden_als_decimaal(tienden(CAST(t1 AS HUGEINT) * n0 - CAST(t0 AS HUGEINT) * n1,
                                          CAST(n1 AS HUGEINT) * n0, 100))
    END;

-- verschil_procent(nieuw, oud) = (nieuw - oud) / oud x 100, computed exactly and rounded once (half away from
-- zero) to one decimal: 123 against 100 -> 23.0; 90 against 120 -> -25.0. NULL when either is missing or oud = 0.
CREATE OR REPLACE MACRO verschil_procent(nieuw, oud) AS
    CASE WHEN nieuw IS NULL OR oud IS NULL OR oud = 0 THEN NULL
         ELSE tienden_als_decimaal(tienden(CAST(nieuw AS HUGEINT) - oud, oud, 100))
    END;
