"""Each public page runs a fixed number of queries, whether it shows 1 item or 50."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.tests.factories import (
    ArticleFactory,
    ClaimFactory,
    ClaimRelationFactory,
    EvidenceFactory,
    TopicFactory,
)
from sources.tests.factories import OutletFactory, SourceFactory

DAY = dt.datetime(2024, 3, 5, 10, tzinfo=dt.UTC)


def articles_with_claims(n, **article_kwargs):
    topic = TopicFactory(slug="bridges")
    outlet = OutletFactory(slug="outlet")
    source = SourceFactory(slug="minister", name="Minister")
    for _ in range(n):
        article = ArticleFactory(published_at=DAY, publisher=outlet, **article_kwargs)
        article.topics.add(topic)
        ClaimFactory(article=article, source=source, via=SourceFactory())
    return source


def one_article_many_claims(n):
    body = "\n\n".join(f"Speaker {i} said the bridge was fine." for i in range(n))
    article = ArticleFactory(slug="long", body=body, publisher=OutletFactory())
    article.topics.add(TopicFactory(), TopicFactory())
    for i in range(n):
        text = f"Speaker {i} said the bridge was fine."
        start = body.index(text)
        ClaimFactory(
            article=article,
            text=text,
            start=start,
            end=start + len(text),
            via=SourceFactory(),
        )
    return "/articles/long/"


def claim_with_relations(n):
    claim = ClaimFactory()
    for _ in range(n):
        EvidenceFactory(claim=claim)
        ClaimRelationFactory(from_claim=claim)
        ClaimRelationFactory(to_claim=claim)
    return claim.get_absolute_url()


def sources_with_claims(n):
    for _ in range(n):
        ClaimFactory()
    return "/sources/"


PAGES = {
    # Most quoted: public claims counted per source, then those sources.
    "home": (lambda n: articles_with_claims(n) and "/", 4),
    "archive": (lambda n: articles_with_claims(n) and "/archive/", 4),
    "archive-year": (lambda n: articles_with_claims(n) and "/archive/2024/", 7),
    "archive-month": (lambda n: articles_with_claims(n) and "/archive/2024/03/", 7),
    "archive-day": (lambda n: articles_with_claims(n) and "/archive/2024/03/05/", 7),
    "article": (one_article_many_claims, 3),
    "claims": (lambda n: articles_with_claims(n) and "/claims/", 5),
    "claims-filtered": (
        lambda n: (
            articles_with_claims(n)
            and "/claims/?source=minister&confidence_min=6&topic=bridges&q=bridge"
        ),
        7,  # the confidence scale is read once, then kept (articles.scale)
    ),
    "claim": (claim_with_relations, 6),
    "sources": (sources_with_claims, 2),
    "source": (lambda n: articles_with_claims(n) and "/sources/minister/", 6),
    "source-feed": (lambda n: articles_with_claims(n) and "/sources/minister/feed/", 2),
    "topic": (lambda n: articles_with_claims(n) and "/topics/bridges/", 3),
    "search": (lambda n: articles_with_claims(n) and "/search/?q=minister", 6),
    "search-claims": (
        lambda n: articles_with_claims(n) and "/search/?q=minister&type=claims",
        2,
    ),
    "feed": (lambda n: articles_with_claims(n) and "/feeds/articles/", 1),
    # The index: each section's page count, and the latest change of the dated.
    "sitemap": (lambda n: articles_with_claims(n) and "/sitemap.xml", 7),
    "sitemap-claims": (
        lambda n: articles_with_claims(n) and "/sitemap-claims.xml",
        2,
    ),
    "sitemap-articles": (
        lambda n: articles_with_claims(n) and "/sitemap-articles.xml",
        2,
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("n", [1, 50])
@pytest.mark.parametrize("name", list(PAGES))
def test_query_count_is_fixed(client, name, n):
    """The page's query count does not grow with the number of items it shows."""
    build, expected = PAGES[name]
    url = build(n)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert len(queries) == expected, [q["sql"][:120] for q in queries]
