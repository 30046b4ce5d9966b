#!/usr/bin/env bash
# Issue 19 items 5 and 6 by CPU time, muniplan and sqlite3 alternating in the same rounds
# (BENCHMARKS.md, "Session 8: all of it together"):
#   Benchmarks/startup-cpu.sh BIN [ROUNDS]
# BIN is README's fast binary (swift build -c release --static-swift-stdlib …). Each round:
# sqlite3, muniplan, sqlite3 again for Fukushima, Japan and 20,000 bodies (perf stat task-clock,
# the mean of 20 runs, 5 for 20,000 bodies), then scripts of 0 and 20,000 lines against the same
# statements in SQL (a line = (cost(20,000) − cost(0)) / 20,000). Then peak memory (GNU time).
# Needs perf and sqlite3; inputs from startup-inputs.py, made in a temporary folder.
set -euo pipefail
bin=$(realpath "$1"); rounds=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
si=$(mktemp -d)
trap 'rm -rf "$si"' EXIT
python3 Benchmarks/startup-inputs.py "$si" >/dev/null
cpu() { perf stat -r "$2" -x, -e task-clock bash -c "$1 >/dev/null 2>&1" 2>&1 | awk -F, '/task-clock/ {printf "%.2f", $1}'; }
sq() { echo "sqlite3 :memory: -cmd '.import --csv $1 bodies' 'select count(*) from bodies'"; }
ratio() { python3 -c "print(round($1 / (($2 + $3) / 2), 2))"; }
row() { # NAME BODIES.CSV RUNS MUNIPLAN-ARGUMENTS
    local a m b
    a=$(cpu "$(sq "$2")" "$3"); m=$(cpu "$bin $4" "$3"); b=$(cpu "$(sq "$2")" "$3")
    echo "$1: sqlite3 $a / $b ms, muniplan $m ms, ratio $(ratio "$m" "$a" "$b")"
}
for r in $(seq 1 "$rounds"); do
    echo "round $r, load $(cut -d' ' -f1 /proc/loadavg)"
    row Fukushima Data/bodies.csv 20 "-c kpi"
    row Japan Data/japan/bodies.csv 20 "--data Data/japan -c kpi"
    row "20,000 bodies" "$si/bodies-20000/bodies.csv" 5 "--data $si/bodies-20000 -c kpi"
    s0=$(cpu "sqlite3 :memory: -cmd '.import --csv Data/bodies.csv bodies' < $si/lines-0.sql" 10); m0=$(cpu "$bin $si/lines-0.plan" 10)
    s1=$(cpu "sqlite3 :memory: -cmd '.import --csv Data/bodies.csv bodies' < $si/lines-20000.sql" 5); m1=$(cpu "$bin $si/lines-20000.plan" 5)
    echo "a script line: sqlite3 $(python3 -c "print(round(($s1 - $s0) / 20, 2))") µs, muniplan $(python3 -c "print(round(($m1 - $m0) / 20, 2))") µs, ratio $(python3 -c "print(round(($m1 - $m0) / ($s1 - $s0), 2))")"
done
for c in "-c kpi" "--data Data/japan -c kpi" "$si/lines-0.plan" "$si/lines-20000.plan"; do
    /usr/bin/time -o "$si/peak" -f %M "$bin" $c >/dev/null 2>&1 || true
    echo "peak $(cat "$si/peak") KiB: muniplan $c"
done
