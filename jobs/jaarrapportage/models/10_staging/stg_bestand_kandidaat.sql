-- depends: bestandsversie, scan_bestand
-- Which version of each present file is the candidate to be in force: the version present now when it was accepted,
-- otherwise the latest earlier accepted version of the same file (contract 6.2). Files no longer present are not in
-- force at all (contract 2). stg_bestand_in_gebruik then applies "one form, one file per ministry and year".
-- A file whose candidate has the same content (sha256) as that of another present file of the
-- same ministry and year is counted once: the file first in name order counts, the other gets
-- `dubbel_van` (its feedback says so) and no candidate. Never count one submission twice.
-- One file, one ministry (contract 2): content in force for more than one ministry or year counts only for
-- the one whose version was received first (lowest version id, the ledger's sequence; then ministry, year,
-- name); the others get `elders_*` (their feedback says where) and no candidate. The ingestion
-- already rejects such a copy when it arrives; this also holds for versions recorded before that check.
CREATE OR REPLACE TABLE stg_bestand_kandidaat AS
WITH basis AS (
    SELECT s.ministerie,
           s.jaar,
           s.bestandsnaam,
           s.versie_id                                   AS actuele_versie_id,
           actueel.status                                AS actuele_status,
           actueel.formulier                             AS actueel_formulier,
           CASE WHEN actueel.status = 'geaccepteerd' THEN actueel.versie_id
                ELSE (SELECT max_by(v.versie_id, v.versie)
                        FROM bestandsversie v
                       WHERE v.ministerie = s.ministerie AND v.jaar = s.jaar
                         AND v.bestandsnaam = s.bestandsnaam AND v.status = 'geaccepteerd'
                         AND v.versie < actueel.versie)
           END                                           AS geaccepteerde_versie_id
    FROM scan_bestand s
    JOIN bestandsversie actueel ON actueel.versie_id = s.versie_id
),
met_inhoud AS (
    SELECT b.*,
           k.sha256 AS kandidaat_sha256,
           first_value(b.bestandsnaam) OVER (PARTITION BY b.ministerie, b.jaar, k.sha256 ORDER BY b.bestandsnaam) AS eerste_met_inhoud
    FROM basis b
    LEFT JOIN bestandsversie k ON k.versie_id = b.geaccepteerde_versie_id
),
in_map AS (
    SELECT m.*,
           CASE WHEN kandidaat_sha256 IS NULL OR eerste_met_inhoud = bestandsnaam THEN geaccepteerde_versie_id END AS eigen_versie_id,
           CASE WHEN kandidaat_sha256 IS NOT NULL AND eerste_met_inhoud <> bestandsnaam THEN eerste_met_inhoud END AS dubbel_van
    FROM met_inhoud m
),
eerste AS (
    SELECT i.*,
           first_value(i.ministerie) OVER w   AS eerste_ministerie,
           first_value(i.jaar) OVER w         AS eerste_jaar,
           first_value(i.bestandsnaam) OVER w AS eerste_bestandsnaam
    FROM in_map i
    WINDOW w AS (PARTITION BY i.kandidaat_sha256
                 ORDER BY i.eigen_versie_id NULLS LAST, i.ministerie, i.jaar, i.bestandsnaam)
),
elders AS (
    SELECT e.*,
           e.eigen_versie_id IS NOT NULL AND e.kandidaat_sha256 IS NOT NULL
               AND (e.eerste_ministerie <> e.ministerie OR e.eerste_jaar <> e.jaar) AS elders_in_gebruik
    FROM eerste e
)
SELECT ministerie, jaar, bestandsnaam, actuele_versie_id, actuele_status, actueel_formulier,
       CASE WHEN NOT elders_in_gebruik THEN eigen_versie_id END AS kandidaat_versie_id,
       dubbel_van,
       CASE WHEN elders_in_gebruik THEN eerste_ministerie END   AS elders_ministerie,
       CASE WHEN elders_in_gebruik THEN eerste_jaar END         AS elders_jaar,
       CASE WHEN elders_in_gebruik THEN eerste_bestandsnaam END AS elders_bestandsnaam
FROM elders;
