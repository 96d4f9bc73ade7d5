-- Which version of each present file is in force: the version present now when it was accepted,
-- otherwise the latest earlier accepted version of the same file (contract 6.2). Files no longer
-- present are not in force at all (contract 2).
CREATE OR REPLACE VIEW stg_bestand_in_gebruik AS
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
       END                                           AS in_gebruik_versie_id
FROM scan_bestand s
JOIN bestandsversie actueel ON actueel.versie_id = s.versie_id;
