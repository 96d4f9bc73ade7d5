-- For the inleverstatus, the feedback overview and `status`: every file present in the drop folder (aanwezig = true)
-- and every file seen before but no longer present (aanwezig = false; its latest version), with its latest version,
-- the outcome of that version, the version in force and whether that is the latest (present files only).
SELECT b.ministerie, b.jaar, b.bestandsnaam, true AS aanwezig,
       a.versie, a.status, coalesce(g.formulier, a.formulier) AS formulier, a.ontvangen_op,
       -- the file's own fouten and those the models find (a copy, a form already delivered), as its feedback lists them
       a.fouten + CASE WHEN b.dubbel_van IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN b.elders_ministerie IS NOT NULL THEN 1 ELSE 0 END
           + CASE WHEN b.al_ingeleverd_in IS NOT NULL THEN 1 ELSE 0 END AS fouten,
       a.waarschuwingen,
       g.versie AS in_gebruik_versie, g.ontvangen_op AS in_gebruik_ontvangen_op,
       b.actueel_telt AS telt
FROM stg_bestand_in_gebruik b
JOIN bestandsversie a ON a.versie_id = b.actuele_versie_id
LEFT JOIN bestandsversie g ON g.versie_id = b.in_gebruik_versie_id
UNION ALL
SELECT v.ministerie, v.jaar, v.bestandsnaam, false AS aanwezig,
       max(v.versie), max_by(v.status, v.versie), max_by(v.formulier, v.versie), max(v.ontvangen_op),
       max_by(v.fouten, v.versie), max_by(v.waarschuwingen, v.versie),
       NULL, NULL, false
FROM bestandsversie v
WHERE NOT EXISTS (SELECT 1 FROM scan_bestand s
                  WHERE s.ministerie = v.ministerie AND s.jaar = v.jaar AND s.bestandsnaam = v.bestandsnaam)
GROUP BY v.ministerie, v.jaar, v.bestandsnaam
ORDER BY 2, 1, 3
