#!/usr/bin/env bash
# Benchmark of issue 9: how long disclosure control (the onthulling step) takes on the example input/.
#
#   bench/onthulling.sh [runs]     (default 5)
#
# Each run copies input/ into a fresh bench/work/onthulling/run-<i>/ and runs the application jar from empty data
# and output directories. The step time comes from the line the application prints at the end of `run`,
#   STEP name=onthulling status=COMPLETED ms=<ms>
# and the time per year from the log lines
#   Disclosure control <jaar>: ... audit passed (<ms> ms)
# The script ends with exactly one line:
#   RESULT onthulling_ms_min=<ms> onthulling_ms_median=<ms> per_jaar_ms=<jaar>:<median ms>,... runs=<n>
# Environment (optional): BENCH_XMX (512m), BENCH_DREMPEL (not set: the default threshold 3).
set -euo pipefail

RUNS="${1:-5}"
if ! [[ "$RUNS" =~ ^[0-9]+$ ]] || (( RUNS < 1 )); then
    echo "usage: bench/onthulling.sh [runs]   (runs: a positive whole number, default 5)" >&2
    exit 2
fi
XMX="${BENCH_XMX:-512m}"

cd "$(dirname "$0")/.."
JAR=target/jbr-integriteit.jar
WORK=bench/work/onthulling
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if [[ ! -f "$JAR" ]]; then
    log "building $JAR"
    ./mvnw -q -DskipTests package
fi

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) {print "NA"} else if (NR % 2) {print a[(NR+1)/2]} else {printf "%d\n", (a[NR/2]+a[NR/2+1])/2}}'; }

rm -rf "$WORK"
mkdir -p "$WORK"
EXTRA=()
if [[ -n "${BENCH_DREMPEL:-}" ]]; then
    EXTRA=(--jbr.onthulling.drempel "$BENCH_DREMPEL")
fi
: >"$WORK/steps.txt"
: >"$WORK/jaren.txt"
for ((i = 1; i <= RUNS; i++)); do
    dir="$WORK/run-$i"
    mkdir -p "$dir"
    cp -r input "$dir/input"
    log "run $i of $RUNS"
    if ! java "-Xmx$XMX" -jar "$JAR" run --input "$dir/input" --output "$dir/output" --data "$dir/data" "${EXTRA[@]}" \
            >"$dir/run.log" 2>&1; then
        echo "run $i failed, see $dir/run.log" >&2
        tail -20 "$dir/run.log" >&2
        exit 1
    fi
    ms=$(sed -n 's/^STEP name=onthulling status=COMPLETED ms=\([0-9]*\).*/\1/p' "$dir/run.log")
    if [[ -z "$ms" ]]; then
        echo "run $i: no 'STEP name=onthulling status=COMPLETED' line in $dir/run.log" >&2
        exit 1
    fi
    echo "$ms" >>"$WORK/steps.txt"
    sed -n 's/.*Disclosure control \([0-9]\{4\}\):.*(\([0-9]*\) ms).*/\1 \2/p' "$dir/run.log" >>"$WORK/jaren.txt"
    printf 'run %d: onthulling %s ms; %s\n' "$i" "$ms" \
        "$(sed -n 's/.*\(Disclosure control [0-9]\{4\}:.*\)$/\1/p' "$dir/run.log" | paste -sd';' -)"
done

MIN=$(sort -n "$WORK/steps.txt" | head -1)
MED=$(median <"$WORK/steps.txt")
PER=""
for jaar in $(awk '{print $1}' "$WORK/jaren.txt" | sort -u); do
    m=$(awk -v j="$jaar" '$1 == j {print $2}' "$WORK/jaren.txt" | median)
    PER="${PER:+$PER,}$jaar:$m"
done
echo "RESULT onthulling_ms_min=$MIN onthulling_ms_median=$MED per_jaar_ms=${PER:-NA} runs=$RUNS"
