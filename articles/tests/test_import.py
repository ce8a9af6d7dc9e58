import copy
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify

from articles.models import Article, Claim, ClaimRelation, Evidence
from articles.tests.helpers import archive_counts
from articles.tests.synthetic import (
    OUTLETS,
    TOPICS,
    organisations,
    people,
    synthetic_records,
)
from sources.models import Source
from sources.tests.factories import OutletFactory, SourceFactory

BODY = (
    "The minister said the bridge would reopen in May.\n\n"
    "Critics said the date was unrealistic."
)


def article(**overrides) -> dict:
    """A valid line: one published article with one claim by a new person."""
    line = {
        "url": "https://example.org/bridge",
        "headline": "Bridge to reopen in May",
        "body": BODY,
        "publisher": "Harbour Gazette",
        "published_at": "2024-03-01T08:00:00Z",
        "status": "published",
        "topics": ["Transport"],
        "claims": [
            {
                "text": "the bridge would reopen in May",
                "source": {"name": "Jane Doe", "kind": "person"},
                "cue": "said",
                "confidence": "3",
            }
        ],
    }
    line.update(overrides)
    return line


def with_claim(**overrides) -> dict:
    line = article()
    line["claims"][0].update(overrides)
    return line


# -- validation: each error names the line and the field -----------------------

