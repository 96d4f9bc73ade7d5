-- depends: int_kengetallen_rij, kengetal_opmerking, opmerking_kengetallen
-- Table financiele_belangen_per_ministerie (kengetallen form): one row per ministry valid in the year, then RIJK
-- (int_kengetallen_rij).
--   risicofuncties, meldingsplichtigen, ontheffingen: per ministry the sum over the onderdelen that reported the
--     figure (an empty cell in the file is no opgave, never 0); empty when no onderdeel did, or without an
--     accepted kengetallen opgave (opmerking 'geen opgave' / 'opgave afgekeurd'). RIJK: the sum of the ministries.
--   opmerking (opmerking_kengetallen): the onderdelen without opgave of one of these figures
--     ('geen opgave van meldingsplichtigen en ontheffingen: ACM, RVO'); on the RIJK row first the ministries
--     without an accepted opgave, then the onderdelen with their ministry ('ACM (EZ), RVO (EZ)').
-- Scope 'RIJK' holds all rows; the scope of a ministry holds only that ministry's row.
CREATE OR REPLACE TABLE mart_financiele_belangen_per_ministerie AS
WITH rij AS (
    SELECT r.jaar, r.ministerie_code, r.sortering,
           r.risicofuncties, r.meldingsplichtigen, r.ontheffingen,
           opmerking_kengetallen(r.ministerie_code, r.status_kengetallen, r.zonder_opgave, o.opmerking) AS opmerking
    FROM int_kengetallen_rij r
    LEFT JOIN kengetal_opmerking(['risicofuncties', 'meldingsplichtigen', 'ontheffingen']) o
           ON o.jaar = r.jaar AND o.ministerie = r.ministerie_code
)
SELECT jaar, 'RIJK' AS scope, * EXCLUDE (jaar) FROM rij
UNION ALL
SELECT jaar, ministerie_code AS scope, * EXCLUDE (jaar) FROM rij WHERE ministerie_code <> 'RIJK';
