INSERT INTO ref_ministerie (code, naam, geldig_van, geldig_tot, volgorde) VALUES (?, ?, ?, ?, ?)
