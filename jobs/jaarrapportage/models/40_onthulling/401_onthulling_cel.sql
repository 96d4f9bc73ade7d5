-- depends: int_kengetallen_ministerie, int_kengetallen_onderdeel, int_ministerie_jaar, mart_afdoening, mart_meldingen_per_categorie, mart_meldingen_per_onderdeel, mart_soort_incident, mart_soort_onderzoek, mart_uitkomst
-- Disclosure control (contract 8), step 1: the logical cells behind every published count.
-- A logical cell is one count about people (meldingen, betrokkenen or aangetoond) that may be published
-- in several places: BZK's meldingen in 2024 stand in meldingen_per_ministerie (rijksbreed and BZK's own),
-- as the totaal of categorie_per_ministerie, and as meldingen_vorig_jaar in 2025. It is protected, or not,
-- once, and every place shows the same mark. Cells exist only where a figure is published (an accepted
-- opgave); empty cells are not counts.
--   jaar, scope ('RIJK' or a ministry code), dimensie, sleutel: what the cell counts
--     dimensie 'meldingen' | 'betrokkenen' | 'aangetoond' (sleutel ''): the scope's totals;
--     'categorie' (sleutel a..i), 'soort_incident' | 'soort_onderzoek' | 'uitkomst' | 'afdoening' (sleutel the
--     code-list value): the breakdowns of meldingen; 'onderdeel' (sleutel the published onderdeel, ministries only);
--     'klachten' | 'gesprekken' (sleutel ''): klachten_ongewenste_omgangsvormen and gesprekken_vertrouwenspersonen of
--     the kengetallen form, a ministry's sum over the onderdelen that reported it and RIJK's over the ministries;
--     'klachten_onderdeel' | 'gesprekken_onderdeel' (sleutel the onderdeel, ministries only): one onderdeel's figure.
--   cel: '<scope>|<dimensie>[|<sleutel>]', unique within a year.
--   waarde: the true count. ondergrens: what anyone knows it is at least, whatever is suppressed: 1 for an
--     onderdeel (the table lists only onderdelen with meldingen), and 1 for the meldingen of a ministry that has a row
--     in meldingen_per_onderdeel (an onderdeel, or "uitsplitsing naar onderdeel achtergehouden": either says it has
--     meldingen), else 0.
--   soort: 'rijk_totaal' (RIJK meldingen/betrokkenen/aangetoond/klachten/gesprekken: never suppressed to protect another cell),
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
    UNION ALL
    -- kengetallen: per ministry the sum over the onderdelen that reported (no cell when none did), RIJK the sum of the
    -- ministries, and each onderdeel's own figure (kengetallen_per_onderdeel)
    SELECT jaar, ministerie, 'klachten', '', klachten_ongewenste_omgangsvormen
    FROM int_kengetallen_ministerie WHERE klachten_ongewenste_omgangsvormen IS NOT NULL
    UNION ALL
    SELECT jaar, 'RIJK', 'klachten', '', sum(klachten_ongewenste_omgangsvormen)
    FROM int_kengetallen_ministerie WHERE klachten_ongewenste_omgangsvormen IS NOT NULL GROUP BY jaar
    UNION ALL
    SELECT jaar, ministerie, 'klachten_onderdeel', onderdeel, klachten_ongewenste_omgangsvormen
    FROM int_kengetallen_onderdeel WHERE klachten_ongewenste_omgangsvormen IS NOT NULL
    UNION ALL
    SELECT jaar, ministerie, 'gesprekken', '', gesprekken_vertrouwenspersonen
    FROM int_kengetallen_ministerie WHERE gesprekken_vertrouwenspersonen IS NOT NULL
    UNION ALL
    SELECT jaar, 'RIJK', 'gesprekken', '', sum(gesprekken_vertrouwenspersonen)
    FROM int_kengetallen_ministerie WHERE gesprekken_vertrouwenspersonen IS NOT NULL GROUP BY jaar
    UNION ALL
    SELECT jaar, ministerie, 'gesprekken_onderdeel', onderdeel, gesprekken_vertrouwenspersonen
    FROM int_kengetallen_onderdeel WHERE gesprekken_vertrouwenspersonen IS NOT NULL
),
vermeld AS (
    -- the ministries meldingen_per_onderdeel has a row for, in their own scope
    SELECT DISTINCT jaar, scope FROM mart_meldingen_per_onderdeel WHERE scope <> 'RIJK' AND scope = ministerie_code
)
SELECT CAST(jaar AS INTEGER)                                                   AS jaar,
       scope,
       dimensie,
       sleutel,
       scope || '|' || dimensie || CASE WHEN sleutel = '' THEN '' ELSE '|' || sleutel END AS cel,
       CAST(waarde AS BIGINT)                                                  AS waarde,
       CASE WHEN dimensie = 'onderdeel' THEN 1
            WHEN dimensie = 'meldingen' AND EXISTS (SELECT 1 FROM vermeld v WHERE v.jaar = cel.jaar AND v.scope = cel.scope)
            THEN 1 ELSE 0 END                                                  AS ondergrens,
       CASE WHEN dimensie IN ('meldingen', 'betrokkenen', 'aangetoond', 'klachten', 'gesprekken')
            THEN CASE WHEN scope = 'RIJK' THEN 'rijk_totaal' ELSE 'ministerie_totaal' END
            ELSE CASE WHEN scope = 'RIJK' THEN 'rijk' ELSE 'binnen' END
       END                                                                     AS soort
FROM cel;
