-- Lines of versions in force whose case is withheld from overzicht_incidenten by disclosure control
-- (models/40_onthulling/404_onthulling_achtergehouden.sql): the ministry hears it as a waarschuwing.
SELECT versie_id, regel, categorie
FROM onthulling_achtergehouden
ORDER BY versie_id, regel
