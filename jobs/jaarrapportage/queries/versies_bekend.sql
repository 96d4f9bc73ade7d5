-- Every recorded version (the first four columns as the other version queries give them) with its file and content:
-- which files of a scan were seen before.
SELECT versie_id, versie, status, formulier, ministerie, jaar, bestandsnaam, sha256
FROM bestandsversie
