-- Used by bench/test.sh after Baseline has loaded a bench-mode drop folder (Baseline --check):
-- proves that every category label the generator wrote is acceptable per contract section 4.
-- Prints one row per offending label; no rows means all labels are fine.
--   * a label with a letter prefix has, after the prefix, nothing or a name/wording of that letter;
--   * a label without prefix is a name, wording or unique subcategory, or is exactly one character
--     away from a label of one category and at least three characters from every other category.
WITH l AS (
    SELECT DISTINCT lower(strip_accents(trim(categorie))) AS label FROM melding
), prefixed AS (
    SELECT label, substr(label, 1, 1) AS code,
           trim(regexp_replace(label, '^[a-i](\.\)|\.|\))?', '')) AS rest
    FROM l WHERE regexp_matches(label, '^[a-i]($|[.)])')
), unresolved AS (
    SELECT label FROM l
    WHERE NOT regexp_matches(label, '^[a-i]($|[.)])')
      AND label NOT IN (SELECT label FROM categorie_label)
), distance AS (
    SELECT u.label, c.code, min(levenshtein(u.label, c.label)) AS dist
    FROM unresolved u CROSS JOIN categorie_label c
    GROUP BY ALL
), verdict AS (
    SELECT label, count(*) FILTER (WHERE dist <= 1) AS close, count(*) FILTER (WHERE dist <= 2) AS near
    FROM distance GROUP BY label
)
SELECT 'PREFIX_TEXT_NOT_OF_CATEGORY' AS problem, label FROM prefixed p
WHERE rest <> '' AND NOT EXISTS (SELECT 1 FROM categorie_label c WHERE c.label = p.rest AND c.code = p.code)
UNION ALL
SELECT 'NOT_ONE_TYPO_FROM_ONE_CATEGORY', label FROM verdict WHERE close <> 1 OR near <> 1
ORDER BY 1, 2;
