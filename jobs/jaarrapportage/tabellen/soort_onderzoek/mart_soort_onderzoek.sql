-- depends: verdeling
-- Table soort_onderzoek: meldingen per value of the code list 'soort_onderzoek' (codelijsten.csv, in list order, zeros
-- included) and their share of all meldingen of the scope. Derivation: macro verdeling, 300_verdeling.sql.
CREATE OR REPLACE TABLE mart_soort_onderzoek AS
SELECT jaar, scope, sortering, waarde AS soort_onderzoek, meldingen, percentage
FROM verdeling('soort_onderzoek');
