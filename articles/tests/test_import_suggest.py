"""``import_articles --suggest-claims`` runs the attribution engine on what it writes."""

import pytest

from articles.models import Claim

pytestmark = pytest.mark.django_db

LINE = {
    "url": "https://example.org/2024/bridge",
    "headline": "Bridge to reopen in May",
    "body": (
        "Transport Minister Ana Reyes visited the site on Monday.\n\n"
        "“The bridge will reopen in May,” Reyes said. According to engineers, "
        "the repairs cost twice the estimate."
    ),
    "published_at": "2024-03-04T09:00:00Z",
    "status": "published",
}


def test_suggestions_are_created_for_imported_articles(run_import):
    """Each imported article gets suggested claims, matched to their speakers."""
    assert run_import([LINE], "--suggest-claims").code == 0
    suggested = Claim.objects.suggested().select_related("source")
    by_text = {c.text: c for c in suggested}
    assert "The bridge will reopen in May" in by_text
    assert by_text["The bridge will reopen in May"].source.name == "Ana Reyes"
    assert by_text["The bridge will reopen in May"].is_direct_quote


def test_suggestions_are_never_public(run_import):
    """Suggested claims on a published article stay out of the public archive."""
    run_import([LINE], "--suggest-claims")
    assert Claim.objects.suggested().exists()
    assert not Claim.objects.public().exists()


def test_importing_again_suggests_nothing_twice(run_import):
    """A second import of the same file adds no duplicate suggestions."""
    run_import([LINE], "--suggest-claims")
    first = Claim.objects.count()
    run_import([LINE], "--suggest-claims")
    assert Claim.objects.count() == first


def test_without_the_flag_nothing_is_suggested(run_import):
    """Plain imports leave suggestion to the editors."""
    run_import([LINE])
    assert not Claim.objects.exists()
