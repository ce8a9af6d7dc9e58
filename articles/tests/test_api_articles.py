"""The articles, topics and confidence-levels endpoints."""

import csv
import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.tests.api_helpers import get_json, walk
from articles.tests.factories import ArticleFactory, ClaimFactory, TopicFactory
from sources.tests.factories import OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db

ARTICLES = "/api/v1/articles/"


def slugs(page):
    return [item["slug"] for item in page["results"]]


@pytest.fixture
def articles():
    """Three published articles differing in publisher, topic, language, date, source."""
    meduza, bbc = OutletFactory(slug="meduza"), OutletFactory(slug="bbc")
    kherson = TopicFactory(slug="kherson", name="Kherson", aliases="Cherson")
    general = SourceFactory(slug="general", name="Sergey Surovikin")
    withdrawal = ArticleFactory(
        slug="withdrawal",
        headline="Russia withdraws from the city",
        publisher=meduza,
        published_at=dt.datetime(2022, 11, 10, 12, tzinfo=dt.UTC),
    )
    withdrawal.topics.add(kherson)
    ClaimFactory(article=withdrawal, source=general)
    budget = ArticleFactory(
        slug="budget",
        headline="Budget approved",
        publisher=bbc,
        language="de",
        published_at=dt.datetime(2023, 3, 1, tzinfo=dt.UTC),
    )
    bridge = ArticleFactory(
        slug="bridge",
        headline="A bridge reopens",
        published_at=dt.datetime(2022, 6, 1, tzinfo=dt.UTC),
    )
    return {"withdrawal": withdrawal, "budget": budget, "bridge": bridge}


def test_list_newest_first_with_public_claim_count(client, articles):
    """Articles come newest first with publisher, topics and public claim count."""
    page = get_json(client, ARTICLES)
    assert slugs(page) == ["budget", "withdrawal", "bridge"]
    withdrawal = page["results"][1]
    assert withdrawal["publisher"]["slug"] == "meduza"
    assert withdrawal["topics"] == [
        {
            "slug": "kherson",
            "name": "Kherson",
            "kind": "subject",
            "aliases": ["Cherson"],
        }
    ]
    assert withdrawal["claim_count"] == 1
    assert "body" not in withdrawal


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("publisher=meduza", ["withdrawal"]),
        ("publisher=meduza&publisher=bbc", ["budget", "withdrawal"]),
        ("source=general", ["withdrawal"]),
        ("topic=kherson", ["withdrawal"]),
        ("language=de", ["budget"]),
        ("published_after=2022-11-01T00:00:00Z", ["budget", "withdrawal"]),
        ("published_before=2022-11-11T00:00:00Z", ["withdrawal", "bridge"]),
        ("published_after=2022-07-01T00:00:00Z&published_before=2023-01-01T00:00:00Z", ["withdrawal"]),
        ("q=Cherson", ["withdrawal"]),
        ("q=approved", ["budget"]),
        ("q=Surovikin&topic=kherson", []),
        ("ordering=headline", ["bridge", "budget", "withdrawal"]),
        ("ordering=-headline", ["withdrawal", "budget", "bridge"]),
        ("ordering=published_at", ["bridge", "withdrawal", "budget"]),
    ],
)  # fmt: skip
def test_filters_and_ordering(client, articles, query, expected):
    """Each article filter, combined, and each ordering."""
    assert slugs(get_json(client, f"{ARTICLES}?{query}")) == expected


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("publisher=nobody", "publisher"),
        ("source=nobody", "source"),
        ("topic=nothing", "topic"),
        ("language=xx", "language"),
        ("published_after=soon", "published_after"),
        ("status=draft", "status"),
        ("ordering=body", "ordering"),
        ("page_size=201", "page_size"),
        # A claims list's cursor (its date has no time and no offset).
        ("cursor=eyJ2IjoiMjAyMi0xMS0xMCIsInAiOjE0fQ==", "cursor"),
    ],
)
def test_bad_values_are_400(client, articles, query, parameter):
    """A malformed or unknown article filter is a 400 naming it."""
    assert set(get_json(client, f"{ARTICLES}?{query}", expect=400)) == {parameter}


