#!/usr/bin/env python3
"""Writes Tests/EndToEndTests/Transcripts/inputs.txt: the command lines of the transcript
corpus (issue 12: the shell redesign must give the same bytes for every one of them).

The corpus is every example of every command's help, every help page and topic, every
scenario in scenarios/, and generated lines (valid and invalid), from a fixed seed.
Each line is KIND<TAB>TEXT: `-c` runs TEXT as `muniplan -c TEXT`; `file` runs
`muniplan TEXT`; `stdin` pipes TEXT (with \\n for line breaks) to `muniplan`.

Usage: tools/transcript-inputs.py [path/to/muniplan]   (default: .build/debug/muniplan)
"""
import random, re, subprocess, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
exe = sys.argv[1] if len(sys.argv) > 1 else str(root / ".build/debug/muniplan")

def run(cmd):
    return subprocess.run([exe, "-c", cmd], capture_output=True, text=True, cwd=root).stdout

index = run("help")
commands = re.findall(r"^  ([a-z]+)\s{2,}", index, re.M)
entries = [("-c", "help")]
examples = []
for name in commands:
    entries.append(("-c", f"help {name}"))
    page = run(f"help {name}")
    if "examples:" in page:
        for line in page.split("examples:", 1)[1].splitlines():
            if line.startswith("  ") and line.strip():
                examples.append(line.strip())
for topic in ["selectors", "years", "budget", "district", "ないもの", "csv"]:
    entries.append(("-c", f"help {topic}"))

# A plan to explain and export: examples run alone and after it.
setup = "assign advisor hinoemata tadami; allocate ict-grant 10; allocate advisor 19 by need --min-per-district 1"
for example in examples:
    entries.append(("-c", example))
    entries.append(("-c", setup + "; " + example))

for plan in sorted((root / "scenarios").rglob("*.plan")):
    entries.append(("file", str(plan.relative_to(root))))

rng = random.Random(20261201)
bodies = ["hinoemata", "檜枝岐村", "073644", "07364", "ひのえまた", "ﾋﾉｴﾏﾀ", "Kōriyama", "fukushima", "いわき市",
          "district:会津", "kind:village", "group:evac12", "covered:advisor", "all", "nowhere", "hinoemta", "'all'"]
measures = ["advisor", "ict-grant", "security-cloud", "seminar", "smart-city", "e-application", "mynumber", "nosuch"]
numbers = ["0", "1", "19", "25", "-1", "1.5", "1e3", "abc", "１９", "99999999999"]
years = ["R4", "R5", "2023", "FY2024", "令和5年度", "H30", "baseline", "R99", "x"]
formats = ["table", "csv", "tsv", "md", "json", "html", "xml"]
exports = ["coverage", "kpi", "plan", "bodies", "allocation advisor", "simulation", "nothing"]
extensions = ["csv", "tsv", "md", "json", "html", "txt"]
def pick(xs, k=1): return " ".join(rng.choice(xs) for _ in range(k))
templates = [
    lambda: f"show {pick(bodies)}",
    lambda: f"bodies {pick(bodies, rng.randint(0, 2))}",
    lambda: f"assign {pick(measures)} {pick(bodies, rng.randint(0, 3))}; kpi",
    lambda: f"unassign {pick(measures)} {pick(bodies)}",
    lambda: f"fy {pick(years)}; assign advisor {pick(bodies)}; coverage advisor",
    lambda: f"capacity {pick(measures)} {pick(numbers)}; measures",
    lambda: f"set {pick(measures)} {pick(numbers)}; kpi --fy {pick(years)}",
    lambda: f"weight {pick(['population', 'elderly', 'nosuch', 'area'])} {pick(numbers)}; weights",
    lambda: f"allocate {pick(measures)} {pick(numbers)} {pick(['by need', 'spread', 'apportion hamilton', 'apportion dhondt --by bodies', 'apportion webster', 'by magic'])}; explain {pick(measures)}",
    lambda: f"allocate advisor {pick(numbers)} --min-per-district {pick(numbers)} --max-per-district {pick(numbers)}",
    lambda: f"allocate ict-grant 10 --budget {pick(numbers)} --cost {pick(['population', 'nosuch'])}",
    lambda: f"allocate advisor 5 --require {pick(bodies)} --exclude {pick(bodies)} --new-only",
    lambda: f"assign advisor {pick(bodies)}; snapshot a; unassign advisor all; diff a; undo; redo; snapshots",
    lambda: f"format {pick(formats)}; {pick(['bodies district:南会津', 'kpi', 'districts', 'items', 'coverage --by district'])}",
    lambda: f"coverage {pick(measures, rng.randint(0, 2))} {pick(['', '--cumulative', '--by district', '--fy R5'])}",
    lambda: f"expect {pick(['kpi advisor met', 'kpi advisor short', 'count covered:advisor >= 1', 'covered advisor hinoemata', 'not-covered advisor all', 'count all == 60', 'probability ict-grant 42 >= 0.5', 'nonsense'])}",
    lambda: f"assign advisor {pick(bodies)}; export {pick(exports)} --to out.{pick(extensions)} {pick(['', '--excel', '--encoding cp932', '--format json', '--force'])}",
    lambda: f"simulate --runs {pick(['10', '100', '0', 'x'])} --seed {pick(['1', '2', '-1'])}",
    lambda: f"{pick(['frobnicate', 'shwo', 'kpl', 'quit', 'help', 'ｓｈｏｗ'])} {pick(bodies)}",
    lambda: f"show {pick(bodies)} \"unclosed",
    lambda: f"assign advisor hinoemata # a comment; kpi",
    lambda: f"indicators {pick(['', 'set x 073644 3', 'set x 073644 abc', 'load nosuch.csv', 'load ind.csv'])}",
    lambda: f"save {pick(['a.plan', '../a.plan', '/muniplan-outside/a.plan'])}; run a.plan",
    lambda: f"fy {pick(years)}",
    lambda: f"reset; undo; undo",
]
seen = set(text for _, text in entries)
while sum(1 for kind, _ in entries if kind == "-c") < len(examples) * 2 + len(commands) + 7 + 320:
    text = rng.choice(templates)().strip()
    text = re.sub(r"\s+", " ", text)
    if text not in seen:
        seen.add(text)
        entries.append(("-c", text))

entries.append(("stdin", "assign advisor hinoemata\\nkpi\\nshow nowhere\\nkpi"))
entries.append(("stdin", "bodies district:南会津 \\\\\\n  kind:village\\nexpect count covered:advisor == 0"))

out = root / "Tests/EndToEndTests/Transcripts/inputs.txt"
out.write_text("".join(f"{kind}\t{text}\n" for kind, text in entries), encoding="utf-8")
print(f"{len(entries)} entries ({len(examples)} help examples, {len(commands)} commands) -> {out.relative_to(root)}")
