#!/usr/bin/env bash
# Start-up of the real executable beside a trivial Swift program's (issue 8, item 4) and
# beside sqlite3 loading the same bodies CSV and answering one query (issue 19, item 5):
#   Benchmarks/startup.sh [RUNS]
# Builds muniplan in release into .build-release (not .build), and again as README's fast
# binary (--static-swift-stdlib) into .build-static; builds two
# hello-worlds in a temporary folder (plain Swift, and one importing Foundation, which
# muniplan also loads), checks which data files `muniplan -c kpi` opens (strace, when
# installed), then times each with hyperfine (apt-get install hyperfine), or a plain loop
# without it. Peak memory (maximum resident set) comes from GNU time when installed.
# Then (issue 19 items 5 and 6, inputs from startup-inputs.py): the same against sqlite3 on
# 5,000, 10,000 and 20,000 shuffled bodies, and scripts of 5,000 and 20,000 lines against
# the same statements in SQL, whose cost a line is (time(N) − time(0)) / N for each.
set -euo pipefail
runs=${1:-200}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build -c release --scratch-path .build-release --product muniplan >&2
bin=.build-release/release/muniplan
swift build -c release --static-swift-stdlib --scratch-path .build-static --product muniplan >&2
static=.build-static/release/muniplan

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'print("hello")\n' > "$tmp/hello.swift"
printf 'import Foundation\nprint("hello", FileManager.default.currentDirectoryPath.isEmpty ? "" : "")\n' > "$tmp/hellof.swift"
swiftc -O "$tmp/hello.swift" -o "$tmp/hello"
swiftc -O "$tmp/hellof.swift" -o "$tmp/hello-foundation"

if command -v strace >/dev/null; then
    for data in Data Data/japan; do
        strace -f -e trace=openat -o "$tmp/trace" "$bin" --data "$data" -c kpi >/dev/null
        echo "muniplan --data $data -c kpi opens:" \
            $(grep -v ENOENT "$tmp/trace" | grep -o '"[^"]*Data/[^"]*"' | tr -d '"' | sort -u)
    done
fi

# The anchor: sqlite3 reading the same bodies.csv into a table and answering one query.
anchor() { echo "sqlite3 :memory: -cmd '.import --csv $1 bodies' 'select count(*) from bodies'"; }
commands=("$tmp/hello" "$tmp/hello-foundation" "$bin --version"
          "$bin -c kpi" "$static -c kpi" "$(anchor Data/bodies.csv)"
          "$bin --data Data/japan -c kpi" "$static --data Data/japan -c kpi" "$(anchor Data/japan/bodies.csv)")
python3 Benchmarks/startup-inputs.py "$tmp"
for n in 5000 10000 20000; do
    commands+=("$static --data $tmp/bodies-$n -c kpi" "$(anchor "$tmp/bodies-$n/bodies.csv")")
done
if [ -x /usr/bin/time ]; then
    for c in "$bin -c kpi" "$static -c kpi" "$(anchor Data/bodies.csv)" "$static --data Data/japan -c kpi" "$(anchor Data/japan/bodies.csv)" \
             "$static --data $tmp/bodies-20000 -c kpi" "$(anchor "$tmp/bodies-20000/bodies.csv")" \
             "$static $tmp/lines-20000.plan" "sqlite3 :memory: -cmd '.import --csv Data/bodies.csv bodies' < $tmp/lines-20000.sql"; do
        kib=$( { /usr/bin/time -f %M bash -c "$c" >/dev/null; } 2>&1 | tail -1)
        echo "peak resident: $kib KiB  $c"
    done
fi
echo "load: $(uptime)"
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 10 --runs "$runs" --style basic --export-markdown "$tmp/startup.md" "${commands[@]}" >&2
    cat "$tmp/startup.md"
else
    echo "| command | mean ms over $runs runs |"
    echo "|---|---:|"
    for c in "${commands[@]}"; do
        start=$(date +%s%N)
        for ((i = 0; i < runs; i++)); do eval "$c" >/dev/null; done
        end=$(date +%s%N)
        echo "| \`$c\` | $(awk -v ns=$((end - start)) -v n="$runs" 'BEGIN { printf "%.1f", ns / n / 1e6 }') |"
    done
fi

# Scripts: each line's cost beside sqlite3's for the same statements.
if command -v hyperfine >/dev/null; then
    scripts=()
    for n in 0 5000 20000; do
        scripts+=("$static $tmp/lines-$n.plan" "sqlite3 :memory: -cmd '.import --csv Data/bodies.csv bodies' < $tmp/lines-$n.sql")
    done
    hyperfine --warmup 2 --runs 20 --style basic --export-json "$tmp/scripts.json" "${scripts[@]}" >&2
    python3 - "$tmp/scripts.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
def cost(sqlite, n):
    return next(v for k, v in r.items() if k.startswith("sqlite3") == sqlite and f"lines-{n}." in k)
print("| script | muniplan median ms | sqlite3 median ms | muniplan µs a line | sqlite3 µs a line | ratio |")
print("|---|---:|---:|---:|---:|---:|")
for n in (0, 5000, 20000):
    m, s = cost(False, n), cost(True, n)
    if n == 0:
        print(f"| 0 lines | {m * 1e3:.1f} | {s * 1e3:.1f} | | | |")
        m0, s0 = m, s
        continue
    mu, su = (m - m0) / n * 1e6, (s - s0) / n * 1e6
    print(f"| {n} lines | {m * 1e3:.1f} | {s * 1e3:.1f} | {mu:.1f} | {su:.1f} | {mu / su:.2f} |")
PY
fi
