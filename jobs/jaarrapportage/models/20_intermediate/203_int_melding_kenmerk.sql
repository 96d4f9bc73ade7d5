-- depends: int_melding
-- The coded characteristics of each melding in long form (one row per melding per code list), so
-- the distribution tables soort_incident, soort_onderzoek, uitkomst and afdoening share one
-- definition (see 30_marts/300_verdeling.sql).
CREATE OR REPLACE VIEW int_melding_kenmerk AS
SELECT ministerie, jaar, 'soort_incident'  AS lijst, soort_incident  AS waarde FROM int_melding
UNION ALL
SELECT ministerie, jaar, 'soort_onderzoek' AS lijst, soort_onderzoek AS waarde FROM int_melding
UNION ALL
SELECT ministerie, jaar, 'uitkomst'        AS lijst, uitkomst        AS waarde FROM int_melding
UNION ALL
SELECT ministerie, jaar, 'afdoening'       AS lijst, afdoening       AS waarde FROM int_melding;
