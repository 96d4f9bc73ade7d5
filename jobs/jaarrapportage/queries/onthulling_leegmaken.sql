-- Disclosure control results are replaced as a whole every run.
DELETE FROM onthulling_onderdrukt;
DELETE FROM onthulling_jaar;
