SELECT vingerafdruk FROM publicatie_jaar_stand WHERE jaar = ?
