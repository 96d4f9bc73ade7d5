-- Rows of the version in force of one file (parameter: its versie_id) whose onderdeel (personeel) or volgnummer
-- (incidenten) also occurs in another file in force of the same ministry and year. Both files count (staff figures
-- are added up), which is usually an old version left next to its correction: the feedback warns.
WITH rijen AS (
    SELECT ministerie, jaar, bestandsnaam, versie_id, regel, 'onderdeel' AS kolom,
           trim(onderdeel) AS waarde, lower(trim(onderdeel)) AS sleutel
    FROM stg_personeel
    UNION ALL
    SELECT ministerie, jaar, bestandsnaam, versie_id, regel, 'volgnummer' AS kolom,
           trim(volgnummer) AS waarde, lower(trim(volgnummer)) AS sleutel
    FROM stg_melding
    WHERE volgnummer IS NOT NULL AND trim(volgnummer) <> ''
)
SELECT r.regel, r.kolom, r.waarde, min(o.bestandsnaam) AS ander_bestand
FROM rijen r
JOIN rijen o ON o.ministerie = r.ministerie AND o.jaar = r.jaar AND o.kolom = r.kolom AND o.sleutel = r.sleutel
            AND o.bestandsnaam <> r.bestandsnaam
WHERE r.versie_id = ?
GROUP BY r.regel, r.kolom, r.waarde
ORDER BY r.regel
