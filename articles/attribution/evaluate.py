"""Score the attribution engine on the annotated set in ``eval/``.

    python -m articles.attribution.evaluate [--verbose]
        [--split dev|seen|seen2|…|seen62|test] [--files FIRST-LAST]

Each article is a file ``eval/articles/*.txt``: a header (url, title, date,
licence, publisher, split), the body after a ``---`` line, and after a ``===``
line one annotated statement a line::

    Q|R | speaker[ / other acceptable name] | via | cue | text as in the body

Metrics, for the set and for each split:

- speaker precision: engine statements that overlap an annotated statement
  whose speaker they name correctly, over all engine statements;
- speaker recall: annotated statements overlapped by an engine statement that
  names their speaker correctly, over all annotated statements;
- span overlap F1: character-level F1 between the text the engine marks as
  statements and the text the annotators marked;
- via accuracy: among correctly attributed statements, the share whose relaying
  outlet (or its absence) is right.

Splits: ``dev`` was read while writing the engine; ``seen`` was held out for
the first measurement, then its errors guided general rules (so it no longer
measures generalisation); ``seen2`` to ``seen47``, ``seen52``, ``seen54`` and
``seen60`` to ``seen62`` were the second to forty-seventh, the fifty-second, the
fifty-fourth and the sixtieth to sixty-second held-out sets, each measured once
and then used like ``seen``; ``test`` is held out: annotated and committed
before the engine was run on it, and never used to change it.

Only the standard library and the engine: no Django needed.
"""

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from articles.attribution import extract, fold

EVAL_DIR = Path(__file__).resolve().parent / "eval" / "articles"


@dataclass
class Gold:
    text: str
    start: int
    end: int
    speakers: list[str]
    via: str | None
    cue: str
    is_direct_quote: bool


@dataclass
class Article:
    path: Path
    meta: dict
    body: str
    gold: list[Gold] = field(default_factory=list)


