-- depends: int_ministerie_geldig, stg_personeel
-- Staff and side activities per onderdeel and year: the rows of accepted `personeel` files in force,
-- for ministries valid in that year. Onderdelen are matched by name, trimmed and case-insensitive
-- (onderdeel_sleutel); if a ministry's files name the same onderdeel twice, the figures are added up.
CREATE OR REPLACE VIEW int_personeel_onderdeel AS
SELECT p.ministerie,
       p.jaar,
       lower(trim(p.onderdeel))                        AS onderdeel_sleutel,
       min(trim(p.onderdeel))                          AS onderdeel,
       CAST(sum(p.aantal_medewerkers) AS BIGINT)        AS medewerkers,
       CAST(sum(p.aantal_nevenwerkzaamheden) AS BIGINT) AS nevenwerkzaamheden
FROM stg_personeel p
JOIN int_ministerie_geldig g ON g.ministerie = p.ministerie AND g.jaar = p.jaar
GROUP BY p.ministerie, p.jaar, lower(trim(p.onderdeel));
