-- depends: ref_ministerie, stg_jaar
-- Every ministry valid in each published year, with its name in that year and its code-list position.
-- Valid (contract 5): the ministry existed for at least part of the year; geldig_van and geldig_tot are
-- inclusive years, NULL meaning "since always" / "still exists". A code may have two periods (EZ): the
-- name comes from the period that covers the year.
CREATE OR REPLACE VIEW int_ministerie_geldig AS
SELECT j.jaar,
       r.code                                   AS ministerie,
       min(r.volgorde)                          AS volgorde,
       max_by(r.naam, coalesce(r.geldig_van, 0)) AS naam
FROM stg_jaar j
JOIN ref_ministerie r
  ON (r.geldig_van IS NULL OR r.geldig_van <= j.jaar)
 AND (r.geldig_tot IS NULL OR j.jaar <= r.geldig_tot)
GROUP BY j.jaar, r.code;
