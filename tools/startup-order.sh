#!/usr/bin/env bash
# Writes tools/startup-order.txt, the order lld places functions in for the release binary
# (Package.swift): the executable's functions that a few start-ups run, found with callgrind on
# a copy of README's fast binary (`strip -g`: valgrind cannot read its debug information).
# Which runs matter: without the data-folder search that `-c kpi` alone does (no --data),
# that command peaked at 14.1 MiB instead of 13.4.
# Run it after changes that move much of the start-up's code (names the list holds and the code
# no longer has are skipped, so a stale list costs memory, never correctness):
#   tools/startup-order.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build -c release --static-swift-stdlib --scratch-path .build-static --product muniplan >&2
bin=.build-static/release/muniplan
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$bin" "$tmp/muniplan"
strip -g "$tmp/muniplan"
run() { valgrind --tool=callgrind --demangle=no --compress-strings=no --callgrind-out-file="$tmp/cg.$1" "${@:2}" >/dev/null 2>&1 || true; }
# As `Benchmarks/startup.sh` runs it: Data/ found from the checkout, then piped, then Japan;
# the tables end on an error (an unknown body), whose message is start-up code too.
run 1-kpi "$tmp/muniplan" -c kpi
echo kpi > "$tmp/kpi.plan"
run 2-stdin "$tmp/muniplan" < "$tmp/kpi.plan"
run 3-japan "$tmp/muniplan" --data Data/japan -c kpi
run 4-tables "$tmp/muniplan" -c "coverage; bodies; show ict-grant"
python3 - "$tmp" > tools/startup-order.txt <<'PY'
import glob, sys
tmp = sys.argv[1]
seen = {}
for path in sorted(glob.glob(tmp + "/cg.*")):
    obj = None
    for line in open(path, errors="replace"):
        if line.startswith("ob="):
            obj = line[3:].strip()
        elif line.startswith("fn=") and obj and obj.endswith("/muniplan"):
            # callgrind marks recursion depths with 'N and names unnamed code by address
            name = line[3:].strip().split("'")[0]
            if not name.startswith("0x"):
                seen.setdefault(name, None)
print("\n".join(seen))
PY
echo "tools/startup-order.txt: $(wc -l < tools/startup-order.txt) functions" >&2
# The link does not watch the list: a build relinks only when something else changed.
echo "relink to use it: touch Sources/muniplan/main.swift, then build again" >&2
