-- Table meldingen_per_onderdeel: onderdelen with at least one melding, ordered by ministry (code-list
-- order) then onderdeel name. Onderdelen are grouped by trimmed, case-insensitive name.
CREATE OR REPLACE TABLE mart_meldingen_per_onderdeel AS
WITH telling AS (
    SELECT s.jaar, s.scope, m.ministerie, g.volgorde, m.onderdeel_sleutel,
           min(m.onderdeel) AS onderdeel,
           count(*)         AS meldingen
    FROM int_scope s
    JOIN int_melding m            ON m.jaar = s.jaar AND m.ministerie = s.ministerie
    JOIN int_ministerie_geldig g  ON g.jaar = m.jaar AND g.ministerie = m.ministerie
    GROUP BY s.jaar, s.scope, m.ministerie, g.volgorde, m.onderdeel_sleutel
)
SELECT jaar,
       scope,
       row_number() OVER (PARTITION BY jaar, scope ORDER BY volgorde, onderdeel_sleutel) AS sortering,
       ministerie                 AS ministerie_code,
       onderdeel,
       CAST(meldingen AS BIGINT)  AS meldingen
FROM telling;
