-- depends: verdeling
-- Table uitkomst: meldingen per value of the code list 'uitkomst' (codelijsten.csv, in list order, zeros
-- included) and their share of all meldingen of the scope. Derivation: macro verdeling, 300_verdeling.sql.
CREATE OR REPLACE TABLE mart_uitkomst AS
SELECT jaar, scope, sortering, waarde AS uitkomst, meldingen, percentage
FROM verdeling('uitkomst');
