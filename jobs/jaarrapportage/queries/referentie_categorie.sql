INSERT INTO ref_categorie (code, naam, volgorde) VALUES (?, ?, ?)