INVALID = [
    ("not json", b"{not json", "(line)", "is not valid JSON"),
    ("not utf-8", b'{"headline": "caf\xe9"}', "(line)", "not valid UTF-8"),
    ("not an object", [1, 2], "(line)", "must be a JSON object"),
    ("no headline", article(headline=None), "headline", "is required"),
    ("headline a number", article(headline=5), "headline", "must be a string"),
    ("headline too long", article(headline="x" * 301), "headline", "the most is 300"),
    ("empty body", article(body="  "), "body", "must not be empty"),
    ("NUL in body", article(body="a\x00b"), "body", "NUL character"),
    ("lone surrogate", article(byline="\ud800"), "(line)", "surrogate"),
    ("bad url", article(url="not a url"), "url", "is not a valid URL"),
    ("bad slug", article(slug="Not A Slug"), "slug", "is not a valid slug"),
    ("bad status", article(status="live"), "status", "must be one of"),
    ("status a list", article(status=["x"]), "status", "must be one of"),
    ("undated", article(published_at=None), "published_at", "required for a published"),
    ("bad date", article(published_at="yesterday"), "published_at", "not an ISO"),
    ("no notice", article(status="retracted"), "retraction_note", "is required for a"),
    ("bad language", article(language="english!"), "language", "BCP 47"),
    ("topics not a list", article(topics="x"), "topics", "must be a list"),
    (
        "topic kind",
        article(topics=[{"name": "X", "kind": "mood"}]),
        "topics[0].kind",
        "must be one of",
    ),
    ("claims not a list", article(claims={}), "claims", "must be a list"),
    ("claim not an object", article(claims=["x"]), "claims[0]", "must be an object"),
    ("claim without source", with_claim(source=None), "claims[0].source", "required"),
    (
        "claim text not in body",
        with_claim(text="the tunnel is closed"),
        "claims[0].text",
        "not in the article body",
    ),
    (
        "claim offsets wrong",
        with_claim(text="the tunnel", start=0, end=10),
        "claims[0].start",
        "do not match the text, and this text is not in the article body",
    ),
    ("negative offset", with_claim(start=-1), "claims[0].start", "whole number"),
    ("via is source", with_claim(via="Jane Doe"), "claims[0].via", "must differ from"),
    ("bad confidence", with_claim(confidence="9"), "claims[0].confidence", "one of"),
    ("no such day", with_claim(claimed_on="2024-02-30"), "claims[0].claimed_on", "ISO"),
    (
        "review status",
        with_claim(review_status="maybe"),
        "claims[0].review_status",
        "must be one of",
    ),
    (
        "evidence url",
        with_claim(evidence=[{"url": "x", "stance": "supports"}]),
        "claims[0].evidence[0].url",
        "not a valid URL",
    ),
    (
        "evidence stance",
        with_claim(evidence=[{"url": "https://e.org"}]),
        "claims[0].evidence[0].stance",
        "is required",
    ),
    (
        "relation kind",
        with_claim(relations=[{"kind": "likes", "to": {}}]),
        "claims[0].relations[0].kind",
        "must be one of",
    ),
    (
        "relation target",
        with_claim(relations=[{"kind": "repeats", "to": "x"}]),
        "claims[0].relations[0].to",
        "must be an object",
    ),
    ("sources not a list", article(sources="x"), "sources", "must be a list"),
    (
        "source country",
        article(sources=[{"name": "X", "country": "Russia"}]),
        "sources[0].country",
        "ISO 3166-1",
    ),
    (
        "source reliability",
        article(sources=[{"name": "X", "reliability": "Z"}]),
        "sources[0].reliability",
        "must be one of",
    ),
    (
        "aliases not strings",
        article(sources=[{"name": "X", "aliases": [1]}]),
        "sources[0].aliases",
        "list of strings",
    ),
    # Found only against the database:
    (
        "unknown source slug",
        with_claim(source="nobody-known"),
        "claims[0].source",
        "no source with slug 'nobody-known'",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "line, field, message",
    [case[1:] for case in INVALID],
    ids=[case[0] for case in INVALID],
)
def test_each_invalid_line_is_reported_with_line_and_field(
    run_import, line, field, message
):
    """A bad line is reported as FILE:LINE: field: problem, and nothing is written."""
    result = run_import([article(url="https://example.org/ok"), line])
    assert result.code == 1
    assert f"in.jsonl:2: {field}: " in result.err
    assert message in result.err
    assert "in.jsonl:1:" not in result.err
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_publisher_that_is_not_an_outlet_is_refused(run_import):
    """A publisher resolving to a person is an error naming the publisher field."""
    SourceFactory(name="Harbour Gazette", slug="harbour-gazette")
    result = run_import([article()])
    assert result.code == 1
    assert "in.jsonl:1: publisher: Harbour Gazette is not a media outlet" in result.err


@pytest.mark.django_db
def test_every_problem_of_a_line_is_listed(run_import):
    """One line with three problems gives three messages."""
    result = run_import([article(headline=None, status="live", language="??")])
    assert result.err.count("in.jsonl:1:") == 3


# -- writing ---------------------------------------------------------------------


@pytest.mark.django_db
def test_import_creates_article_sources_topics_and_claims(run_import):
    """A line becomes an article with its publisher, topic and located claim."""
    result = run_import([article()])
    assert result.code == 0, result.err
    item = Article.objects.get()
    assert item.publisher.kind == Source.Kind.MEDIA_OUTLET
    assert item.publisher.name == "Harbour Gazette"
    assert [t.name for t in item.topics.all()] == ["Transport"]
    claim = item.claims.get()
    assert (claim.source.name, claim.source.kind) == ("Jane Doe", "person")
    assert item.body[claim.start : claim.end] == claim.text
    assert claim.claimed_on.isoformat() == "2024-03-01"
    assert claim.confidence_id == "3"
    assert "1 created" in result.out


@pytest.mark.django_db
def test_importing_the_same_file_twice_changes_nothing(run_import):
    """The second import writes no row and no history."""
    lines = [article(), *synthetic_records(12, claims=4)]
    assert run_import(lines).code == 0
    before = archive_counts()
    versions = list(Article.objects.order_by("pk").values_list("version", flat=True))
    result = run_import(lines)
    assert result.code == 0
    assert archive_counts() == before
    assert list(Article.objects.order_by("pk").values_list("version", flat=True)) == (
        versions
    )
    assert "0 created, 0 updated, 13 unchanged" in result.out


@pytest.mark.django_db
def test_a_changed_article_is_updated_and_its_history_records_it(run_import):
    """A new headline and topic update the article; the history row has both."""
    run_import([article()])
    item = Article.objects.get()
    old_version = item.version
    result = run_import(
        [article(headline="Bridge to reopen in June", topics=["Roads"])]
    )
    assert "1 updated" in result.out
    item.refresh_from_db()
    assert item.headline == "Bridge to reopen in June"
    assert item.version != old_version
    latest = item.history.latest()
    assert latest.history_type == "~"
    assert latest.headline == "Bridge to reopen in June"
    assert [t.topic.name for t in latest.topics.all()] == ["Roads"]
    assert item.history.count() == 2


@pytest.mark.django_db
def test_a_changed_claim_is_updated_with_history(run_import):
    """A claim's new confidence updates that claim, recorded in its history."""
    run_import([article()])
    run_import([with_claim(confidence="1", rationale="Seen in the tender.")])
    claim = Claim.objects.get()
    assert claim.confidence_id == "1"
    assert claim.history.count() == 2
    assert claim.history.latest().rationale == "Seen in the tender."
    assert Article.objects.get().history.count() == 1


@pytest.mark.django_db
def test_sources_match_by_slug_then_name_or_alias_ignoring_case_and_accents(
    run_import,
):
    """Slug, folded name and folded alias all find the existing source."""
    shoigu = SourceFactory(
        name="Sergey Shoigu", slug="sergey-shoigu", aliases="Sergej Schoigu"
    )
    body = "Shoigu spoke. Schoigu spoke again. He spoke a third time."
    line = article(
        body=body,
        claims=[
            {"text": "Shoigu spoke.", "source": "sergey-shoigu"},
            {"text": "Schoigu spoke again.", "source": "SERGEY SHOÏGU"},
            {"text": "He spoke a third time.", "source": {"name": "sergej schoigu"}},
        ],
    )
    result = run_import([line])
    assert result.code == 0, result.err
    assert set(Claim.objects.values_list("source", flat=True)) == {shoigu.pk}
    assert Source.objects.filter(kind="person").count() == 1


def described(role: str) -> dict:
    """A line (url per role) describing Jane Doe with ``role`` in its sources."""
    jane = {"slug": "jane-doe", "name": "Jane Doe", "kind": "person", "role": role}
    return article(
        url=f"https://example.org/{slugify(role)}",
        sources=[jane],
        claims=[{"text": "the bridge would reopen in May", "source": "jane-doe"}],
    )


@pytest.mark.django_db
def test_a_source_description_repeated_after_a_change_applies_again(run_import):
    """Descriptions parsed once per file still apply in order: A, B, then A again."""
    result = run_import([described("Mayor"), described("Minister"), described("Mayor")])
    assert result.code == 0, result.err
    jane = Source.objects.get(slug="jane-doe")
    assert jane.role == "Mayor"
    roles = jane.history.order_by("history_id").values_list("role", flat=True)
    assert list(roles) == ["Mayor", "Minister", "Mayor"]


@pytest.mark.django_db
def test_a_bad_source_description_is_reported_on_every_line_with_its_field(
    run_import,
):
    """The same bad entry on two lines, at different places, names each place."""
    bad = {"name": "Jane Doe", "kind": "robot"}
    first = article(sources=[bad])
    second = article(url="https://example.org/other", sources=[{"name": "X"}, bad])
    result = run_import([first, second])
    assert result.code == 1
    assert "in.jsonl:1: sources[0].kind: " in result.err
    assert "in.jsonl:2: sources[1].kind: " in result.err


@pytest.mark.django_db
def test_an_existing_outlet_is_reused_as_publisher(run_import):
    """A publisher named like an existing outlet is that outlet, not a new one."""
    outlet = OutletFactory(name="Harbour Gazette", slug="gazette")
    run_import([article()])
    assert Article.objects.get().publisher == outlet


@pytest.mark.django_db
def test_the_same_url_twice_in_a_file_is_one_article(run_import):
    """A later line with the same url updates the article the earlier one made."""
    result = run_import([article(), article(headline="Second thoughts")])
    assert result.code == 0
    assert list(Article.objects.values_list("headline", flat=True)) == [
        "Second thoughts"
    ]


# -- all or nothing ----------------------------------------------------------------


@pytest.mark.django_db
def test_one_bad_line_writes_nothing_and_lists_every_bad_line(run_import):
    """Two bad lines among good ones: exit 1, both listed, the archive untouched."""
    lines = [
        *synthetic_records(3),
        article(status="live"),
        *synthetic_records(2, start=3),
        with_claim(source="nobody-known"),
    ]
    before = archive_counts()
    result = run_import(lines)
    assert result.code == 1
    assert "in.jsonl:4: status:" in result.err
    assert "in.jsonl:7: claims[0].source:" in result.err
    assert "nothing was written" in result.err
    assert archive_counts() == before


@pytest.mark.django_db
def test_continue_on_error_writes_the_good_lines(run_import):
    """With --continue-on-error the good lines are written, the bad ones listed."""
    lines = [*synthetic_records(3), article(status="live"), with_claim(source="x-y")]
    result = run_import(lines, "--continue-on-error")
    assert result.code == 1
    assert "2 bad line(s) skipped" in result.err
    assert Article.objects.count() == 3
    assert not Source.objects.filter(name="Jane Doe").exists()


@pytest.mark.django_db
def test_a_bad_line_leaves_no_source_behind_with_continue_on_error(run_import):
    """A line that created a source and then failed leaves no trace of it."""
    line = article(
        claims=[
            {"text": "the bridge would reopen in May", "source": "Brand New Person"},
            {"text": "the date was unrealistic", "source": "no-such-slug"},
        ]
    )
    result = run_import([line, *synthetic_records(1)], "--continue-on-error")
    assert "in.jsonl:1: claims[1].source" in result.err
    assert not Source.objects.filter(name="Brand New Person").exists()
    assert f"{Source.objects.count()} new source(s)" in result.out
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_dry_run_writes_nothing_but_reports(run_import):
    """--dry-run reports what would happen and leaves the archive as it was."""
    before = archive_counts()
    result = run_import([article(), *synthetic_records(3)], "--dry-run")
    assert result.code == 0, result.err
    assert "Dry run, nothing written. Would have: 4 created" in result.out
    assert archive_counts() == before


@pytest.mark.django_db
def test_dry_run_catches_problems_only_the_database_knows(run_import):
    """An unknown source slug is found by a dry run too."""
    result = run_import([with_claim(source="nobody-known")], "--dry-run")
    assert result.code == 1
    assert "in.jsonl:1: claims[0].source: no source with slug" in result.err


@pytest.mark.django_db
def test_reads_standard_input():
    """PATH - reads the lines from standard input."""
    stdin = io.BytesIO(b'{"headline": "From a pipe", "body": "Text."}\n')
    call_command("import_articles", "-", stdin=stdin, stdout=io.StringIO())
    assert Article.objects.get().headline == "From a pipe"


@pytest.mark.django_db
def test_missing_file_is_a_clear_error():
    """A path that does not exist stops the command with its name."""
    with pytest.raises(CommandError, match="nope.jsonl: no such file"):
        call_command("import_articles", "nope.jsonl")


@pytest.mark.django_db
def test_suggest_claims_without_the_engine_is_a_clear_error(run_import, monkeypatch):
    """--suggest-claims stops with a message when articles.suggest is absent."""
    import sys

    monkeypatch.setitem(sys.modules, "articles.suggest", None)
    result = run_import([article()], "--suggest-claims")
    assert result.code == 1
    assert "attribution engine" in result.err
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_suggest_claims_calls_the_engine_for_each_article(run_import, monkeypatch):
    """Each written article is handed to suggest_claims."""
    import sys
    import types

    seen = []
    engine = types.ModuleType("articles.suggest")
    engine.suggest_claims = lambda item, user=None: seen.append(item.url)
    monkeypatch.setitem(sys.modules, "articles.suggest", engine)
    run_import([article(), article(url="https://example.org/2")], "--suggest-claims")
    assert seen == ["https://example.org/bridge", "https://example.org/2"]


@pytest.mark.django_db
def test_history_is_attributed_to_the_given_user(run_import, superuser):
    """--user records the import in the history under that user."""
    run_import([article()], "--user", "boss")
    assert Article.objects.get().history.latest().history_user == superuser
    assert Claim.objects.get().history.latest().history_user == superuser


# -- batching ---------------------------------------------------------------------


@pytest.mark.django_db
def test_queries_do_not_grow_with_the_number_of_articles(run_import):
    """Once sources and topics exist, 40 articles cost about the queries of 4."""
    outlets = [{"name": name, "kind": "media_outlet"} for name in OUTLETS]
    topics = [{"slug": slug, "name": name} for slug, name in TOPICS]
    known = article(sources=[*organisations(), *people(), *outlets], topics=topics)
    assert run_import([known]).code == 0

    def queries_for(records):
        with CaptureQueriesContext(connection) as ctx:
            assert run_import(records).code == 0
        return len(ctx)

    few = queries_for(list(synthetic_records(4, start=100)))
    many = queries_for(list(synthetic_records(40, start=200)))
    # Saving object by object would cost 36 × (1 + 5 claims) × 2 (history) more;
    # bulk inserts only split to respect SQLite's limit on query parameters.
    assert many - few < 10


@pytest.mark.django_db
def test_small_batches_write_the_same_archive(run_import):
    """A batch size of 2 writes every line, including a url repeated later."""
    records = list(synthetic_records(5))
    changed = copy.deepcopy(records[0])
    changed["headline"] = "Changed later"
    result = run_import([*records, changed], "--batch-size", "2")
    assert result.code == 0, result.err
    assert Article.objects.count() == 5
    assert Article.objects.filter(headline="Changed later").count() == 1
    assert Claim.objects.count() == 25


@pytest.mark.django_db
def test_bulk_writes_record_a_creation_in_history(run_import):
    """Each new article and claim has a "+" history row holding its values."""
    run_import([article()])
    item = Article.objects.get()
    claim = item.claims.get()
    (article_row,) = item.history.all()
    (claim_row,) = claim.history.all()
    assert (article_row.history_type, article_row.headline) == ("+", item.headline)
    assert [t.topic.name for t in article_row.topics.all()] == ["Transport"]
    assert claim_row.history_type == "+"
    assert (claim_row.text, claim_row.start, claim_row.source_id) == (
        claim.text,
        claim.start,
        claim.source_id,
    )
    # The ids came from the tables' sequences: an ordinary save still works.
    Claim.objects.create(
        article=item,
        source=claim.source,
        text="the date was unrealistic",
        start=item.body.index("the date"),
        end=item.body.index("the date") + 24,
    )


@pytest.mark.parametrize("name", ["import_articles", "export_archive"])
def test_help_explains_the_command_with_examples(name):
    """--help keeps the description's paragraphs and shows examples."""
    from django.core.management import load_command_class

    parser = load_command_class("articles", name).create_parser("manage.py", name)
    text = parser.format_help()
    assert "examples:\n  manage.py " + name in text
    assert "standard" in text


@pytest.mark.django_db
def test_evidence_is_imported_once_and_updated_in_place(run_import):
    """Evidence is matched by url and stance: re-imported unchanged, or updated."""
    document = {"url": "https://example.org/tender", "stance": "supports"}
    line = with_claim(evidence=[{**document, "title": "Tender"}])
    run_import([line])
    assert run_import([line]).out.startswith("Imported: 0 created, 0 updated")
    result = run_import([with_claim(evidence=[{**document, "title": "The tender"}])])
    assert "1 updated" in result.out
    (evidence,) = Evidence.objects.all()
    assert (evidence.title, evidence.claim.text) == (
        "The tender",
        "the bridge would reopen in May",
    )


@pytest.mark.django_db
def test_a_line_the_database_refuses_is_found_and_reported(run_import, monkeypatch):
    """A batch the database refuses is retried line by line to name the culprit."""
    from django.db import IntegrityError

    from articles.importing import ArchiveWriter

    write_batch = ArchiveWriter._write_batch

    def refusing(self, batch, current=None):
        written = write_batch(self, batch, current)  # then refused, so rolled back
        if any(p.record.headline == "Poison" for p in batch):
            raise IntegrityError("refused for the test")
        return written

    monkeypatch.setattr(ArchiveWriter, "_write_batch", refusing)
    lines = [article(url=f"https://example.org/{n}") for n in range(3)]
    lines[1]["headline"] = "Poison"
    result = run_import(lines, "--continue-on-error")
    assert "in.jsonl:2: (line): the database refused it: refused for the test" in (
        result.err
    )
    assert "Imported: 2 created" in result.out
    assert sorted(Article.objects.values_list("url", flat=True)) == [
        "https://example.org/0",
        "https://example.org/2",
    ]


@pytest.mark.django_db(transaction=True)
def test_the_copy_thread_gets_the_interpreter_quickly(run_import, monkeypatch):
    """While COPYs run in their thread, a waiting thread is handed the
    interpreter after 0.1 ms (not Python's 5 ms); the interval is restored."""
    if connection.vendor != "postgresql":
        pytest.skip("COPY, and so its thread, is for PostgreSQL only")
    import sys

    from articles import importing

    run_copies = importing.run_copies
    intervals = []

    def recording(pgconn, copies):
        intervals.append(sys.getswitchinterval())
        run_copies(pgconn, copies)

    monkeypatch.setattr("articles.importing.run_copies", recording)
    before = sys.getswitchinterval()
    lines = [article(url=f"https://example.org/{n}") for n in range(4)]
    result = run_import(lines, "--batch-size", "2")
    assert "Imported: 4 created" in result.out
    assert intervals and all(i == pytest.approx(0.0001) for i in intervals)
    assert sys.getswitchinterval() == before


@pytest.mark.django_db(transaction=True)
def test_a_batch_refused_while_the_next_is_read_is_retried(run_import, monkeypatch):
    """COPYs that fail in the background leave nothing; the line is named."""
    if connection.vendor != "postgresql":
        pytest.skip("COPY, and so its thread, is for PostgreSQL only")
    import psycopg

    from articles import bulk

    run_copies = bulk.run_copies

    def refusing(pgconn, copies):
        run_copies(pgconn, copies)  # written, then refused: rolled back
        if any(b"Poison" in data for _, data in copies):
            raise psycopg.errors.CheckViolation("refused for the test")

    # In the thread, and again when the batch is retried line by line.
    monkeypatch.setattr("articles.importing.run_copies", refusing)
    monkeypatch.setattr("articles.bulk.run_copies", refusing)
    lines = [
        article(url=f"https://example.org/{n}", headline=f"Bridge {n}")
        for n in range(5)
    ]
    lines[3]["headline"] = "Poison"
    result = run_import(lines, "--continue-on-error", "--batch-size", "2")
    assert "in.jsonl:4: (line): the database refused it" in result.err
    assert "Imported: 4 created" in result.out
    assert sorted(Article.objects.values_list("url", flat=True)) == [
        f"https://example.org/{n}" for n in (0, 1, 2, 4)
    ]
    assert Article.history.count() == 4
    assert Claim.history.count() == Claim.objects.count()


def relation_to(url: str, text: str, kind: str = "corroborates") -> dict:
    target = {"article": url, "source": "jane-doe", "text": text, "start": None}
    return {"kind": kind, "to": target, "note": "Same figures."}


@pytest.mark.django_db
def test_a_relation_may_point_to_a_claim_further_on_in_the_file(run_import):
    """Relations are written after every line, once; a re-import adds none."""
    second_url = "https://example.org/later"
    body = "Jane Doe said the bridge would reopen in May."
    later = article(url=second_url, body=body)
    target = "the bridge would reopen in May"
    first = with_claim(relations=[relation_to(second_url, target)])
    start = body.index(target)
    first["claims"][0]["relations"][0]["to"]["start"] = start
    first["claims"][0]["source"] = later["claims"][0]["source"] = "Jane Doe"
    result = run_import([first, later])
    assert result.code == 0, result.err
    assert "1 relation(s)" in result.out
    relation = ClaimRelation.objects.get()
    assert relation.from_claim.article.url == "https://example.org/bridge"
    assert relation.to_claim.article.url == second_url
    assert (relation.kind, relation.note) == ("corroborates", "Same figures.")
    assert run_import([first, later]).code == 0
    assert ClaimRelation.objects.count() == 1


@pytest.mark.django_db
def test_a_relation_to_no_known_claim_is_reported_and_nothing_written(run_import):
    """An unknown target names its line and field; all or nothing holds."""
    line = with_claim(relations=[relation_to("https://example.org/none", "x")])
    result = run_import([article(url="https://example.org/ok"), line])
    assert result.code == 1
    assert (
        "in.jsonl:2: claims[0].relations[0].to: no article with url or slug"
        in result.err
    )
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_continue_on_error_leaves_out_only_a_relation_without_target(run_import):
    """The line is written; its relation to nothing is listed as left out."""
    line = with_claim(relations=[relation_to("https://example.org/none", "x")])
    result = run_import([line], "--continue-on-error")
    assert result.code == 1
    assert (
        "no article with url or slug 'https://example.org/none' (relation skipped)"
        in (result.err)
    )
    assert "1 relation(s) left out" in result.err
    assert Claim.objects.count() == 1
    assert ClaimRelation.objects.count() == 0


@pytest.mark.django_db
def test_a_headline_without_latin_letters_gets_a_stable_slug(run_import):
    """A Cyrillic headline is imported under a made-up slug, the same every time."""
    line = {
        "url": "https://example.org/ru/1",
        "headline": "Россия уходит из Херсона",
        "body": "Текст.",
        "status": "draft",
    }
    assert run_import([line]).code == 0
    slug = Article.objects.get().slug
    assert slug.startswith("article-")
    assert run_import([line]).code == 0
    assert list(Article.objects.values_list("slug", flat=True)) == [slug]


@pytest.mark.django_db
def test_imported_claims_are_found_by_their_sources_aliases(demo):
    """Claims written by the importer carry their sources' names for search."""
    assert {c.source.slug for c in Claim.objects.search("Schoigu")} == {"sergey-shoigu"}
    assert (
        Claim.objects.exclude(search_names__contains="Meduza")
        .filter(via__slug="meduza")
        .count()
        == 0
    )


@pytest.mark.django_db
def test_a_large_import_refreshes_the_planner_statistics_on_postgresql(monkeypatch):
    """After an import that wrote many articles, PostgreSQL's statistics are
    refreshed (ANALYZE), unless --no-analyze; SQLite has nothing to refresh."""
    from django.db import connection

    from articles.management.commands import import_articles as command

    monkeypatch.setattr(command, "ANALYZE_AFTER", 2)
    lines = b"".join(
        b'{"headline": "Story %d", "body": "Text."}\n' % n for n in range(3)
    )
    out = io.StringIO()
    call_command("import_articles", "-", stdin=io.BytesIO(lines), stdout=out)
    analyzed = "Planner statistics refreshed (ANALYZE)" in out.getvalue()
    assert analyzed == (connection.vendor == "postgresql")
    out = io.StringIO()
    more = lines.replace(b"Story", b"Other")
    call_command(
        "import_articles", "-", "--no-analyze", stdin=io.BytesIO(more), stdout=out
    )
    assert "ANALYZE" not in out.getvalue()
    assert Article.objects.count() == 6


@pytest.mark.django_db
def test_a_batch_planned_ahead_sees_what_the_batch_before_it_writes(run_import):
    """On PostgreSQL a batch of new articles is planned while the one before is
    written. One line a batch: a slug the batch before takes, a url it wrote,
    and a source renamed later all come out as if written one by one."""
    jane = {"slug": "jane-doe", "name": "Jane Doe", "kind": "person"}
    claims = [{"text": "the bridge would reopen in May", "source": "jane-doe"}]
    same_headline = {
        "headline": "Bridge to reopen",
        "sources": [jane],
        "claims": claims,
    }
    lines = [
        article(url="https://example.org/a", **same_headline),
        article(url="https://example.org/b", **same_headline),
        article(url="https://example.org/b", **{**same_headline, "headline": "Later"}),
        article(
            url="https://example.org/c",
            sources=[{**jane, "aliases": ["J. Doe"]}],
            claims=claims,
        ),
    ]
    result = run_import(lines, "--batch-size", "1")
    assert result.code == 0, result.err
    assert "3 created, 1 updated" in result.out
    assert dict(Article.objects.values_list("url", "slug")) == {
        "https://example.org/a": "bridge-to-reopen",
        "https://example.org/b": "bridge-to-reopen-2",
        "https://example.org/c": "bridge-to-reopen-in-may",
    }
    assert Article.objects.get(url="https://example.org/b").headline == "Later"
    # The alias came with the fourth line: every claim is found by it.
    assert Claim.objects.count() == 3
    assert all("J. Doe" in c.search_names for c in Claim.objects.all())
    assert Article.history.count() == 4
    assert Claim.history.count() == 3


@pytest.mark.django_db
def test_the_collector_runs_less_often_during_an_import_and_as_before_after(
    run_import, monkeypatch
):
    import gc

    from articles import importing

    seen = []
    parse_record = importing.parse_record

    def watching(data):
        seen.append(gc.get_threshold())
        return parse_record(data)

    monkeypatch.setattr(importing, "parse_record", watching)
    before = gc.get_threshold()
    run_import([article(url="https://example.org/a"), {"headline": 1}])
    assert seen and all(t[0] == 50_000 and t[1:] == before[1:] for t in seen)
    assert gc.get_threshold() == before  # restored after a failed import too


@pytest.mark.django_db
def test_foreign_keys_are_deferred_again_after_an_import(run_import):
    """The import checks foreign keys as its COPYs run, then leaves them as
    Django makes them (checked at the commit) for the rest of the transaction."""
    if connection.vendor != "postgresql":
        pytest.skip("SET CONSTRAINTS is PostgreSQL's")
    from django.db import transaction

    assert run_import([article(url="https://example.org/a")]).code == 0
    written = Article.objects.get(url="https://example.org/a")
    through = Article.topics.through._meta.db_table
    with transaction.atomic():  # a savepoint: the row below is never kept
        with connection.cursor() as cursor:
            # No such topic: refused only at the commit, which never comes.
            cursor.execute(
                f"INSERT INTO {through} (article_id, topic_id) VALUES (%s, %s)",
                [written.pk, 10**9],
            )
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_a_long_headline_makes_a_slug_that_ends_on_a_word(run_import):
    """The slug made from a headline is cut to 255 characters; a cut that
    falls between two words drops the dash instead of refusing the line."""
    headline = "a" * 254 + " " + "b" * 40
    result = run_import([article(url="https://example.org/long", headline=headline)])
    assert result.code == 0, result.err
    assert Article.objects.get(url="https://example.org/long").slug == "a" * 254
