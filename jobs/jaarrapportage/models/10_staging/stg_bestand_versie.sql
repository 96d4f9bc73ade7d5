-- depends: bestandsversie, stg_bestand_kandidaat
-- The versions that may be in force, one row per version and form it holds (a workbook holds up to three): of each
-- present file its candidate (stg_bestand_kandidaat) and the accepted versions before it, which stay in force when the
-- candidate has to give way to another file of the same form (stg_bestand_in_gebruik). `volgorde` numbers the versions
-- of a ministry and year in the order of receipt: the run that received the version (versions received in one run are
-- received together: their order in the ledger depends on which thread was first), then the file name without its
-- extension ('personeel.csv' before 'personeel v2.csv'), then with it ('kengetallen.csv' before 'kengetallen.xlsx').
CREATE OR REPLACE TABLE stg_bestand_versie AS
SELECT k.ministerie, k.jaar, k.bestandsnaam, v.versie_id, v.versie, v.versie_id = k.kandidaat_versie_id AS kandidaat,
       dense_rank() OVER (PARTITION BY k.ministerie, k.jaar
                          ORDER BY coalesce(v.run_id, 0), regexp_replace(k.bestandsnaam, '\.[^.]*$', ''), k.bestandsnaam,
                                   v.versie) AS volgorde,
       f.formulier
FROM stg_bestand_kandidaat k
JOIN bestandsversie c ON c.versie_id = k.kandidaat_versie_id
JOIN bestandsversie v ON v.ministerie = k.ministerie AND v.jaar = k.jaar AND v.bestandsnaam = k.bestandsnaam
                     AND v.status = 'geaccepteerd' AND v.versie <= c.versie,
     unnest(string_split(v.formulier, '+')) AS f(formulier);
