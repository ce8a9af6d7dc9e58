import io
import json
import threading

import pytest
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.test.utils import CaptureQueriesContext

from articles.exporting import export_lines, snapshot
from articles.models import Article, Claim, ClaimRelation, Evidence, Topic
from articles.tests.factories import ArticleFactory, ClaimFactory
from articles.tests.synthetic import synthetic_records
from editorial.tracking import untracked_writes_allowed
from sources.models import Source
from sources.tests.factories import SourceFactory


def export(tmp_path, name="out.jsonl") -> bytes:
    path = tmp_path / name
    call_command("export_archive", str(path), stderr=io.StringIO())
    return path.read_bytes()


def empty_the_archive():
    """Delete every article, claim, topic and source, and their history."""
    models = (Evidence, ClaimRelation, Claim, Article, Topic)
    for model in models:
        model.objects.all().delete()
        if hasattr(model, "history"):
            model.history.all().delete()
    with untracked_writes_allowed():  # wiping the test database, history included
        Source.objects.update(affiliation=None)
    Source.objects.all().delete()
    Source.history.all().delete()


def import_file(path):
    call_command("import_articles", str(path), stdout=io.StringIO())


def awkward_articles():
    """Articles an editor could make in the admin, unlike any import."""
    party = SourceFactory(name="Unity Party", slug="unity-party", kind="organisation")
    leader = SourceFactory(
        name="Zoë Ålund",
        slug="zoe-alund",
        affiliation=party,
        aliases="Zoe Alund\nÅlund",
        country="SE",
        reliability="B",
        wikidata_id="Q42",
        role="Party leader",
    )
    relay = SourceFactory(name="Wire Service", slug="wire", kind="media_outlet")
    body = "Use the <p> element, she said.\n\nThe vote is on Sunday."
    draft = ArticleFactory(
        slug="a-draft-without-url",
        url=None,
        body=body,
        status="draft",
        published_at=None,
    )
    ClaimFactory(
        article=draft,
        source=leader,
        via=relay,
        text="Use the <p> element",
        start=0,
        end=19,
        review_status="suggested",
        claimed_on=None,
    )
    ClaimFactory(
        article=draft,
        source=leader,
        text="The vote will be held at the weekend",
        start=None,
        end=None,
        is_paraphrase=True,
        confidence_id="2",
    )
    retracted = ArticleFactory(
        slug="retracted-story",
        url="https://example.org/retracted",
        status="retracted",
        retraction_note="The quote was misattributed.",
        publisher=relay,
    )
    retracted.topics.add(
        Topic.objects.create(name="Votes", slug="votes", aliases="Polls")
    )
    claim = ClaimFactory(article=retracted, source=party)
    # Across articles and both ways: no order of lines puts every target first.
    quote = draft.claims.get(is_paraphrase=False)
    ClaimRelation.objects.create(from_claim=claim, to_claim=quote, kind="contradicts")
    ClaimRelation.objects.create(
        from_claim=quote, to_claim=claim, kind="repeats", note="Same words."
    )
    for url, stance in (
        ("https://b.example/x", "refutes"),
        ("https://a.example/y", "supports"),
    ):
        Evidence.objects.create(claim=claim, url=url, stance=stance, title="Report")


@pytest.mark.django_db
def test_export_import_export_is_byte_identical(demo, tmp_path, run_import):
    """The demo, generated articles and admin-made oddities survive a round trip."""
    assert run_import(list(synthetic_records(30, claims=4))).code == 0
    awkward_articles()
    first = export(tmp_path, "first.jsonl")
    assert first.count(b"\n") == Article.objects.count() == 33
    assert b'"kind":"contradicts"' in first and b'"stance":"refutes"' in first
    empty_the_archive()
    assert Source.objects.count() == 0
    import_file(tmp_path / "first.jsonl")
    second = export(tmp_path, "second.jsonl")
    assert second == first


