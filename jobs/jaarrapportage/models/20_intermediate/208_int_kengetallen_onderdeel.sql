-- depends: int_ministerie_geldig, opsomming, stg_kengetallen
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

-- The same in long form, one row per onderdeel per figure (waarde NULL: no opgave), with the Dutch label used in
-- remarks ("geen opgave van meldingsplichtigen en ontheffingen: ACM, RVO") and the figure's column position.
CREATE OR REPLACE VIEW int_kengetal_waarde AS
SELECT o.ministerie, o.jaar, o.onderdeel_sleutel, o.onderdeel, k.kengetal, k.positie, k.label,
       CASE k.kengetal
           WHEN 'risicofuncties' THEN o.risicofuncties
           WHEN 'meldingsplichtigen' THEN o.meldingsplichtigen
           WHEN 'ontheffingen' THEN o.ontheffingen
           WHEN 'vertrouwenspersonen' THEN o.vertrouwenspersonen
           WHEN 'externe_vertrouwenspersonen' THEN o.externe_vertrouwenspersonen
           WHEN 'gesprekken_vertrouwenspersonen' THEN o.gesprekken_vertrouwenspersonen
           WHEN 'klachten_ongewenste_omgangsvormen' THEN o.klachten_ongewenste_omgangsvormen
           WHEN 'geschenken_aangeboden' THEN o.geschenken_aangeboden
           WHEN 'geschenken_aangenomen' THEN o.geschenken_aangenomen
       END AS waarde
FROM int_kengetallen_onderdeel o
CROSS JOIN (VALUES ('risicofuncties', 1, 'risicofuncties'),
                   ('meldingsplichtigen', 2, 'meldingsplichtigen'),
                   ('ontheffingen', 3, 'ontheffingen'),
                   ('vertrouwenspersonen', 4, 'interne vertrouwenspersonen'),
                   ('externe_vertrouwenspersonen', 5, 'externe vertrouwenspersonen'),
                   ('gesprekken_vertrouwenspersonen', 6, 'gesprekken met vertrouwenspersonen'),
                   ('klachten_ongewenste_omgangsvormen', 7, 'klachten ongewenste omgangsvormen'),
                   ('geschenken_aangeboden', 8, 'aangeboden geschenken'),
                   ('geschenken_aangenomen', 9, 'aangenomen geschenken')) AS k(kengetal, positie, label);

-- kengetal_opmerking(kengetallen): for the figures of one table (a list of kengetal names), per year and ministry
-- the onderdelen that gave no opgave of them, grouped by what they left out:
--   'geen opgave van meldingsplichtigen en ontheffingen: ACM, RVO; geen opgave van risicofuncties: DICTU'
-- and per year a row with ministerie 'RIJK' naming the onderdelen with their ministry: 'ACM (EZ), RVO (EZ)'.
-- Only onderdelen of an accepted opgave appear; a ministry without one is 'geen opgave' in the table itself.
CREATE OR REPLACE MACRO kengetal_opmerking(kengetallen) AS TABLE
WITH mis AS (
    SELECT jaar, ministerie, onderdeel, onderdeel_sleutel,
           list(label ORDER BY positie) AS labels, min(positie) AS eerste
    FROM int_kengetal_waarde
    WHERE list_contains(kengetallen, kengetal) AND waarde IS NULL
    GROUP BY jaar, ministerie, onderdeel, onderdeel_sleutel
),
mis_overal AS (
    SELECT jaar, ministerie, onderdeel AS naam, onderdeel_sleutel AS sleutel, labels, eerste FROM mis
    UNION ALL
    SELECT m.jaar, 'RIJK', m.onderdeel || ' (' || m.ministerie || ')', lpad(CAST(g.volgorde AS VARCHAR), 6, '0') || m.onderdeel_sleutel,
           m.labels, m.eerste
    FROM mis m
    JOIN int_ministerie_geldig g ON g.jaar = m.jaar AND g.ministerie = m.ministerie
),
groep AS (
    SELECT jaar, ministerie, labels, min(eerste) AS eerste, list(naam ORDER BY sleutel) AS namen
    FROM mis_overal
    GROUP BY jaar, ministerie, labels
)
SELECT jaar, ministerie,
       string_agg('geen opgave van ' || opsomming(labels) || ': ' || array_to_string(namen, ', '), '; '
                  ORDER BY eerste, len(labels) DESC, array_to_string(labels, ',')) AS opmerking
FROM groep
GROUP BY jaar, ministerie;
