-- A year now stands in output/openbaar/ as a new version: jaar, versie, status, run_id.
INSERT INTO publicatie_versie VALUES (?, ?, ?, now()::TIMESTAMP, ?)
