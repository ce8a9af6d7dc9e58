"""How the attribution engine's time grows with a document's length.

    .venv/bin/python bench/attribution_speed.py [N ...]

Joins the bodies of the first N articles of the evaluation set (held-out
files skipped, their headers read only) into one long document and times
``extract`` on it, for each N (default 10 40 160). A real article is 1-10 KB;
a long transcript or testimony may reach 100 KB.

Printed (26 Nov 2026, 2 shared cores):

    before (0e6073a: a search over the whole text before each pronoun, per
    person):  10 -> 15.6 KB 0.20 s;  40 -> 63.8 KB 4.9 s;  160 -> 244 KB 231 s
    after:    40 -> 63.8 KB 0.77 s;  160 -> 244 KB 11.4 s
    then, mentions and sentence ends found once per article:
              40 -> 63.8 KB 0.66 s;  160 -> 244 KB 8.6 s

Still more than linear past ~100 KB (name and gender look-ups per person and
statement); left as it is, since news articles are far shorter.

Ninth session (a slower machine: ten million additions in 1.55 s; the first
160 files now include later sets, 250.6 KB), the rules of two sessions later:
10 -> 15.6 KB 0.33 s; 40 -> 63.8 KB 3.81 s; 160 -> 250.6 KB 91.5 s. Most of
the growth was "the company said" looking back through every statement before
it with a pattern compiled per statement; looked up once per name and kind
(the same statements found, byte for byte, on 15,550 texts):
10 -> 0.33 s; 40 -> 2.44 s; 160 -> 37.7 s. Then the places where the noun ends
found once per look-up, each name tried only there (again byte for byte the
same): 10 -> 0.25 s; 40 -> 1.40 s; 160 -> 17.7 s. Then ``fold`` (half a
million calls on the longest document, mostly on the same names) cached and
its ASCII text passed straight through (byte for byte the same): 10 -> 0.26-0.31
s; 40 -> 1.23-1.31 s; 160 -> 15.5 s; with the name patterns of "the company
said" compiled once each (a cache of 4,096): 40 -> 1.39 s; 160 -> 15.0 s.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.attribution.engine import extract  # noqa: E402
from articles.attribution.evaluate import EVAL_DIR, load  # noqa: E402


def bodies(limit: int) -> list[str]:
    found = []
    for path in sorted(EVAL_DIR.glob("*.txt")):
        head = path.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        if "\nsplit: test" in "\n" + head:
            continue  # the held-out split is never run here
        found.append(load(path).body)
        if len(found) == limit:
            break
    return found


def main(sizes: list[int]) -> None:
    texts = bodies(max(sizes))
    for n in sizes:
        document = "\n\n".join(texts[:n])
        start = time.perf_counter()
        statements = extract(document)
        took = time.perf_counter() - start
        print(
            f"{n:4d} articles, {len(document) / 1000:6.1f} KB: "
            f"{took:6.2f} s, {len(statements)} statements"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10, 40, 160])
