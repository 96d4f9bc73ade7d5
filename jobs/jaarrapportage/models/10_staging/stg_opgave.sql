-- depends: bestandsversie, stg_bestand_gepubliceerd
-- Per ministry, year and form: did the ministry submit, and is a submission in force?
--   'geaccepteerd' : at least one version of this form is in force (a header-only file counts: zero rows);
--   'afgekeurd'    : files are present for that year, but none of this form is in force
--                    (a file whose form could not be recognised counts as a rejected attempt at every form).
-- Ministries without any present file for the year have no row here: 'geen opgave'.
CREATE OR REPLACE VIEW stg_opgave AS
WITH formulieren(formulier) AS (VALUES ('incidenten'), ('personeel'), ('kengetallen')),
poging AS (
    SELECT b.ministerie, b.jaar, f.formulier,
           bool_or(list_contains(string_split(iv.formulier, '+'), f.formulier)) AS in_gebruik,
           bool_or(list_contains(string_split(b.actueel_formulier, '+'), f.formulier) OR b.actueel_formulier IS NULL) AS geprobeerd
    FROM stg_bestand_gepubliceerd b
    CROSS JOIN formulieren f
    LEFT JOIN bestandsversie iv ON iv.versie_id = b.in_gebruik_versie_id
    GROUP BY ALL
)
SELECT ministerie, jaar, formulier,
       CASE WHEN coalesce(in_gebruik, false) THEN 'geaccepteerd' ELSE 'afgekeurd' END AS status
FROM poging
WHERE coalesce(in_gebruik, false) OR coalesce(geprobeerd, false);
