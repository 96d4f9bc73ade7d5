-- Lines of versions in force whose case is withheld from overzicht_incidenten by disclosure control
-- (models/40_onthulling/404_onthulling_achtergehouden.sql): the ministry hears it as a waarschuwing, on the sheet
-- the incidents were read from when the file is a workbook (blad NULL for a CSV file).
SELECT a.versie_id, a.regel, a.categorie, w.blad
FROM onthulling_achtergehouden a
LEFT JOIN werkmapblad w ON w.versie_id = a.versie_id AND w.formulier = 'incidenten'
ORDER BY a.versie_id, a.regel
