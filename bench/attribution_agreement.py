"""How far two annotators agree, and where the engine stands beside them.

    .venv/bin/python bench/attribution_agreement.py [--engine]

``articles/attribution/eval/second/`` holds a second, independent annotation of some
articles of the evaluation set (the forty-eighth and forty-ninth held-out sets: see the
README there). This scores the second annotation against the adjudicated first one
(``eval/articles/``) with the harness's own scoring (``evaluate.score_found``): speaker
precision and recall (a statement is right when it overlaps one of the other
annotation's statements and names its speaker; a second annotator's statement is taken
by its first, fullest name, as the engine gives one name) and span overlap F1. With
``--engine`` it also scores the engine against each annotation. Standard library and
the engine only.
"""

import argparse
import io
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.attribution.evaluate import (  # noqa: E402
    EVAL_DIR,
    Tally,
    _headline,
    load,
    score_found,
)

SECOND_DIR = EVAL_DIR.parent / "second"


def as_found(article) -> list[SimpleNamespace]:
    """An annotation's statements as the engine would give them: one name each."""
    return [
        SimpleNamespace(
            start=g.start,
            end=g.end,
            speaker=g.speakers[0],
            via=g.via,
            cue=g.cue,
            text=g.text,
        )
        for g in article.gold
    ]


def line(label: str, t: Tally) -> str:
    p = t.chars_both / max(t.chars_found, 1)
    r = t.chars_both / max(t.chars_gold, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return (
        f"| {label} | {t.gold} | {t.found_right}/{t.found} = "
        f"{t.found_right / max(t.found, 1):.3f} | {t.gold_right}/{t.gold} = "
        f"{t.gold_right / max(t.gold, 1):.3f} | {f1:.3f} |"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--engine", action="store_true", help="also score the engine against each"
    )
    options = parser.parse_args(argv)
    totals: dict[str, Tally] = {}

    def add(label: str, article, found) -> None:
        totals.setdefault(label, Tally()).add(
            score_found(article, found, out=io.StringIO())
        )

    second_files = sorted(SECOND_DIR.glob("*.txt"))
    for path in second_files:
        second, first = load(path), load(EVAL_DIR / path.name)
        if second.body != first.body:
            sys.exit(
                f"{path.name}: the second annotation's body differs from the set's"
            )
        add("second annotator vs adjudicated first", first, as_found(second))
        if options.engine:
            from articles.attribution import extract

            found = extract(
                first.body,
                publisher=first.meta.get("publisher") or None,
                title=_headline(first.meta.get("title")),
            )
            add("engine vs adjudicated first", first, found)
            add("engine vs second annotator", second, found)
    print(f"{len(second_files)} articles annotated twice\n")
    print("| who, against whom | statements | speaker P | speaker R | span F1 |")
    print("|---|---|---|---|---|")
    for label, t in totals.items():
        print(line(label, t))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
