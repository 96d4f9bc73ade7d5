-- Reference data, reloaded from input-schemas/ at the start of every computation.
CREATE TABLE IF NOT EXISTS ref_ministerie (
    code        VARCHAR NOT NULL,
    naam        VARCHAR NOT NULL,
    geldig_van  INTEGER,            -- NULL: since always
    geldig_tot  INTEGER,            -- NULL: still exists; inclusive
    volgorde    INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ref_categorie (
    code      VARCHAR PRIMARY KEY,  -- 'a' .. 'i'
    naam      VARCHAR NOT NULL,     -- published label
    volgorde  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ref_codelijst (
    lijst     VARCHAR NOT NULL,
    waarde    VARCHAR NOT NULL,
    volgorde  INTEGER NOT NULL,
    PRIMARY KEY (lijst, waarde)
);
