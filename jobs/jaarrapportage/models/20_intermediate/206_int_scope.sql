-- depends: int_ministerie_geldig
-- The publication scopes of each year: 'RIJK' (all valid ministries together, output/<jaar>/rijk/)
-- and one scope per valid ministry (output/<jaar>/ministeries/<code>/), each mapped to the ministries
-- whose data it covers. Marts aggregate over this mapping, so rijksbreed and per-ministry figures
-- share one definition.
CREATE OR REPLACE VIEW int_scope AS
SELECT jaar, 'RIJK' AS scope, ministerie FROM int_ministerie_geldig
UNION ALL
SELECT jaar, ministerie AS scope, ministerie FROM int_ministerie_geldig;
