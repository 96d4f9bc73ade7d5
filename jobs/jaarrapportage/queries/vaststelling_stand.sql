-- The latest vaststelling of every year (also one being published now), for the fingerprints of what a year's
-- publication is made from.
SELECT jaar, max(versie) AS versie FROM vaststelling GROUP BY jaar ORDER BY jaar
