#!/usr/bin/env python3
"""Turns package-benchmark's text output into Markdown rows for BENCHMARKS.md:
    swift package benchmark --no-progress | python3 summarize.py
Wall clock as median (p50) and p90 in ms; mallocs and peak resident memory as the median."""
import re
import sys

SCALE = {"": 1, "K": 1e3, "M": 1e6, "G": 1e9}
TIME = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1, "s": 1e3}

def number(text, unit):
    return float(text) * unit

rows, suite, name, metrics = [], None, None, {}
lines = sys.stdin.read().splitlines()
for i, line in enumerate(lines):
    if i + 1 < len(lines) and re.fullmatch(r"=+", lines[i + 1].strip() or "x") and line.strip() and not line.startswith("="):
        if name and metrics:
            rows.append((suite, name, metrics))
        suite, name, metrics = line.strip(), None, {}
        continue
    if line.startswith("╒") and i > 0:
        if name and metrics:
            rows.append((suite, name, metrics))
        name, metrics = lines[i - 1].strip(), {}
        continue
    m = re.match(r"│ (.+?)\s+│(.+)", line)
    if not m or name is None or m.group(1).startswith("Metric"):
        continue
    label = m.group(1).replace("*", "").strip()
    cells = [c.strip() for c in m.group(2).split("│") if c.strip()]
    if len(cells) < 8:
        continue
    unit_match = re.search(r"\((K|M|G|ns|μs|us|ms|s)\)", label)
    unit = unit_match.group(1) if unit_match else ""
    p50, p90, samples = float(cells[2]), float(cells[4]), int(cells[7])
    if label.startswith("Time (wall clock)"):
        metrics["wall"] = (p50 * TIME[unit], p90 * TIME[unit], samples)
    elif label.startswith("Malloc (total)"):
        metrics["malloc"] = p50 * SCALE.get(unit, 1)
    elif label.startswith("Memory (resident peak)"):
        metrics["rss"] = p50 * SCALE.get(unit, 1) / 1e6
    elif label.startswith("Time (total CPU)"):
        metrics["cpu"] = p50 * TIME[unit]
if name and metrics:
    rows.append((suite, name, metrics))

def ms(x):
    return f"{x:.3f}" if x < 1 else f"{x:.2f}" if x < 10 else f"{x:.1f}" if x < 100 else f"{x:.0f}"

def count(x):
    return f"{x / 1e3:.0f}K" if x >= 1e4 else f"{x:.0f}"

print("| suite | benchmark | wall p50 ms | wall p90 ms | mallocs p50 | samples |")
print("|---|---|---:|---:|---:|---:|")
for suite, name, m in rows:
    wall = m.get("wall", (float("nan"),) * 2 + (0,))
    print(f"| {suite} | {name} | {ms(wall[0])} | {ms(wall[1])} | {count(m.get('malloc', 0))} | {wall[2]} |")
