-- depends: int_kengetallen_rij, kengetal_opmerking, opmerking_kengetallen
-- Table klachten_geschenken_per_ministerie (kengetallen form): one row per ministry valid in the year, then RIJK
-- (int_kengetallen_rij).
--   klachten_ongewenste_omgangsvormen: complaints to the klachtencommissie ongewenste omgangsvormen, summed over
--     the onderdelen that reported them (a count about people: disclosure control, contract 8);
--   geschenken_aangeboden, geschenken_aangenomen: gifts above EUR 50 offered and accepted, likewise.
--   Empty: no onderdeel reported the figure, or no accepted opgave; opmerking as in financiele_belangen.
-- Scope 'RIJK' holds all rows; the scope of a ministry holds only that ministry's row.
CREATE OR REPLACE TABLE mart_klachten_geschenken_per_ministerie AS
WITH rij AS (
    SELECT r.jaar, r.ministerie_code, r.sortering,
           r.klachten_ongewenste_omgangsvormen, r.geschenken_aangeboden, r.geschenken_aangenomen,
           opmerking_kengetallen(r.ministerie_code, r.status_kengetallen, r.zonder_opgave, o.opmerking) AS opmerking
    FROM int_kengetallen_rij r
    LEFT JOIN kengetal_opmerking(['klachten_ongewenste_omgangsvormen', 'geschenken_aangeboden', 'geschenken_aangenomen']) o
           ON o.jaar = r.jaar AND o.ministerie = r.ministerie_code
)
SELECT jaar, 'RIJK' AS scope, * EXCLUDE (jaar) FROM rij
UNION ALL
SELECT jaar, ministerie_code AS scope, * EXCLUDE (jaar) FROM rij WHERE ministerie_code <> 'RIJK';
