-- Every version of every file ever seen in the drop folder, with the outcome of its validation.
-- Written by the ingest step; never updated after the version has been validated.
CREATE SEQUENCE IF NOT EXISTS seq_versie START 1;
CREATE TABLE IF NOT EXISTS bestandsversie (
    versie_id       BIGINT PRIMARY KEY,
    ministerie      VARCHAR NOT NULL,
    jaar            INTEGER NOT NULL,
    bestandsnaam    VARCHAR NOT NULL,   -- name inside input/<ministerie>/<jaar>/
    versie          INTEGER NOT NULL,   -- 1, 2, ... per (ministerie, jaar, bestandsnaam)
    sha256          VARCHAR NOT NULL,
    grootte         BIGINT  NOT NULL,   -- bytes
    formulier       VARCHAR,            -- a form of input-schemas/formulieren.csv ('incidenten', 'personeel', 'kengetallen') | NULL when not recognised
    dialect         VARCHAR,            -- how the file was read (separator, encoding), Dutch; NULL when unreadable
    status          VARCHAR NOT NULL,   -- 'geaccepteerd' | 'afgekeurd'
    gegevensregels  BIGINT  NOT NULL,   -- data rows in the file (header and empty lines excluded)
    geladen_regels  BIGINT  NOT NULL,   -- rows loaded into the form's raw table, e.g. melding_ruw (0 when afgekeurd)
    fouten          INTEGER NOT NULL,
    waarschuwingen  INTEGER NOT NULL,
    archiefpad      VARCHAR NOT NULL,   -- relative to the data directory
    ontvangen_op    TIMESTAMP NOT NULL,
    run_id          BIGINT,
    UNIQUE (ministerie, jaar, bestandsnaam, sha256)
);
