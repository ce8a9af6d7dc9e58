"""Replay every held-out set as it was measured, and split the result by page shape.

    .venv/bin/python bench/attribution_fresh.py [--from 34] [--to 41]

Question: on text nobody tuned for, where are the engine's errors — in ordinary
news stories, or in the other pages the sets hold (briefings, transcripts,
remarks, statements, releases, listings)?

What it does (the engine is not changed):

1. Reads, from ``eval/GUIDELINES.md``, each ``seenN`` split entry's
   measurement commit ("committed (abc1234) and measured once").
2. For each set in the range, checks that commit out into a temporary
   worktree and scores, with that commit's own engine and harness, every file
   that was then ``split: test`` — exactly the single measurement, file by file.
   The set's totals are printed beside the figures the entry records, as a check.
3. Classifies each file by the "shape" its annotator gave it in the tables of
   GUIDELINES.md ("news story", "correspondent report", "feature" → news;
   "briefing", "transcript", "remarks", "statement", "release", "listing",
   "script" … → page; a file with no table row is classified by its name) and
   prints speaker P and R for each class, and how much of the recall lost sits
   in files where the engine found almost nothing (recall under 0.3).

Needs git and the repository's history; takes about a minute a set.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDELINES = ROOT / "articles" / "attribution" / "eval" / "GUIDELINES.md"

PAGE = re.compile(
    r"briefing|transcript|remarks|statement|speech|listing|readout|testimony|"
    r"interview|roundup|availability|conference|address|summar|hearing|"
    r"what they are saying|release|label|opening|newscast|script|q&a|op-ed|"
    r"blog|letter|update|sound bite|actualit",
    re.I,
)
NEWS = re.compile(r"news story|correspondent report|feature|story|report(?!s)", re.I)
NOT_NEWS = re.compile(r"transcript|script|listing|release|statement|briefing", re.I)

# Run inside the worktree of a measurement commit: per-file tallies of its test split.
SCORE = """
import io, json, sys
from pathlib import Path
from articles.attribution import evaluate as ev
out = {}
for f in sorted(Path('articles/attribution/eval/articles').glob('*.txt')):
    a = ev.load(f)
    if a.meta.get('split') != 'test':
        continue
    t = ev.score(a, out=io.StringIO())
    out[f.stem] = [t.gold, t.found, t.found_right, t.gold_right]
print(json.dumps(out))
"""


def measurement_commits(text: str) -> dict[int, str]:
    commits = {}
    for m in re.finditer(
        r"- `split: seen(\d+)` —(.*?)(?=\n- `split:|\nThe harness)", text, re.S
    ):
        c = re.search(r"[Cc]ommitted\s+\(([0-9a-f]{7,40})\)", m.group(2))
        if c:
            commits[int(m.group(1))] = c.group(1)
    return commits


def shapes(text: str) -> dict[str, str]:
    rows = re.finditer(
        r"^\| (\d{3,4}_[^ |]+?)(?:\.txt)? \| [^|]* \| ([^|]*) \| \d+ \|", text, re.M
    )
    return {m.group(1): m.group(2).strip() for m in rows}


def kind(stem: str, shape: str | None) -> str:
    if shape is None:
        return "page" if PAGE.search(stem.replace("_", " ")) else "news"
    first = re.split(r"[,;:]", shape)[0]
    if NEWS.search(first) and not NOT_NEWS.search(first):
        return "news"
    return "page" if PAGE.search(first) else "news"


def replay(commit: str) -> dict[str, list[int]]:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            [
                "git",
                "-C",
                str(ROOT),
                "worktree",
                "add",
                "-q",
                "--detach",
                str(tree),
                commit,
            ],
            check=True,
        )
        try:
            done = subprocess.run(
                [sys.executable, "-c", SCORE],
                cwd=tree,
                check=True,
                capture_output=True,
                text=True,
            )
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                check=True,
            )
    return json.loads(done.stdout)


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[2])
    parser.add_argument(
        "--from", dest="first", type=int, default=34, help="first set (default 34)"
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=int,
        default=None,
        help="last set (default: the newest seen set)",
    )
    args = parser.parse_args(argv)
    text = GUIDELINES.read_text(encoding="utf-8")
    commits = measurement_commits(text)
    shape_of = shapes(text)
    last = args.last or max(commits)
    classes: dict[str, list[int]] = {}
    whole_doc_misses = misses = 0
    for n in range(args.first, last + 1):
        if n not in commits:
            print(
                f"set {n}: no measurement commit in GUIDELINES.md, skipped",
                file=sys.stderr,
            )
            continue
        files = replay(commits[n])
        total = [sum(v[i] for v in files.values()) for i in range(4)]
        print(
            f"set {n} at {commits[n]}: {len(files)} files, {total[0]} statements, "
            f"P {ratio(total[2], total[1]):.3f} R {ratio(total[3], total[0]):.3f}",
            flush=True,
        )
        for stem, (gold, found, found_right, gold_right) in files.items():
            tally = classes.setdefault(kind(stem, shape_of.get(stem)), [0, 0, 0, 0, 0])
            for i, value in enumerate((1, gold, found, found_right, gold_right)):
                tally[i] += value
            misses += gold - gold_right
            if gold >= 5 and ratio(gold_right, gold) < 0.3:
                whole_doc_misses += gold - gold_right
    print()
    print("| pages | files | statements | speaker P | speaker R |")
    print("|---|---|---|---|---|")
    for name, (files, gold, found, found_right, gold_right) in sorted(classes.items()):
        print(
            f"| {name} | {files} | {gold} | {ratio(found_right, found):.3f} | {ratio(gold_right, gold):.3f} |"
        )
    print(
        f"\n{misses} statements missed; {whole_doc_misses} of them "
        f"({ratio(whole_doc_misses, misses):.0%}) in files of five or more statements "
        "where the engine found under 0.3 of them."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
