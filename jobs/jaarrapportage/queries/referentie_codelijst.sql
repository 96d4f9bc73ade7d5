INSERT INTO ref_codelijst (lijst, waarde, volgorde) VALUES (?, ?, ?)
