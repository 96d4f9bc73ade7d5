-- What a publication is made from, as far as the drop folder goes: every present file and its version.
SELECT ministerie, jaar, bestandsnaam, versie_id
FROM scan_bestand
ORDER BY ministerie, jaar, bestandsnaam
