-- depends: (none)
-- The key under which two files' onderdelen or volgnummers are the same (stg_formulier_sleutel): insensitive to case,
-- accents, spaces, punctuation and symbols ('Directie O&O' = 'directie o & o' = 'DirectieOO'), so that a second file
-- cannot pass for complementary by writing the same onderdeel a little differently. Letters of every script and
-- digits are kept. A value with nothing left is the key '' (all such values are the same).
CREATE OR REPLACE MACRO rijsleutel(waarde) AS
    regexp_replace(lower(strip_accents(waarde)), '[\s\p{P}\p{S}]', '', 'g');
