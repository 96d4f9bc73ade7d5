-- depends: int_kengetallen_onderdeel, int_ministerie_geldig, stg_opgave
-- Kengetallen per ministry valid in a published year, with the status of its kengetallen opgave
-- ('geaccepteerd', 'afgekeurd', 'geen opgave'; see stg_opgave). Each figure is the sum over the onderdelen that
-- reported it; NULL when none did or without an accepted opgave (never 0). A header-only file is an opgave
-- without onderdelen: every figure NULL.
CREATE OR REPLACE VIEW int_kengetallen_ministerie AS
WITH som AS (
    SELECT ministerie, jaar,
           CAST(sum(risicofuncties) AS BIGINT)                    AS risicofuncties,
           CAST(sum(meldingsplichtigen) AS BIGINT)                AS meldingsplichtigen,
           CAST(sum(ontheffingen) AS BIGINT)                      AS ontheffingen,
           CAST(sum(vertrouwenspersonen) AS BIGINT)               AS vertrouwenspersonen,
           CAST(sum(externe_vertrouwenspersonen) AS BIGINT)       AS externe_vertrouwenspersonen,
           CAST(sum(gesprekken_vertrouwenspersonen) AS BIGINT)    AS gesprekken_vertrouwenspersonen,
           CAST(sum(klachten_ongewenste_omgangsvormen) AS BIGINT) AS klachten_ongewenste_omgangsvormen,
           CAST(sum(geschenken_aangeboden) AS BIGINT)             AS geschenken_aangeboden,
           CAST(sum(geschenken_aangenomen) AS BIGINT)             AS geschenken_aangenomen
    FROM int_kengetallen_onderdeel
    GROUP BY ministerie, jaar
)
SELECT g.jaar,
       g.ministerie,
       g.naam,
       g.volgorde,
       coalesce(o.status, 'geen opgave') AS status_kengetallen,
       s.* EXCLUDE (ministerie, jaar)
FROM int_ministerie_geldig g
LEFT JOIN stg_opgave o ON o.ministerie = g.ministerie AND o.jaar = g.jaar AND o.formulier = 'kengetallen'
LEFT JOIN som s ON s.ministerie = g.ministerie AND s.jaar = g.jaar;
