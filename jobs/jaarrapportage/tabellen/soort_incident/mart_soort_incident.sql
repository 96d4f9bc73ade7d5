-- depends: verdeling
-- Table soort_incident: meldingen per value of the code list 'soort_incident' (codelijsten.csv, in list order, zeros
-- included) and their share of all meldingen of the scope. Derivation: macro verdeling, 300_verdeling.sql.
CREATE OR REPLACE TABLE mart_soort_incident AS
SELECT jaar, scope, sortering, waarde AS soort_incident, meldingen, percentage
FROM verdeling('soort_incident');
