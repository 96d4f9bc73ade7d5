INSERT INTO onthulling_onderdrukt (jaar, cel, primair, ondergrens, bovengrens) VALUES (?, ?, ?, ?, ?)
