-- depends: int_ministerie_jaar, mart_afdoening, mart_meldingen_per_categorie, mart_meldingen_per_onderdeel, mart_soort_incident, mart_soort_onderzoek, mart_uitkomst
-- Disclosure control (contract 8), step 1: the logical cells behind every published count.
-- A logical cell is one count about people (meldingen, betrokkenen or aangetoond) that may be published
-- in several places: BZK's meldingen in 2024 stand in meldingen_per_ministerie (rijksbreed and BZK's own),
-- as the totaal of categorie_per_ministerie, and as meldingen_vorig_jaar in 2025. It is protected, or not,
-- once, and every place shows the same mark. Cells exist only where a figure is published (an accepted
-- opgave); empty cells are not counts.
--   jaar, scope ('RIJK' or a ministry code), dimensie, sleutel: what the cell counts
--     dimensie 'meldingen' | 'betrokkenen' | 'aangetoond' (sleutel ''): the scope's totals;
--     'categorie' (sleutel a..i), 'soort_incident' | 'soort_onderzoek' | 'uitkomst' | 'afdoening' (sleutel the
--     code-list value): the breakdowns of meldingen; 'onderdeel' (sleutel the published onderdeel, ministries only).
--   cel: '<scope>|<dimensie>[|<sleutel>]', unique within a year.
--   waarde: the true count. ondergrens: what anyone knows it is at least, whatever is suppressed: 1 for an
--     onderdeel (the table lists only onderdelen with meldingen), else 0.
--   soort: 'rijk_totaal' (RIJK meldingen/betrokkenen/aangetoond: never suppressed to protect another cell),
--     'ministerie_totaal' (a ministry's totals: only when nothing else protects), 'rijk' (a rijksbrede
--     breakdown cell), 'binnen' (a cell inside a ministry's tables).
CREATE OR REPLACE TABLE onthulling_cel AS
WITH totaal AS (
    SELECT jaar, ministerie AS scope, meldingen, betrokkenen, aangetoond
    FROM int_ministerie_jaar
    WHERE meldingen IS NOT NULL
    UNION ALL
    SELECT jaar, 'RIJK', sum(meldingen), sum(betrokkenen), sum(aangetoond)
    FROM int_ministerie_jaar
    WHERE meldingen IS NOT NULL
    GROUP BY jaar
),
cel AS (
    SELECT jaar, scope, 'meldingen' AS dimensie, '' AS sleutel, meldingen AS waarde FROM totaal
    UNION ALL
    SELECT jaar, scope, 'betrokkenen', '', betrokkenen FROM totaal
    UNION ALL
    SELECT jaar, scope, 'aangetoond', '', aangetoond FROM totaal
    UNION ALL
    SELECT jaar, scope, 'categorie', categorie_code, meldingen FROM mart_meldingen_per_categorie WHERE meldingen IS NOT NULL
    UNION ALL
    SELECT jaar, scope, 'soort_incident', soort_incident, meldingen FROM mart_soort_incident WHERE meldingen IS NOT NULL
    UNION ALL
    SELECT jaar, scope, 'soort_onderzoek', soort_onderzoek, meldingen FROM mart_soort_onderzoek WHERE meldingen IS NOT NULL
    UNION ALL
    SELECT jaar, scope, 'uitkomst', uitkomst, meldingen FROM mart_uitkomst WHERE meldingen IS NOT NULL
    UNION ALL
    SELECT jaar, scope, 'afdoening', afdoening, meldingen FROM mart_afdoening WHERE meldingen IS NOT NULL
    UNION ALL
    SELECT jaar, scope, 'onderdeel', onderdeel, meldingen FROM mart_meldingen_per_onderdeel WHERE scope <> 'RIJK' AND uitsplitsing
)
SELECT CAST(jaar AS INTEGER)                                                   AS jaar,
       scope,
       dimensie,
       sleutel,
       scope || '|' || dimensie || CASE WHEN sleutel = '' THEN '' ELSE '|' || sleutel END AS cel,
       CAST(waarde AS BIGINT)                                                  AS waarde,
       CASE WHEN dimensie = 'onderdeel' THEN 1 ELSE 0 END                      AS ondergrens,
       CASE WHEN dimensie IN ('meldingen', 'betrokkenen', 'aangetoond')
            THEN CASE WHEN scope = 'RIJK' THEN 'rijk_totaal' ELSE 'ministerie_totaal' END
            ELSE CASE WHEN scope = 'RIJK' THEN 'rijk' ELSE 'binnen' END
       END                                                                     AS soort
FROM cel;
