#!/usr/bin/env python3
"""HiGHS (scipy.optimize.milp) on an allocation instance file written by
`allocation-families write DIR`: maximise the total score, at most N bodies, at least
`min` per district, total cost within the budget. Prints value, status and solve time
(the milp call alone) in the same form as `allocation-families solve FILE`.
    python3 highs_allocation.py FILE [SECONDS]    # SECONDS: HiGHS's time limit (none by default)"""
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_array


def read(path):
    with open(path, encoding="utf-8") as f:
        head = f.readline()
        fields = dict(part.split("=", 1) for part in head[1:].split())
        f.readline()
        rows = [line.rstrip("\n").split(",") for line in f if line.strip()]
    return int(fields["count"]), int(fields.get("min", "0")), float(fields["budget"]), rows


def main(path, seconds=None):
    count, minimum, budget, rows = read(path)
    n = len(rows)
    score = np.array([float(r[2]) for r in rows])
    cost = np.array([float(r[3]) for r in rows])
    districts = {}
    for r in rows:
        districts.setdefault(r[1], len(districts))
    member = np.array([districts[r[1]] for r in rows])
    d = len(districts)
    data = np.concatenate([cost, np.ones(n), np.ones(n)])
    row = np.concatenate([np.zeros(n), np.ones(n), 2 + member])
    col = np.concatenate([np.arange(n)] * 3)
    a = csr_array((data, (row, col)), shape=(2 + d, n))
    low = np.concatenate([[-np.inf, -np.inf], np.full(d, minimum)])
    high = np.concatenate([[budget, count], np.full(d, np.inf)])
    start = time.perf_counter()
    res = milp(-score, constraints=LinearConstraint(a, low, high), integrality=np.ones(n),
               bounds=Bounds(0, 1), options={"mip_rel_gap": 0, **({"time_limit": seconds} if seconds else {})})
    ms = (time.perf_counter() - start) * 1e3
    value = -res.fun if res.x is not None else float("nan")
    print(f"value={value:.3f} proven={'yes' if res.status == 0 else 'no'} status={res.status} solve_ms={ms:.2f}")


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else None)
