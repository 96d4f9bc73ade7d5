-- Assertion: the RIJK row is the sum of the ministries' rows (rijksbrede scope), for every count of
-- meldingen_per_ministerie and nevenwerkzaamheden_per_ministerie, and every rijksbrede category count is the sum
-- of the ministries' own category tables. Returns the differences; no rows means the assertion holds.
WITH ministeries AS (
    SELECT jaar, sum(meldingen) AS meldingen, sum(betrokkenen) AS betrokkenen, sum(aangetoond) AS aangetoond,
           sum(medewerkers) AS medewerkers
    FROM mart_meldingen_per_ministerie
    WHERE scope = 'RIJK' AND ministerie_code <> 'RIJK'
    GROUP BY jaar
),
neven AS (
    SELECT jaar, sum(medewerkers) AS medewerkers, sum(nevenwerkzaamheden) AS nevenwerkzaamheden
    FROM mart_nevenwerkzaamheden_per_ministerie
    WHERE scope = 'RIJK' AND ministerie_code <> 'RIJK'
    GROUP BY jaar
)
SELECT 'meldingen_per_ministerie' AS tabel, r.jaar, 'RIJK' AS rij
FROM mart_meldingen_per_ministerie r
JOIN ministeries m ON m.jaar = r.jaar
WHERE r.scope = 'RIJK' AND r.ministerie_code = 'RIJK'
  AND (r.meldingen IS DISTINCT FROM m.meldingen OR r.betrokkenen IS DISTINCT FROM m.betrokkenen
       OR r.aangetoond IS DISTINCT FROM m.aangetoond OR r.medewerkers IS DISTINCT FROM m.medewerkers)
UNION ALL
SELECT 'nevenwerkzaamheden_per_ministerie', r.jaar, 'RIJK'
FROM mart_nevenwerkzaamheden_per_ministerie r
JOIN neven n ON n.jaar = r.jaar
WHERE r.scope = 'RIJK' AND r.ministerie_code = 'RIJK'
  AND (r.medewerkers IS DISTINCT FROM n.medewerkers OR r.nevenwerkzaamheden IS DISTINCT FROM n.nevenwerkzaamheden)
UNION ALL
SELECT 'meldingen_per_categorie', r.jaar, r.categorie_code
FROM mart_meldingen_per_categorie r
JOIN (SELECT jaar, categorie_code, sum(meldingen) AS meldingen
      FROM mart_meldingen_per_categorie
      WHERE scope <> 'RIJK'
      GROUP BY jaar, categorie_code) m ON m.jaar = r.jaar AND m.categorie_code = r.categorie_code
WHERE r.scope = 'RIJK' AND r.meldingen IS DISTINCT FROM m.meldingen
