-- The reference tables are replaced as a whole from input-schemas/ at every computation.
DELETE FROM ref_ministerie;
DELETE FROM ref_categorie;
DELETE FROM ref_codelijst;
