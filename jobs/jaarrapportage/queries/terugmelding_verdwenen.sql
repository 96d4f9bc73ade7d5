-- Files seen in an earlier run that are no longer in the drop folder: their latest version (its feedback says
-- that the file no longer counts, contract 2).
SELECT v.versie_id, v.ministerie, v.jaar, v.bestandsnaam, v.versie, v.sha256, v.formulier, v.dialect, v.status,
       v.gegevensregels
FROM bestandsversie v
WHERE v.versie = (SELECT max(w.versie) FROM bestandsversie w
                  WHERE w.ministerie = v.ministerie AND w.jaar = v.jaar AND w.bestandsnaam = v.bestandsnaam)
  AND NOT EXISTS (SELECT 1 FROM scan_bestand s
                  WHERE s.ministerie = v.ministerie AND s.jaar = v.jaar AND s.bestandsnaam = v.bestandsnaam)
ORDER BY v.ministerie, v.jaar, v.bestandsnaam
