-- The fingerprint of what the last completed publication was made from (versions in force, models,
-- templates, schemas, application). A run whose fingerprint is the same skips computing and publishing.
CREATE TABLE IF NOT EXISTS publicatie_stand (
    vingerafdruk     VARCHAR NOT NULL,
    run_id           BIGINT  NOT NULL,
    gepubliceerd_op  TIMESTAMP NOT NULL
);
