-- Disclosure control results, written by the onthulling step after the models are computed (the rows of every
-- year planned again replaced) and read by the publication: which logical cells (models/40_onthulling) are
-- suppressed, and per year whether the audit passed.
CREATE TABLE IF NOT EXISTS onthulling_onderdrukt (
    jaar        INTEGER NOT NULL,
    cel         VARCHAR NOT NULL,
    primair     BOOLEAN NOT NULL,   -- below the threshold (true) or suppressed to protect one (false)
    ondergrens  DOUBLE,             -- the audit's interval for a primary cell: the smallest and largest value
    bovengrens  DOUBLE,             -- consistent with everything published (NULL bovengrens: unbounded)
    PRIMARY KEY (jaar, cel)
);
CREATE TABLE IF NOT EXISTS onthulling_jaar (
    jaar        INTEGER NOT NULL PRIMARY KEY,
    drempel     INTEGER NOT NULL,
    geslaagd    BOOLEAN NOT NULL,   -- the audit passed: the year may be published
    reden       VARCHAR,            -- why not (Dutch), when it did not
    primair     INTEGER NOT NULL,
    secundair   INTEGER NOT NULL
);
-- What each year's plan was made from (cells, relations, earlier versions, threshold, margin, code): a year whose
-- fingerprint is unchanged keeps its recorded plan and audit instead of being planned again (issue 24).
ALTER TABLE onthulling_jaar ADD COLUMN IF NOT EXISTS vingerafdruk VARCHAR;
