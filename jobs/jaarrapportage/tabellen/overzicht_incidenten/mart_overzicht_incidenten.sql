-- depends: int_melding, int_ministerie_geldig, int_scope, ref_categorie
-- Table overzicht_incidenten (public appendix): meldingen whose free texts may be published, i.e.
-- publiceerbaar = true (the ministry said 'ja') AND gevoelige_tekst = false (the screening found no
-- personal data). Ordered by ministry (code-list order), category, file and line. categorie_code, versie_id and
-- regel are not published: disclosure control withholds a case by its (ministerie, categorie) count and tells
-- the ministry which line (40_onthulling).
CREATE OR REPLACE TABLE mart_overzicht_incidenten AS
SELECT s.jaar,
       s.scope,
       row_number() OVER (PARTITION BY s.jaar, s.scope
                          ORDER BY g.volgorde, c.volgorde, m.bestandsnaam, m.regel) AS sortering,
       m.ministerie           AS ministerie_code,
       c.naam                 AS categorie,
       m.categorie_code,
       m.versie_id,
       m.regel,
       m.subcategorie,
       m.omschrijving,
       m.toelichting_afronding
FROM int_scope s
JOIN int_melding m            ON m.jaar = s.jaar AND m.ministerie = s.ministerie
JOIN int_ministerie_geldig g  ON g.jaar = m.jaar AND g.ministerie = m.ministerie
JOIN ref_categorie c          ON c.code = m.categorie_code
WHERE m.publiceerbaar AND NOT m.gevoelige_tekst;
