-- Per published version the input versions in force (to tell which ministries changed between versions), and the
-- input versions in force now per year (versie NULL) from the files the figures are computed from.
SELECT jaar, versie, ministerie, formulier, sha256 FROM publicatie_versie_invoer
UNION ALL
SELECT jaar, NULL, ministerie, formulier, sha256 FROM mart_manifest_invoer
ORDER BY jaar, versie NULLS LAST, ministerie, formulier, sha256