def test_detail_embeds_public_claims_in_reading_order(client, articles):
    """An article's detail adds its body and its public claims."""
    body = get_json(client, f"{ARTICLES}withdrawal/")
    assert body["body"] == articles["withdrawal"].body
    assert [c["source"]["slug"] for c in body["claims"]] == ["general"]
    get_json(client, f"{ARTICLES}no-such-article/", expect=404)


def test_pagination_walk(client):
    """Walking ``next`` over articles with equal dates visits each exactly once."""
    made = {
        ArticleFactory(published_at=dt.datetime(2024, 1, 1 + n % 3, tzinfo=dt.UTC)).slug
        for n in range(17)
    }
    for ordering in ("-published_at", "headline"):
        seen = [
            a["slug"]
            for a in walk(client, f"{ARTICLES}?page_size=4&ordering={ordering}")
        ]
        assert len(seen) == 17 and set(seen) == made


def test_csv_export(client, articles):
    """``?format=csv`` gives one flat row per article, topics joined by ``;``."""
    response = client.get(f"{ARTICLES}?format=csv&topic=kherson")
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert [
        (r["slug"], r["publisher_slug"], r["topics"], r["claim_count"]) for r in rows
    ] == [("withdrawal", "meduza", "kherson", "1")]


def test_topics_and_confidence_levels(client, articles):
    """Topics of public articles by name; the confidence scale most confident first."""
    assert [t["slug"] for t in walk(client, "/api/v1/topics/")] == ["kherson"]
    levels = walk(client, "/api/v1/confidence-levels/")
    assert [(lvl["code"], lvl["rank"]) for lvl in levels] == [
        ("1", 5), ("2", 4), ("3", 3), ("4", 2), ("5", 1), ("6", 0),
    ]  # fmt: skip
    assert levels[-1]["rating_value"] is None


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url",
    [
        f"{ARTICLES}?page_size=200",
        f"{ARTICLES}?page_size=200&topic=t&publisher=p&source=s&q=bridge",
        f"{ARTICLES}?format=csv",
        "/api/v1/topics/?page_size=200",
    ],
)
def test_list_query_count_does_not_grow(client, url):
    """Article and topic lists run as many queries for 200 rows as for one."""
    topic, publisher, source = (
        TopicFactory(slug="t"),
        OutletFactory(slug="p"),
        SourceFactory(slug="s"),
    )

    def one_more():
        article = ArticleFactory(publisher=publisher)
        article.topics.add(topic, TopicFactory())
        ClaimFactory(article=article, source=source)

    one_more()
    first = _queries(client, url)
    for _ in range(199):
        one_more()
    assert _queries(client, url) == first


def test_detail_query_count_is_fixed(client):
    """An article's detail costs the same with one claim or many."""
    article = ArticleFactory(slug="a")
    article.topics.add(TopicFactory())
    ClaimFactory(article=article)
    client.get(f"{ARTICLES}a/")  # the first request reads the confidence scale
    first = _queries(client, f"{ARTICLES}a/")
    assert first == 3  # article, topics, claims
    for _ in range(20):
        ClaimFactory(article=article, source=SourceFactory(), via=SourceFactory())
    article.topics.add(TopicFactory())
    assert _queries(client, f"{ARTICLES}a/") == first


@pytest.mark.django_db
def test_date_times_with_unusual_offsets_are_converted_not_refused(client, articles):
    """An offset PostgreSQL cannot store (+21:27) is read in UTC: 200, never 500."""
    response = client.get(
        "/api/v1/articles/", {"published_after": "2022-11-01T07:35:47+21:27"}
    )
    assert response.status_code == 200
    same = client.get("/api/v1/articles/", {"published_after": "2022-10-31T10:08:47Z"})
    assert response.json()["results"] == same.json()["results"]
