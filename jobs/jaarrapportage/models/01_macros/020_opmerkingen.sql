-- depends: (none)
-- The remark on a RIJK row: how many ministries the total leaves out for lack of an accepted opgave.
CREATE OR REPLACE MACRO opmerking_rijk(aantal_zonder_opgave) AS
    CASE aantal_zonder_opgave
        WHEN 0 THEN NULL
        WHEN 1 THEN 'exclusief 1 ministerie zonder geaccepteerde opgave'
        ELSE 'exclusief ' || aantal_zonder_opgave || ' ministeries zonder geaccepteerde opgave'
    END;
