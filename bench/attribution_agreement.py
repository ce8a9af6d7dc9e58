"""How far two annotators agree, and where the engine stands beside them.

    .venv/bin/python bench/attribution_agreement.py [--engine]

``articles/attribution/eval/second/`` holds a second, independent annotation of some
articles of the evaluation set (the forty-eighth and forty-ninth held-out sets: see the
README there). This scores the second annotation against the adjudicated first one
(``eval/articles/``) with the harness's own matching: speaker precision and recall (a
statement is right when it overlaps one of the other annotation's statements and names its
speaker; a second annotator's statement is taken by its first, fullest name, as the engine
gives one name) and span overlap F1. With ``--engine`` it also scores the engine against
each annotation. Standard library and the engine only.
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.attribution.evaluate import (  # noqa: E402
    EVAL_DIR,
    _headline,
    _overlap,
    load,
    same_speaker,
)

SECOND_DIR = EVAL_DIR.parent / "second"


def tally(found: list[tuple[int, int, str]], gold, length: int) -> list[int]:
    """[right found, found, right annotated, annotated, chars found, chars
    annotated, chars both] for statements ``found`` against annotation ``gold``."""
    right = sum(
        any(
            _overlap(s, e, g.start, g.end) and same_speaker(n, g.speakers) for g in gold
        )
        for s, e, n in found
    )
    hit = sum(
        any(
            _overlap(s, e, g.start, g.end) and same_speaker(n, g.speakers)
            for s, e, n in found
        )
        for g in gold
    )
    mine, theirs = [False] * length, [False] * length
    for s, e, _ in found:
        mine[s:e] = [True] * (e - s)
    for g in gold:
        theirs[g.start : g.end] = [True] * (g.end - g.start)
    both = sum(a and b for a, b in zip(mine, theirs, strict=True))
    return [right, len(found), hit, len(gold), sum(mine), sum(theirs), both]


def line(label: str, t: list[int]) -> str:
    right, found, hit, gold, c_found, c_gold, c_both = t
    p, r = c_both / max(c_found, 1), c_both / max(c_gold, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return (
        f"| {label} | {gold} | {right}/{found} = {right / max(found, 1):.3f} "
        f"| {hit}/{gold} = {hit / max(gold, 1):.3f} | {f1:.3f} |"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--engine", action="store_true", help="also score the engine against each"
    )
    options = parser.parse_args(argv)
    totals: dict[str, list[int]] = {}

    def add(label, t):
        totals[label] = [
            a + b for a, b in zip(totals.get(label, [0] * 7), t, strict=True)
        ]

    second_files = sorted(SECOND_DIR.glob("*.txt"))
    for path in second_files:
        second, first = load(path), load(EVAL_DIR / path.name)
        if second.body != first.body:
            sys.exit(
                f"{path.name}: the second annotation's body differs from the set's"
            )
        n = len(first.body)
        theirs = [(g.start, g.end, g.speakers[0]) for g in second.gold]
        add("second annotator vs adjudicated first", tally(theirs, first.gold, n))
        if options.engine:
            from articles.attribution import extract

            found = extract(
                first.body,
                publisher=first.meta.get("publisher") or None,
                title=_headline(first.meta.get("title")),
            )
            mine = [(s.start, s.end, s.speaker) for s in found]
            add("engine vs adjudicated first", tally(mine, first.gold, n))
            add("engine vs second annotator", tally(mine, second.gold, n))
    print(f"{len(second_files)} articles annotated twice\n")
    print("| who, against whom | statements | speaker P | speaker R | span F1 |")
    print("|---|---|---|---|---|")
    for label, t in totals.items():
        print(line(label, t))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
