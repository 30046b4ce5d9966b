#!/usr/bin/env python3
"""Runs the built muniplan on mutated copies of the data directories and counts how each
run ended. A crash (exit status >= 128: a trap, an abort in a dependency such as toml++)
or a hang is a defect; so is an error message that is not one located line.

Each run copies Data/ or Data/japan/ to a fresh folder, mutates one file (measures.toml,
uptake.toml, bodies.csv or districts.csv) with byte- and line-level changes (the TOML
fragments that aborted toml++ among them: `[{`, `[[,item]]`, `[}`), and runs

    muniplan --data DIR -c kpi                             (measures.toml, CSV files)
    muniplan --data Data -c 'simulate --runs 10 --model uptake.toml'   (uptake.toml, in DIR)

Usage: python3 tools/fuzz-data.py [--runs 5000] [--seed 1] [--jobs 2]
                                  [--binary .build/debug/muniplan] [--keep FOLDER]
Exit status 0 when there was no crash, no hang and no unlocated message; 1 otherwise.
"""
import argparse
import collections
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASES = [os.path.join(ROOT, "Data"), os.path.join(ROOT, "Data", "japan")]
FILES = ["measures.toml", "uptake.toml", "bodies.csv", "districts.csv"]
FRAGMENTS = [b"[{", b"[[,item]]", b"[}", b"[[", b"]]", b"{", b"}", b'"""', b"'''", b"= [", b"=", b".",
             b"[a.", b"\\u", b"\\UFFFFFFFF", b"1979-05-27T07:32:00Z", b"0x", b"1e", b"1e300", b"-1e300",
             b"inf", b"nan", b"9223372036854775808", b"+", b"_", b"\x00", b"\x7f", b"\xff", b"\xc3", b"\r",
             b"a = {", b"[ ]", b"[.]", b'["a"."b"]', b'a."b" = 1', b"capactiy = 19", b"target = 1e300",
             b"capacity = 2000000000000000000", b",", b'"', b"\n"]
# A located message: `FILE:LINE: …` with LINE ≥ 1, or the loader's summary line.
LOCATED = re.compile(r"^[^:\n]+:[1-9][0-9]*: |^muniplan: ")


def mutate(data, rng):
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(9)
        i = rng.randrange(len(b) + 1)
        if kind == 0 and b:
            del b[i:i + rng.randint(1, 8)]
        elif kind == 1:
            b[i:i] = bytes([rng.choice(b'[]{}",\'=.#\\ \t\n0123456789+-_:eE')])
        elif kind == 2:
            b[i:i] = rng.choice(FRAGMENTS)
        elif kind == 3 and b:
            j = rng.randrange(len(b))
            b[i:i] = b[j:j + rng.randint(1, 40)]
        elif kind == 4 and b:
            b[min(i, len(b) - 1)] = rng.randrange(256)
        elif kind == 5:
            lines = bytes(b).split(b"\n")
            k = rng.randrange(len(lines))
            lines[k] = rng.choice(FRAGMENTS) + lines[k][rng.randrange(len(lines[k]) + 1):]
            b = bytearray(b"\n".join(lines))
        elif kind == 6:
            lines = bytes(b).split(b"\n")
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(FRAGMENTS))
            b = bytearray(b"\n".join(lines))
        elif kind == 7:
            b = b[:i]
        else:
            lines = bytes(b).split(b"\n")
            lines.insert(rng.randrange(len(lines) + 1), lines[rng.randrange(len(lines))])
            b = bytearray(b"\n".join(lines))
    return bytes(b)


def one_run(args, n):
    rng = random.Random(args.seed * 1_000_003 + n)
    base = rng.choice(BASES)
    files = [f for f in FILES if os.path.exists(os.path.join(base, f))]
    # TOML files three times as often as CSV: the TOML library is what aborted.
    target = rng.choice([f for f in files for _ in range(3 if f.endswith(".toml") else 1)])
    folder = tempfile.mkdtemp(prefix="muniplan-fuzz-")
    try:
        for name in os.listdir(base):
            path = os.path.join(base, name)
            if os.path.isfile(path):
                shutil.copy(path, folder)
        with open(os.path.join(base, target), "rb") as f:
            data = mutate(f.read(), rng)
        with open(os.path.join(folder, target), "wb") as f:
            f.write(data)
        if target == "uptake.toml":
            command = [args.binary, "--data", BASES[0], "-c", "simulate --runs 10 --model uptake.toml"]
        else:
            command = [args.binary, "--data", folder, "-c", "kpi"]
        env = dict(os.environ, NO_COLOR="1", HOME=folder, XDG_STATE_HOME=folder)
        env.pop("MUNIPLAN_DATA", None)
        try:
            done = subprocess.run(command, cwd=folder, env=env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=args.timeout)
            status = done.returncode if done.returncode >= 0 else 128 - done.returncode
            stderr = done.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            status, stderr = "hang", ""
        unlocated = [line for line in stderr.splitlines() if line and not LOCATED.match(line)]
        bad = status == "hang" or (isinstance(status, int) and status >= 128) or bool(unlocated)
        if bad and args.keep:
            kept = os.path.join(args.keep, "run-%d" % n)
            shutil.copytree(folder, kept, dirs_exist_ok=True)
        return target, status, unlocated[:1]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "muniplan"))
    parser.add_argument("--keep", help="copy data directories that crashed, hung or gave unlocated messages here")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit("no executable at %s (swift build first)" % args.binary)
    statuses = collections.Counter()
    by_file = collections.Counter()
    crashes, hangs, unlocated = [], [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for n, (target, status, lines) in enumerate(pool.map(lambda n: one_run(args, n), range(args.runs))):
            statuses[status] += 1
            by_file[target] += 1
            if status == "hang":
                hangs.append(n)
            elif status >= 128:
                crashes.append((n, target, status))
            if lines:
                unlocated.append((n, target, lines[0][:160]))
    print("%d mutated data directories (seed %d): %s" % (args.runs, args.seed,
          ", ".join("%s %d" % (f, c) for f, c in sorted(by_file.items()))))
    print("exit statuses: " + ", ".join("%s: %d" % (s, c) for s, c in sorted(statuses.items(), key=str)))
    print("crashes (status >= 128): %d, hangs: %d, runs with an unlocated message: %d"
          % (len(crashes), len(hangs), len(unlocated)))
    for n, target, status in crashes[:20]:
        print("  crash: run %d (%s) exit %d" % (n, target, status))
    for n, target, line in unlocated[:20]:
        print("  unlocated: run %d (%s): %s" % (n, target, line))
    sys.exit(1 if crashes or hangs or unlocated else 0)


if __name__ == "__main__":
    main()