@pytest.mark.django_db
def test_export_carries_every_field_an_import_reads(demo, tmp_path):
    """Slug, sources with their details, claims with offsets and review status."""
    line = json.loads(export(tmp_path))
    assert line["slug"] == "russia-withdraws-from-kherson-kremlin-checklist"
    assert line["published_at"] == "2022-11-10T12:00:00+00:00"
    assert [t["slug"] for t in line["topics"]] == sorted(
        t["slug"] for t in line["topics"]
    )
    sources = {s["slug"]: s for s in line["sources"]}
    surovikin = sources["sergey-surovikin"]
    assert surovikin["affiliation"] == "russian-armed-forces"
    assert "Sergei Surovikin" in surovikin["aliases"]
    assert surovikin["role"] == "Commander of Russian forces in Ukraine"
    order = [s["slug"] for s in line["sources"]]
    assert order.index("russian-armed-forces") < order.index("sergey-surovikin")
    claim = line["claims"][0]
    assert line["body"][claim["start"] : claim["end"]] == claim["text"]
    assert {"speaker_role", "claimed_on", "review_status", "is_paraphrase", "via"} <= (
        claim.keys()
    )
    starts = [c["start"] for c in line["claims"]]
    assert starts == sorted(starts)


@pytest.mark.django_db
def test_export_to_standard_output(demo):
    """PATH - writes the lines to standard output."""
    out = io.StringIO()
    call_command("export_archive", "-", stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["headline"].startswith("Russia withdraws")


@pytest.mark.django_db
def test_reimporting_an_export_changes_nothing(demo, tmp_path):
    """An export imported back into the same archive is all unchanged."""
    export(tmp_path)
    out = io.StringIO()
    call_command("import_articles", str(tmp_path / "out.jsonl"), stdout=out)
    assert "0 created, 0 updated, 1 unchanged" in out.getvalue()


def export_queries(chunk: int) -> tuple[bytes, int]:
    with CaptureQueriesContext(connection) as queries:
        data = b"".join(export_lines(chunk=chunk))
    return data, len(queries)


@pytest.mark.django_db
def test_export_runs_the_same_queries_whatever_the_number_of_articles(demo, run_import):
    """Five queries a chunk (articles, topics, claims, evidence, relations) and
    one for the sources, however many articles and claims a chunk holds."""
    awkward_articles()
    small, few = export_queries(1000)
    assert run_import(list(synthetic_records(40, claims=6))).code == 0
    large, many = export_queries(1000)
    assert large.count(b"\n") == 43 and small.count(b"\n") == 3
    assert few == many == 6


@pytest.mark.django_db
def test_export_in_small_chunks_writes_the_same_lines(demo, run_import):
    """Chunk boundaries change nothing: every article once, in slug order."""
    assert run_import(list(synthetic_records(9, claims=3))).code == 0
    awkward_articles()
    whole, _ = export_queries(1000)
    for chunk in (1, 2, 5, 13):
        assert export_queries(chunk)[0] == whole
    slugs = [json.loads(line)["slug"] for line in whole.splitlines()]
    assert slugs == sorted(slugs) and len(slugs) == 12


@pytest.mark.django_db(transaction=True)
def test_export_reads_one_snapshot_while_others_write(demo):
    """An edit committed while the export runs does not show in it, even in
    chunks read after the commit (read committed would show the new headline,
    and fail on the claim's new source, unknown when the export began)."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's transactions read one snapshot already")
    last = ArticleFactory(slug="zz-last-article", headline="Before the edit")
    before = ClaimFactory(article=last, source=Source.objects.first()).text

    def edit():
        try:
            with transaction.atomic():
                article = Article.objects.get(pk=last.pk)
                article.headline = "After the edit"
                article.save()
                ClaimFactory(
                    article=article,
                    text="Added.",
                    start=None,
                    end=None,
                    is_paraphrase=True,
                )
        finally:
            connections.close_all()

    with snapshot():
        lines = export_lines(chunk=1)
        first = next(lines)
        editor = threading.Thread(target=edit)
        editor.start()
        editor.join()
        rest = list(lines)
    assert Article.objects.get(pk=last.pk).headline == "After the edit"
    exported = json.loads(rest[-1])
    assert exported["slug"] == "zz-last-article" and json.loads(first)["slug"] < (
        "zz-last-article"
    )
    assert exported["headline"] == "Before the edit"
    assert [c["text"] for c in exported["claims"]] == [before]
    assert last.claims.count() == 2
