-- Every year's recorded audit result with the fingerprint of what its plan was made from.
SELECT jaar, drempel, geslaagd, reden, primair, secundair, vingerafdruk FROM onthulling_jaar ORDER BY jaar
