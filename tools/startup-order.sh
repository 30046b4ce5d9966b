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
# Section sizes, from a map of the same link: the release link again (its command as
# `swift build -v` prints it), writing a map with symbols left mangled, as callgrind names them.
rm -f "$bin"
link=$(swift build -c release --static-swift-stdlib --scratch-path .build-static --product muniplan -v 2>&1 | grep -- '-emit-executable' | tail -1)
[ -n "$link" ] || { echo "startup-order.sh: no link command in swift build -v" >&2; exit 1; }
eval "$(sed "s| -o [^ ]*/muniplan | -o $tmp/linked |" <<< "$link")" -Xlinker -Map="$tmp/map" -Xlinker --no-demangle
python3 - "$tmp" > tools/startup-order.txt <<'PY'
import glob, re, sys
tmp = sys.argv[1]
# Each symbol's input section size. The kernel maps 16 pages around each page fault, so the
# functions start-up runs should sit densely: small sections (one function each) come first
# in the order they first ran, then the large ones (whole objects of libraries built without
# a section a function, such as the Swift standard library's 1.5 MB), which cannot be packed.
size, section = {}, 0
for line in open(tmp + "/map", errors="replace"):
    m = re.match(r"\s*[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+( +)(.*)$", line.rstrip("\n"))
    if not m:
        continue
    if len(m.group(2)) == 9:
        section = int(m.group(1), 16)
    elif len(m.group(2)) == 17:
        size.setdefault(m.group(3), section)
runs = []
for path in sorted(glob.glob(tmp + "/cg.*")):
    obj, names = None, set()
    for line in open(path, errors="replace"):
        if line.startswith("ob="):
            obj = line[3:].strip()
        elif line.startswith("fn=") and obj and obj.endswith("/muniplan"):
            # callgrind marks recursion depths with 'N and names unnamed code by address
            name = line[3:].strip().split("'")[0]
            if not name.startswith("0x"):
                names.add(name)
    runs.append(names)
# callgrind lists functions in no fixed order: each group is sorted, so the list is the same
# from one run of this script to the next. The first run's (`-c kpi`) small sections come
# first, then those only the later runs need, then every large section.
large = 16 * 1024
order, placed = [], set()
for names in runs:
    order += sorted(n for n in names - placed if size.get(n, 0) < large)
    placed |= names
order += sorted(n for n in placed if size.get(n, 0) >= large)
print("\n".join(order))
PY
echo "tools/startup-order.txt: $(wc -l < tools/startup-order.txt) functions" >&2
# The link does not watch the list: a build relinks only when something else changed.
echo "relink to use it: touch Sources/muniplan/main.swift, then build again" >&2
