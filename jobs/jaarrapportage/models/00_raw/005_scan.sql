-- The drop folder as found by the latest run: one row per regular file in a valid
-- input/<ministerie>/<jaar>/ folder, with the version it holds now. Replaced on every run.
CREATE TABLE IF NOT EXISTS scan_bestand (
    ministerie    VARCHAR NOT NULL,
    jaar          INTEGER NOT NULL,
    bestandsnaam  VARCHAR NOT NULL,
    versie_id     BIGINT  NOT NULL,
    PRIMARY KEY (ministerie, jaar, bestandsnaam)
);
