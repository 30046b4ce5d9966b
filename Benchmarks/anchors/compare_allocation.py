#!/usr/bin/env python3
"""Interleaved whole-process runs: muniplan's `allocation-families solve FILE` and HiGHS's
`highs_allocation.py FILE`, alternating, REPEATS times per file. Prints a Markdown row per
file: medians of whole-process time (and of HiGHS's solve time alone), both values, the
ratio. Run from Benchmarks/ after `swift build -c release --product allocation-families`:
    python3 anchors/compare_allocation.py [REPEATS] FILE...
HiGHS gets HIGHS_TIME_LIMIT seconds (default 120); past it its row says "no" under proven."""
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOLVER = HERE.parent / ".build" / "release" / "allocation-families"


def run(command):
    start = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    wall = (time.perf_counter() - start) * 1e3
    fields = dict(part.split("=", 1) for part in out.split() if "=" in part)
    return wall, fields


def main(arguments):
    repeats = int(arguments[0]) if arguments and arguments[0].isdigit() else 5
    files = arguments[1:] if arguments and arguments[0].isdigit() else arguments
    print("| instance | muniplan value | proven | nodes | muniplan whole ms | HiGHS value | proven | HiGHS whole ms | HiGHS solve ms | muniplan ÷ HiGHS solve |")
    print("|---|---:|---|---:|---:|---:|---|---:|---:|---:|")
    for path in files:
        ours, theirs, solve = [], [], []
        for _ in range(repeats):
            wall, mine = run([str(SOLVER), "solve", path])
            ours.append(wall)
            wall, anchor = run([sys.executable, str(HERE / "highs_allocation.py"), path,
                                os.environ.get("HIGHS_TIME_LIMIT", "120")])
            theirs.append(wall)
            solve.append(float(anchor["solve_ms"]))
        m, h, s = statistics.median(ours), statistics.median(theirs), statistics.median(solve)
        print(f"| {Path(path).stem} | {float(mine['value']):,.0f} | {mine['proven']} | {int(mine['nodes']):,} | "
              f"{m:,.0f} | {float(anchor['value']):,.0f} | {anchor['proven']} | {h:,.0f} | {s:,.0f} | {m / s:.2f} |", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
