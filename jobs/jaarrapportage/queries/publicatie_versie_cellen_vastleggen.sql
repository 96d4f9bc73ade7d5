-- The logical cells of a published version as it was published: value, and whether hidden (and why).
INSERT INTO publicatie_cel
SELECT c.jaar, ?, c.cel, c.scope, c.waarde, c.ondergrens, c.soort, o.cel IS NOT NULL, coalesce(o.primair, false)
FROM onthulling_cel c
LEFT JOIN onthulling_onderdrukt o ON o.jaar = c.jaar AND o.cel = c.cel
WHERE c.jaar = ?
