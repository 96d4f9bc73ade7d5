-- depends: verdeling
-- Table afdoening: meldingen per value of the code list 'afdoening' (codelijsten.csv, in list order, zeros
-- included) and their share of all meldingen of the scope. Derivation: macro verdeling, 300_verdeling.sql.
CREATE OR REPLACE TABLE mart_afdoening AS
SELECT jaar, scope, sortering, waarde AS afdoening, meldingen, percentage
FROM verdeling('afdoening');
