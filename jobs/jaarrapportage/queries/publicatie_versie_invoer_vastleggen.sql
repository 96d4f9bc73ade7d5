-- The input versions in force behind a published version, per ministry and form.
INSERT INTO publicatie_versie_invoer SELECT jaar, ?, ministerie, formulier, sha256 FROM mart_manifest_invoer WHERE jaar = ?
