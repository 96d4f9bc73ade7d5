-- Findings per file version, in the order they are reported (contract 6.2).
CREATE TABLE IF NOT EXISTS bevinding (
    versie_id  BIGINT  NOT NULL,
    volgnr     INTEGER NOT NULL,
    regel      BIGINT,              -- spreadsheet row number (header = 1); NULL for the file as a whole
    kolom      VARCHAR,
    waarde     VARCHAR,
    ernst      VARCHAR NOT NULL,    -- 'fout' | 'waarschuwing'
    code       VARCHAR NOT NULL,
    melding    VARCHAR NOT NULL,
    PRIMARY KEY (versie_id, volgnr)
);
-- The sheet of a workbook the finding is about (contract 3.4), empty for a CSV file; added after the table was first
-- released, hence at the end.
ALTER TABLE bevinding ADD COLUMN IF NOT EXISTS blad VARCHAR;
-- For a workbook: the sheet each form was read from, so later findings (disclosure control) can name it.
CREATE TABLE IF NOT EXISTS werkmapblad (
    versie_id  BIGINT  NOT NULL,
    formulier  VARCHAR NOT NULL,
    blad       VARCHAR NOT NULL,
    PRIMARY KEY (versie_id, formulier)
);
