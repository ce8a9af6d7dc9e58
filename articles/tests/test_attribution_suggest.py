"""suggest_claims and extract_claims: the engine's output saved for review or printed."""

import io
import json

import pytest
from django.core.management import call_command

from articles.models import Claim
from articles.suggest import suggest_claims
from articles.tests.factories import ArticleFactory, ClaimFactory
from sources.models import Source
from sources.tests.factories import OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db

BODY = (
    "Health Minister Karl Vidal visited the hospital on Monday.\n\n"
    "“We need more nurses,” Vidal said. A source told Reuters that the ward "
    "would close in June."
)


def test_demo_suggestions_are_all_duplicates_of_curated_claims(demo):
    """On the curated demo every statement is already curated: nothing is suggested."""
    before = Claim.objects.count()
    assert suggest_claims(demo) == []
    assert Claim.objects.count() == before


def test_demo_with_its_claims_removed_is_suggested_against_existing_sources(demo):
    """The seed's statements come back as suggestions tied to the demo's sources."""
    demo.claims.all().delete()
    sources_before = Source.objects.count()
    created = suggest_claims(demo)
    assert len(created) == 14
    assert Source.objects.count() == sources_before
    pairs = {(c.text, c.source.slug, c.via and c.via.slug) for c in created}
    assert (
        "These contacts now confirmed to Meduza the existence of a veritable "
        "“checklist” for its own withdrawal propaganda.",
        "kremlin-insiders",
        "meduza",
    ) in pairs
    assert {c.review_status for c in created} == {"suggested"}


def test_suggested_claims_are_never_public(demo):
    """Suggestions stay out of the public queryset until accepted."""
    demo.claims.all().delete()
    created = suggest_claims(demo)
    assert not Claim.objects.public().filter(pk__in=[c.pk for c in created]).exists()
    assert Claim.objects.suggested().count() == len(created)


def test_new_sources_are_created_with_the_guessed_kind():
    """Unknown speakers become sources: a person, an anonymous source, an outlet."""
    article = ArticleFactory(body=BODY)
    created = suggest_claims(article)
    kinds = {(c.source.name, c.source.kind, c.via and c.via.name) for c in created}
    assert kinds == {
        ("Karl Vidal", "person", None),
        ("Source (Reuters)", "anonymous", "Reuters"),
    }
    assert Source.objects.get(name="Reuters").kind == "media_outlet"
    assert Source.objects.get(name="Karl Vidal").role == "Health Minister"


def test_existing_sources_are_matched_by_alias_and_surname():
    """An existing person (by surname) and outlet (by alias) are reused, not duplicated."""
    person = SourceFactory(name="Karl Vidal Ortega", aliases="Karl Vidal\nVidal")
    outlet = OutletFactory(name="Reuters News Agency", aliases="Reuters")
    article = ArticleFactory(body=BODY)
    created = suggest_claims(article)
    assert {c.source for c in created if c.source.kind == "person"} == {person}
    assert {c.via for c in created if c.via} == {outlet}


def test_running_twice_suggests_nothing_new():
    """A second run finds only duplicates of the first run's suggestions."""
    article = ArticleFactory(body=BODY)
    first = suggest_claims(article)
    assert first
    assert suggest_claims(article) == []
    assert article.claims.count() == len(first)


def test_rejected_claims_are_not_suggested_again():
    """A statement an editor rejected stays rejected: no new suggestion over it."""
    article = ArticleFactory(body=BODY)
    for claim in suggest_claims(article):
        claim.review_status = Claim.ReviewStatus.REJECTED
        claim.save()
    assert suggest_claims(article) == []


def test_curated_claim_from_another_source_does_not_block():
    """Overlap with a claim from a different source is not a duplicate."""
    article = ArticleFactory(body=BODY)
    ClaimFactory(
        article=article,
        text="We need more nurses",
        start=BODY.index("We need"),
        end=BODY.index("We need") + len("We need more nurses"),
    )
    texts = [c.text for c in suggest_claims(article)]
    assert "We need more nurses" in texts


def test_suggestions_record_who_asked(django_user_model):
    """The history of a suggested claim names the user who asked for suggestions."""
    user = django_user_model.objects.create_user("ed", password="pw")
    article = ArticleFactory(body=BODY)
    claim = suggest_claims(article, user=user)[0]
    assert claim.history.first().history_user == user


def test_extract_claims_json_on_text(tmp_path):
    """--json on a text file prints the list of statements with the spec's fields."""
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    out = io.StringIO()
    call_command("extract_claims", str(path), "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert {
        "text",
        "start",
        "end",
        "speaker",
        "speaker_kind",
        "via",
        "cue",
        "is_direct_quote",
    } <= set(data[0])
    assert [(d["speaker"], d["via"]) for d in data] == [
        ("Karl Vidal", None),
        ("source", "Reuters"),
    ]
    assert BODY[data[0]["start"] : data[0]["end"]] == data[0]["text"]


def test_extract_claims_json_lines_gives_one_entry_per_article(tmp_path):
    """On JSON Lines, one object per article with its url and statements."""
    path = tmp_path / "a.jsonl"
    lines = [
        {"url": "https://example.org/1", "headline": "One", "body": BODY},
        {"url": "https://example.org/2", "headline": "Two", "body": "It rained."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    out = io.StringIO()
    call_command("extract_claims", str(path), "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert [(d["line"], d["url"], len(d["statements"])) for d in data] == [
        (1, "https://example.org/1", 2),
        (2, "https://example.org/2", 0),
    ]


def test_extract_claims_table(tmp_path):
    """Without --json, a readable line per statement."""
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    out = io.StringIO()
    call_command("extract_claims", str(path), stdout=out)
    assert "source (anonymous) via Reuters · told · reported" in out.getvalue()
