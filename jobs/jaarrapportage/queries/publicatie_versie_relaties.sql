-- Every published version's relations.
SELECT jaar, versie, relatie, soort, cel, coefficient FROM publicatie_relatie ORDER BY jaar, versie, relatie, cel
