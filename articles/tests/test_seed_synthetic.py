"""``manage.py seed_synthetic``: realistic synthetic data for benchmarks."""

import io

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Claim
from sources.models import Source

pytestmark = pytest.mark.django_db


def seed(**options):
    call_command(
        "seed_synthetic", stdout=io.StringIO(), stderr=io.StringIO(), **options
    )


def test_makes_the_numbers_asked_for():
    """It adds exactly the articles and claims asked for, with sources to quote."""
    seed(articles=40, claims=200, seed=1)
    assert Article.objects.count() == 40
    assert Claim.objects.count() == 200
    assert Source.objects.exists()


def test_every_claim_points_at_its_text():
    """Each synthetic claim's offsets cut its text out of its article's body."""
    seed(articles=20, claims=100, seed=2)
    for claim in Claim.objects.select_related("article"):
        assert claim.article.body[claim.start : claim.end] == claim.text


def test_statuses_are_mixed_like_a_real_archive():
    """Most articles are published, some are not; most claims accepted, some not."""
    seed(articles=300, claims=1500, seed=3)
    statuses = set(Article.objects.values_list("status", flat=True))
    assert {"published", "draft"} <= statuses
    reviews = set(Claim.objects.values_list("review_status", flat=True))
    assert {"accepted", "suggested"} <= reviews
    assert Claim.objects.public().count() < Claim.objects.count()


def test_every_row_has_its_creation_in_the_history():
    """Bulk-written rows are recorded in the history all the same."""
    seed(articles=10, claims=30, seed=4)
    assert Article.history.count() == Article.objects.count()
    assert Claim.history.count() == Claim.objects.count()
    assert Source.history.count() == Source.objects.count()


def test_running_again_adds_more():
    """A second run adds to the archive instead of clashing with the first."""
    seed(articles=5, claims=10, seed=5)
    seed(articles=5, claims=10, seed=6)
    assert Article.objects.count() == 10


def test_nonsense_numbers_are_refused():
    """Zero articles is a clear error, not a crash."""
    with pytest.raises(CommandError):
        seed(articles=0, claims=10)
