-- A vaststelling that was never published (its run failed or was killed): it has no effect.
DELETE FROM vaststelling WHERE NOT gepubliceerd
