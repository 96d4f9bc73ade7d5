-- The relations between the logical cells, in a stable order.
SELECT jaar, relatie, soort, cel, coefficient FROM onthulling_relatie ORDER BY jaar, relatie, cel
