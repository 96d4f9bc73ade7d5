#!/usr/bin/env bash
# Tests of the benchmark tooling (not of the application): bench/test.sh
#  * the generator is reproducible (same seed -> same bytes; --only reproduces one file exactly);
#  * it writes exactly --rows incident rows (counted by DuckDB's own CSV reader, via Baseline);
#  * each ministry gets the dialect it should (separator, encoding, BOM, line ends, quoting);
#  * every category label is acceptable per contract section 4 (bench/check_labels.sql);
#  * the committed example folder input/ is exactly what --example generates;
#  * bench/run.sh works up to the application runs (BENCH_APP=0: generator + baseline).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work/test
rm -rf "$WORK"
mkdir -p "$WORK/classes"

FAILED=0
ok()   { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; FAILED=1; }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

DUCKDB_JAR="$(ls bench/work/lib/duckdb_jdbc-*.jar 2>/dev/null | head -n 1 || true)"
if [[ -z "$DUCKDB_JAR" ]]; then
    version="$(sed -n 's:.*<duckdb.version>\(.*\)</duckdb.version>.*:\1:p' pom.xml)"
    DUCKDB_JAR="$HOME/.m2/repository/org/duckdb/duckdb_jdbc/$version/duckdb_jdbc-$version.jar"
fi
[[ -f "$DUCKDB_JAR" ]] || { echo "DuckDB JDBC jar not found (build the application jar first)"; exit 1; }
javac -d "$WORK/classes" bench/GenerateDropFolder.java
javac -d "$WORK/classes" -cp "$DUCKDB_JAR" bench/Baseline.java
gen() { java -cp "$WORK/classes" GenerateDropFolder "$@" >/dev/null; }
baseline() { java -cp "$WORK/classes:$DUCKDB_JAR" Baseline "$@"; }
incident_rows() { baseline "$1" | sed -n 's/^BASELINE .* incident_rows=\([0-9]*\).*/\1/p'; }

# --- reproducibility -------------------------------------------------------------------------------
gen --rows 3000 --seed 7 --max-rows-per-file 400 --out "$WORK/a"
gen --rows 3000 --seed 7 --max-rows-per-file 400 --out "$WORK/b"
gen --rows 3000 --seed 8 --max-rows-per-file 400 --out "$WORK/c"
check "same seed gives the same bytes" diff -rq "$WORK/a" "$WORK/b"
check "another seed gives other bytes" bash -c "! diff -rq '$WORK/a' '$WORK/c' >/dev/null"
check "another seed gives the same files" diff <(cd "$WORK/a" && find . -type f | sort) <(cd "$WORK/c" && find . -type f | sort)
gen --rows 3000 --seed 7 --max-rows-per-file 400 --only BZK/2025/incidenten --out "$WORK/only"
check "--only writes only that ministry's form" test "$(cd "$WORK/only" && find . -type f | sort | tr '\n' ' ')" = "./BZK/2025/incidenten.csv "
check "--only reproduces the file of the full folder" cmp -s "$WORK/only/BZK/2025/incidenten.csv" "$WORK/a/BZK/2025/incidenten.csv"

# --- row counts (DuckDB's reader, not ours) ---------------------------------------------------------
check "3000 rows in 2 years" test "$(incident_rows "$WORK/a")" = 3000
check "another seed, same 3000 rows" test "$(incident_rows "$WORK/c")" = 3000
# DEF gets 22/214.6 of the rows per year (about 308 of 3000), under 400: force splitting with 100.
gen --rows 3000 --seed 7 --max-rows-per-file 100 --out "$WORK/split"
check "large ministries are split over several files" test -f "$WORK/split/DEF/2024/incidenten-2.csv"
check "split files still hold 3000 rows" test "$(incident_rows "$WORK/split")" = 3000
gen --rows 1 --years 2023 --out "$WORK/one"
check "1 row in total (the other ministries: header-only files)" test "$(incident_rows "$WORK/one")" = 1
check "2023 has 12 valid ministries (EZK, LNV, IenW, JenV, not EZ/LVVN/KGG/VRO/AenM)" \
    test "$(ls "$WORK/one" | sort | tr '\n' ' ')" = "AZ BZ BZK DEF EZK FIN IenW JenV LNV OCW SZW VWS "
gen --rows 10 --years 2016 --out "$WORK/old"
check "2016 uses the old codes (EZ, IenM, VenJ)" \
    test "$(ls "$WORK/old" | sort | tr '\n' ' ')" = "AZ BZ BZK DEF EZ FIN IenM OCW SZW VWS VenJ "

