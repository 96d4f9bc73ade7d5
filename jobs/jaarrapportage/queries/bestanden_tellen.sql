-- The run's count of present files: geaccepteerd (the present version is the one in force) and afgekeurd (the others).
SELECT count(*) FILTER (WHERE actueel_telt), count(*) FILTER (WHERE NOT actueel_telt)
FROM stg_bestand_in_gebruik
