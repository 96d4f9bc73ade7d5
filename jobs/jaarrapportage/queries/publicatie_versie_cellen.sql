-- Every published version's logical cells, oldest version first.
SELECT jaar, versie, cel, scope, waarde, ondergrens, soort, verborgen, primair
FROM publicatie_cel ORDER BY jaar, versie, cel
