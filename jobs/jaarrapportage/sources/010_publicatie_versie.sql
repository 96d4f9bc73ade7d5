-- Every version of every year that ever stood in output/openbaar/ (contract 8, "across versions"): an attacker holds
-- all of them, so disclosure control of a new version treats them as known. Per version: when and how it was
-- published, the input versions in force per ministry and form (which ministries changed between two versions), and
-- its logical cells (model onthulling_cel: value, whether hidden) and relations (onthulling_relatie) as published.
CREATE TABLE IF NOT EXISTS publicatie_versie (
    jaar             INTEGER   NOT NULL,
    versie           INTEGER   NOT NULL,   -- 1, 2, ... per year
    status           VARCHAR   NOT NULL,   -- 'voorlopig' | 'vastgesteld' | 'herzien'
    gepubliceerd_op  TIMESTAMP NOT NULL,
    run_id           BIGINT,
    PRIMARY KEY (jaar, versie)
);
CREATE TABLE IF NOT EXISTS publicatie_versie_invoer (
    jaar        INTEGER NOT NULL,
    versie      INTEGER NOT NULL,
    ministerie  VARCHAR NOT NULL,
    formulier   VARCHAR,
    sha256      VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS publicatie_cel (
    jaar        INTEGER NOT NULL,
    versie      INTEGER NOT NULL,
    cel         VARCHAR NOT NULL,
    scope       VARCHAR NOT NULL,
    waarde      BIGINT  NOT NULL,
    ondergrens  BIGINT  NOT NULL,
    soort       VARCHAR NOT NULL,
    verborgen   BOOLEAN NOT NULL,
    primair     BOOLEAN NOT NULL
);
CREATE TABLE IF NOT EXISTS publicatie_relatie (
    jaar         INTEGER NOT NULL,
    versie       INTEGER NOT NULL,
    relatie      VARCHAR NOT NULL,
    soort        VARCHAR NOT NULL,
    cel          VARCHAR NOT NULL,
    coefficient  BIGINT  NOT NULL
);
