-- The latest recorded version of a file name, whatever its status.
SELECT versie_id, versie, status, formulier
FROM bestandsversie
WHERE ministerie = ? AND jaar = ? AND bestandsnaam = ?
ORDER BY versie DESC
LIMIT 1
