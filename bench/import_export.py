"""Import and export at scale: peak memory, articles/s and claims/s.

    .venv/bin/python bench/import_export.py generate /tmp/articles.jsonl --articles 100000
        [--body-size 4000]
    DATABASE_URL=postgres://…/nr_ingest_bench .venv/bin/python bench/import_export.py \
        run /tmp/articles.jsonl

``run`` migrates the database named by DATABASE_URL (use a scratch one: the
articles are written into it), imports the file with import_articles under
/usr/bin/time to read the peak resident memory, imports it a second time (all
unchanged), then exports it. Numbers go to stdout; nothing is committed.
"""

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def real_paragraphs() -> list[str]:
    """Paragraphs of the real articles in the attribution evaluation set."""
    from articles.attribution.evaluate import EVAL_DIR, load

    return [
        p
        for file in sorted(EVAL_DIR.glob("*.txt"))
        for p in load(file).body.split("\n\n")
        if len(p) > 120
    ]


def generate(
    path: Path, articles: int, claims: int, start: int, lean: bool, body_size: int
):
    import random

    from articles.tests.synthetic import synthetic_records

    pool = real_paragraphs() if body_size else []
    rng = random.Random(start)
    with path.open("wb") as out:
        for record in synthetic_records(articles, claims=claims, start=start):
            if lean:
                # A daily feed: the sources are known already, claims name them.
                del record["sources"]
            if pool:
                # Real-sized bodies: real news paragraphs after the synthetic ones.
                extra = []
                size = len(record["body"])
                while size < body_size:
                    extra.append(rng.choice(pool))
                    size += len(extra[-1]) + 2
                record["body"] = "\n\n".join([record["body"], *extra])
            out.write(orjson.dumps(record) + b"\n")
    print(f"{path}: {articles} articles, {path.stat().st_size / 1e6:.0f} MB")


def timed(args: list[str]) -> tuple[float, int, str]:
    """Run manage.py with ``args``; (seconds, peak RSS in MB, its stdout)."""
    command = ["/usr/bin/time", "-v", sys.executable, str(ROOT / "manage.py"), *args]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(done.stdout + done.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return elapsed, int(peak.group(1)) // 1024, done.stdout


def run(path: Path):
    database = os.environ.get("DATABASE_URL", "sqlite (db.sqlite3)")
    print(f"database: {database.split('@')[-1]}")
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "migrate", "-v0"], check=True
    )
    for label, args in (
        ("first import", ["import_articles", str(path)]),
        ("second import (unchanged)", ["import_articles", str(path)]),
        ("export", ["export_archive", "/tmp/bench-export.jsonl"]),
    ):
        elapsed, peak, out = timed(args)
        print(f"{label}: {elapsed:.1f} s wall, peak RSS {peak} MB")
        for line in out.splitlines():
            print(f"    {line}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write synthetic articles as JSON Lines")
    gen.add_argument("path", type=Path)
    gen.add_argument("--articles", type=int, default=100_000)
    gen.add_argument("--claims", type=int, default=5)
    gen.add_argument("--start", type=int, default=0, help="number of the first")
    gen.add_argument(
        "--lean",
        action="store_true",
        help="leave out the sources lists (they must be in the archive already)",
    )
    gen.add_argument(
        "--body-size",
        type=int,
        default=0,
        metavar="CHARS",
        help="pad each body with real news paragraphs (from the attribution "
        "evaluation set) to at least CHARS characters, e.g. 4000 for whole news "
        "stories (default: 0, the synthetic body alone, about 550)",
    )
    bench = sub.add_parser("run", help="import (twice) and export, with figures")
    bench.add_argument("path", type=Path)
    options = parser.parse_args()
    if options.command == "generate":
        generate(
            options.path,
            options.articles,
            options.claims,
            options.start,
            options.lean,
            options.body_size,
        )
    else:
        run(options.path)


if __name__ == "__main__":
    main()
