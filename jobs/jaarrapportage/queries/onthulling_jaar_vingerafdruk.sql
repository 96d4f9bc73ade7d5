-- A year's plan fingerprint after its publication joined its history (see Onthullingsbeheersing.naPublicatie).
UPDATE onthulling_jaar SET vingerafdruk = ? WHERE jaar = ?
