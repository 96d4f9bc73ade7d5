-- The number the next version of a file gets: 1 for a new file.
SELECT coalesce(max(versie), 0) + 1
FROM bestandsversie
WHERE ministerie = ? AND jaar = ? AND bestandsnaam = ?
