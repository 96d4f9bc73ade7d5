-- The version of a file with this content, if it was seen before.
SELECT versie_id, versie, status, formulier
FROM bestandsversie
WHERE ministerie = ? AND jaar = ? AND bestandsnaam = ? AND sha256 = ?
