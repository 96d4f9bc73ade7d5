-- The audit result of one year, before it is recorded anew (or because it is no longer present).
DELETE FROM onthulling_jaar WHERE jaar = ?
