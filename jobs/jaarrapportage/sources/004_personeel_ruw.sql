-- Accepted staff rows (one per onderdeel per file version).
CREATE TABLE IF NOT EXISTS personeel_ruw (
    versie_id                  BIGINT  NOT NULL,
    regel                      BIGINT  NOT NULL,
    onderdeel                  VARCHAR NOT NULL,
    aantal_medewerkers         BIGINT  NOT NULL,
    aantal_fte                 DECIMAL(18, 4),
    aantal_nevenwerkzaamheden  BIGINT  NOT NULL,
    PRIMARY KEY (versie_id, regel)
);
