-- depends: int_kengetallen_ministerie, int_ministerie_jaar, int_trend_jaar, mart_klachten_geschenken_per_ministerie, mart_meldingen_per_ministerie, mart_nevenwerkzaamheden_per_ministerie, mart_vertrouwenspersonen_per_ministerie
-- Table trend: per publication year and scope, one row per year: the publication year and the four before it,
-- oldest first (int_trend_jaar). Every figure is the one published in that year's own tables for the same scope
-- (RIJK: the RIJK row; a ministry: its own row), so the trend repeats published cells and never recomputes them:
--   meldingen, meldingen_per_1000_medewerkers, percentage_aangetoond: meldingen_per_ministerie;
--   percentage_nevenwerkzaamheden: nevenwerkzaamheden_per_ministerie (percentage);
--   klachten_ongewenste_omgangsvormen: klachten_geschenken_per_ministerie;
--   gesprekken_vertrouwenspersonen: vertrouwenspersonen_per_ministerie (gesprekken).
-- A year without figures is empty, never 0, and opmerking says why: nothing delivered for that year, the ministry
-- did not exist then (its predecessors are not joined to it), or which forms had no accepted opgave.
-- trend_jaar is published as the CSV column jaar (the mart's jaar is the publication year).
CREATE OR REPLACE TABLE mart_trend AS
WITH rij AS (
    SELECT t.publicatiejaar AS jaar,
           t.scope,
           t.trend_jaar AS sortering,
           t.trend_jaar,
           m.meldingen,
           m.meldingen_per_1000_medewerkers,
           m.percentage_aangetoond,
           n.percentage AS percentage_nevenwerkzaamheden,
           k.klachten_ongewenste_omgangsvormen,
           v.gesprekken AS gesprekken_vertrouwenspersonen,
           coalesce(t.opmerking,
                    CASE WHEN t.scope = 'RIJK'
                         THEN nullif(concat_ws('; ',
                                  CASE WHEN m.meldingen IS NULL THEN 'geen geaccepteerde opgave incidenten' END,
                                  CASE WHEN n.medewerkers IS NULL THEN 'geen geaccepteerde opgave personeel' END,
                                  CASE WHEN NOT EXISTS (SELECT 1 FROM int_kengetallen_ministerie x
                                                        WHERE x.jaar = t.trend_jaar AND x.status_kengetallen = 'geaccepteerd')
                                       THEN 'geen geaccepteerde opgave kengetallen' END), '')
                         ELSE nullif(concat_ws('; ',
                                  CASE mj.status_incidenten WHEN 'geen opgave' THEN 'geen opgave incidenten'
                                                            WHEN 'afgekeurd' THEN 'opgave incidenten afgekeurd' END,
                                  CASE mj.status_personeel WHEN 'geen opgave' THEN 'geen opgave personeel'
                                                           WHEN 'afgekeurd' THEN 'opgave personeel afgekeurd' END,
                                  CASE kj.status_kengetallen WHEN 'geen opgave' THEN 'geen opgave kengetallen'
                                                             WHEN 'afgekeurd' THEN 'opgave kengetallen afgekeurd' END), '')
                    END) AS opmerking
    FROM int_trend_jaar t
    LEFT JOIN mart_meldingen_per_ministerie m
           ON t.aanwezig AND t.geldig AND m.jaar = t.trend_jaar AND m.scope = t.scope AND m.ministerie_code = t.scope
    LEFT JOIN mart_nevenwerkzaamheden_per_ministerie n
           ON t.aanwezig AND t.geldig AND n.jaar = t.trend_jaar AND n.scope = t.scope AND n.ministerie_code = t.scope
    LEFT JOIN mart_klachten_geschenken_per_ministerie k
           ON t.aanwezig AND t.geldig AND k.jaar = t.trend_jaar AND k.scope = t.scope AND k.ministerie_code = t.scope
    LEFT JOIN mart_vertrouwenspersonen_per_ministerie v
           ON t.aanwezig AND t.geldig AND v.jaar = t.trend_jaar AND v.scope = t.scope AND v.ministerie_code = t.scope
    LEFT JOIN int_ministerie_jaar mj
           ON t.aanwezig AND t.geldig AND mj.jaar = t.trend_jaar AND mj.ministerie = t.scope
    LEFT JOIN int_kengetallen_ministerie kj
           ON t.aanwezig AND t.geldig AND kj.jaar = t.trend_jaar AND kj.ministerie = t.scope
)
SELECT * FROM rij;
