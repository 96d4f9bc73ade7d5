-- Every vaststelling, per year oldest first: jaar, versie, datum, reden, gepubliceerd.
SELECT jaar, versie, datum, reden, gepubliceerd FROM vaststelling ORDER BY jaar, versie
