"""Every seen file's statements, saved, and what changed between two saves.

    .venv/bin/python bench/attribution_seen_diff.py save OUT.json
    .venv/bin/python bench/attribution_seen_diff.py compare BEFORE.json AFTER.json

``save`` runs the engine on every evaluation file whose split is not
``test`` (never a held-out one), on two processes, and writes, per file, each
annotated statement (speaker, text, found or not, the speakers the engine
gave it, cue, quote or not, right relay or not) and each engine statement
(speaker, cue, text, right or not); it prints the totals. ``compare`` lists
the annotated statements gained and lost and the false statements that
appeared or went, then both totals. This is how the tenth and eleventh
sessions kept a rule only if it lost nothing on the seen splits.
"""

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from articles.attribution import extract  # noqa: E402
from articles.attribution.evaluate import (  # noqa: E402
    EVAL_DIR,
    _headline,
    _overlap,
    load,
    same_speaker,
    same_via,
)


def _run(path: Path):
    article = load(path)
    if article.meta.get("split", "test") == "test":
        return None
    found = extract(
        article.body,
        publisher=article.meta.get("publisher") or None,
        title=_headline(article.meta.get("title")),
    )
    out = {"file": path.name, "gold": [], "found": []}
    for g in article.gold:
        near = [s for s in found if _overlap(s.start, s.end, g.start, g.end)]
        hits = [s for s in near if same_speaker(s.speaker, g.speakers)]
        out["gold"].append(
            [
                g.speakers[0],
                g.text[:100],
                bool(hits),
                [s.speaker for s in near],
                g.cue,
                g.is_direct_quote,
                any(same_via(s.via, g.via) for s in hits),
            ]
        )
    for s in found:
        right = any(
            _overlap(s.start, s.end, g.start, g.end)
            and same_speaker(s.speaker, g.speakers)
            for g in article.gold
        )
        out["found"].append([s.speaker, s.cue, s.text[:100], right])
    return out


def _totals(results) -> str:
    gold = sum(len(r["gold"]) for r in results)
    gold_right = sum(x[2] for r in results for x in r["gold"])
    found = sum(len(r["found"]) for r in results)
    found_right = sum(x[3] for r in results for x in r["found"])
    via = sum(x[6] for r in results for x in r["gold"] if x[2])
    return (
        f"files {len(results)}  P {found_right / found:.4f} ({found_right}/{found})  "
        f"R {gold_right / gold:.4f} ({gold_right}/{gold})  via {via}/{gold_right}"
    )


def save(out: Path) -> None:
    with Pool(2) as pool:
        results = [
            r for r in pool.map(_run, sorted(EVAL_DIR.glob("*.txt")), chunksize=20) if r
        ]
    out.write_text(json.dumps(results))
    print(_totals(results))


def compare(before: Path, after: Path) -> None:
    a = {r["file"]: r for r in json.loads(before.read_text())}
    b = {r["file"]: r for r in json.loads(after.read_text())}
    for name in sorted(a.keys() & b.keys()):
        for x, y in zip(a[name]["gold"], b[name]["gold"], strict=False):
            if x[2] != y[2]:
                print(
                    f"{'GAIN' if y[2] else 'LOSS'} {name} {x[0]} | {x[1][:80]} "
                    f"| was {x[3]} now {y[3]}"
                )
        was = {(s[0], s[2]): s[3] for s in a[name]["found"]}
        now = {(s[0], s[2]): s[3] for s in b[name]["found"]}
        for key in now.keys() - was.keys():
            if not now[key]:
                print(f"NEWFALSE {name} {key[0]} | {key[1][:80]}")
        for key in was.keys() - now.keys():
            if not was[key]:
                print(f"GONEFALSE {name} {key[0]} | {key[1][:80]}")
    print("before", _totals(list(a.values())))
    print("after ", _totals(list(b.values())))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    saving = commands.add_parser("save", help="run the engine on the seen files")
    saving.add_argument("out", type=Path)
    comparing = commands.add_parser("compare", help="what changed between two saves")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "save":
        save(args.out)
    else:
        compare(args.before, args.after)
    return 0


if __name__ == "__main__":
    sys.exit(main())
