#!/usr/bin/env bash
# Benchmark of issue 6: bench/run.sh [rows]   (default 1000000 incident rows)
#
#  1. builds target/jbr-integriteit.jar if it is missing;
#  2. generates bench/work/drop-<rows>/ (or reuses it when it was generated completely before);
#  3. times, wall clock with JVM start (each started with bin/jbr, as the README says): a full run from empty
#     data and output directories, the same run again with nothing changed, and a run after one ministry replaced
#     one file, and validate on one file;
#  4. times the DuckDB-only baseline (bench/Baseline.java + bench/baseline.sql) on the same files;
#  5. prints per-run and per-step figures and ends with the RESULT line.
#
# Environment (all optional): BENCH_YEARS (2024,2025), BENCH_SEED (1), BENCH_XMX (512m),
# BENCH_CHANGE (MINISTERIE/jaar/formulier of the replaced file; default BZK/<last year>/incidenten),
# BENCH_APP=0 to skip the three application runs (generator and baseline only, no RESULT line).
set -euo pipefail

ROWS="${1:-1000000}"
if ! [[ "$ROWS" =~ ^[0-9]+$ ]] || (( ROWS < 1 )); then
    echo "usage: bench/run.sh [rows]   (rows: a positive whole number, default 1000000)" >&2
    exit 2
fi
YEARS="${BENCH_YEARS:-2024,2025}"
SEED="${BENCH_SEED:-1}"
XMX="${BENCH_XMX:-512m}"
LAST_YEAR="${YEARS##*,}"
CHANGE="${BENCH_CHANGE:-BZK/${LAST_YEAR}/incidenten}"
RUN_APP="${BENCH_APP:-1}"

cd "$(dirname "$0")/.."
WORK=bench/work
JAR=target/jbr-integriteit.jar
DROP="$WORK/drop-$ROWS"
RUNDIR="$WORK/run-$ROWS"
mkdir -p "$WORK"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- 1. the application jar -----------------------------------------------------------------------
if [[ ! -f "$JAR" ]]; then
    log "building $JAR"
    ./mvnw -q -DskipTests package
fi

# --- the DuckDB JDBC jar for the baseline: the one packaged in the application (same version) ------
# (extracted again whenever the application jar is newer, so the versions cannot drift apart)
LIB="$WORK/lib"
if [[ ! -f "$LIB/.extracted" || "$JAR" -nt "$LIB/.extracted" ]]; then
    rm -rf "$LIB"
    mkdir -p "$LIB"
    if command -v unzip >/dev/null; then
        unzip -q -o -j "$JAR" 'BOOT-INF/lib/duckdb_jdbc-*.jar' -d "$LIB"
    else
        (cd "$LIB" && jar xf "../../../$JAR" $(jar tf "../../../$JAR" | grep 'BOOT-INF/lib/duckdb_jdbc-') \
            && mv BOOT-INF/lib/duckdb_jdbc-*.jar . && rm -rf BOOT-INF)
    fi
    touch "$LIB/.extracted"
    rm -f "$WORK/classes/Baseline.class"
fi
DUCKDB_JAR="$(ls "$LIB"/duckdb_jdbc-*.jar | head -n 1)"
CLASSES="$WORK/classes"
if [[ ! -f "$CLASSES/Baseline.class" || bench/Baseline.java -nt "$CLASSES/Baseline.class" ]]; then
    mkdir -p "$CLASSES"
    javac -d "$CLASSES" -cp "$DUCKDB_JAR" bench/Baseline.java
fi
if [[ ! -f "$CLASSES/GenerateDropFolder.class" || bench/GenerateDropFolder.java -nt "$CLASSES/GenerateDropFolder.class" ]]; then
    mkdir -p "$CLASSES"
    javac -d "$CLASSES" bench/GenerateDropFolder.java
fi
generate() { java -cp "$CLASSES" GenerateDropFolder "$@"; }

