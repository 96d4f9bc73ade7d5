-- depends: int_kengetallen_rij, kengetal_opmerking, opmerking_kengetallen, verschil_procent
-- Table vertrouwenspersonen_per_ministerie (kengetallen form): one row per ministry valid in the year, then RIJK
-- (int_kengetallen_rij).
--   vertrouwenspersonen, externe_vertrouwenspersonen: active at year end, summed over the onderdelen that reported;
--   gesprekken: gesprekken_vertrouwenspersonen summed likewise (a count about people: disclosure control);
--   gesprekken_vorig_jaar: gesprekken of the same row (ministry code or RIJK) in jaar - 1;
--   verschil_procent = (gesprekken - gesprekken_vorig_jaar) / gesprekken_vorig_jaar x 100, exact, rounded once
--     (half away from zero) to one decimal; empty when either is empty or gesprekken_vorig_jaar = 0.
--   Empty: no onderdeel reported the figure, or no accepted opgave; opmerking as in financiele_belangen.
-- Scope 'RIJK' holds all rows; the scope of a ministry holds only that ministry's row.
CREATE OR REPLACE TABLE mart_vertrouwenspersonen_per_ministerie AS
WITH rij AS (
    SELECT r.jaar, r.ministerie_code, r.sortering,
           r.vertrouwenspersonen, r.externe_vertrouwenspersonen,
           r.gesprekken_vertrouwenspersonen AS gesprekken,
           v.gesprekken_vertrouwenspersonen AS gesprekken_vorig_jaar,
           verschil_procent(r.gesprekken_vertrouwenspersonen, v.gesprekken_vertrouwenspersonen) AS verschil_procent,
           opmerking_kengetallen(r.ministerie_code, r.status_kengetallen, r.zonder_opgave, o.opmerking) AS opmerking
    FROM int_kengetallen_rij r
    LEFT JOIN int_kengetallen_rij v ON v.jaar = r.jaar - 1 AND v.ministerie_code = r.ministerie_code
    LEFT JOIN kengetal_opmerking(['vertrouwenspersonen', 'externe_vertrouwenspersonen', 'gesprekken_vertrouwenspersonen']) o
           ON o.jaar = r.jaar AND o.ministerie = r.ministerie_code
)
SELECT jaar, 'RIJK' AS scope, * EXCLUDE (jaar) FROM rij
UNION ALL
SELECT jaar, ministerie_code AS scope, * EXCLUDE (jaar) FROM rij WHERE ministerie_code <> 'RIJK';
