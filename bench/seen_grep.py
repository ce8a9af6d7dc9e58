"""Search the evaluation set's seen files only, never a held-out one.

    .venv/bin/python bench/seen_grep.py PATTERN [--annotations]

Prints each line of a file whose split is not ``test`` that matches the regular
expression PATTERN (file name, then the line). With ``--annotations`` only the
annotation lines (after ``===``). Writing a rule from what a held-out set's
annotators wrote would tune the engine to text meant to measure it; a plain
grep of ``eval/articles`` or of ``GUIDELINES.md`` (which holds the annotators'
READMEs, held-out sets' included) prints their lines too.
"""

import argparse
import re
import sys
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parents[1] / "articles/attribution/eval/articles"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pattern", help="a Python regular expression")
    parser.add_argument(
        "--annotations", action="store_true", help="search annotation lines only"
    )
    args = parser.parse_args(argv)
    pattern = re.compile(args.pattern)
    for path in sorted(EVAL_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        split = re.search(r"^split:\s*(\S+)", text, flags=re.M)
        if split is None or split[1] == "test":
            continue
        lines = text.split("\n===\n", 1)[1] if args.annotations else text
        for line in lines.splitlines():
            if pattern.search(line):
                print(f"{path.name}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
