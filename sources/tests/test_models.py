"""Sources: names, aliases and lookups."""

import pytest

from sources.models import Source, fold, free_source_slug
from sources.tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


def test_fold_ignores_case_and_diacritics():
    """Folding makes Zelenskyy/ZELENSKYY and Šojgu/Sojgu equal."""
    assert fold("Šojgu") == fold("sojgu")
    assert fold("  Sergey   SHOIGU ") == "sergey shoigu"


def test_names_lists_name_then_aliases():
    """A source's names are its name then each alias line."""
    source = SourceFactory.build(
        name="Sergey Shoigu", aliases="Sergei Shoigu\n\n Schoigu "
    )
    assert source.names == ["Sergey Shoigu", "Sergei Shoigu", "Schoigu"]


def test_matching_name_finds_by_name_or_whole_alias():
    """A lookup by name matches the name or one whole alias line, ignoring case."""
    shoigu = SourceFactory(name="Sergey Shoigu", aliases="Sergei Shoigu\nSchoigu")
    SourceFactory(name="Shoigu Foundation")
    assert list(Source.objects.matching_name("schoigu")) == [shoigu]
    assert list(Source.objects.matching_name("SERGEY SHOIGU")) == [shoigu]
    assert list(Source.objects.matching_name("Shoig")) == []


def test_search_matches_every_word_in_name_or_aliases():
    """Searching "Sergei Shoigu" finds the source filed as Sergey."""
    shoigu = SourceFactory(name="Sergey Shoigu", aliases="Sergei Shoigu")
    SourceFactory(name="Sergey Lavrov")
    assert list(Source.objects.search("Sergei Shoigu")) == [shoigu]


def test_a_new_sources_slug_is_cut_without_a_trailing_dash_and_numbered_when_taken():
    """A name cut between two words drops the dash; a slug any source has, or
    one the caller names as taken, gets the next number."""
    name = "a" * 9 + " " + "b" * 20
    assert free_source_slug(name, length=10) == "a" * 9
    SourceFactory(slug="a" * 9)
    assert free_source_slug(name, length=10) == "a" * 9 + "-2"
    assert free_source_slug(name, length=10, taken={"a" * 9 + "-2"}) == "a" * 9 + "-3"
    assert free_source_slug("", length=10) == "source"


@pytest.mark.django_db
def test_most_quoted_counts_public_claims_only_and_breaks_ties_by_name():
    """Most public claims first, then by name; claims not yet public count for
    nothing, and a source with none is left out."""
    from articles.models import Article, Claim
    from articles.tests.factories import ArticleFactory, ClaimFactory

    def claims(source, n, **kwargs):
        for _ in range(n):
            ClaimFactory(source=source, **kwargs)

    busy, alpha, beta, quiet = (
        SourceFactory(name=name) for name in ("Busy", "Alpha", "Beta", "Quiet")
    )
    claims(busy, 3)
    claims(beta, 2)
    claims(alpha, 2)
    claims(quiet, 1)
    hidden = SourceFactory(name="Hidden")
    claims(hidden, 4, review_status=Claim.ReviewStatus.SUGGESTED)
    claims(hidden, 1, article=ArticleFactory(status=Article.Status.DRAFT))
    claims(busy, 2, review_status=Claim.ReviewStatus.REJECTED)

    top = Source.objects.most_quoted(3)
    assert [(s.name, s.public_claim_count) for s in top] == [
        ("Busy", 3),
        ("Alpha", 2),
        ("Beta", 2),
    ]
    assert [s.name for s in Source.objects.most_quoted(10)] == [
        "Busy",
        "Alpha",
        "Beta",
        "Quiet",
    ]
    # The same counts as the annotation the lists use.
    counts = dict(
        Source.objects.with_public_claim_count().values_list(
            "name", "public_claim_count"
        )
    )
    assert counts["Hidden"] == 0 and counts["Busy"] == 3 and counts["Quiet"] == 1
