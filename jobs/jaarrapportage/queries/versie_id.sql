SELECT nextval('seq_versie')
