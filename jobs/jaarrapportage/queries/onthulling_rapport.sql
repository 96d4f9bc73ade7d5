-- BZK's disclosure audit report of one year (output/beheer/onthulling/<jaar>.csv, never public): every hidden
-- logical cell with its true value, why it is hidden (primair: below the threshold; secundair: to protect one) and,
-- for a primary cell, the interval [ondergrens, bovengrens] of values consistent with everything published.
SELECT c.cel, c.scope, c.dimensie, c.sleutel, c.waarde,
       CASE WHEN o.primair THEN 'primair' ELSE 'secundair' END AS reden,
       o.ondergrens, o.bovengrens
FROM onthulling_onderdrukt o
JOIN onthulling_cel c ON c.jaar = o.jaar AND c.cel = o.cel
WHERE o.jaar = ?
ORDER BY o.primair DESC, c.scope, c.dimensie, c.sleutel
