-- depends: int_ministerie_geldig, stg_kengetallen
-- Kengetallen per onderdeel and year: the rows of accepted kengetallen files in force, for ministries valid in
-- that year. Onderdelen are matched by name, trimmed and case-insensitive (onderdeel_sleutel); if a ministry's
-- files name the same onderdeel twice, its figures are added up. A figure stays NULL ("no opgave") only when no
-- row of the onderdeel gives it: sum() over NULLs only is NULL, never 0.
CREATE OR REPLACE VIEW int_kengetallen_onderdeel AS
SELECT k.ministerie,
       k.jaar,
       lower(trim(k.onderdeel))                                    AS onderdeel_sleutel,
       min(trim(k.onderdeel))                                      AS onderdeel,
       CAST(sum(k.risicofuncties) AS BIGINT)                       AS risicofuncties,
       CAST(sum(k.meldingsplichtigen) AS BIGINT)                   AS meldingsplichtigen,
       CAST(sum(k.ontheffingen) AS BIGINT)                         AS ontheffingen,
       CAST(sum(k.vertrouwenspersonen) AS BIGINT)                  AS vertrouwenspersonen,
       CAST(sum(k.externe_vertrouwenspersonen) AS BIGINT)          AS externe_vertrouwenspersonen,
       CAST(sum(k.gesprekken_vertrouwenspersonen) AS BIGINT)       AS gesprekken_vertrouwenspersonen,
       CAST(sum(k.klachten_ongewenste_omgangsvormen) AS BIGINT)    AS klachten_ongewenste_omgangsvormen,
       CAST(sum(k.geschenken_aangeboden) AS BIGINT)                AS geschenken_aangeboden,
       CAST(sum(k.geschenken_aangenomen) AS BIGINT)                AS geschenken_aangenomen
FROM stg_kengetallen k
JOIN int_ministerie_geldig g ON g.ministerie = k.ministerie AND g.jaar = k.jaar
GROUP BY k.ministerie, k.jaar, lower(trim(k.onderdeel));
