"""Full-text search behind ``q``: aliases, web-search syntax, ranking, kept in sync."""

import datetime as dt

import pytest
from django.db import connection

from articles.models import Article, Claim
from articles.tests.factories import ArticleFactory, ClaimFactory
from sources.tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="web-search syntax needs PostgreSQL"
)


@pytest.fixture
def claims():
    general = SourceFactory(name="Sergey Surovikin", aliases="Sergei Surovikin")
    minister = SourceFactory(name="Defence minister")
    article = ArticleFactory(
        body="The bridge would reopen in May, the general said.\n\n"
        "The minister denied that the bridge was damaged.\n\n"
        "Surovikin visited the damaged bridge."
    )
    first, second, third = article.body.split("\n\n")
    return {
        "general": ClaimFactory(article=article, source=general, text=first),
        "minister": ClaimFactory(article=article, source=minister, text=second),
        "mention": ClaimFactory(article=article, source=minister, text=third),
    }


def found(q):
    return set(Claim.objects.public().search(q).values_list("pk", flat=True))


def test_aliases_and_names_are_searched(claims):
    """A claim is found by its source's alias as well as by its own words."""
    assert found("Sergei Surovikin") == {claims["general"].pk}
    assert found("minister bridge") == {claims["minister"].pk, claims["mention"].pk}


@postgres_only
def test_web_search_syntax(claims):
    """Quoted phrases, -exclusions and "or" work as on a search engine."""
    assert found('"damaged bridge"') == {claims["mention"].pk}
    assert found("bridge -damaged") == {claims["general"].pk}
    assert found("Surovikin or denied") == set(map(lambda c: c.pk, claims.values()))


@postgres_only
def test_source_names_rank_above_mentions(claims):
    """A claim by Surovikin ranks above a claim that only mentions him."""
    ranked = list(Claim.objects.public().search_ranked("Surovikin"))
    assert [c.pk for c in ranked] == [claims["general"].pk, claims["mention"].pk]
    assert ranked[0].rank > ranked[1].rank


def test_renaming_a_source_updates_its_claims_search_text(claims):
    """A source's new alias finds the claims it made and relayed."""
    relayed = ClaimFactory(
        article=claims["general"].article,
        source=SourceFactory(),
        via=claims["general"].source,
        text=claims["general"].text,
    )
    general = claims["general"].source
    general.aliases += "\nGeneral Armageddon"
    general.save()
    assert found("Armageddon") == {claims["general"].pk, relayed.pk}


def test_publishing_dates_undated_claims():
    """An article made public gives its undated claims the publication date."""
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    claim = ClaimFactory(article=article)
    assert claim.claimed_on is None
    article.status = Article.Status.PUBLISHED
    article.published_at = dt.datetime(2024, 3, 1, 9, tzinfo=dt.UTC)
    article.save()
    claim.refresh_from_db()
    assert claim.claimed_on == dt.date(2024, 3, 1)
