from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.exporting import export_lines, snapshot
from articles.progress import HelpWithExamples, progress_bar


class Command(HelpWithExamples, BaseCommand):
    help = (
        "Write every article of the archive, with its topics, sources and claims,\n"
        "as JSON Lines (one article a line) to PATH, or to standard output with -.\n"
        "It is the format import_articles reads: importing the file into an empty\n"
        "archive and exporting again gives the same bytes."
    )
    epilog = (
        "examples:\n"
        "  manage.py export_archive archive.jsonl\n"
        "  manage.py export_archive - | gzip > archive.jsonl.gz"
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the file to write, or - for standard output")

    def handle(self, *args, path, **options):
        if path == "-":
            stdout = self.stdout._out
            # A real stdout takes the bytes as they are; a text stream (in tests)
            # takes them decoded.
            out = getattr(stdout, "buffer", None) or _TextSink(stdout)
        else:
            target = Path(path)
            if not target.parent.is_dir():
                raise CommandError(f"{target.parent}: no such directory.")
            out = target.open("wb")
        count = 0
        try:
            # The archive as it was when the export began, however long it runs.
            with (
                snapshot(),
                progress_bar(self.stderr, "Exporting", unit="articles") as advance,
            ):
                for count, line in enumerate(export_lines(), start=1):
                    out.write(line)
                    advance(count, len(line))
        finally:
            if path == "-":
                out.flush()
            else:
                out.close()
        destination = "standard output" if path == "-" else path
        self.stderr.write(f"Exported {count} article(s) to {destination}.")


class _TextSink:
    def __init__(self, stream):
        self.stream = stream

    def write(self, data: bytes):
        self.stream.write(data.decode("utf-8"))

    def flush(self):
        self.stream.flush()
