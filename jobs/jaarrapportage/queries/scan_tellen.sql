-- Rows in the scan just written: checked against what was appended.
SELECT count(*) FROM scan_bestand
