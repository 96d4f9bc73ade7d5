-- depends: int_melding, int_ministerie_jaar
-- Table categorie_per_ministerie (rijksbreed only): one row per ministry valid in the year, in
-- code-list order, with the number of meldingen per category a..i and the total. Empty cells for a
-- ministry without an accepted incidenten opgave. Category codes are fixed by contract 4.
CREATE OR REPLACE TABLE mart_categorie_per_ministerie AS
WITH telling AS (
    SELECT jaar, ministerie,
           count(*) FILTER (WHERE categorie_code = 'a') AS a,
           count(*) FILTER (WHERE categorie_code = 'b') AS b,
           count(*) FILTER (WHERE categorie_code = 'c') AS c,
           count(*) FILTER (WHERE categorie_code = 'd') AS d,
           count(*) FILTER (WHERE categorie_code = 'e') AS e,
           count(*) FILTER (WHERE categorie_code = 'f') AS f,
           count(*) FILTER (WHERE categorie_code = 'g') AS g,
           count(*) FILTER (WHERE categorie_code = 'h') AS h,
           count(*) FILTER (WHERE categorie_code = 'i') AS i,
           count(*)                                     AS totaal
    FROM int_melding
    GROUP BY jaar, ministerie
)
SELECT mj.jaar,
       'RIJK'         AS scope,
       mj.volgorde    AS sortering,
       mj.ministerie  AS ministerie_code,
       CASE WHEN mj.meldingen IS NOT NULL THEN CAST(coalesce(t.a, 0) AS BIGINT) END AS a,
       CASE WHEN mj.meldingen IS NOT NULL THEN CAST(coalesce(t.b, 0) AS BIGINT) END AS b,
       CASE WHEN mj.meldingen IS NOT NULL THEN CAST(coalesce(t.c, 0) AS BIGINT) END AS c,
       CASE WHEN mj.meldingen IS NOT NULL THEN CAST(coalesce(t.d, 0) AS BIGINT) END AS d,
       CASE WHEN mj.meldingen IS NOT NULL THEN CAST(coalesce(t.e, 0) AS BIGINT) END AS e,
       CASE WHEN mj.meldingen IS NOT NULL THEN CAST(coalesce(t.f, 0) AS BIGINT) END AS f,
       CASE WHEN mj.meldingen IS NOT NULL THEN CAST(coalesce(t.g, 0) AS BIGINT) END AS g,
       CASE WHEN mj.meldingen IS NOT NULL THEN CAST(coalesce(t.h, 0) AS BIGINT) END AS h,
       CASE WHEN mj.meldingen IS NOT NULL THEN CAST(coalesce(t.i, 0) AS BIGINT) END AS i,
       CASE WHEN mj.meldingen IS NOT NULL THEN CAST(coalesce(t.totaal, 0) AS BIGINT) END AS totaal
FROM int_ministerie_jaar mj
LEFT JOIN telling t ON t.jaar = mj.jaar AND t.ministerie = mj.ministerie;
