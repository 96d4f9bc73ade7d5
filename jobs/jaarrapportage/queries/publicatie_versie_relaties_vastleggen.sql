-- The relations between the logical cells of a published version.
INSERT INTO publicatie_relatie SELECT jaar, ?, relatie, soort, cel, coefficient FROM onthulling_relatie WHERE jaar = ?
