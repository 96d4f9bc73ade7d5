-- depends: bestandsversie, stg_bestand_kandidaat, stg_bestand_versie, stg_formulier_sleutel
-- Which version of each present file is in force: its candidate (stg_bestand_kandidaat: the version present now when
-- accepted, else the latest earlier accepted one; for a copy of another file its latest earlier accepted version that
-- is no copy, or none), unless that breaks the rule
-- "one form, one file per ministry and year" (docs/contract.md section 2):
--   Two files of a ministry and year that hold the same form (a workbook sheet is a file of its form) both count only
--   when they clearly complement each other: no onderdeel in both (personeel, kengetallen); for incidenten no
--   onderdeel in both, or every melding of both files has a volgnummer and no volgnummer is in both. Onderdelen and
--   volgnummers are compared by rijsleutel (case, accents, spaces and punctuation do not count). A form that
--   stg_formulier_sleutel has no rows for (a form added later) is never complementary.
--   Otherwise the file received later (an earlier run first, then the name: stg_bestand_versie.volgorde) gives way:
--   its candidate is set aside (`opzij_versie_id`) and it names the earlier file (`al_ingeleverd_in`), the form, why
--   (`al_ingeleverd_reden`: 'onderdeel' | 'volgnummer' | 'zonder_volgnummer' | 'formulier') and an example value.
--   A file set aside keeps its latest earlier accepted version in force (contract 6.2) when that version complements
--   every candidate that stays; of two such earlier versions that do not complement each other the later gives way
--   too. So the versions in force complement each other pairwise, whatever the order files arrive in: never count
--   one submission twice. Last, a guard: no content (sha256) is in force for two files.
--   `actueel_telt`: the file's present version is the one in force (the feedback's and the inleverstatus's
--   "geaccepteerd", and the run's count of accepted files).
CREATE OR REPLACE TABLE stg_bestand_in_gebruik AS
WITH paar AS (
    -- two versions of different present files of the same ministry, year and form
    SELECT a.ministerie, a.jaar, a.formulier, a.versie_id AS a_versie, b.versie_id AS b_versie
    FROM stg_bestand_versie a
    JOIN stg_bestand_versie b ON b.ministerie = a.ministerie AND b.jaar = a.jaar AND b.formulier = a.formulier
                             AND b.bestandsnaam <> a.bestandsnaam
),
gemeen AS (
    -- per pair, form and kind of key: the first value (by spelling) that both versions hold
    SELECT a.versie_id AS a_versie, b.versie_id AS b_versie, a.formulier, a.kolom, min(a.waarde) AS waarde
    FROM stg_formulier_sleutel a
    JOIN stg_formulier_sleutel b ON b.ministerie = a.ministerie AND b.jaar = a.jaar AND b.formulier = a.formulier
                                AND b.kolom = a.kolom AND b.sleutel = a.sleutel AND b.bestandsnaam <> a.bestandsnaam
    WHERE a.kolom IN ('onderdeel', 'volgnummer')
    GROUP BY a.versie_id, b.versie_id, a.formulier, a.kolom
),
botsing AS (
    -- the pairs that do not clearly complement each other, with why and an example
    SELECT p.a_versie, p.b_versie, p.formulier,
           CASE WHEN p.formulier NOT IN ('incidenten', 'personeel', 'kengetallen') THEN 'formulier'
                WHEN o.waarde IS NULL THEN NULL
                WHEN p.formulier <> 'incidenten' THEN 'onderdeel'
                WHEN n.waarde IS NOT NULL THEN 'volgnummer'
                WHEN EXISTS (SELECT 1 FROM stg_formulier_sleutel z
                             WHERE z.versie_id IN (p.a_versie, p.b_versie) AND z.formulier = 'incidenten'
                               AND z.kolom = 'zonder_volgnummer') THEN 'zonder_volgnummer'
           END AS reden,
           CASE WHEN n.waarde IS NOT NULL THEN n.waarde ELSE o.waarde END AS waarde
    FROM paar p
    LEFT JOIN gemeen o ON o.a_versie = p.a_versie AND o.b_versie = p.b_versie AND o.formulier = p.formulier
                      AND o.kolom = 'onderdeel'
    LEFT JOIN gemeen n ON n.a_versie = p.a_versie AND n.b_versie = p.b_versie AND n.formulier = p.formulier
                      AND n.kolom = 'volgnummer'
),
conflict AS (
    SELECT * FROM botsing WHERE reden IS NOT NULL
),
versie AS (
    SELECT DISTINCT ministerie, jaar, bestandsnaam, versie_id, versie, kandidaat, volgorde FROM stg_bestand_versie
),
opzij AS (
    -- a candidate that does not complement a candidate received before it gives way; it names the first such one
    SELECT x.ministerie, x.jaar, x.bestandsnaam, x.versie_id, y.bestandsnaam AS al_ingeleverd_in,
           c.formulier AS al_ingeleverd_formulier, c.reden AS al_ingeleverd_reden, c.waarde AS al_ingeleverd_waarde
    FROM versie x
    JOIN conflict c ON c.a_versie = x.versie_id
    JOIN versie y ON y.versie_id = c.b_versie AND y.kandidaat
    WHERE x.kandidaat AND y.volgorde < x.volgorde
    QUALIFY row_number() OVER (PARTITION BY x.versie_id ORDER BY y.volgorde, c.formulier) = 1
),
staand AS (
    SELECT v.* FROM versie v WHERE v.kandidaat AND v.versie_id NOT IN (SELECT versie_id FROM opzij)
),
terugval AS (
    -- of a file set aside: its latest earlier accepted version that complements every candidate that stays
    SELECT v.ministerie, v.jaar, v.bestandsnaam, max_by(v.versie_id, v.versie) AS versie_id,
           max_by(v.volgorde, v.versie) AS volgorde
    FROM versie v
    JOIN opzij o ON o.ministerie = v.ministerie AND o.jaar = v.jaar AND o.bestandsnaam = v.bestandsnaam
    WHERE NOT v.kandidaat
      AND NOT EXISTS (SELECT 1 FROM conflict c JOIN staand s ON s.versie_id = c.b_versie WHERE c.a_versie = v.versie_id)
    GROUP BY v.ministerie, v.jaar, v.bestandsnaam
),
terugval_staand AS (
    -- two such earlier versions that do not complement each other: the one received later gives way too
    SELECT t.*
    FROM terugval t
    WHERE NOT EXISTS (SELECT 1 FROM conflict c JOIN terugval u ON u.versie_id = c.b_versie
                      WHERE c.a_versie = t.versie_id AND u.volgorde < t.volgorde)
),
uitkomst AS (
    SELECT k.ministerie, k.jaar, k.bestandsnaam, k.actuele_versie_id, k.actuele_status, k.actueel_formulier,
           CASE WHEN o.versie_id IS NULL THEN k.kandidaat_versie_id ELSE t.versie_id END AS in_gebruik_versie_id,
           k.dubbel_van, k.elders_ministerie, k.elders_jaar, k.elders_bestandsnaam,
           o.versie_id AS opzij_versie_id, o.al_ingeleverd_in, o.al_ingeleverd_formulier, o.al_ingeleverd_reden,
           o.al_ingeleverd_waarde
    FROM stg_bestand_kandidaat k
    LEFT JOIN opzij o ON o.ministerie = k.ministerie AND o.jaar = k.jaar AND o.bestandsnaam = k.bestandsnaam
    LEFT JOIN terugval_staand t ON t.ministerie = k.ministerie AND t.jaar = k.jaar AND t.bestandsnaam = k.bestandsnaam
),
enkel AS (
    -- the last guard: no content in force for two files, whichever fallback chose it. A fallback of one file (its
    -- earlier version) can hold what another present file holds now, in another ministry's folder: the content counts
    -- for the file that received it first (run, then ministry, year, name), as a copy would (stg_bestand_kandidaat).
    -- A present version that gives way here is reported as the copy it is (`actueel`), in its folder or elsewhere
    SELECT u.ministerie, u.jaar, u.bestandsnaam,
           u.in_gebruik_versie_id = u.actuele_versie_id AS actueel,
           first_value(u.ministerie) OVER w = u.ministerie AND first_value(u.jaar) OVER w = u.jaar AS zelfde_map,
           first_value(u.ministerie) OVER w AS eerste_ministerie, first_value(u.jaar) OVER w AS eerste_jaar,
           first_value(u.bestandsnaam) OVER w AS eerste_bestandsnaam
    FROM uitkomst u
    JOIN bestandsversie v ON v.versie_id = u.in_gebruik_versie_id
    WINDOW w AS (PARTITION BY v.sha256 ORDER BY coalesce(v.run_id, 0), u.ministerie, u.jaar, u.bestandsnaam)
    QUALIFY row_number() OVER w > 1
)
SELECT u.* REPLACE (
           CASE WHEN e.bestandsnaam IS NULL THEN u.in_gebruik_versie_id END AS in_gebruik_versie_id,
           CASE WHEN e.actueel AND e.zelfde_map THEN e.eerste_bestandsnaam ELSE u.dubbel_van END AS dubbel_van,
           CASE WHEN e.actueel AND NOT e.zelfde_map THEN e.eerste_ministerie ELSE u.elders_ministerie END AS elders_ministerie,
           CASE WHEN e.actueel AND NOT e.zelfde_map THEN e.eerste_jaar ELSE u.elders_jaar END AS elders_jaar,
           CASE WHEN e.actueel AND NOT e.zelfde_map THEN e.eerste_bestandsnaam ELSE u.elders_bestandsnaam END
               AS elders_bestandsnaam),
       e.bestandsnaam IS NULL AND coalesce(u.in_gebruik_versie_id = u.actuele_versie_id, false) AS actueel_telt
FROM uitkomst u
LEFT JOIN enkel e ON e.ministerie = u.ministerie AND e.jaar = u.jaar AND e.bestandsnaam = u.bestandsnaam;
