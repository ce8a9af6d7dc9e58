"""The sources endpoints: filters, aliases in search, track record."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.tests.api_helpers import get_json, walk
from articles.tests.factories import ArticleFactory, ClaimFactory
from sources.models import Source
from sources.tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

SOURCES = "/api/v1/sources/"


@pytest.fixture
def sources():
    """Three public sources (each makes a public claim)."""
    army = SourceFactory(
        slug="army",
        name="Russian Armed Forces",
        kind=Source.Kind.ORGANISATION,
        country="RU",
        reliability="C",
    )
    general = SourceFactory(
        slug="general",
        name="Sergey Surovikin",
        aliases="Sergei Surovikin\nSurowikin",
        affiliation=army,
        country="RU",
        reliability="D",
    )
    meduza = SourceFactory(
        slug="meduza", name="Meduza", kind=Source.Kind.MEDIA_OUTLET, country="LV"
    )
    for source in (army, general, meduza):
        ClaimFactory(source=source)
    return {"army": army, "general": general, "meduza": meduza}  # fmt: skip


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["meduza", "army", "general"]),
        ("kind=person", ["general"]),
        ("kind=person&kind=media_outlet", ["meduza", "general"]),
        ("reliability=C", ["army"]),
        ("affiliation=army", ["general"]),
        ("country=ru", ["army", "general"]),
        ("country=RU&kind=organisation", ["army"]),
        ("q=Sergei Surovikin", ["general"]),
        ("q=Surowikin", ["general"]),
        ("q=meduza", ["meduza"]),
    ],
)
def test_filters(client, sources, query, expected):
    """Each source filter, by name; ``q`` matches names and aliases."""
    assert [s["slug"] for s in walk(client, f"{SOURCES}?{query}")] == expected


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("kind=planet", "kind"),
        ("reliability=Z", "reliability"),
        ("affiliation=nobody", "affiliation"),
        ("country=Russia", "country"),
    ],
)
def test_bad_values_are_400(client, sources, query, parameter):
    """A malformed or unknown source filter is a 400 naming it."""
    assert set(get_json(client, f"{SOURCES}?{query}", expect=400)) == {parameter}


def test_detail_track_record(client, sources):
    """A source's detail counts its public claims by confidence level and by month."""
    general = sources["general"]
    november = ArticleFactory(published_at=dt.datetime(2022, 11, 9, tzinfo=dt.UTC))
    ClaimFactory(article=november, source=general, confidence_id="1")
    ClaimFactory(article=november, source=general, confidence_id="1")
    body = get_json(client, f"{SOURCES}general/")
    assert body["affiliation"]["slug"] == "army"
    assert body["aliases"] == ["Sergei Surovikin", "Surowikin"]
    record = body["track_record"]
    assert record["total"] == 3
    counts = {level["code"]: level["count"] for level in record["by_confidence"]}
    assert counts == {"1": 2, "2": 0, "3": 0, "4": 0, "5": 0, "6": 1}
    assert record["by_month"][0] == {"month": "2022-11", "count": 2}
    get_json(client, f"{SOURCES}nobody/", expect=404)


def test_search_follows_a_new_alias(client, sources):
    """A claim is found by a source's alias added after the claim was written."""
    general = sources["general"]
    assert get_json(client, "/api/v1/claims/?q=Armageddon")["results"] == []
    general.aliases += "\nArmageddon"
    general.save()
    found = get_json(client, "/api/v1/claims/?q=Armageddon")["results"]
    assert [c["source"]["slug"] for c in found] == ["general"]


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts(client, sources):
    """The list costs the same for 1 and 200 sources; the detail a fixed number."""
    list_url = f"{SOURCES}?page_size=200&kind=person"
    first_list, first_detail = (
        _queries(client, list_url),
        _queries(client, f"{SOURCES}general/"),
    )
    for _ in range(200):
        ClaimFactory(
            source=SourceFactory(affiliation=sources["army"]), via=sources["meduza"]
        )
        ClaimFactory(source=sources["general"])
    assert _queries(client, list_url) == first_list
    assert _queries(client, f"{SOURCES}general/") == first_detail
