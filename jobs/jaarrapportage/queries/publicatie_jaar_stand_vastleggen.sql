INSERT OR REPLACE INTO publicatie_jaar_stand (jaar, vingerafdruk, run_id) VALUES (?, ?, ?)
