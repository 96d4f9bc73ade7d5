-- depends: int_ministerie_geldig, int_personeel_onderdeel, int_scope, percentage
-- Table nevenwerkzaamheden_per_onderdeel: one row per onderdeel of an accepted personeel opgave.
--   percentage = nevenwerkzaamheden / medewerkers x 100 (one decimal, half up; empty with 0 medewerkers);
--   percentage_vorig_jaar = the same ratio for the onderdeel of the same ministry with the same name
--     (trimmed, case-insensitive) in jaar - 1; empty when there is none.
CREATE OR REPLACE TABLE mart_nevenwerkzaamheden_per_onderdeel AS
SELECT s.jaar,
       s.scope,
       row_number() OVER (PARTITION BY s.jaar, s.scope ORDER BY g.volgorde, p.onderdeel_sleutel) AS sortering,
       p.ministerie                                  AS ministerie_code,
       p.onderdeel,
       p.medewerkers,
       p.nevenwerkzaamheden,
       percentage(p.nevenwerkzaamheden, p.medewerkers) AS percentage,
       percentage(v.nevenwerkzaamheden, v.medewerkers) AS percentage_vorig_jaar
FROM int_scope s
JOIN int_personeel_onderdeel p ON p.jaar = s.jaar AND p.ministerie = s.ministerie
JOIN int_ministerie_geldig g   ON g.jaar = p.jaar AND g.ministerie = p.ministerie
LEFT JOIN int_personeel_onderdeel v
       ON v.ministerie = p.ministerie AND v.jaar = p.jaar - 1 AND v.onderdeel_sleutel = p.onderdeel_sleutel;
