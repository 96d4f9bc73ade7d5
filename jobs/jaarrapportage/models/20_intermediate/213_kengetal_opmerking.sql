-- depends: int_kengetal_waarde, int_ministerie_geldig, opsomming
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
