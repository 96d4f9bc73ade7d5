-- depends: int_kengetallen_onderdeel, int_ministerie_geldig, int_scope
-- Table kengetallen_per_onderdeel: one row per onderdeel of an accepted kengetallen opgave, every figure as
-- reported (empty: the onderdeel gave no opgave of it, never 0). The ministry's figures in the three
-- kengetallen tables are the sums of these rows. Rijksbreed: all onderdelen; a ministry: its own.
CREATE OR REPLACE TABLE mart_kengetallen_per_onderdeel AS
SELECT s.jaar,
       s.scope,
       row_number() OVER (PARTITION BY s.jaar, s.scope ORDER BY g.volgorde, k.onderdeel_sleutel) AS sortering,
       k.ministerie AS ministerie_code,
       k.onderdeel,
       k.risicofuncties, k.meldingsplichtigen, k.ontheffingen, k.vertrouwenspersonen, k.externe_vertrouwenspersonen,
       k.gesprekken_vertrouwenspersonen, k.klachten_ongewenste_omgangsvormen, k.geschenken_aangeboden,
       k.geschenken_aangenomen
FROM int_scope s
JOIN int_kengetallen_onderdeel k ON k.jaar = s.jaar AND k.ministerie = s.ministerie
JOIN int_ministerie_geldig g     ON g.jaar = k.jaar AND g.ministerie = k.ministerie;
