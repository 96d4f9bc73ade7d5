-- Table meldingen_per_onderdeel: onderdelen with at least one melding, ordered by ministry (code-list order)
-- then onderdeel name. Onderdelen are grouped by trimmed, case-insensitive name.
-- Disclosure control (contract 8): an onderdeel with fewer meldingen than the threshold
-- (getvariable('onthulling_drempel'), set by MartBuilder from jbr.onthulling.drempel) is not named: all such
-- onderdelen of a ministry share one row 'overige onderdelen', after the named ones. Naming a small unit
-- would point at its people even with its count hidden, and its count could only be protected by hiding
-- the ministry's total. With the threshold at 1 every onderdeel is named.
CREATE OR REPLACE TABLE mart_meldingen_per_onderdeel AS
WITH telling AS (
    SELECT s.jaar, s.scope, m.ministerie, g.volgorde, m.onderdeel_sleutel,
           min(m.onderdeel) AS onderdeel,
           count(*)         AS meldingen
    FROM int_scope s
    JOIN int_melding m            ON m.jaar = s.jaar AND m.ministerie = s.ministerie
    JOIN int_ministerie_geldig g  ON g.jaar = m.jaar AND g.ministerie = m.ministerie
    GROUP BY s.jaar, s.scope, m.ministerie, g.volgorde, m.onderdeel_sleutel
),
rij AS (
    SELECT jaar, scope, ministerie, volgorde, 0 AS groep, onderdeel_sleutel, onderdeel, meldingen
    FROM telling
    WHERE meldingen >= getvariable('onthulling_drempel')
    UNION ALL
    SELECT jaar, scope, ministerie, volgorde, 1, '', 'overige onderdelen (elk minder dan '
           || getvariable('onthulling_drempel') || ' meldingen)', sum(meldingen)
    FROM telling
    WHERE meldingen < getvariable('onthulling_drempel')
    GROUP BY jaar, scope, ministerie, volgorde
)
SELECT jaar,
       scope,
       row_number() OVER (PARTITION BY jaar, scope ORDER BY volgorde, groep, onderdeel_sleutel) AS sortering,
       ministerie                 AS ministerie_code,
       onderdeel,
       CAST(meldingen AS BIGINT)  AS meldingen
FROM rij;
