INSERT INTO publicatie_stand (vingerafdruk, run_id, gepubliceerd_op) VALUES (?, ?, ?)
