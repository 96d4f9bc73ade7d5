-- The ministries valid in a year, in code-list order: each gets its own set of tables.
SELECT ministerie, naam FROM int_ministerie_geldig WHERE jaar = ? ORDER BY volgorde, ministerie
