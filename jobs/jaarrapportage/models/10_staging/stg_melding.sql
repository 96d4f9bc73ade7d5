-- depends: bestandsversie, melding_ruw, stg_bestand_gepubliceerd
-- Accepted incident rows of the versions in force, with the ministry and year of their folder.
CREATE OR REPLACE VIEW stg_melding AS
SELECT b.ministerie, b.jaar, b.bestandsnaam, m.*
FROM stg_bestand_gepubliceerd b
JOIN bestandsversie v ON v.versie_id = b.in_gebruik_versie_id AND list_contains(string_split(v.formulier, '+'), 'incidenten')
JOIN melding_ruw m    ON m.versie_id = v.versie_id;
