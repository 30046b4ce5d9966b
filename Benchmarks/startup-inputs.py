#!/usr/bin/env python3
"""Inputs for Benchmarks/startup.sh, written into a folder given as the first argument:

  bodies-N/   a data folder of N bodies (5,000, 10,000, 20,000): Data/japan's districts and
              measures, its bodies repeated under new valid codes and shuffled (not in code
              order, as a file put together by hand would be); no series file.
  lines-N.plan, lines-N.sql
              N script lines on Data/ (assign and unassign ict-grant by name, romaji or
              code; expect count), and the same statements for sqlite3 against a bodies
              table imported from Data/bodies.csv (indexes on name, romaji and code).
Deterministic (random.seed(1)).
"""
import csv, os, random, shutil, sys

out = sys.argv[1]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
random.seed(1)


def check_digit(five):
    s = sum(int(d) * w for d, w in zip(five, [6, 5, 4, 3, 2]))
    return str((11 - s % 11) % 10)


with open(os.path.join(root, "Data/japan/bodies.csv"), encoding="utf-8") as f:
    rows = list(csv.reader(f))
header, japan = rows[0], [r for r in rows[1:] if r[4] != "association"]
for n in (5_000, 10_000, 20_000):
    folder = os.path.join(out, f"bodies-{n}")
    os.makedirs(folder, exist_ok=True)
    for name in ("districts.csv", "measures.toml"):
        shutil.copy(os.path.join(root, "Data/japan", name), folder)
    bodies = []
    for i in range(n):
        r = list(japan[i % len(japan)])
        five = f"{10000 + i * 4:05d}"  # 10000–89996: distinct, five digits
        r[0] = five + check_digit(five)
        if i >= len(japan):
            r[1] = f"{r[1]}{i // len(japan)}"
        bodies.append(r)
    random.shuffle(bodies)
    with open(os.path.join(folder, "bodies.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(bodies)

with open(os.path.join(root, "Data/bodies.csv"), encoding="utf-8") as f:
    fukushima = [r for r in csv.DictReader(f) if r["kind"] in ("city", "town", "village")]


def quote(s):
    return "'" + s.replace("'", "''") + "'"


for n in (0, 5_000, 20_000):
    plan, sql = [], ["create table coverage(measure text, year int, code text, primary key (measure, year, code)) without rowid;",
                     "create index bodies_name on bodies(name);", "create index bodies_romaji on bodies(romaji);",
                     "create index bodies_code on bodies(code);"]
    for _ in range(n):
        b = random.choice(fukushima)
        field = random.choice(["name", "romaji", "code"])
        where = f"where {field} = {quote(b[field])}"
        r = random.random()
        if r < 0.4:
            plan.append(f"assign ict-grant {b[field]}")
            sql.append(f"insert or ignore into coverage select 'ict-grant', 2022, code from bodies {where};")
        elif r < 0.7:
            plan.append(f"unassign ict-grant {b[field]}")
            sql.append(f"delete from coverage where measure = 'ict-grant' and year = 2022 and code in (select code from bodies {where});")
        else:
            plan.append("expect count covered:ict-grant >= 0")
            sql.append("select count(*) >= 0 from coverage where measure = 'ict-grant' and year = 2022;")
    with open(os.path.join(out, f"lines-{n}.plan"), "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in plan))
    with open(os.path.join(out, f"lines-{n}.sql"), "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in sql))
