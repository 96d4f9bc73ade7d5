INSERT INTO onthulling_jaar (jaar, drempel, geslaagd, reden, primair, secundair, vingerafdruk) VALUES (?, ?, ?, ?, ?, ?, ?)
