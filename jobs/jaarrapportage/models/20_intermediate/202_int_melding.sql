-- depends: int_ministerie_geldig, stg_melding
-- One row per melding: one data row of an accepted `incidenten` file that is in force (stg_melding),
-- for ministries valid in that year. onderdeel is trimmed; onderdeel_sleutel (lower case) groups
-- spellings that differ only in case. aangetoond = uitkomst 'aangetoond' or 'deels aangetoond'.
CREATE OR REPLACE VIEW int_melding AS
SELECT m.ministerie,
       m.jaar,
       m.bestandsnaam,
       m.versie_id,
       m.regel,
       trim(m.onderdeel)                                  AS onderdeel,
       lower(trim(m.onderdeel))                           AS onderdeel_sleutel,
       m.soort_incident,
       m.categorie_code,
       m.subcategorie,
       m.aantal_betrokkenen,
       m.soort_onderzoek,
       m.uitkomst,
       m.afdoening,
       m.aangifte,
       m.uitkomst IN ('aangetoond', 'deels aangetoond')   AS aangetoond,
       m.omschrijving,
       m.toelichting_afronding,
       m.publiceerbaar,
       m.gevoelige_tekst
FROM stg_melding m
JOIN int_ministerie_geldig g ON g.ministerie = m.ministerie AND g.jaar = m.jaar;
