-- The vaststelling of a year is published: jaar, versie.
UPDATE vaststelling SET gepubliceerd = true WHERE jaar = ? AND versie = ?
