-- The files of a vaststelling that was never published (its run failed or was killed): it has no effect.
DELETE FROM vaststelling_bestand
WHERE (jaar, versie) IN (SELECT jaar, versie FROM vaststelling WHERE NOT gepubliceerd)
