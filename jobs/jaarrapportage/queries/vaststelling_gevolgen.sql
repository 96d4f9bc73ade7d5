-- Per year that is vastgesteld: what a revision would change in the figures, per ministry. Each ministry's figures
-- (meldingen in all and per categorie, betrokkenen, medewerkers, fte, nevenwerkzaamheden and every kengetal) are
-- computed twice from the rows of the accepted files: once with the files the year was vastgesteld with (its latest
-- published vaststelling), once with the files in force now (stg_vastgesteld_en_nu). Only the figures that differ,
-- with both values; NULL where one side has no such figure (no file, or the column left empty). These are a
-- ministry's totals as its own tables show them (every row of an accepted file counts, contract 5), unprotected: for
-- beheer/ and `status` only.
-- jaar = ? limits it to one year (NULL: every year).
WITH melding AS (
    SELECT b.stand, b.jaar, b.ministerie, m.categorie_code, m.aantal_betrokkenen
    FROM stg_vastgesteld_en_nu b JOIN melding_ruw m ON m.versie_id = b.versie_id
),
kengetal AS (
    UNPIVOT (SELECT b.stand, b.jaar, b.ministerie, k.* EXCLUDE (versie_id, regel, onderdeel)
             FROM stg_vastgesteld_en_nu b JOIN kengetallen_ruw k ON k.versie_id = b.versie_id)
    ON COLUMNS(* EXCLUDE (stand, jaar, ministerie)) INTO NAME grootheid VALUE waarde
),
cijfer AS (
    SELECT stand, jaar, ministerie, 0 AS volgorde, 'meldingen' AS grootheid, CAST(count(*) AS DECIMAL(38, 4)) AS waarde
    FROM melding GROUP BY ALL
    UNION ALL
    SELECT stand, jaar, ministerie, 1, 'meldingen in categorie ' || categorie_code, count(*)
    FROM melding GROUP BY ALL
    UNION ALL
    SELECT stand, jaar, ministerie, 2, 'betrokkenen', sum(aantal_betrokkenen)
    FROM melding GROUP BY ALL
    UNION ALL
    SELECT b.stand, b.jaar, b.ministerie, 3, g.grootheid, g.waarde
    FROM stg_vastgesteld_en_nu b JOIN personeel_ruw p ON p.versie_id = b.versie_id,
    LATERAL (VALUES ('medewerkers', CAST(p.aantal_medewerkers AS DECIMAL(38, 4))), ('fte', CAST(p.aantal_fte AS DECIMAL(38, 4))),
                    ('nevenwerkzaamheden', CAST(p.aantal_nevenwerkzaamheden AS DECIMAL(38, 4)))) g(grootheid, waarde)
    UNION ALL
    SELECT stand, jaar, ministerie, 4, replace(grootheid, '_', ' '), waarde
    FROM kengetal
),
per_stand AS (
    SELECT jaar, ministerie, volgorde, grootheid,
           sum(waarde) FILTER (WHERE stand = 'vastgesteld') AS vastgesteld,
           sum(waarde) FILTER (WHERE stand = 'nu')          AS nu
    FROM cijfer
    GROUP BY jaar, ministerie, volgorde, grootheid
)
SELECT jaar, ministerie, grootheid, vastgesteld, nu
FROM per_stand
WHERE vastgesteld IS DISTINCT FROM nu
  AND (CAST(? AS INTEGER) IS NULL OR jaar = ?)
ORDER BY jaar, ministerie, volgorde, grootheid
