-- The fingerprint of what the last completed publication was made from (versions in force, models,
-- templates, schemas, application). A run whose fingerprint is the same skips computing and publishing.
CREATE TABLE IF NOT EXISTS publicatie_stand (
    vingerafdruk     VARCHAR NOT NULL,
    run_id           BIGINT  NOT NULL,
    gepubliceerd_op  TIMESTAMP NOT NULL
);
-- Per published year, the fingerprint of what it was made from (the files of that year and every earlier one,
-- models, templates, schemas, application, threshold): a year whose fingerprint is unchanged is not republished.
CREATE TABLE IF NOT EXISTS publicatie_jaar_stand (
    jaar          INTEGER NOT NULL PRIMARY KEY,
    vingerafdruk  VARCHAR NOT NULL,
    run_id        BIGINT  NOT NULL
);
