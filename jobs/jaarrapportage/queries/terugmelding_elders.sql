-- Rows of the versions in force whose onderdeel (personeel) or volgnummer (incidenten) also occurs in another
-- file in force of the same ministry and year. Both files count (staff figures are added up), which is usually an
-- old version left next to its correction: the feedback warns. One query for all files (at most 1,000 rows per
-- file version are reported), so the feedback step does not scan all rows once per file.
-- Only a ministry and year with more than one file in force of the form can have such rows: the others are left
-- out before any row is read (the ledger says which files hold which form), so a ministry that delivers one file
-- per form costs nothing here.
WITH meer_bestanden AS (
    SELECT b.ministerie, b.jaar, f.formulier
    FROM stg_bestand_in_gebruik b
    JOIN bestandsversie v ON v.versie_id = b.in_gebruik_versie_id,
         unnest(string_split(v.formulier, '+')) AS f(formulier)
    GROUP BY b.ministerie, b.jaar, f.formulier
    HAVING count(*) > 1
),
rijen AS MATERIALIZED (
    SELECT ministerie, jaar, bestandsnaam, versie_id, regel, 'onderdeel' AS kolom,
           trim(onderdeel) AS waarde, lower(trim(onderdeel)) AS sleutel
    FROM stg_personeel
    WHERE (ministerie, jaar) IN (SELECT ministerie, jaar FROM meer_bestanden WHERE formulier = 'personeel')
    UNION ALL
    SELECT ministerie, jaar, bestandsnaam, versie_id, regel, 'volgnummer' AS kolom,
           trim(volgnummer) AS waarde, lower(trim(volgnummer)) AS sleutel
    FROM stg_melding
    WHERE volgnummer IS NOT NULL AND trim(volgnummer) <> ''
      AND (ministerie, jaar) IN (SELECT ministerie, jaar FROM meer_bestanden WHERE formulier = 'incidenten')
),
dubbel AS (
    SELECT r.versie_id, r.regel, r.kolom, r.waarde, min(o.bestandsnaam) AS ander_bestand
    FROM rijen r
    JOIN rijen o ON o.ministerie = r.ministerie AND o.jaar = r.jaar AND o.kolom = r.kolom AND o.sleutel = r.sleutel
                AND o.bestandsnaam <> r.bestandsnaam
    GROUP BY r.versie_id, r.regel, r.kolom, r.waarde
)
SELECT versie_id, regel, kolom, waarde, ander_bestand
FROM dubbel
QUALIFY row_number() OVER (PARTITION BY versie_id ORDER BY regel, kolom) <= 1000
ORDER BY versie_id, regel, kolom
