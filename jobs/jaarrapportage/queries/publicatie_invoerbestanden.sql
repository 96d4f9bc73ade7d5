-- The input versions in force behind a year, for its public manifest: the lineage publishers need (ministry, form,
-- version, checksum, date received) and nothing from which a count follows: no file names (a name can hold a person's
-- name or a count), no row counts per file, no rejected versions.
SELECT ministerie, formulier, versie, sha256, strftime(ontvangen_op, '%Y-%m-%d') AS ontvangen_op
FROM mart_manifest_invoer
WHERE jaar = ?
ORDER BY sortering
