-- The logical cells of disclosure control (models/40_onthulling), in a stable order.
SELECT jaar, cel, waarde, ondergrens, soort FROM onthulling_cel ORDER BY jaar, cel
