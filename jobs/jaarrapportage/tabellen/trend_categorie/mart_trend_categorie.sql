-- depends: int_trend_jaar, mart_meldingen_per_categorie, ref_categorie
-- Table trend_categorie: per publication year and scope, the same five years as trend (int_trend_jaar) x the nine
-- categories (categorieen.csv order), oldest year first: meldingen and percentage exactly as published in that year's
-- meldingen_per_categorie for the same scope. Empty (never 0) for a year without figures; opmerking as in trend.
-- trend_jaar is published as the CSV column jaar (the mart's jaar is the publication year).
CREATE OR REPLACE TABLE mart_trend_categorie AS
SELECT t.publicatiejaar AS jaar,
       t.scope,
       t.trend_jaar * 100 + c.volgorde AS sortering,
       t.trend_jaar,
       c.code AS categorie_code,
       c.naam AS categorie,
       m.meldingen,
       m.percentage,
       coalesce(t.opmerking, CASE WHEN m.meldingen IS NULL THEN 'geen geaccepteerde opgave incidenten' END) AS opmerking
FROM int_trend_jaar t
CROSS JOIN ref_categorie c
LEFT JOIN mart_meldingen_per_categorie m
       ON t.aanwezig AND t.geldig AND m.jaar = t.trend_jaar AND m.scope = t.scope AND m.categorie_code = c.code;
