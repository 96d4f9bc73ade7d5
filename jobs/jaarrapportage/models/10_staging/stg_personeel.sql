-- depends: bestandsversie, personeel_ruw, stg_bestand_gepubliceerd
-- Accepted staff rows of the versions in force, with the ministry and year of their folder.
CREATE OR REPLACE VIEW stg_personeel AS
SELECT b.ministerie, b.jaar, b.bestandsnaam, p.*
FROM stg_bestand_gepubliceerd b
JOIN bestandsversie v ON v.versie_id = b.in_gebruik_versie_id AND list_contains(string_split(v.formulier, '+'), 'personeel')
JOIN personeel_ruw p  ON p.versie_id = v.versie_id;
