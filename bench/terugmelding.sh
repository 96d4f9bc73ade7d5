#!/usr/bin/env bash
# Drop-to-feedback latency of `serve` (issue 13): starts serve on a copy of the example drop folder with its nightly
# run hours away, drops a new file N times (default 3) and measures, with the wall clock, how long until that file's
# feedback CSV exists. Prints one line per drop and `RESULT terugmelding_s_min=… terugmelding_s_median=… …`.
# Needs target/jbr-integriteit.jar (./mvnw -q -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-3}"
JAR=target/jbr-integriteit.jar
[[ -f "$JAR" ]] || { echo "bench: build the jar first: ./mvnw -q -DskipTests package" >&2; exit 2; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/jbr-terugmelding.XXXXXX")"
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
cp -r input "$WORK/input"
java -jar "$JAR" run --input "$WORK/input" --output "$WORK/output" --data "$WORK/data" >/dev/null
java -jar "$JAR" serve --cron "0 0 2 * * *" --input "$WORK/input" --output "$WORK/output" --data "$WORK/data" \
    >"$WORK/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do grep -q "volgende run om" "$WORK/serve.log" && break; sleep 0.5; done
BRON="$(ls input/BZK/2025/*.csv | head -n 1)"
TIJDEN=()
for i in $(seq 1 "$N"); do
    NAAM="nagekomen-$i.csv"
    # a different file each time (one more line), so it is a new version, not a duplicate
    { cat "$BRON"; tail -n 1 "$BRON"; for _ in $(seq 1 "$i"); do tail -n 1 "$BRON"; done; } > "$WORK/$NAAM"
    T0="$(date +%s.%N)"
    mv "$WORK/$NAAM" "$WORK/input/BZK/2025/$NAAM"
    DOEL="$WORK/output/terugmelding/BZK/2025/$NAAM.csv"
    for _ in $(seq 1 1200); do [[ -f "$WORK/output/terugmelding/BZK/2025/${NAAM%.csv}.csv" || -f "$DOEL" ]] && break; sleep 0.05; done
    T1="$(date +%s.%N)"
    S="$(awk -v a="$T0" -v b="$T1" 'BEGIN { printf "%.2f", b - a }')"
    echo "drop $i: feedback after $S s"
    TIJDEN+=("$S")
done
SORTED="$(printf '%s\n' "${TIJDEN[@]}" | sort -n)"
MIN="$(head -n 1 <<<"$SORTED")"
MEDIAN="$(sed -n "$(( (N + 1) / 2 ))p" <<<"$SORTED")"
MAX="$(tail -n 1 <<<"$SORTED")"
echo "RESULT terugmelding_s_min=$MIN terugmelding_s_median=$MEDIAN terugmelding_s_max=$MAX drops=$N stabiel_s=3"
