import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.attribution import extract


def _publisher_name(value) -> str | None:
    if isinstance(value, dict):
        return value.get("name") or value.get("slug")
    return value or None


def _is_json_lines(text: str) -> bool:
    """JSON Lines of articles: the first non-blank line is an object with a body."""
    for line in text.splitlines():
        if line.strip():
            try:
                record = json.loads(line)
            except ValueError:
                return False
            return isinstance(record, dict) and "body" in record
    return False


class Command(BaseCommand):
    help = (
        "Print the attributed statements the attribution engine finds in PATH. "
        "PATH is a plain-text article, or a JSON Lines file of articles in the "
        "import_articles format (detected from its first line); '-' reads "
        "standard input. With --json, a plain-text file gives one JSON list of "
        'statements, [{"text", "start", "end", "speaker", "speaker_kind", "via", '
        '"cue", "is_direct_quote", "speaker_role"}], offsets counted in characters '
        'of the text; a JSON Lines file gives one list of {"line", "url", '
        '"headline", "statements": [...]}, offsets counted in each article\'s body. '
        "Without --json, a readable table. Nothing is written to the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Text or JSON Lines file, or - for stdin.")
        parser.add_argument(
            "--json", action="store_true", help="Print JSON instead of a table."
        )
        parser.add_argument(
            "--publisher",
            help="Outlet that published a plain-text article: statements told to "
            "it are first-hand, not relayed (JSON Lines records carry their own).",
        )
        parser.add_argument(
            "--title",
            help="Headline of a plain-text article: it names the giver of a "
            'speech or a statement whose text does not ("Remarks by Ann Lee at '
            '…"); JSON Lines records carry their own headline.',
        )

    def handle(self, *args, path, json: bool, publisher, title=None, **options):
        text = self._read(path)
        if _is_json_lines(text):
            result = list(self._articles(text))
        else:
            result = [
                s.as_dict() for s in extract(text, publisher=publisher, title=title)
            ]
        if json:
            import json as json_module

            self.stdout.write(json_module.dumps(result, ensure_ascii=False, indent=2))
        elif result and "statements" in result[0]:
            for article in result:
                self.stdout.write(
                    self.style.MIGRATE_HEADING(
                        f"line {article['line']}: {article['headline'] or article['url']}"
                    )
                )
                self._table(article["statements"])
        else:
            self._table(result)

    def _read(self, path: str) -> str:
        if path == "-":
            return sys.stdin.read()
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"{path} is not a file.")
        return file.read_text(encoding="utf-8")

    def _articles(self, text: str):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise CommandError(f"line {number}: not valid JSON: {exc}") from exc
            body = record.get("body") if isinstance(record, dict) else None
            if not isinstance(body, str):
                raise CommandError(f"line {number}: body: a string is required.")
            headline = record.get("headline")
            statements = extract(
                body,
                publisher=_publisher_name(record.get("publisher")),
                title=headline if isinstance(headline, str) else None,
            )
            yield {
                "line": number,
                "url": record.get("url"),
                "headline": record.get("headline", ""),
                "statements": [s.as_dict() for s in statements],
            }

    def _table(self, statements: list[dict]) -> None:
        if not statements:
            self.stdout.write("  (no attributed statements found)")
            return
        for s in statements:
            via = f" via {s['via']}" if s["via"] else ""
            mark = "quote" if s["is_direct_quote"] else "reported"
            text = s["text"] if len(s["text"]) <= 100 else s["text"][:97] + "…"
            self.stdout.write(
                f"  {s['start']:>6}-{s['end']:<6} {s['speaker']} ({s['speaker_kind']})"
                f"{via} · {s['cue']} · {mark}\n      {text}"
            )
