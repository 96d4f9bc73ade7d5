-- The published cells of one year to show as 'x': every (table, scope, row, column) that shows or is computed
-- from a suppressed logical cell. kolom '*' withholds the whole row.
SELECT DISTINCT v.tabel, v.scope, v.sortering, v.kolom
FROM onthulling_verwijzing v
JOIN onthulling_onderdrukt o ON o.jaar = v.cel_jaar AND o.cel = v.cel
WHERE v.jaar = ?
