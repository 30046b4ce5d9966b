#!/usr/bin/env python3
"""Cross-check `simulate` with a straightforward vectorised NumPy version of the same model.

Usage (after `simulate` at the prompt or in a script):
    export simulation bodies --to bodies.csv
    export simulation kpi --to kpi.csv
    python3 tools/simulate_numpy.py bodies.csv kpi.csv [--runs N] [--seed S]

The bodies table holds, for every body the plan supports, its yearly probability of
adopting in each simulated year (the uptake model already applied: base × support × kind ×
size × carry-over, clamped) and whether it is in the baseline bucket. This script draws
the same Bernoulli trials with NumPy's own generator: a body has adopted by year t when
any of its trials up to t succeeded (the same law as muniplan's "draw until it adopts").
It then compares, for every row of the KPI table, P(count >= target) and the mean count,
and every body's P(adopted by the last year), in standard errors of the difference.
Only cumulative KPIs (every adopter counts, as for ict-grant and smart-city) are compared.

The random streams differ, so numbers agree within Monte Carlo error, not to the digit:
|z| > 4 is reported as a disagreement (exit status 1). Timing covers the simulation only.
"""
import argparse
import csv
import sys
import time

import numpy as np


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def z_share(p_a, n_a, p_b, n_b, rounding=0.00005):
    """The difference of two shares in standard errors, from the pooled share (sound near 0
    and 1, where each share's own s.e. collapses), allowing for the 4 decimals of the CSV."""
    pooled = (p_a * n_a + p_b * n_b) / (n_a + n_b)
    se = (pooled * (1 - pooled) * (1 / n_a + 1 / n_b)) ** 0.5
    diff = max(0.0, abs(p_a - p_b) - rounding)
    if diff == 0:
        return 0.0
    return diff / se if se > 0 else float("inf")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bodies", help="export simulation bodies --to FILE.csv")
    parser.add_argument("kpi", help="export simulation kpi --to FILE.csv")
    parser.add_argument("--runs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=25_000, help="runs drawn at once (memory)")
    args = parser.parse_args()

    bodies = read_csv(args.bodies)
    kpis = read_csv(args.kpi)
    year_columns = [c for c in bodies[0].keys() if c.startswith("p_FY")] if bodies else []
    years = [c[2:] for c in year_columns]
    measures = sorted({b["measure"] for b in bodies})
    probs = np.array([[float(b[c]) for c in year_columns] for b in bodies])  # candidates × years
    baseline = np.array([b["first"] == "baseline" for b in bodies])
    probs[baseline, :] = 1.0
    member = {m: np.array([b["measure"] == m for b in bodies]) for m in measures}

    rng = np.random.default_rng(args.seed)
    n_cand, n_years = probs.shape
    # counts[m][run, t]: adopters of measure m by year t; adopted[c]: runs adopted by the last year.
    counts = {m: np.empty((args.runs, n_years), dtype=np.int32) for m in measures}
    adopted = np.zeros(n_cand, dtype=np.int64)
    start = time.perf_counter()
    for lo in range(0, args.runs, args.batch):
        hi = min(args.runs, lo + args.batch)
        trials = rng.random((hi - lo, n_cand, n_years)) < probs[None, :, :]
        by_year = np.logical_or.accumulate(trials, axis=2)
        for m in measures:
            counts[m][lo:hi, :] = by_year[:, member[m], :].sum(axis=1)
        adopted += by_year[:, :, -1].sum(axis=0)
    elapsed = time.perf_counter() - start

    n = args.runs
    worst = 0.0
    print(f"numpy: {n:,} runs × {n_cand} bodies × {n_years} years in {elapsed:.3f} s (seed {args.seed})")
    print(f"{'kpi':<14}{'fy':<8}{'target':>7}{'P swift':>10}{'P numpy':>10}{'|z|':>7}{'mean swift':>12}{'mean numpy':>12}{'z':>7}")
    for row in kpis:
        if row["fy"] not in years or row["measure"] not in counts:
            continue
        t = years.index(row["fy"])
        c = counts[row["measure"]][:, t]
        target = int(row["target"])
        p_numpy = float(np.mean(c >= target))
        p_swift = float(row["p_meet"])
        z_p = z_share(p_swift, n, p_numpy, n)  # export it from a simulate of the same --runs
        m_numpy = float(c.mean())
        m_swift = float(row["mean"])
        se_mean = (2 * c.var() / n) ** 0.5  # both estimates have about this variance
        # The CSV gives the mean to 2 decimals: allow for that rounding, as for the shares.
        excess = max(0.0, abs(m_swift - m_numpy) - 0.005)
        z_m = 0.0 if excess == 0 else (np.sign(m_swift - m_numpy) * excess / se_mean if se_mean > 0 else float("inf"))
        worst = max(worst, abs(z_p), abs(z_m))
        print(f"{row['kpi']:<14}{row['fy']:<8}{target:>7}{p_swift:>10.4f}{p_numpy:>10.4f}{z_p:>7.2f}"
              f"{m_swift:>12.2f}{m_numpy:>12.2f}{z_m:>7.2f}")
    # Bodies: P(adopted by the last year).
    p_numpy = adopted / n
    p_swift = [float(b["p_adopted"]) for b in bodies]
    z = np.array([z_share(a, n, b, n) for a, b in zip(p_swift, p_numpy)])
    worst = max(worst, float(np.max(np.abs(z))) if len(z) else 0.0)
    # And against the exact answer, 1 − Π(1 − p) over the years.
    exact = 1 - np.prod(1 - probs, axis=1)
    se_exact = np.sqrt(exact * (1 - exact) / n)
    z_exact = np.array([0.0 if abs(a - e) <= 0.00005 else (abs(a - e) - 0.00005) / s if s > 0 else float("inf")
                        for a, e, s in zip(p_swift, exact, se_exact)])
    worst = max(worst, float(np.max(z_exact)) if len(z_exact) else 0.0)
    print(f"bodies: {n_cand}, largest |z| of P(adopted by {years[-1] if years else '-'}): "
          f"swift vs numpy {float(np.max(np.abs(z))) if len(z) else 0.0:.2f}, "
          f"swift vs exact 1 − Π(1 − p) {float(np.max(z_exact)) if len(z_exact) else 0.0:.2f}")
    print("agree (every |z| <= 4)" if worst <= 4 else f"DISAGREE: largest |z| = {worst:.2f}")
    return 0 if worst <= 4 else 1


if __name__ == "__main__":
    sys.exit(main())
