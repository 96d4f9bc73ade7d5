-- depends: bestandsversie, kengetallen_ruw, stg_bestand_gepubliceerd
-- Accepted kengetallen rows of the versions in force, with the ministry and year of their folder.
-- A figure left empty in the file is NULL here (no opgave for that figure), never 0.
CREATE OR REPLACE VIEW stg_kengetallen AS
SELECT b.ministerie, b.jaar, b.bestandsnaam, k.*
FROM stg_bestand_gepubliceerd b
JOIN bestandsversie v ON v.versie_id = b.in_gebruik_versie_id AND list_contains(string_split(v.formulier, '+'), 'kengetallen')
JOIN kengetallen_ruw k ON k.versie_id = v.versie_id;
