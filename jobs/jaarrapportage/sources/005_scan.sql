-- The drop folder as found by the latest run: one row per regular file in a valid
-- input/<ministerie>/<jaar>/ folder, with the version it holds now. Replaced on every run.
-- Size and modification time let the next run recognise an untouched file without reading it again.
CREATE TABLE IF NOT EXISTS scan_bestand (
    ministerie    VARCHAR NOT NULL,
    jaar          INTEGER NOT NULL,
    bestandsnaam  VARCHAR NOT NULL,
    versie_id     BIGINT  NOT NULL,
    grootte       BIGINT  NOT NULL,   -- bytes
    gewijzigd_op  BIGINT  NOT NULL,   -- modification time, ms since the epoch
    PRIMARY KEY (ministerie, jaar, bestandsnaam)
);
