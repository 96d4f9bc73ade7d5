-- The audit result of one year (no row: disclosure control has not run for it).
SELECT drempel, geslaagd, reden, primair, secundair FROM onthulling_jaar WHERE jaar = ?
