import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles.importing import ArchiveWriter, RecordInvalid, parse_record

DEMO_FILE = Path(__file__).resolve().parents[2] / "demo" / "kherson.jsonl"


class Command(BaseCommand):
    help = (
        "Load the curated demo article (Russia's withdrawal from Kherson, November 2022) "
        "with its sources, topics and graded claims. Safe to run again: a second run "
        "changes nothing. The data lives in articles/demo/kherson.jsonl, in the same "
        "JSON Lines format that import_articles reads."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--file",
            default=str(DEMO_FILE),
            help="JSON Lines file to load instead of the bundled demo (default: %(default)s).",
        )

    def handle(self, *args, file, **options):
        path = Path(file)
        if not path.exists():
            raise CommandError(f"{path} does not exist.")
        writer = ArchiveWriter()
        with transaction.atomic(), path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    writer.write(parse_record(json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise CommandError(
                        f"{path}:{number}: not valid JSON: {exc}"
                    ) from exc
                except RecordInvalid as exc:
                    raise CommandError(f"{path}:{number}: {exc}") from exc
        counts = writer.counts
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded: {counts['created']} article(s) created, "
                f"{counts['updated']} updated, {counts['unchanged']} unchanged; "
                f"{counts['claims']} claim(s) and {counts['sources']} source(s) written."
            )
        )
