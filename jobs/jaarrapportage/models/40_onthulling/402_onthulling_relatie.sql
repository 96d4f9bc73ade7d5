-- depends: onthulling_cel
-- Disclosure control (contract 8), step 2: what anyone holding every published table knows about the
-- logical cells (onthulling_cel), as linear relations  sum(coefficient x cel) = 0  or  <= 0.
-- These are the relations the audit (and the choice of secondary suppressions) must respect:
--   'breakdown':  meldingen of a scope = the sum of its cells per category, per code-list value, per onderdeel;
--   'rijk':       the RIJK cell = the sum of the ministries' cells (ministry tables add up to the rijksbrede);
--   'aangetoond': aangetoond = uitkomst 'aangetoond' + 'deels aangetoond';
--   'ongelijk':   aangetoond <= meldingen <= betrokkenen (every melding has at least one betrokkene);
--   'onderdelen': a ministry's klachten / gesprekken = the sum over its onderdelen (kengetallen_per_onderdeel);
--                 RIJK = the sum of the ministries is the 'rijk' relation above.
-- The _vorig_jaar columns need no relation: they are the same logical cell as the previous year's.
-- relatie names one relation within a year; soort '=' or '<='.
CREATE OR REPLACE TABLE onthulling_relatie AS
WITH kengetal(dimensie) AS (VALUES ('klachten'), ('gesprekken'), ('klachten_onderdeel'), ('gesprekken_onderdeel')),
uitsplitsing AS (
    SELECT DISTINCT jaar, scope, dimensie
    FROM onthulling_cel
    WHERE dimensie NOT IN ('meldingen', 'betrokkenen', 'aangetoond') AND dimensie NOT IN (SELECT dimensie FROM kengetal)
)
-- meldingen of a scope = sum over one breakdown
SELECT u.jaar, u.scope || '|meldingen=' || u.dimensie AS relatie, '=' AS soort, t.cel, 1 AS coefficient
FROM uitsplitsing u
JOIN onthulling_cel t ON t.jaar = u.jaar AND t.scope = u.scope AND t.dimensie = 'meldingen'
UNION ALL
SELECT jaar, scope || '|meldingen=' || dimensie, '=', cel, -1
FROM onthulling_cel
WHERE dimensie NOT IN ('meldingen', 'betrokkenen', 'aangetoond') AND dimensie NOT IN (SELECT dimensie FROM kengetal)
UNION ALL
-- RIJK = sum of the ministries, for every cell that has a rijksbrede counterpart
SELECT c.jaar, 'RIJK=som|' || c.dimensie || '|' || c.sleutel, '=', c.cel, CASE WHEN c.scope = 'RIJK' THEN 1 ELSE -1 END
FROM onthulling_cel c
WHERE c.dimensie NOT IN ('onderdeel', 'klachten_onderdeel', 'gesprekken_onderdeel')
UNION ALL
-- kengetallen: a ministry's klachten / gesprekken = the sum of its onderdelen that reported them
SELECT jaar, scope || '|' || replace(dimensie, '_onderdeel', '') || '=onderdelen', '=', cel,
       CASE WHEN dimensie IN ('klachten', 'gesprekken') THEN 1 ELSE -1 END
FROM onthulling_cel
WHERE scope <> 'RIJK' AND dimensie IN ('klachten', 'gesprekken', 'klachten_onderdeel', 'gesprekken_onderdeel')
UNION ALL
-- aangetoond = uitkomst aangetoond + deels aangetoond
SELECT jaar, scope || '|aangetoond=uitkomst', '=', cel, CASE WHEN dimensie = 'aangetoond' THEN 1 ELSE -1 END
FROM onthulling_cel
WHERE dimensie = 'aangetoond' OR (dimensie = 'uitkomst' AND sleutel IN ('aangetoond', 'deels aangetoond'))
UNION ALL
-- aangetoond - meldingen <= 0
SELECT jaar, scope || '|aangetoond<=meldingen', '<=', cel, CASE WHEN dimensie = 'aangetoond' THEN 1 ELSE -1 END
FROM onthulling_cel
WHERE dimensie IN ('aangetoond', 'meldingen')
UNION ALL
-- meldingen - betrokkenen <= 0
SELECT jaar, scope || '|meldingen<=betrokkenen', '<=', cel, CASE WHEN dimensie = 'meldingen' THEN 1 ELSE -1 END
FROM onthulling_cel
WHERE dimensie IN ('meldingen', 'betrokkenen');