# --- dialects ---------------------------------------------------------------------------------------
A="$WORK/a"
first_line() { head -n 1 "$1"; }
has_bom() { [[ "$(head -c 3 "$1" | od -An -tx1 | tr -d ' \n')" == efbbbf ]]; }
is_utf8() { iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1; }
has_cr() { LC_ALL=C grep -q $'\r' "$1"; }
# CRLF ends every record; a line break inside a quoted field is a bare LF, as Excel writes it.
crlf_records() { head -n 1 "$1" | LC_ALL=C grep -q $'\r$' && [[ "$(tail -c 2 "$1" | od -An -tx1 | tr -d ' \n')" == 0d0a ]]; }
check "BZ: ';' separator"                 bash -c "head -n 1 '$A/BZ/2024/incidenten.csv' | grep -q ';'"
check "BZ: Windows-1252 (not UTF-8)"      bash -c "! iconv -f UTF-8 -t UTF-8 '$A/BZ/2024/incidenten.csv' >/dev/null 2>&1"
check "BZ: € as the single byte 0x80"     bash -c "LC_ALL=C grep -q $'\x80' '$A/BZ/2024/incidenten.csv'"
check "BZ: CRLF line ends"                crlf_records "$A/BZ/2024/incidenten.csv"
check "FIN: UTF-8 with BOM"               bash -c "$(declare -f has_bom is_utf8); has_bom '$A/FIN/2024/incidenten.csv' && is_utf8 '$A/FIN/2024/incidenten.csv'"
check "FIN: ',' separator"                bash -c "head -n 1 '$A/FIN/2024/incidenten.csv' | grep -q ',' && ! head -n 1 '$A/FIN/2024/incidenten.csv' | grep -q ';'"
check "EZ: ';' with UTF-8 BOM"            bash -c "$(declare -f has_bom); has_bom '$A/EZ/2024/incidenten.csv' && head -n 1 '$A/EZ/2024/incidenten.csv' | grep -q ';'"
check "BZK: UTF-8 without BOM, LF"        bash -c "$(declare -f has_bom is_utf8 has_cr); ! has_bom '$A/BZK/2024/incidenten.csv' && is_utf8 '$A/BZK/2024/incidenten.csv' && ! has_cr '$A/BZK/2024/incidenten.csv'"
check "IenW: tab separated, LF"           bash -c "$(declare -f has_cr); head -n 1 '$A/IenW/2024/incidenten.csv' | grep -q $'\t' && ! has_cr '$A/IenW/2024/incidenten.csv'"
check "VWS: every field quoted"           bash -c "head -n 1 '$A/VWS/2024/incidenten.csv' | grep -q '^\"KENMERK\",\"DEPARTEMENT\"'"
check "SZW: trailing empty columns"       bash -c "head -n 1 '$A/SZW/2024/incidenten.csv' | grep -q $';;\r$'"
check "SZW: empty rows below the data"    bash -c "tail -n 1 '$A/SZW/2024/incidenten.csv' | grep -q $'^;*\r$'"
check "DEF: header aliases (Aard, Betreft, Dienst)" bash -c "head -n 1 '$A/DEF/2024/incidenten.csv' | grep -q 'Dienst;Aard;Betreft'"
check "quoted line breaks in omschrijving" bash -c "grep -rq -e '^Geen datalek vastgesteld' -e '^Betrokkene is op non-actief' '$A'"
check "personeel FTE with decimal comma in ';' files" bash -c "sed -n 2p '$A/BZ/2024/personeel.csv' | grep -Eq ';[0-9]+,[0-9];'"

# --- labels acceptable per contract section 4 -------------------------------------------------------
gen --rows 20000 --seed 3 --out "$WORK/labels"
bad="$(baseline "$WORK/labels" --check bench/check_labels.sql | grep -v -e '^problem' -e '^BASELINE' || true)"
check "every category label in 20000 rows is acceptable (prefix, name, wording, subcategory, one typo)" test -z "$bad"
[[ -n "$bad" ]] && echo "$bad" | head -n 10
bad="$(baseline input --check bench/check_labels.sql | grep -v -e '^problem' -e '^BASELINE' | cut -f2 | tr '\n' '|' || true)"
check "input/: only the two deliberate label errors" test "$bad" = "belangenverstrengeling en financiele fraude|overige zaken|"

# --- the committed example folder ----------------------------------------------------------------------
gen --example --out "$WORK/example"
check "input/ is exactly what --example generates" diff -rq --exclude README.md input "$WORK/example"
# 13044: the non-empty data rows of the example's incident CSV files, counted by hand with Python's csv module (73 files
# with a categorie or Aard column, 12,460 rows; VWS's six files with their own headers, 584); workbooks not included.
# (It said 4692 until the example grew to 2020-2025 in issue 12, and nothing ran this script since: fixed in issue 14.)
check "input/: 13044 meldingen" test "$(incident_rows input)" = 13044

# --- bench/run.sh up to the application runs -------------------------------------------------------
if [[ -f target/jbr-integriteit.jar ]]; then
    out="$(BENCH_APP=0 bench/run.sh 2000 2>&1)"
    check "bench/run.sh (BENCH_APP=0) loads 2000 rows in the baseline" bash -c "grep -q 'incident_rows=2000 ' <<<'$out'"
else
    echo "skip  bench/run.sh (target/jbr-integriteit.jar not built)"
fi

rm -rf "$WORK"
if (( FAILED )); then echo "bench/test.sh: FAILED"; exit 1; fi
echo "bench/test.sh: all passed"
