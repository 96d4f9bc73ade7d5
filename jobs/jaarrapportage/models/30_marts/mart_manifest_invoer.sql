-- depends: bestandsversie, int_ministerie_geldig, stg_bestand_gepubliceerd
-- Not a published table: the input versions behind a year's figures, for the lineage in its public manifest
-- (output/openbaar/<jaar>/manifest.json; queries/publicatie_invoerbestanden): ministry, form, version, checksum and date
-- received of every version in force. Never the file name (a name can hold a person's name or a count) nor a row count.
CREATE OR REPLACE TABLE mart_manifest_invoer AS
SELECT b.jaar,
       row_number() OVER (PARTITION BY b.jaar
                          ORDER BY coalesce(g.volgorde, 1000000), b.ministerie, v.formulier, v.sha256) AS sortering,
       b.ministerie,
       v.formulier,
       v.versie,
       v.sha256,
       v.ontvangen_op
FROM stg_bestand_gepubliceerd b
JOIN bestandsversie v ON v.versie_id = b.in_gebruik_versie_id
LEFT JOIN int_ministerie_geldig g ON g.jaar = b.jaar AND g.ministerie = b.ministerie;
