-- Baseline for bench/run.sh (issue 6): what DuckDB alone does with the same drop folder.
-- Executed by bench/Baseline.java through the same DuckDB JDBC version as the application.
--
-- The file has four sections, separated by "-- @section" lines:
--   setup       once, before loading;
--   incidenten  once per incident file, with {placeholders} filled in by the driver;
--   personeel   once per personeel file, idem;
--   aggregate   once, after loading: the aggregations of the published tables
--               meldingen_per_categorie and meldingen_per_ministerie.
-- Placeholders: {path} {delim} {encoding} {ministerie} {jaar} {columns} {select} {required}
--   {columns}  target column list, e.g. volgnummer, onderdeel, categorie
--   {select}   the file's own header names in the same order, e.g. "Zaaknummer", "Dienst", "Aard"
--   {required} the file's header name of the required column (rows without it are the empty
--              rows a spreadsheet leaves below the data)

-- @setup
CREATE TABLE melding (
    ministerie VARCHAR, jaar INTEGER,
    volgnummer VARCHAR, onderdeel VARCHAR, datum_melding VARCHAR, soort_incident VARCHAR,
    categorie VARCHAR, subcategorie VARCHAR, aantal_betrokkenen VARCHAR, soort_onderzoek VARCHAR,
    uitkomst VARCHAR, afdoening VARCHAR, aangifte VARCHAR, omschrijving VARCHAR,
    toelichting_afronding VARCHAR, publiceerbaar VARCHAR, rapportage_jaar VARCHAR, rapportage_ministerie VARCHAR);
CREATE TABLE personeel (
    ministerie VARCHAR, jaar INTEGER,
    onderdeel VARCHAR, aantal_medewerkers VARCHAR, aantal_fte VARCHAR, aantal_nevenwerkzaamheden VARCHAR,
    rapportage_jaar VARCHAR, rapportage_ministerie VARCHAR);
-- Category names, official wordings and the subcategories that name one category only, as
-- lower case without accents: enough to map the labels that are not written with a letter.
CREATE TABLE categorie_label (label VARCHAR, code VARCHAR);
INSERT INTO categorie_label VALUES
    ('financiele schendingen', 'a'), ('financiele schendingen (in de zakelijke sfeer)', 'a'),
    ('fraude', 'a'), ('diefstal-verduistering', 'a'),
    ('misbruik positie en belangenverstrengeling', 'b'), ('aannemen gunsten/giften/geschenken', 'b'),
    ('omkoping (corruptie)', 'b'), ('niet melden nevenactiviteiten', 'b'),
    ('lekken, misbruik en achterhouden van informatie', 'c'),
    ('lekken en misbruik en/of achterhouden van en/of ongeoorloofd omgaan met informatie', 'c'),
    ('misbruik van informatie', 'c'), ('ongeoorloofd raadplegen vertrouwelijke registers', 'c'),
    ('ongepaste communicatie', 'd'), ('ongepaste meningsuiting', 'd'),
    ('misbruik bevoegdheden', 'e'),
    ('misbruik geweldsbevoegdheid', 'f'),
    ('ongewenste omgangsvormen', 'g'), ('discriminatie', 'g'), ('seksuele intimidatie', 'g'),
    ('misbruik bedrijfsmiddelen en overtreding interne regels', 'h'), ('misbruik bedrijfsmiddelen en overtreding', 'h'),
    ('niet volgen van procedures', 'h'), ('slordig omgaan met bedrijfsmiddelen', 'h'),
    ('misdragingen in de privesfeer', 'i'), ('ongepaste gedragingen in de privesfeer', 'i'),
    ('ongewenste privecontacten', 'i'), ('andere misdrijven en overtredingen', 'i');

-- @incidenten
INSERT INTO melding (ministerie, jaar, {columns})
SELECT '{ministerie}', {jaar}, {select}
FROM read_csv('{path}', delim = '{delim}', quote = '"', escape = '"', header = true,
              encoding = '{encoding}', all_varchar = true, auto_detect = true)
WHERE {required} IS NOT NULL;

-- @personeel
INSERT INTO personeel (ministerie, jaar, {columns})
SELECT '{ministerie}', {jaar}, {select}
FROM read_csv('{path}', delim = '{delim}', quote = '"', escape = '"', header = true,
              encoding = '{encoding}', all_varchar = true, auto_detect = true)
WHERE {required} IS NOT NULL;

-- @aggregate
CREATE TABLE melding_norm AS
WITH l AS (
    SELECT ministerie, jaar, uitkomst, aantal_betrokkenen,
           lower(strip_accents(trim(categorie))) AS label
    FROM melding
)
SELECT l.ministerie, l.jaar,
       CASE WHEN regexp_matches(l.label, '^[a-i]($|[.)])') THEN substr(l.label, 1, 1)
            ELSE coalesce(c.code, '?') END                              AS categorie_code,
       lower(replace(trim(coalesce(l.uitkomst, '')), '_', ' ')) = 'aangetoond' AS aangetoond,
       coalesce(try_cast(l.aantal_betrokkenen AS INTEGER), 1)          AS betrokkenen
FROM l
LEFT JOIN categorie_label c ON c.label = l.label;

-- meldingen_per_categorie: count per jaar and categorie, with its percentage of the year.
CREATE TABLE uit_per_categorie AS
SELECT jaar, categorie_code, count(*) AS meldingen,
       round(100.0 * count(*) / sum(count(*)) OVER (PARTITION BY jaar), 1) AS percentage
FROM melding_norm
GROUP BY jaar, categorie_code
ORDER BY jaar, categorie_code;

-- meldingen_per_ministerie: count, betrokkenen, aangetoond and headcount per jaar and ministerie.
CREATE TABLE uit_per_ministerie AS
WITH m AS (
    SELECT jaar, ministerie, count(*) AS meldingen, sum(betrokkenen) AS betrokkenen,
           count(*) FILTER (WHERE aangetoond) AS aangetoond
    FROM melding_norm GROUP BY jaar, ministerie
), p AS (
    SELECT jaar, ministerie, sum(try_cast(aantal_medewerkers AS BIGINT)) AS medewerkers
    FROM personeel GROUP BY jaar, ministerie
)
SELECT coalesce(m.jaar, p.jaar) AS jaar, coalesce(m.ministerie, p.ministerie) AS ministerie,
       coalesce(m.meldingen, 0) AS meldingen, m.betrokkenen, m.aangetoond, p.medewerkers,
       round(1000.0 * coalesce(m.meldingen, 0) / nullif(p.medewerkers, 0), 1) AS meldingen_per_1000_medewerkers
FROM m FULL JOIN p ON m.jaar = p.jaar AND m.ministerie = p.ministerie
ORDER BY 1, 2;
