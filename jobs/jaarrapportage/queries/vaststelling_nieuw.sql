-- Records a vaststelling (not yet published): jaar, versie, datum, reden, run_id.
INSERT INTO vaststelling VALUES (?, ?, ?, ?, ?, false)
