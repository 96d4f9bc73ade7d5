-- depends: scan_bestand
-- The reporting years present in the drop folder: each is published.
CREATE OR REPLACE VIEW stg_jaar AS
SELECT DISTINCT jaar FROM scan_bestand;
