#!/usr/bin/env python3
"""The NumPy anchor for the Series suite's forecast benchmark (issue 18 item 8):
the same number of bootstrap draws as `forecast` for every body of Data/japan with 1,000
paths each, done the way NumPy does it best (whole arrays, no Python loop a path).

  python3 Benchmarks/anchors/forecast_paths.py [REPEATS]

For each of the 1,741 bodies: its monthly logit grid (linear between observations, as
muniplan's), 24 past error trajectories `steps` months long (here the grid's own h-month
changes minus their mean: the same shape and count as the model's, not the model's
values), 1,000 draws of a trajectory and a sign, added to a straight point path and
floored at the last observation, interpolated to the date, turned back into rates and
sorted. Wall clock and this process's CPU time. What it leaves out is muniplan's model fit (100 smoothing weights a body) and the
calibration; so it bounds the sampling part alone. Prints the median of REPEATS runs.
"""
import csv, os, sys, time
from datetime import date

import numpy as np

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 20
series = {}
with open(os.path.join(root, "Data/japan/mynumber.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        d = date.fromisoformat(row["date"]).toordinal()
        series.setdefault(row["code"], []).append((d, int(row["cards"]) / int(row["population"])))

target = date(2023, 3, 31).toordinal()
paths, window = 1000, 24


def logit(p):
    p = np.clip(p, 0.0005, 0.9995)
    return np.log(p / (1 - p))


def prepare():
    """Per body: the grid's last value, its recent trend and the error trajectories."""
    out = []
    for code, obs in series.items():
        days = np.array([d for d, _ in obs], dtype=float)
        rates = logit(np.array([r for _, r in obs]))
        grid_days = days[-1] - 30.4375 * np.arange(int((days[-1] - days[0]) / 30.4375), -1, -1)
        grid = np.interp(grid_days, days, rates)
        h = (target - days[-1]) / 30.4375
        steps = int(np.ceil(h))
        origins = np.arange(max(1, len(grid) - 1 - window), len(grid) - steps)
        moves = np.stack([grid[origins + k] - grid[origins] for k in range(1, steps + 1)], axis=1)
        errors = moves - moves.mean(axis=0)
        out.append((grid[-1], grid[-1] - grid[-2], errors, steps, h - (steps - 1)))
    return out


def draw(prepared, rng):
    results = []
    for last, trend, errors, steps, w in prepared:
        points = last + trend * np.arange(1, steps + 1)
        pick = rng.integers(0, len(errors), size=paths)
        sign = np.where(rng.integers(0, 2, size=paths) == 0, 1.0, -1.0)
        simulated = np.maximum(points + sign[:, None] * errors[pick], last)
        before = simulated[:, -2] if steps > 1 else np.full(paths, points[0])
        logits = before * (1 - w) + simulated[:, -1] * w
        results.append(np.sort(100 / (1 + np.exp(-logits))))
    return results


prepared = prepare()
rng = np.random.default_rng(1)
times, cpu = [], []
for _ in range(repeats):
    start, start_cpu = time.perf_counter(), time.process_time()
    out = draw(prepared, rng)
    times.append(time.perf_counter() - start)
    cpu.append(time.process_time() - start_cpu)
assert len(out) == 1741 and all(len(r) == paths for r in out)
print(f"numpy {np.__version__}: {len(out)} bodies x {paths} paths, median {np.median(times) * 1e3:.1f} ms "
      f"(min {min(times) * 1e3:.1f}, max {max(times) * 1e3:.1f}), CPU median {np.median(cpu) * 1e3:.1f} ms, over {repeats} runs")
