-- Per table of one year (all scopes): published count cells shown as 'x' because they are below the threshold
-- (primair) or to protect such a cell (secundair), derived figures shown as 'x' with them, rows withheld, and the
-- narrowest audit interval (bovengrens - ondergrens) of a primary cell in the table (NULL: unbounded or none).
SELECT v.tabel,
       count(DISTINCT v.scope || '|' || v.sortering || '|' || v.kolom) FILTER (WHERE v.rol = 'telling' AND o.primair)     AS primair,
       count(DISTINCT v.scope || '|' || v.sortering || '|' || v.kolom) FILTER (WHERE v.rol = 'telling' AND NOT o.primair) AS secundair,
       count(DISTINCT v.scope || '|' || v.sortering || '|' || v.kolom) FILTER (WHERE v.rol = 'afgeleid')                  AS afgeleid,
       count(DISTINCT v.scope || '|' || v.sortering) FILTER (WHERE v.rol = 'rij')                                          AS rijen_achtergehouden,
       min(o.bovengrens - o.ondergrens) FILTER (WHERE v.rol = 'telling' AND o.primair)                                  AS smalste_interval
FROM onthulling_verwijzing v
JOIN onthulling_onderdrukt o ON o.jaar = v.cel_jaar AND o.cel = v.cel
WHERE v.jaar = ?
GROUP BY v.tabel
