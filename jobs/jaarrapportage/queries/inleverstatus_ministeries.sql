-- For the inleverstatus: every ministry valid in each year present in the drop folder, in code-list order.
SELECT jaar, ministerie, naam FROM int_ministerie_geldig ORDER BY jaar, volgorde, ministerie
