import sys
import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from articles.importing import import_lines
from articles.models import Article, Claim
from articles.progress import HelpWithExamples, progress_bar
from sources.models import Source

# After this many articles written in one import, PostgreSQL's planner
# statistics are refreshed at once: until autovacuum gets to them, a filtered
# and ordered claims page can take half a second instead of a millisecond.
ANALYZE_AFTER = 1000


class Command(HelpWithExamples, BaseCommand):
    help = (
        "Import articles from a JSON Lines file: one article a line, with its\n"
        "topics, sources and claims (format: docs/ingest.md; export_archive writes\n"
        "it). PATH - reads standard input.\n\n"
        "An article already in the archive (same url, or same slug when it has no\n"
        "url) is updated: importing the same file twice changes nothing. Every line\n"
        "is checked, and every problem listed as FILE:LINE: field: problem. By\n"
        "default one bad line means nothing is written and the exit status is 1."
    )
    epilog = (
        "examples:\n"
        "  manage.py import_articles feed.jsonl --dry-run    check, write nothing\n"
        "  manage.py import_articles feed.jsonl              all or nothing\n"
        "  manage.py import_articles feed.jsonl --continue-on-error\n"
        "  curl -s https://example.org/feed.jsonl | manage.py import_articles -"
    )
    # Lets tests hand the command a stream of bytes instead of sys.stdin.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("path", help="the JSON Lines file, or - for standard input")
        parser.add_argument(
            "--continue-on-error",
            action="store_true",
            help="write the good lines even if some are bad (the bad ones are "
            "listed, and the exit status is still 1)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check every line, against the database too, and report what "
            "would change, without writing anything",
        )
        parser.add_argument(
            "--suggest-claims",
            action="store_true",
            help="after writing each article, let the attribution engine add "
            "suggested claims for an editor to review (never public until accepted)",
        )
        parser.add_argument(
            "--user",
            metavar="USERNAME",
            help="record the changes in the history as made by this user",
        )
        parser.add_argument(
            "--no-analyze",
            action="store_true",
            help=f"on PostgreSQL, do not refresh the planner's statistics (ANALYZE) "
            f"after an import that wrote {ANALYZE_AFTER:,} articles or more",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=500,
            metavar="N",
            help="articles written per batch of bulk queries (default: %(default)s)",
        )

    def handle(self, *args, path, **options):
        user = self._user(options["user"])
        on_article = self._suggester() if options["suggest_claims"] else None
        label = "<stdin>" if path == "-" else path
        if path == "-":
            stream = options.get("stdin") or sys.stdin.buffer
            size = None
        else:
            file = Path(path)
            if not file.is_file():
                raise CommandError(f"{path}: no such file.")
            stream = file.open("rb")
            size = file.stat().st_size

        def on_error(line, errors):
            for field, message in errors:
                self.stderr.write(f"{label}:{line}: {field}: {message}")

        started = time.perf_counter()
        try:
            with progress_bar(self.stderr, "Importing", total=size) as advance:
                report = import_lines(
                    stream,
                    continue_on_error=options["continue_on_error"],
                    dry_run=options["dry_run"],
                    user=user,
                    batch_size=max(1, options["batch_size"]),
                    on_error=on_error,
                    on_line=advance,
                    on_article=on_article,
                )
        finally:
            if path != "-":
                stream.close()
        elapsed = time.perf_counter() - started

        articles = report.created + report.updated + report.unchanged
        summary = (
            f"{report.created} created, {report.updated} updated, "
            f"{report.unchanged} unchanged; {report.claims} claim(s), "
            f"{report.sources} new source(s), {report.topics} new topic(s)"
            + (f", {report.relations} relation(s)" if report.relations else "")
        )
        rate = (
            f"{report.lines} line(s) in {elapsed:.1f} s: "
            f"{articles / elapsed:,.0f} articles/s, {report.claims / elapsed:,.0f} claims/s"
            if elapsed > 0
            else ""
        )
        if options["dry_run"]:
            self.stdout.write(f"Dry run, nothing written. Would have: {summary}.")
        elif report.committed:
            self.stdout.write(self.style.SUCCESS(f"Imported: {summary}."))
        if rate:
            self.stdout.write(rate)
        if (
            report.committed
            and not options["dry_run"]
            and not options["no_analyze"]
            and report.created + report.updated >= ANALYZE_AFTER
            and connection.vendor == "postgresql"
        ):
            self._analyze()
        if report.relations_skipped and not report.rejected:
            raise CommandError(
                f"{report.relations_skipped} relation(s) left out: their target "
                "claims were not found. Everything else was written.",
                returncode=1,
            )
        if report.rejected:
            if report.committed:
                verdict = (
                    f"{report.rejected} bad line(s) skipped; the others were written."
                )
            elif options["dry_run"]:
                verdict = f"{report.rejected} bad line(s)."
            else:
                verdict = (
                    f"{report.rejected} bad line(s): nothing was written. Fix them, "
                    "or use --continue-on-error to write the good lines."
                )
            raise CommandError(verdict, returncode=1)

    def _analyze(self):
        started = time.perf_counter()
        tables = [
            model._meta.db_table
            for model in (Article, Claim, Source, Article.topics.through)
        ]
        tables += [
            Article.history.model._meta.db_table,
            Claim.history.model._meta.db_table,
        ]
        with connection.cursor() as cursor:
            cursor.execute(
                "ANALYZE " + ", ".join(connection.ops.quote_name(t) for t in tables)
            )
        self.stdout.write(
            f"Planner statistics refreshed (ANALYZE) in {time.perf_counter() - started:.1f} s."
        )

    def _user(self, username):
        if not username:
            return None
        try:
            return get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"No user called {username!r}.") from exc

    def _suggester(self):
        """The attribution engine's hook, or a clear error when it is absent."""
        try:
            from articles.suggest import suggest_claims
        except ImportError as exc:
            if exc.name not in ("articles.suggest", None):
                raise
            raise CommandError(
                "--suggest-claims needs the attribution engine (articles.suggest), "
                "which is not installed in this archive."
            ) from exc

        def on_article(article, outcome):
            suggest_claims(article, user=None)

        return on_article
