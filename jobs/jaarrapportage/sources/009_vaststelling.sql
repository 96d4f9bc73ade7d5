-- The release of a published year (contract 6, `vaststellen --jaar N`). A year with a published vaststelling is
-- frozen: later runs leave output/openbaar/<jaar>/ as it is, and its figures (also where later years show them:
-- _vorig_jaar, trends) are computed from the file versions that were in force when it was vastgesteld
-- (models/10_staging/stg_bestand_gepubliceerd). `vaststellen` again records a revision (versie 2, 3, ...).
-- A vaststelling is recorded before its run publishes it (gepubliceerd = false) and marked when it is; every run
-- first removes one that was never published (a vaststellen run that failed or was killed), so it has no effect.
CREATE TABLE IF NOT EXISTS vaststelling (
    jaar          INTEGER NOT NULL,
    versie        INTEGER NOT NULL,   -- 1: vastgesteld; 2, 3, ...: herzien
    datum         DATE    NOT NULL,
    reden         VARCHAR,            -- a revision: the ministries whose files changed since the previous one (Dutch)
    run_id        BIGINT,
    gepubliceerd  BOOLEAN NOT NULL,
    PRIMARY KEY (jaar, versie)
);
-- The files in force for the year when it was vastgesteld (the rows of stg_bestand_in_gebruik then).
CREATE TABLE IF NOT EXISTS vaststelling_bestand (
    jaar                  INTEGER NOT NULL,
    versie                INTEGER NOT NULL,
    ministerie            VARCHAR NOT NULL,
    bestandsnaam          VARCHAR NOT NULL,
    actuele_status        VARCHAR,
    actueel_formulier     VARCHAR,
    in_gebruik_versie_id  BIGINT
);
