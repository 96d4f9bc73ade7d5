-- depends: bestandsversie, scan_bestand
-- Which version of each present file is the candidate to be in force. This model and stg_bestand_in_gebruik are the
-- one place that decides it: the ingestion records every version it receives on its own merits, whatever other files
-- hold. Files no longer present are not in force at all (contract 2).
--   1. A file's own candidate: its version present now when that was accepted, otherwise the latest earlier accepted
--      version of the same file (contract 6.2).
--   2. Never count one submission twice. Of the present files whose own candidates have the same content (sha256):
--      - in one ministry/year folder the file first in name order counts; the others are `dubbel_van` it;
--      - across folders (contract 2: one file, one ministry) the content counts only for the folder whose file was
--        received first: the run that received its candidate, then ministry code, year and file name (a fixed order,
--        whichever thread recorded a version first in a run); the others are `elders_*` that file.
--      A copy is a fout of the file's present version only when that version is the copy; otherwise (the present
--      version was rejected for its own findings) it says nothing more.
--   3. A copy does not count; like any file with a fout, its latest earlier accepted version whose content is no
--      other present file's own candidate stays in force (contract 6.2). stg_bestand_in_gebruik then applies "one form,
--      one file per ministry and year" and makes sure no content is in force twice.
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
           END                                           AS eigen_versie_id
    FROM scan_bestand s
    JOIN bestandsversie actueel ON actueel.versie_id = s.versie_id
),
met_inhoud AS (
    SELECT b.*,
           k.sha256 AS eigen_sha256,
           k.versie AS eigen_versie,
           coalesce(k.run_id, 0) AS eigen_run_id,
           first_value(b.bestandsnaam) OVER (PARTITION BY b.ministerie, b.jaar, k.sha256 ORDER BY b.bestandsnaam)
               AS eerste_in_map
    FROM basis b
    LEFT JOIN bestandsversie k ON k.versie_id = b.eigen_versie_id
),
eerste AS (
    SELECT m.*,
           first_value(m.ministerie) OVER w   AS eerste_ministerie,
           first_value(m.jaar) OVER w         AS eerste_jaar,
           first_value(m.bestandsnaam) OVER w AS eerste_bestandsnaam
    FROM met_inhoud m
    WINDOW w AS (PARTITION BY m.eigen_sha256
                 ORDER BY m.eerste_in_map <> m.bestandsnaam, m.eigen_run_id, m.ministerie, m.jaar, m.bestandsnaam)
),
kopie AS (
    SELECT e.*,
           e.eigen_sha256 IS NOT NULL AND e.eerste_in_map <> e.bestandsnaam AS is_dubbel,
           e.eigen_sha256 IS NOT NULL AND e.eerste_in_map = e.bestandsnaam
               AND (e.eerste_ministerie <> e.ministerie OR e.eerste_jaar <> e.jaar) AS is_elders
    FROM eerste e
),
terugval AS (
    -- of a copy: its latest earlier accepted version whose content is no present file's own candidate
    SELECT k.ministerie, k.jaar, k.bestandsnaam, max_by(v.versie_id, v.versie) AS versie_id
    FROM kopie k
    JOIN bestandsversie v ON v.ministerie = k.ministerie AND v.jaar = k.jaar AND v.bestandsnaam = k.bestandsnaam
                         AND v.status = 'geaccepteerd' AND v.versie < k.eigen_versie
    WHERE (k.is_dubbel OR k.is_elders)
      AND v.sha256 NOT IN (SELECT eigen_sha256 FROM met_inhoud WHERE eigen_sha256 IS NOT NULL)
    GROUP BY k.ministerie, k.jaar, k.bestandsnaam
)
SELECT k.ministerie, k.jaar, k.bestandsnaam, k.actuele_versie_id, k.actuele_status, k.actueel_formulier,
       CASE WHEN k.is_dubbel OR k.is_elders THEN t.versie_id ELSE k.eigen_versie_id END AS kandidaat_versie_id,
       CASE WHEN k.is_dubbel AND k.eigen_versie_id = k.actuele_versie_id THEN k.eerste_in_map END AS dubbel_van,
       CASE WHEN k.is_elders AND k.eigen_versie_id = k.actuele_versie_id THEN k.eerste_ministerie END AS elders_ministerie,
       CASE WHEN k.is_elders AND k.eigen_versie_id = k.actuele_versie_id THEN k.eerste_jaar END AS elders_jaar,
       CASE WHEN k.is_elders AND k.eigen_versie_id = k.actuele_versie_id THEN k.eerste_bestandsnaam END
           AS elders_bestandsnaam
FROM kopie k
LEFT JOIN terugval t ON t.ministerie = k.ministerie AND t.jaar = k.jaar AND t.bestandsnaam = k.bestandsnaam;
