-- depends: melding_ruw, personeel_ruw, kengetallen_ruw, stg_bestand_versie, rijsleutel
-- What identifies the rows of a version, for "one form, one file per ministry and year" (stg_bestand_in_gebruik,
-- docs/contract.md section 2): per version and form its distinct onderdelen and, for incidenten, its distinct
-- volgnummers, each under its key (rijsleutel: case, accents, spaces and punctuation do not count) with the first
-- spelling as `waarde`; and one row with kolom 'zonder_volgnummer' for an incidents version with a melding without
-- volgnummer. Only versions of stg_bestand_versie, and only for a form that more than one present file of the ministry
-- and year holds there: a ministry that delivers each form in one file costs nothing here.
CREATE OR REPLACE TABLE stg_formulier_sleutel AS
WITH gedeeld AS (
    SELECT DISTINCT v.ministerie, v.jaar, v.bestandsnaam, v.versie_id, v.formulier
    FROM stg_bestand_versie v
    WHERE (v.ministerie, v.jaar, v.formulier) IN (
        SELECT ministerie, jaar, formulier FROM stg_bestand_versie GROUP BY ALL HAVING count(DISTINCT bestandsnaam) > 1)
),
rij AS (
    SELECT g.ministerie, g.jaar, g.bestandsnaam, g.versie_id, g.formulier, 'onderdeel' AS kolom, p.onderdeel AS waarde
    FROM gedeeld g
    JOIN personeel_ruw p ON p.versie_id = g.versie_id
    WHERE g.formulier = 'personeel'
    UNION ALL
    SELECT g.ministerie, g.jaar, g.bestandsnaam, g.versie_id, g.formulier, 'onderdeel' AS kolom, k.onderdeel AS waarde
    FROM gedeeld g
    JOIN kengetallen_ruw k ON k.versie_id = g.versie_id
    WHERE g.formulier = 'kengetallen'
    UNION ALL
    SELECT g.ministerie, g.jaar, g.bestandsnaam, g.versie_id, g.formulier, 'onderdeel' AS kolom, m.onderdeel AS waarde
    FROM gedeeld g
    JOIN melding_ruw m ON m.versie_id = g.versie_id
    WHERE g.formulier = 'incidenten'
    UNION ALL
    SELECT g.ministerie, g.jaar, g.bestandsnaam, g.versie_id, g.formulier,
           CASE WHEN coalesce(trim(m.volgnummer), '') = '' THEN 'zonder_volgnummer' ELSE 'volgnummer' END AS kolom,
           CASE WHEN coalesce(trim(m.volgnummer), '') = '' THEN '' ELSE m.volgnummer END AS waarde
    FROM gedeeld g
    JOIN melding_ruw m ON m.versie_id = g.versie_id
    WHERE g.formulier = 'incidenten'
)
SELECT ministerie, jaar, bestandsnaam, versie_id, formulier, kolom,
       CASE WHEN kolom = 'zonder_volgnummer' THEN '' ELSE rijsleutel(waarde) END AS sleutel,
       min(waarde) AS waarde
FROM rij
GROUP BY ministerie, jaar, bestandsnaam, versie_id, formulier, kolom,
         CASE WHEN kolom = 'zonder_volgnummer' THEN '' ELSE rijsleutel(waarde) END;
