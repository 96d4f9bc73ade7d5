-- depends: mart_overzicht_incidenten, onthulling_onderdrukt
-- Disclosure control (contract 8): the cases of overzicht_incidenten withheld because their (ministerie,
-- categorie) count is suppressed, by file version and line, for the ministry's feedback (a waarschuwing).
-- Reads onthulling_onderdrukt, which the onthulling step fills after the models are computed.
CREATE OR REPLACE VIEW onthulling_achtergehouden AS
SELECT o.versie_id, o.regel, o.jaar, o.ministerie_code, o.categorie
FROM mart_overzicht_incidenten o
JOIN onthulling_onderdrukt d ON d.jaar = o.jaar AND d.cel = o.ministerie_code || '|categorie|' || o.categorie_code
WHERE o.scope = o.ministerie_code;
