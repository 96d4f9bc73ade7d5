-- Assertion: every published row is one row: (jaar, scope, sortering) is unique in every mart.
-- Returns the offending keys; no rows means the assertion holds.
SELECT 'mart_meldingen_per_ministerie' AS mart, jaar, scope, sortering FROM mart_meldingen_per_ministerie GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'mart_meldingen_per_categorie', jaar, scope, sortering FROM mart_meldingen_per_categorie GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'mart_categorie_per_ministerie', jaar, scope, sortering FROM mart_categorie_per_ministerie GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'mart_soort_incident', jaar, scope, sortering FROM mart_soort_incident GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'mart_soort_onderzoek', jaar, scope, sortering FROM mart_soort_onderzoek GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'mart_uitkomst', jaar, scope, sortering FROM mart_uitkomst GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'mart_afdoening', jaar, scope, sortering FROM mart_afdoening GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'mart_meldingen_per_onderdeel', jaar, scope, sortering FROM mart_meldingen_per_onderdeel GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'mart_nevenwerkzaamheden_per_onderdeel', jaar, scope, sortering FROM mart_nevenwerkzaamheden_per_onderdeel GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'mart_nevenwerkzaamheden_per_ministerie', jaar, scope, sortering FROM mart_nevenwerkzaamheden_per_ministerie GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'mart_overzicht_incidenten', jaar, scope, sortering FROM mart_overzicht_incidenten GROUP BY ALL HAVING count(*) > 1
