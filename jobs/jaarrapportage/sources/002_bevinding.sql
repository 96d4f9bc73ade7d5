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
