-- The drop folder is scanned anew on every run; the previous scan is replaced as a whole.
DELETE FROM scan_bestand
