-- depends: (none)
-- The remark on a RIJK row: how many ministries the total leaves out for lack of an accepted opgave.
CREATE OR REPLACE MACRO opmerking_rijk(aantal_zonder_opgave) AS
    CASE aantal_zonder_opgave
        WHEN 0 THEN NULL
        WHEN 1 THEN 'exclusief 1 ministerie zonder geaccepteerde opgave'
        ELSE 'exclusief ' || aantal_zonder_opgave || ' ministeries zonder geaccepteerde opgave'
    END;

-- A Dutch enumeration of a list: ['a'] -> 'a'; ['a', 'b', 'c'] -> 'a, b en c'.
CREATE OR REPLACE MACRO opsomming(lijst) AS
    CASE WHEN len(lijst) = 1 THEN lijst[1]
         ELSE array_to_string(lijst[1:len(lijst) - 1], ', ') || ' en ' || lijst[len(lijst)]
    END;

-- The remark on a RIJK row of the kengetallen tables: which ministries the total leaves out.
CREATE OR REPLACE MACRO opmerking_rijk_codes(codes) AS
    CASE WHEN coalesce(len(codes), 0) = 0 THEN NULL
         ELSE 'geen geaccepteerde opgave: ' || array_to_string(codes, ', ')
    END;

-- The remark of a kengetallen row: for a ministry its status, else what its onderdelen left out; for RIJK the
-- ministries without an accepted opgave, then the onderdelen that left figures out. NULL when there is nothing to say.
CREATE OR REPLACE MACRO opmerking_kengetallen(code, status, zonder_opgave, onderdelen) AS
    CASE WHEN code = 'RIJK' THEN nullif(concat_ws('; ', opmerking_rijk_codes(zonder_opgave), onderdelen), '')
         WHEN status = 'geen opgave' THEN 'geen opgave'
         WHEN status = 'afgekeurd' THEN 'opgave afgekeurd'
         ELSE onderdelen
    END;
