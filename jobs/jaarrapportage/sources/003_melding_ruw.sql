-- Accepted incident rows, values already normalised by the ingest step (codes, integers, dates).
CREATE TABLE IF NOT EXISTS melding_ruw (
    versie_id              BIGINT  NOT NULL,
    regel                  BIGINT  NOT NULL,
    volgnummer             VARCHAR,
    onderdeel              VARCHAR NOT NULL,
    datum_melding          DATE,
    soort_incident         VARCHAR NOT NULL,
    categorie_code         VARCHAR NOT NULL,   -- 'a' .. 'i'
    subcategorie           VARCHAR,            -- canonical subcategory label, or the free text as given
    aantal_betrokkenen     INTEGER NOT NULL,
    soort_onderzoek        VARCHAR NOT NULL,
    uitkomst               VARCHAR NOT NULL,
    afdoening              VARCHAR NOT NULL,
    aangifte               VARCHAR NOT NULL,
    omschrijving           VARCHAR,
    toelichting_afronding  VARCHAR,
    publiceerbaar          BOOLEAN NOT NULL,
    gevoelige_tekst        BOOLEAN NOT NULL,   -- free text screening found personal data: never published
    PRIMARY KEY (versie_id, regel)
);
