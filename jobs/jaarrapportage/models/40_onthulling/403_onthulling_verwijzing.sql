-- depends: int_ministerie_jaar, mart_afdoening, mart_categorie_per_ministerie, mart_kengetallen_per_onderdeel, mart_klachten_geschenken_per_ministerie, mart_meldingen_per_categorie, mart_meldingen_per_ministerie, mart_meldingen_per_onderdeel, mart_overzicht_incidenten, mart_soort_incident, mart_soort_onderzoek, mart_trend, mart_trend_categorie, mart_uitkomst, mart_vertrouwenspersonen_per_ministerie, ref_categorie
-- Disclosure control (contract 8), step 3: which logical cells (onthulling_cel) each published cell shows or
-- is computed from. A published cell is shown as 'x' when any cell it refers to is suppressed:
--   rol 'telling':  the cell is that count;
--   rol 'afgeleid': a percentage, rate or difference computed from those counts (derived figures go with
--                   their counts, contract 8);
--   rol 'rij':      the whole row is withheld (overzicht_incidenten: a case is shown only when its
--                   (ministerie, categorie) count is published).
-- (tabel, jaar, scope, sortering) is a row of mart_<tabel>; kolom its CSV column; (cel_jaar, cel) a logical
-- cell, of the previous year for the _vorig_jaar columns. One SELECT per published table: a new table with
-- counts about people adds its branch here (the trend tables, which repeat earlier years, are added after it).
CREATE OR REPLACE TABLE onthulling_verwijzing AS
WITH personeel_rijk AS (
    -- The RIJK rate per 1,000 medewerkers is computed over the ministries with both opgaven. Their meldingen
    -- add up to RIJK's meldingen minus those of the ministries with an incidenten opgave but no personeel
    -- opgave: the rate reveals nothing as long as those are published, so it goes with them (and with RIJK's).
    SELECT jaar,
           count(*) FILTER (WHERE meldingen IS NOT NULL AND medewerkers IS NOT NULL) = count(meldingen) AS volledig
    FROM int_ministerie_jaar
    GROUP BY jaar
),
per_ministerie AS (
    SELECT m.jaar, m.scope, m.sortering, m.ministerie_code AS code, p.volledig
    FROM mart_meldingen_per_ministerie m
    JOIN personeel_rijk p ON p.jaar = m.jaar
)
-- meldingen_per_ministerie
SELECT 'meldingen_per_ministerie' AS tabel, jaar, scope, sortering, k.kolom, k.rol, jaar AS cel_jaar,
       code || '|' || k.dimensie AS cel
FROM per_ministerie
CROSS JOIN (VALUES ('meldingen', 'telling', 'meldingen'),
                   ('betrokkenen', 'telling', 'betrokkenen'),
                   ('aangetoond', 'telling', 'aangetoond'),
                   ('percentage_aangetoond', 'afgeleid', 'aangetoond'),
                   ('percentage_aangetoond', 'afgeleid', 'meldingen')) AS k(kolom, rol, dimensie)
UNION ALL
SELECT 'meldingen_per_ministerie', jaar, scope, sortering, 'meldingen_vorig_jaar', 'telling', jaar - 1, code || '|meldingen'
FROM per_ministerie
UNION ALL
SELECT 'meldingen_per_ministerie', jaar, scope, sortering, 'meldingen_per_1000_medewerkers', 'afgeleid', jaar, code || '|meldingen'
FROM per_ministerie
UNION ALL
SELECT 'meldingen_per_ministerie', r.jaar, r.scope, r.sortering, 'meldingen_per_1000_medewerkers', 'afgeleid', r.jaar,
       mj.ministerie || '|meldingen'
FROM per_ministerie r
JOIN int_ministerie_jaar mj ON mj.jaar = r.jaar AND mj.meldingen IS NOT NULL AND mj.medewerkers IS NULL
WHERE r.code = 'RIJK' AND NOT r.volledig
UNION ALL
-- meldingen_per_categorie (percentage: of the scope's meldingen)
SELECT 'meldingen_per_categorie', jaar, scope, sortering, 'meldingen', 'telling', jaar, scope || '|categorie|' || categorie_code
FROM mart_meldingen_per_categorie
UNION ALL
SELECT 'meldingen_per_categorie', jaar, scope, sortering, 'percentage', 'afgeleid', jaar, c.cel
FROM mart_meldingen_per_categorie
CROSS JOIN LATERAL (VALUES (scope || '|categorie|' || categorie_code), (scope || '|meldingen')) AS c(cel)
UNION ALL
SELECT 'meldingen_per_categorie', jaar, scope, sortering, 'meldingen_vorig_jaar', 'telling', jaar - 1,
       scope || '|categorie|' || categorie_code
FROM mart_meldingen_per_categorie
UNION ALL
-- categorie_per_ministerie (rijksbreed only): one column per category, and the ministry's total
SELECT 'categorie_per_ministerie', jaar, scope, sortering, k.code, 'telling', jaar,
       ministerie_code || '|categorie|' || k.code
FROM mart_categorie_per_ministerie
CROSS JOIN (SELECT code FROM ref_categorie) AS k(code)
UNION ALL
SELECT 'categorie_per_ministerie', jaar, scope, sortering, 'totaal', 'telling', jaar, ministerie_code || '|meldingen'
FROM mart_categorie_per_ministerie
UNION ALL
-- the four distributions over a code list (percentage: of the scope's meldingen)
SELECT v.tabel, v.jaar, v.scope, v.sortering, k.kolom, k.rol, v.jaar, k.cel
FROM (SELECT 'soort_incident' AS tabel, jaar, scope, sortering, soort_incident AS waarde FROM mart_soort_incident
      UNION ALL SELECT 'soort_onderzoek', jaar, scope, sortering, soort_onderzoek FROM mart_soort_onderzoek
      UNION ALL SELECT 'uitkomst', jaar, scope, sortering, uitkomst FROM mart_uitkomst
      UNION ALL SELECT 'afdoening', jaar, scope, sortering, afdoening FROM mart_afdoening) AS v
CROSS JOIN LATERAL (VALUES ('meldingen', 'telling', v.scope || '|' || v.tabel || '|' || v.waarde),
                           ('percentage', 'afgeleid', v.scope || '|' || v.tabel || '|' || v.waarde),
                           ('percentage', 'afgeleid', v.scope || '|meldingen')) AS k(kolom, rol, cel)
UNION ALL
-- meldingen_per_onderdeel (the RIJK scope lists the same cells as the ministries' own tables; a withheld
-- breakdown shows the ministry's meldingen)
SELECT 'meldingen_per_onderdeel', jaar, scope, sortering, 'meldingen', 'telling', jaar,
       ministerie_code || CASE WHEN uitsplitsing THEN '|onderdeel|' || onderdeel ELSE '|meldingen' END
FROM mart_meldingen_per_onderdeel
UNION ALL
-- overzicht_incidenten: a case only when its (ministerie, categorie) count is published
SELECT 'overzicht_incidenten', jaar, scope, sortering, '*', 'rij', jaar, ministerie_code || '|categorie|' || categorie_code
FROM mart_overzicht_incidenten
UNION ALL
-- klachten_geschenken_per_ministerie: the ministry's (or RIJK's) klachten
SELECT 'klachten_geschenken_per_ministerie', jaar, scope, sortering, 'klachten_ongewenste_omgangsvormen', 'telling', jaar,
       ministerie_code || '|klachten'
FROM mart_klachten_geschenken_per_ministerie
UNION ALL
-- vertrouwenspersonen_per_ministerie: gesprekken, last year's (the same logical cell of jaar - 1), and the difference
SELECT 'vertrouwenspersonen_per_ministerie', m.jaar, m.scope, m.sortering, k.kolom, k.rol, m.jaar - k.terug,
       m.ministerie_code || '|gesprekken'
FROM mart_vertrouwenspersonen_per_ministerie m
CROSS JOIN (VALUES ('gesprekken', 'telling', 0),
                   ('gesprekken_vorig_jaar', 'telling', 1),
                   ('verschil_procent', 'afgeleid', 0),
                   ('verschil_procent', 'afgeleid', 1)) AS k(kolom, rol, terug)
UNION ALL
-- kengetallen_per_onderdeel: each onderdeel's klachten and gesprekken
SELECT 'kengetallen_per_onderdeel', jaar, scope, sortering, k.kolom, 'telling', jaar,
       ministerie_code || '|' || k.dimensie || '|' || onderdeel
FROM mart_kengetallen_per_onderdeel
CROSS JOIN (VALUES ('klachten_ongewenste_omgangsvormen', 'klachten_onderdeel'),
                   ('gesprekken_vertrouwenspersonen', 'gesprekken_onderdeel')) AS k(kolom, dimensie);

-- trend and trend_categorie repeat cells of earlier years: each of their cells refers to exactly what the same figure
-- refers to in that year's own table (same logical cells, cel_jaar = that year), so an x in 2023 stays x in the
-- 2025 trend, derived percentages included.
INSERT INTO onthulling_verwijzing
WITH bronrij AS (
    SELECT 'meldingen_per_ministerie' AS tabel, jaar, scope, ministerie_code, sortering FROM mart_meldingen_per_ministerie
    UNION ALL
    SELECT 'klachten_geschenken_per_ministerie', jaar, scope, ministerie_code, sortering FROM mart_klachten_geschenken_per_ministerie
    UNION ALL
    SELECT 'vertrouwenspersonen_per_ministerie', jaar, scope, ministerie_code, sortering FROM mart_vertrouwenspersonen_per_ministerie
),
kolom(kolom, bron, bronkolom) AS (
    VALUES ('meldingen', 'meldingen_per_ministerie', 'meldingen'),
           ('meldingen_per_1000_medewerkers', 'meldingen_per_ministerie', 'meldingen_per_1000_medewerkers'),
           ('percentage_aangetoond', 'meldingen_per_ministerie', 'percentage_aangetoond'),
           ('klachten_ongewenste_omgangsvormen', 'klachten_geschenken_per_ministerie', 'klachten_ongewenste_omgangsvormen'),
           ('gesprekken_vertrouwenspersonen', 'vertrouwenspersonen_per_ministerie', 'gesprekken')
)
SELECT 'trend', t.jaar, t.scope, t.sortering, k.kolom, v.rol, v.cel_jaar, v.cel
FROM mart_trend t
CROSS JOIN kolom k
JOIN bronrij b ON b.tabel = k.bron AND b.jaar = t.trend_jaar AND b.scope = t.scope AND b.ministerie_code = t.scope
JOIN onthulling_verwijzing v
  ON v.tabel = k.bron AND v.jaar = b.jaar AND v.scope = b.scope AND v.sortering = b.sortering AND v.kolom = k.bronkolom
UNION ALL
SELECT 'trend_categorie', t.jaar, t.scope, t.sortering, v.kolom, v.rol, v.cel_jaar, v.cel
FROM mart_trend_categorie t
JOIN mart_meldingen_per_categorie b ON b.jaar = t.trend_jaar AND b.scope = t.scope AND b.categorie_code = t.categorie_code
JOIN onthulling_verwijzing v
  ON v.tabel = 'meldingen_per_categorie' AND v.jaar = b.jaar AND v.scope = b.scope AND v.sortering = b.sortering
 AND v.kolom IN ('meldingen', 'percentage');
