-- How many files are in force for a year now (a year without any cannot be vastgesteld).
SELECT count(*) FROM stg_bestand_in_gebruik WHERE jaar = ? AND in_gebruik_versie_id IS NOT NULL
