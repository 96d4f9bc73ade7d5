-- depends: int_kengetallen_ministerie
-- The rows of the three kengetallen tables per ministry: every ministry valid in the year (int_kengetallen_ministerie),
-- then RIJK with the sums over the ministries' figures (sum of the onderdelen that reported, ministry by ministry;
-- NULL when none did) and zonder_opgave, the ministries without an accepted kengetallen opgave (code-list order).
CREATE OR REPLACE VIEW int_kengetallen_rij AS
SELECT jaar, ministerie AS ministerie_code, volgorde AS sortering, status_kengetallen,
       CAST(NULL AS VARCHAR[]) AS zonder_opgave,
       risicofuncties, meldingsplichtigen, ontheffingen, vertrouwenspersonen, externe_vertrouwenspersonen,
       gesprekken_vertrouwenspersonen, klachten_ongewenste_omgangsvormen, geschenken_aangeboden, geschenken_aangenomen
FROM int_kengetallen_ministerie
UNION ALL
SELECT jaar, 'RIJK', 1000000, NULL,
       list(ministerie ORDER BY volgorde) FILTER (WHERE status_kengetallen <> 'geaccepteerd'),
       CAST(sum(risicofuncties) AS BIGINT), CAST(sum(meldingsplichtigen) AS BIGINT), CAST(sum(ontheffingen) AS BIGINT),
       CAST(sum(vertrouwenspersonen) AS BIGINT), CAST(sum(externe_vertrouwenspersonen) AS BIGINT),
       CAST(sum(gesprekken_vertrouwenspersonen) AS BIGINT), CAST(sum(klachten_ongewenste_omgangsvormen) AS BIGINT),
       CAST(sum(geschenken_aangeboden) AS BIGINT), CAST(sum(geschenken_aangenomen) AS BIGINT)
FROM int_kengetallen_ministerie
GROUP BY jaar;
