-- The number of the next published version of a year.
SELECT coalesce(max(versie), 0) + 1 FROM publicatie_versie WHERE jaar = ?