# --- 2. the drop folder -----------------------------------------------------------------------------
MARK="$WORK/drop-$ROWS.complete"
WANT="rows=$ROWS years=$YEARS seed=$SEED generator=$(cksum < bench/GenerateDropFolder.java | cut -d' ' -f1)"
if [[ -d "$DROP" && -f "$MARK" && "$(cat "$MARK")" == "$WANT" ]]; then
    log "reusing $DROP"
else
    log "generating $DROP ($ROWS incident rows, years $YEARS, seed $SEED)"
    rm -rf "$DROP" "$MARK"
    generate --rows "$ROWS" --years "$YEARS" --seed "$SEED" --out "$DROP" >&2
    echo "$WANT" > "$MARK"
fi
DROP_BYTES="$(du -sb "$DROP" | cut -f1)"
DROP_FILES="$(find "$DROP" -type f | wc -l)"

# --- timing helpers ---------------------------------------------------------------------------------
now_ns() { date +%s%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

# timed NAME LOG cmd... : runs cmd with stdout+stderr to LOG; sets WALL_S, RSS_MB, STATUS.
timed() {
    local name="$1" logfile="$2"; shift 2
    local t0 t1 hwm=0 pid
    STATUS=0
    t0="$(now_ns)"
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -v -o "$logfile.time" "$@" >"$logfile" 2>&1 || STATUS=$?
        t1="$(now_ns)"
        hwm="$(awk -F': *' '/Maximum resident set size/ { print $2 }' "$logfile.time")"
    else
        "$@" >"$logfile" 2>&1 &
        pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            local v
            v="$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)"
            [[ -n "$v" ]] && (( v > hwm )) && hwm=$v
            sleep 0.1
        done
        wait "$pid" || STATUS=$?
        t1="$(now_ns)"
    fi
    WALL_S="$(seconds "$t0" "$t1")"
    RSS_MB="$(( ${hwm:-0} / 1024 ))"
    log "$name: ${WALL_S} s, exit $STATUS, peak RSS ${RSS_MB} MB"
}

app_run() { # NAME
    local name="$1"
    timed "$name" "$RUNDIR/$name.log" \
        env JAVA_OPTS="-Xmx$XMX" JBR_JAR="$JAR" bin/jbr run --input "$RUNDIR/input" --output "$RUNDIR/output" --data "$RUNDIR/data"
    if (( STATUS != 0 )); then
        echo "bench: the $name run failed (exit $STATUS); last lines of $RUNDIR/$name.log:" >&2
        tail -n 30 "$RUNDIR/$name.log" >&2
        exit 1
    fi
    if ! grep -q '^STEP ' "$RUNDIR/$name.log"; then
        echo "bench: the $name run printed no 'STEP name=... status=... ms=...' lines" >&2
    fi
}
peak_heap() { # LOG -> the RUN peak_heap_mb value, or NA
    local v
    v="$(sed -n 's/^RUN .*peak_heap_mb=\([0-9.]*\).*/\1/p' "$1" | tail -n 1)"
    echo "${v:-NA}"
}

# --- 3. the application runs ------------------------------------------------------------------------
declare -A WALL RSS HEAP
if [[ "$RUN_APP" != "0" ]]; then
    rm -rf "$RUNDIR"
    mkdir -p "$RUNDIR/data" "$RUNDIR/output"
    # The run reads its own copy of the drop folder (hard links when possible: nothing is written
    # into it; the replaced file below is removed and copied, never written through the link).
    cp -al "$DROP" "$RUNDIR/input" 2>/dev/null || { rm -rf "$RUNDIR/input"; cp -R "$DROP" "$RUNDIR/input"; }

    # Warm-up, not timed: the first start of bin/jbr after a build unpacks the jar and records the class data
    # sharing archives (one for run, one for the short commands). An installation does that once, at its first
    # run after a build; the timed runs below then start as every later run does. On the example input/, into
    # throw-away folders.
    log "warm-up (not timed): bin/jbr run on input/ and validate, so the launcher's archives exist"
    rm -rf "$WORK/warmup"
    env JAVA_OPTS="-Xmx$XMX" JBR_JAR="$JAR" bin/jbr run --input input --output "$WORK/warmup/output" \
        --data "$WORK/warmup/data" >"$WORK/warmup.log" 2>&1 || { echo "bench: warm-up run failed, see $WORK/warmup.log" >&2; exit 1; }
    env JAVA_OPTS="-Xmx512m" JBR_JAR="$JAR" bin/jbr validate "$(ls "$DROP"/*/*/*.csv | head -n 1)" \
        --jbr.data "$WORK/warmup/data" >>"$WORK/warmup.log" 2>&1 || true

    app_run full
    WALL[full]=$WALL_S; RSS[full]=$RSS_MB; HEAP[full]="$(peak_heap "$RUNDIR/full.log")"

    app_run unchanged
    WALL[unchanged]=$WALL_S; RSS[unchanged]=$RSS_MB; HEAP[unchanged]="$(peak_heap "$RUNDIR/unchanged.log")"

    # One ministry replaces one file: the same form regenerated with another seed.
    CHANGE_DIR="${CHANGE%/*}"
    CHANGE_FORM="${CHANGE##*/}"
    VARIANT="$WORK/variant-$ROWS"
    rm -rf "$VARIANT"
    generate --rows "$ROWS" --years "$YEARS" --seed "$((SEED + 1))" --only "$CHANGE" --out "$VARIANT" >"$RUNDIR/variant.log"
    CHANGED_ROWS="$(sed -n 's/.*: \([0-9]*\) incident rows, \([0-9]*\) personeel rows.*/\1+\2/p' "$RUNDIR/variant.log")"
    CHANGED_ROWS="$(( CHANGED_ROWS ))"
    if (( CHANGED_ROWS == 0 )) && ! ls "$VARIANT/$CHANGE_DIR"/*.csv >/dev/null 2>&1; then
        echo "bench: BENCH_CHANGE=$CHANGE names no file of the drop folder" >&2
        exit 2
    fi
    for f in "$VARIANT/$CHANGE_DIR"/*.csv; do
        # Remove, then copy: never write through a hard link into the shared drop folder.
        rm -f "$RUNDIR/input/$CHANGE_DIR/$(basename "$f")"
        cp "$f" "$RUNDIR/input/$CHANGE_DIR/"
    done
    log "replaced $CHANGE_DIR/$CHANGE_FORM*.csv with a variant (seed $((SEED + 1)), $CHANGED_ROWS rows of $ROWS)"

    app_run one_file
    WALL[one_file]=$WALL_S; RSS[one_file]=$RSS_MB; HEAP[one_file]="$(peak_heap "$RUNDIR/one_file.log")"

    # validate (issue 14: start-up), through bin/jbr, the launcher the README gives, like the runs above:
    # * validate: one example file, as a coordinator checks the form before dropping it (the RESULT line's
    #   validate_s; the same file at every size, so it measures start-up and not the size of the drop folder);
    # * validate_groot: the replaced file of the drop folder (its size grows with the benchmark), for information.
    VALIDATE_FILE="input/BZK/2025/BZK meldingen 2025.csv"
    timed validate "$RUNDIR/validate.log" env JAVA_OPTS="-Xmx512m" JBR_JAR="$JAR" bin/jbr validate "$VALIDATE_FILE" --jbr.data "$RUNDIR/data"
    WALL[validate]=$WALL_S; RSS[validate]=$RSS_MB; HEAP[validate]=NA
    GROOT_FILE="$(ls "$RUNDIR/input/$CHANGE_DIR"/*.csv | head -n 1)"
    timed validate_groot "$RUNDIR/validate_groot.log" env JAVA_OPTS="-Xmx512m" JBR_JAR="$JAR" bin/jbr validate "$GROOT_FILE" --jbr.data "$RUNDIR/data"
    WALL[validate_groot]=$WALL_S; RSS[validate_groot]=$RSS_MB; HEAP[validate_groot]=NA
else
    mkdir -p "$RUNDIR"
fi

# --- 4. the baseline --------------------------------------------------------------------------------
rm -f "$RUNDIR/baseline.duckdb" "$RUNDIR/baseline.duckdb.wal"
timed baseline "$RUNDIR/baseline.log" \
    java -cp "$CLASSES:$DUCKDB_JAR" Baseline "$DROP" --db "$RUNDIR/baseline.duckdb" --sql bench/baseline.sql
if (( STATUS != 0 )); then
    echo "bench: the baseline failed (exit $STATUS):" >&2
    tail -n 30 "$RUNDIR/baseline.log" >&2
    exit 1
fi
WALL[baseline]=$WALL_S; RSS[baseline]=$RSS_MB; HEAP[baseline]=NA
BASELINE_LINE="$(grep '^BASELINE ' "$RUNDIR/baseline.log" | tail -n 1)"
BASELINE_ROWS="$(sed -n 's/.* incident_rows=\([0-9]*\).*/\1/p' <<<"$BASELINE_LINE")"
rm -f "$RUNDIR/baseline.duckdb" "$RUNDIR/baseline.duckdb.wal"
if [[ "$BASELINE_ROWS" != "$ROWS" ]]; then
    echo "bench: the baseline loaded $BASELINE_ROWS incident rows, expected $ROWS" >&2
    grep -v '^BASELINE ' "$RUNDIR/baseline.log" | head -n 20 >&2
    exit 1
fi

# --- 5. report --------------------------------------------------------------------------------------
rate() { awk -v n="$ROWS" -v s="$1" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "NA" }'; }
echo
echo "Drop folder: $DROP ($DROP_FILES files, $ROWS incident rows, $(( DROP_BYTES / 1048576 )) MB, years $YEARS, seed $SEED)"
echo "Baseline:    $BASELINE_LINE"
echo
printf '%-15s %9s %12s %13s %12s\n' run wall_s peak_rss_mb peak_heap_mb rows_per_s
RUNS=(baseline)
[[ "$RUN_APP" != "0" ]] && RUNS=(full unchanged one_file validate validate_groot baseline)
for r in "${RUNS[@]}"; do
    rs=NA
    [[ "$r" == full || "$r" == baseline ]] && rs="$(rate "${WALL[$r]}")"
    printf '%-15s %9s %12s %13s %12s\n' "$r" "${WALL[$r]}" "${RSS[$r]}" "${HEAP[$r]}" "$rs"
done

if [[ "$RUN_APP" == "0" ]]; then
    exit 0
fi

echo
echo "Spring Batch steps (ms):"
awk '
    FNR == 1 { run++ }
    /^STEP / {
        name = ""; status = ""; ms = ""
        for (i = 2; i <= NF; i++) {
            split($i, kv, "=")
            if (kv[1] == "name") name = kv[2]
            else if (kv[1] == "status") status = kv[2]
            else if (kv[1] == "ms") ms = kv[2]
        }
        if (!(name in seen)) { seen[name] = 1; order[++n] = name }
        cell[name, run] = ms " " status
    }
    END {
        printf "%-32s %22s %22s %22s\n", "step", "full", "unchanged", "one_file"
        for (i = 1; i <= n; i++)
            printf "%-32s %22s %22s %22s\n", order[i], cell[order[i], 1], cell[order[i], 2], cell[order[i], 3]
    }' "$RUNDIR/full.log" "$RUNDIR/unchanged.log" "$RUNDIR/one_file.log"

PEAK_HEAP=NA
for r in full unchanged one_file; do
    h="${HEAP[$r]}"
    [[ "$h" == NA ]] && continue
    if [[ "$PEAK_HEAP" == NA ]] || awk -v a="$h" -v b="$PEAK_HEAP" 'BEGIN { exit !(a > b) }'; then PEAK_HEAP="$h"; fi
done
RATIO="$(awk -v f="${WALL[full]}" -v b="${WALL[baseline]}" 'BEGIN { if (b > 0) printf "%.2f", f / b; else print "NA" }')"
echo
echo "RESULT rows=$ROWS full_s=${WALL[full]} unchanged_s=${WALL[unchanged]} one_file_s=${WALL[one_file]} validate_s=${WALL[validate]} baseline_s=${WALL[baseline]} ratio=$RATIO peak_heap_mb=$PEAK_HEAP"