def load(path: Path) -> Article:
    raw = path.read_text(encoding="utf-8")
    head, rest = raw.split("\n---\n", 1)
    body, annotations = rest.split("\n===\n", 1)
    body = body.strip("\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    article = Article(path, meta, body)
    for number, line in enumerate(annotations.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, speaker, via, cue, text = (p.strip() for p in line.split("|", 4))
        start = body.find(text)
        if start < 0:
            raise ValueError(f"{path.name}: annotation {number} not in body: {text!r}")
        article.gold.append(
            Gold(
                text=text,
                start=start,
                end=start + len(text),
                speakers=[s.strip() for s in speaker.split(" / ")],
                via=via or None,
                cue=cue,
                is_direct_quote=kind == "Q",
            )
        )
    return article


_DETERMINER = re.compile(r"^(?:the|a|an|another|these|those|some)\s+")


def _key(name: str) -> list[str]:
    # "James Agee, Jr." and "James Agee Jr." are one name: a comma is no word.
    words = _DETERMINER.sub("", fold(name)).replace("’", "'").replace(",", " ").split()
    return [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words]


def same_via(found: str | None, annotated: str | None) -> bool:
    """The relaying outlet the annotators gave, or none when they gave none;
    like speakers, an annotated via may list other acceptable names after
    " / " ("Associated Press / AP")."""
    if not annotated:
        return not found
    return fold(found or "") in {fold(v.strip()) for v in annotated.split(" / ")}


def same_speaker(found: str, names: list[str]) -> bool:
    """Equal ignoring case, articles and plurals, or one full name within the other."""
    mine = _key(found)
    for name in names:
        theirs = _key(name)
        if mine == theirs:
            return True
        if (
            mine
            and theirs
            and mine[-1] == theirs[-1]
            and (set(mine) <= set(theirs) or set(theirs) <= set(mine))
        ):
            return True
    return False


def _overlap(a_start, a_end, b_start, b_end) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


@dataclass
class Tally:
    articles: int = 0
    gold: int = 0
    found: int = 0
    found_right: int = 0
    gold_right: int = 0
    via_right: int = 0
    chars_found: int = 0
    chars_gold: int = 0
    chars_both: int = 0

    def add(self, other: "Tally") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def report(self, label: str) -> str:
        def ratio(a, b):
            return a / b if b else 0.0

        precision = ratio(self.found_right, self.found)
        recall = ratio(self.gold_right, self.gold)
        span_p = ratio(self.chars_both, self.chars_found)
        span_r = ratio(self.chars_both, self.chars_gold)
        span_f1 = ratio(2 * span_p * span_r, span_p + span_r)
        via = ratio(self.via_right, self.gold_right)
        return (
            f"{label:<9} articles {self.articles:>3}  statements {self.gold:>4} "
            f"(engine {self.found:>4})  speaker P {precision:.3f}  R {recall:.3f}  "
            f"span overlap F1 {span_f1:.3f}  via accuracy {via:.3f}"
        )


def _headline(title: str | None) -> str | None:
    """The page's headline from the header: not an annotator's description
    in brackets, which stands where the stored copy carries no headline."""
    if not title or (title.startswith("(") and title.endswith(")")):
        return None
    return title


def score(article: Article, *, verbose: bool = False, out=sys.stdout) -> Tally:
    found = extract(
        article.body,
        publisher=article.meta.get("publisher") or None,
        title=_headline(article.meta.get("title")),
    )
    return score_found(article, found, verbose=verbose, out=out)


def score_found(
    article: Article, found: list, *, verbose: bool = False, out=sys.stdout
) -> Tally:
    """Score statements ``found`` in ``article``'s body (anything with the
    engine's start, end, speaker, via, cue and text) against its annotation."""
    tally = Tally(articles=1, gold=len(article.gold), found=len(found))
    for statement in found:
        if any(
            _overlap(statement.start, statement.end, g.start, g.end)
            and same_speaker(statement.speaker, g.speakers)
            for g in article.gold
        ):
            tally.found_right += 1
        elif verbose:
            print(
                f"  FALSE {article.path.name}: {statement.speaker} · {statement.cue} · "
                f"{statement.text[:90]!r}",
                file=out,
            )
    for gold in article.gold:
        hits = [
            s
            for s in found
            if _overlap(s.start, s.end, gold.start, gold.end)
            and same_speaker(s.speaker, gold.speakers)
        ]
        if hits:
            tally.gold_right += 1
            if any(same_via(s.via, gold.via) for s in hits):
                tally.via_right += 1
            elif verbose:
                print(
                    f"  VIA   {article.path.name}: {hits[0].via} != {gold.via} · "
                    f"{gold.text[:70]!r}",
                    file=out,
                )
        elif verbose:
            near = [
                s.speaker
                for s in found
                if _overlap(s.start, s.end, gold.start, gold.end)
            ]
            print(
                f"  MISS  {article.path.name}: {gold.speakers[0]} · {gold.text[:90]!r}"
                + (f" (engine said {near})" if near else ""),
                file=out,
            )
    marked = [False] * len(article.body)
    gold_marked = [False] * len(article.body)
    for s in found:
        for i in range(s.start, s.end):
            marked[i] = True
    for g in article.gold:
        for i in range(g.start, g.end):
            gold_marked[i] = True
    tally.chars_found = sum(marked)
    tally.chars_gold = sum(gold_marked)
    tally.chars_both = sum(a and b for a, b in zip(marked, gold_marked, strict=True))
    return tally


SPLITS = {
    "dev": "dev",
    "seen": "seen",
    "seen2": "seen-2",
    "seen3": "seen-3",
    "seen4": "seen-4",
    "seen5": "seen-5",
    "seen6": "seen-6",
    "seen7": "seen-7",
    "seen8": "seen-8",
    "seen9": "seen-9",
    "seen10": "seen-10",
    "seen11": "seen-11",
    "seen12": "seen-12",
    "seen13": "seen-13",
    "seen14": "seen-14",
    "seen15": "seen-15",
    "seen16": "seen-16",
    "seen17": "seen-17",
    "seen18": "seen-18",
    "seen19": "seen-19",
    "seen20": "seen-20",
    "seen21": "seen-21",
    "seen22": "seen-22",
    "seen23": "seen-23",
    "seen24": "seen-24",
    "seen25": "seen-25",
    "seen26": "seen-26",
    "seen27": "seen-27",
    "seen28": "seen-28",
    "seen29": "seen-29",
    "seen30": "seen-30",
    "seen31": "seen-31",
    "seen32": "seen-32",
    "seen33": "seen-33",
    "seen34": "seen-34",
    "seen35": "seen-35",
    "seen36": "seen-36",
    "seen37": "seen-37",
    "seen38": "seen-38",
    "seen39": "seen-39",
    "seen40": "seen-40",
    "seen41": "seen-41",
    "seen42": "seen-42",
    "seen43": "seen-43",
    "seen44": "seen-44",
    "seen45": "seen-45",
    "seen46": "seen-46",
    "seen47": "seen-47",
    "seen52": "seen-52",
    "seen54": "seen-54",
    "seen60": "seen-60",
    "seen61": "seen-61",
    "seen62": "seen-62",
    "test": "held-out",
}


def table(totals: dict[str, Tally], overall: Tally) -> str:
    """The split table as Markdown, for docs/attribution.md."""
    rows = [
        "| split | articles | statements | engine | speaker P | speaker R | span F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, tally in [
        *((SPLITS[k], t) for k, t in totals.items()),
        ("all", overall),
    ]:
        if not tally.articles:
            continue
        p = tally.found_right / tally.found if tally.found else 0.0
        r = tally.gold_right / tally.gold if tally.gold else 0.0
        sp = tally.chars_both / tally.chars_found if tally.chars_found else 0.0
        sr = tally.chars_both / tally.chars_gold if tally.chars_gold else 0.0
        f1 = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
        rows.append(
            f"| {label} | {tally.articles} | {tally.gold} | {tally.found} "
            f"| {p:.3f} | {r:.3f} | {f1:.3f} |"
        )
    return "\n".join(rows)


def _file_number(path: Path) -> int:
    """The number a file's name opens with ("2100_voa_….txt" → 2100)."""
    return int(path.name.split("_", 1)[0])


def _file_range(text: str) -> tuple[int, int]:
    first, sep, last = text.partition("-")
    if not (sep and first.isdigit() and last.isdigit() and int(first) <= int(last)):
        raise argparse.ArgumentTypeError(
            f"expected FIRST-LAST, e.g. 2100-2219: {text!r}"
        )
    return int(first), int(last)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="List every error.")
    parser.add_argument("--split", choices=list(SPLITS), help="Score one split only.")
    parser.add_argument(
        "--files",
        type=_file_range,
        metavar="FIRST-LAST",
        help="Score only the files numbered FIRST to LAST (one held-out set of "
        "several in a split: --files 2100-2219).",
    )
    args = parser.parse_args(argv)
    totals = {split: Tally() for split in SPLITS}
    for path in sorted(EVAL_DIR.glob("*.txt")):
        if args.files and not args.files[0] <= _file_number(path) <= args.files[1]:
            continue
        article = load(path)
        split = article.meta.get("split", "test")
        if args.split and split != args.split:
            continue  # never run the engine on a split not asked for
        totals[split].add(score(article, verbose=args.verbose))
    overall = Tally()
    for split, tally in totals.items():
        if tally.articles:
            print(tally.report(SPLITS[split]))
            overall.add(tally)
    print(overall.report("all"))
    print()
    print(table(totals, overall))
    return 0


if __name__ == "__main__":
    sys.exit(main())
