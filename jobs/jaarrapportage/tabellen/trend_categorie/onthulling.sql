-- depends: mart_trend_categorie, mart_meldingen_per_categorie
-- trend_categorie repeats cells of earlier years: each of its cells refers to exactly what the same figure refers to
-- in that year's meldingen_per_categorie (same logical cells, cel_jaar = that year), so an x in 2023 stays x in the
-- 2025 trend, derived percentages included. (It runs after the mapping derived from every tabel.json, which it reads.)
INSERT INTO onthulling_verwijzing
SELECT 'trend_categorie', t.jaar, t.scope, t.sortering, v.kolom, v.rol, v.cel_jaar, v.cel
FROM mart_trend_categorie t
JOIN mart_meldingen_per_categorie b ON b.jaar = t.trend_jaar AND b.scope = t.scope AND b.categorie_code = t.categorie_code
JOIN onthulling_verwijzing v
  ON v.tabel = 'meldingen_per_categorie' AND v.jaar = b.jaar AND v.scope = b.scope AND v.sortering = b.sortering
 AND v.kolom IN ('meldingen', 'percentage');
