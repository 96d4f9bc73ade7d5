-- Every file present in the drop folder, its current version, and the version in force.
SELECT b.ministerie, b.jaar, b.bestandsnaam,
       a.versie_id, a.versie, a.sha256, a.formulier, a.dialect, a.status, a.gegevensregels,
       -- rows that count: none for a version that is not in force (a copy, a form already delivered), loaded or not
       CASE WHEN b.actueel_telt THEN a.geladen_regels ELSE 0 END AS geladen_regels,
       g.versie AS in_gebruik_versie, g.ontvangen_op AS in_gebruik_ontvangen_op, b.dubbel_van,
       b.elders_ministerie, b.elders_jaar, b.elders_bestandsnaam,
       b.actueel_telt, b.opzij_versie_id, b.al_ingeleverd_in, b.al_ingeleverd_formulier, b.al_ingeleverd_reden, b.al_ingeleverd_waarde
FROM stg_bestand_in_gebruik b
JOIN bestandsversie a ON a.versie_id = b.actuele_versie_id
LEFT JOIN bestandsversie g ON g.versie_id = b.in_gebruik_versie_id
ORDER BY b.ministerie, b.jaar, b.bestandsnaam
