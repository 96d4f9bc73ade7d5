-- depends: int_ministerie_jaar, int_scope
-- Per scope and year: does any covered ministry have an accepted incidenten opgave, and the total
-- number of meldingen over those that do (the denominator of the distribution percentages).
CREATE OR REPLACE VIEW int_scope_meldingen AS
SELECT s.jaar,
       s.scope,
       bool_or(mj.status_incidenten = 'geaccepteerd') AS heeft_opgave,
       CAST(sum(mj.meldingen) AS BIGINT)              AS meldingen
FROM int_scope s
JOIN int_ministerie_jaar mj ON mj.jaar = s.jaar AND mj.ministerie = s.ministerie
GROUP BY s.jaar, s.scope;
