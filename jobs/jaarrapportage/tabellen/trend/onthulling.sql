-- depends: mart_trend, mart_meldingen_per_ministerie, mart_klachten_geschenken_per_ministerie, mart_vertrouwenspersonen_per_ministerie
-- The trend repeats cells of earlier years: each of their cells refers to exactly what the same figure
-- refers to in that year's own table (same logical cells, cel_jaar = that year), so an x in 2023 stays x in the
-- 2025 trend, derived percentages included.
-- (It runs after the mapping derived from every tabel.json, which it reads.)
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
  ON v.tabel = k.bron AND v.jaar = b.jaar AND v.scope = b.scope AND v.sortering = b.sortering AND v.kolom = k.bronkolom;
