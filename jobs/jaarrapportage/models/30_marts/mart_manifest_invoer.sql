-- depends: bestandsversie, int_ministerie_geldig, stg_bestand_in_gebruik
-- Not a published table: the input file versions behind a year, for output/<jaar>/manifest.json.
-- Per file present in the drop folder: the version present now (in_gebruik = true when accepted) and,
-- when that version was rejected, the earlier accepted version that stays in force instead.
CREATE OR REPLACE TABLE mart_manifest_invoer AS
WITH versie AS (
    SELECT b.jaar, b.ministerie, b.bestandsnaam, b.actuele_versie_id AS versie_id,
           b.actuele_versie_id = b.in_gebruik_versie_id AS in_gebruik
    FROM stg_bestand_in_gebruik b
    UNION ALL
    SELECT b.jaar, b.ministerie, b.bestandsnaam, b.in_gebruik_versie_id AS versie_id, true AS in_gebruik
    FROM stg_bestand_in_gebruik b
    WHERE b.in_gebruik_versie_id IS NOT NULL AND b.in_gebruik_versie_id <> b.actuele_versie_id
)
SELECT x.jaar,
       row_number() OVER (PARTITION BY x.jaar
                          ORDER BY coalesce(g.volgorde, 1000000), x.ministerie, x.bestandsnaam, v.versie) AS sortering,
       x.ministerie,
       x.bestandsnaam,
       v.versie,
       v.sha256,
       v.formulier,
       v.status,
       v.gegevensregels,
       v.geladen_regels,
       coalesce(x.in_gebruik, false) AS in_gebruik
FROM versie x
JOIN bestandsversie v ON v.versie_id = x.versie_id
LEFT JOIN int_ministerie_geldig g ON g.jaar = x.jaar AND g.ministerie = x.ministerie;
