#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer: builds Sources/muniplan-fuzz with -sanitize=fuzzer
# into .build-fuzz (the ordinary .build is left alone), runs it from the seeds in
# Tests/FuzzCorpus/libfuzzer for a bounded time, then replays every input it saved as a
# finding with the ordinary build, which names where each one crashed.
#
#   tools/fuzz.sh [SECONDS] [WORK]     default 600 s; WORK (default .build-fuzz/work) keeps the
#                                      grown corpus and the findings between runs
#   FUZZ_ASAN=1 tools/fuzz.sh          also with the address sanitizer
#
# Each input's first byte chooses what reads it (commands, bodies.csv, districts.csv,
# measures.toml, uptake.toml, an indicators CSV, boundaries.geojson): see FuzzTarget.swift.
# Findings: traps and aborts (crash-*), inputs that ran past 10 s (timeout-*), and what
# FuzzTarget aborts on (a message of more than one line or not located, a secret shown,
# anything changed outside the working directory). Known crashes pending on another branch
# are listed in Tests/FuzzSupport/PendingFix.swift; the summary says which findings are those.
# Exit status: 0 when every finding is a known one, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
work=${2:-.build-fuzz/work}
mkdir -p "$work/corpus" "$work/findings"
cp -n Tests/FuzzCorpus/libfuzzer/* "$work/corpus/"

flags=(-Xswiftc -sanitize=fuzzer -Xswiftc -DMUNIPLAN_LIBFUZZER)
[ "${FUZZ_ASAN:-}" = 1 ] && flags+=(-Xswiftc -sanitize=address)
swift build --product muniplan-fuzz "${flags[@]}" --scratch-path .build-fuzz
swift build --product muniplan-fuzz

# One worker (the machines have 2 cores); a crash or a timeout is saved and the run goes on.
.build-fuzz/debug/muniplan-fuzz -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
  -artifact_prefix="$work/findings/" "$work/corpus" 2>&1 | tee "$work/fuzz.log" | grep -E '^#[0-9]+|INFO: (fuzzed|exiting)|DONE' || true

status=0
for finding in "$work"/findings/*; do
  [ -e "$finding" ] || continue
  report=$(.build/debug/muniplan-fuzz "$finding" 2>&1 || true)
  site=$(printf '%s\n' "$report" | grep -oE '(/Sources/|/checkouts/)[^ ]+:[0-9]+' | head -1 | sed -E 's#.*/##')
  problem=$(printf '%s\n' "$report" | grep -m1 '^muniplan-fuzz: ' || true)
  known=$(grep -F "\"${site%%:*}\"" Tests/FuzzSupport/PendingFix.swift | sed -E 's/.*: "(.*)",?$/\1/' || true)
  if [ -n "$site" ] && [ -n "$known" ]; then
    echo "known    $(basename "$finding"): crash at $site — $known"
  elif printf '%s\n' "$report" | grep -q 'no finding'; then
    echo "flaky    $(basename "$finding"): does not reproduce in the replay (a timeout under load?)"
  else
    echo "FINDING  $(basename "$finding"): ${site:+crash at $site}${problem:+$problem}"
    status=1
  fi
done
grep -E '^#[0-9]+' "$work/fuzz.log" | tail -1 | sed 's/^/last: /' || true
exit $status
