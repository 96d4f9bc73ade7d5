-- Every input file version that went into a year, for its manifest.
SELECT * EXCLUDE (jaar, sortering) FROM mart_manifest_invoer WHERE jaar = ? ORDER BY sortering
