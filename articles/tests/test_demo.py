"""The curated demo article loaded by ``manage.py load_demo``."""

import io
import json

import pytest
from django.conf import settings
from django.core.management import call_command

from articles.management.commands.load_demo import DEMO_FILE
from articles.models import Article, Claim, Topic
from sources.models import Source

pytestmark = pytest.mark.django_db

SEED_FILE = settings.BASE_DIR.parent / "shared" / "seed" / "000_a434b754d65ded64.txt"
SEED = SEED_FILE.read_text(encoding="utf-8") if SEED_FILE.exists() else None


def test_demo_article_is_published_and_curated(demo):
    """The demo article is public, with headline, standfirst, topics and a date."""
    assert demo.status == Article.Status.PUBLISHED
    assert demo.headline and demo.standfirst
    assert demo.published_at is not None
    assert {t.slug for t in demo.topics.all()} >= {"russia-ukraine-war", "kherson"}


def test_promotional_line_is_removed(demo):
    """The stray book advertisement is not part of the body."""
    assert "The Killer in the Kremlin" not in demo.body
    assert "Kherson" in demo.body


@pytest.mark.skipif(SEED is None, reason="shared/seed is not beside the checkout")
def test_body_is_the_seed_without_the_promotion(demo):
    """Every other paragraph of the seed is in the body, unchanged and in order."""
    paragraphs = [p.strip() for p in SEED.split("\n\n") if p.strip()]
    kept = [p for p in paragraphs if not p.startswith("The Killer in the Kremlin")]
    assert demo.paragraphs == kept


def test_cherson_spelling_is_findable(demo):
    """The original's spelling "Cherson" finds the article and is a Kherson alias."""
    assert "Cherson" in Topic.objects.get(slug="kherson").alias_list
    assert list(Article.objects.search("Cherson")) == [demo]


def test_every_claim_offset_matches_the_body(demo):
    """Each claim's start and end cut exactly its text out of the body."""
    claims = list(demo.claims.all())
    assert len(claims) >= 12
    for claim in claims:
        assert demo.body[claim.start : claim.end] == claim.text


def test_every_claim_is_graded_with_a_rationale(demo):
    """Each claim has a cue, a confidence level and a rationale, and is accepted."""
    for claim in demo.claims.all():
        assert claim.cue and claim.rationale
        assert claim.review_status == Claim.ReviewStatus.ACCEPTED


def test_expected_sources_and_relays(demo):
    """The named, institutional and anonymous sources are there, relayed as the text says."""
    by_source = {}
    for claim in demo.claims.select_related("source", "via"):
        by_source.setdefault(claim.source.slug, set()).add(
            claim.via.slug if claim.via else None
        )
    assert by_source["sergey-surovikin"] == {None}
    assert by_source["sergey-shoigu"] == {None}
    assert by_source["meduza"] == {None}
    assert by_source["kremlin-insiders"] == {"meduza"}
    assert by_source["unnamed-source-told-meduza"] == {"meduza"}
    assert by_source["kremlin"] == {"meduza"}


def test_direct_quotes_are_marked(demo):
    """Surovikin's and the unnamed source's quoted words are direct quotes."""
    quotes = demo.claims.filter(is_direct_quote=True)
    assert {c.source.slug for c in quotes} == {
        "sergey-surovikin",
        "unnamed-source-told-meduza",
    }
    assert all("“" not in c.text and "”" not in c.text for c in quotes)


def test_sources_carry_kind_role_affiliation_and_aliases(demo):
    """Sources are described as a careful editor would."""
    surovikin = Source.objects.get(slug="sergey-surovikin")
    assert surovikin.kind == "person"
    assert surovikin.affiliation.slug == "russian-armed-forces"
    assert "Sergei Surovikin" in surovikin.alias_list
    assert surovikin.role
    assert "Schoigu" in Source.objects.get(slug="sergey-shoigu").alias_list
    assert Source.objects.get(slug="meduza").kind == "media_outlet"
    insiders = Source.objects.get(slug="kremlin-insiders")
    assert insiders.kind == "anonymous" and insiders.affiliation.slug == "kremlin"


def test_loading_twice_changes_nothing(demo):
    """A second load writes nothing: same rows, same history, same timestamps."""

    def snapshot():
        return (
            list(Article.objects.values_list("pk", "updated_at")),
            list(Claim.objects.values_list("pk", "updated_at", "start", "end")),
            list(Source.objects.values_list("pk", "updated_at")),
            Article.history.count(),
            Claim.history.count(),
            Source.history.count(),
        )

    before = snapshot()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == before
    assert "0 article(s) created" in out.getvalue()


def test_demo_file_is_one_json_line_per_article():
    """The demo is data: JSON Lines in the import format, not Python literals."""
    lines = DEMO_FILE.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    assert len(records) == 1
    assert {"headline", "body", "claims", "topics", "status"} <= set(records[0])
