"""The claims endpoints: filters, ordering, pagination, formats and errors."""

import csv
import datetime as dt
import io
import json

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from articles.filters import ClaimFilter
from articles.models import ClaimRelation, ConfidenceLevel
from articles.tests.api_helpers import get_json, walk
from articles.tests.factories import (
    ArticleFactory,
    ClaimFactory,
    ClaimRelationFactory,
    EvidenceFactory,
    TopicFactory,
)
from sources.models import Source
from sources.tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

CLAIMS = "/api/v1/claims/"


def ids(page):
    return [item["id"] for item in page["results"]]


@pytest.fixture
def archive():
    """Four public claims differing in every filtered attribute."""
    war = TopicFactory(slug="war", name="War")
    kherson = ArticleFactory(
        slug="kherson", published_at=dt.datetime(2022, 11, 9, tzinfo=dt.UTC)
    )
    kherson.topics.add(war)
    budget = ArticleFactory(
        slug="budget", published_at=dt.datetime(2023, 3, 1, tzinfo=dt.UTC)
    )
    general = SourceFactory(
        slug="general", name="Sergey Surovikin", aliases="Sergei Surovikin"
    )
    minister = SourceFactory(slug="minister", name="Defence minister")
    insiders = SourceFactory(
        slug="insiders", name="Insiders", kind=Source.Kind.ANONYMOUS
    )
    outlet = SourceFactory(slug="meduza", name="Meduza", kind=Source.Kind.MEDIA_OUTLET)
    return {
        "general": ClaimFactory(article=kherson, source=general, confidence_id="1", is_direct_quote=True),
        "minister": ClaimFactory(article=kherson, source=minister, confidence_id="3", claimed_on=dt.date(2022, 11, 10)),
        "insiders": ClaimFactory(article=kherson, source=insiders, via=outlet, confidence_id="4", claimed_on=dt.date(2022, 11, 11)),
        "budget": ClaimFactory(article=budget, source=minister, confidence_id="6"),
    }  # fmt: skip


def test_list_shape_newest_first(client, archive):
    """A claim carries the fields the spec names, newest claim first."""
    page = get_json(client, CLAIMS)
    assert set(page) == {"next", "previous", "results"}
    assert ids(page) == [
        archive[k].pk for k in ("budget", "insiders", "minister", "general")
    ]
    item = page["results"][1]
    assert set(item) == {
        "id", "url", "text", "is_direct_quote", "cue", "claimed_on", "source", "via",
        "article", "confidence", "rationale", "span", "updated_at",
    }  # fmt: skip
    assert item["via"] == {
        "slug": "meduza",
        "name": "Meduza",
        "kind": "media_outlet",
        "url": "http://testserver/api/v1/sources/meduza/",
    }
    assert item["confidence"] == {"code": "4", "label": "Doubtful", "rank": 2}
    assert item["article"]["slug"] == "kherson"
    assert item["span"] == {
        "start": archive["insiders"].start,
        "end": archive["insiders"].end,
    }
    assert item["url"] == f"http://testserver/api/v1/claims/{archive['insiders'].pk}/"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("source=general", ["general"]),
        ("source=general&source=insiders", ["insiders", "general"]),
        ("via=meduza", ["insiders"]),
        ("source_kind=anonymous", ["insiders"]),
        (
            "source_kind=anonymous&source_kind=person",
            ["budget", "insiders", "minister", "general"],
        ),
        ("article=budget", ["budget"]),
        ("topic=war", ["insiders", "minister", "general"]),
        ("confidence=1&confidence=6", ["budget", "general"]),
        ("confidence_min=3", ["minister", "general"]),
        ("confidence_min=1", ["general"]),
        ("is_direct_quote=true", ["general"]),
        ("is_direct_quote=false", ["budget", "insiders", "minister"]),
        ("claimed_after=2022-11-10", ["budget", "insiders", "minister"]),
        ("claimed_before=2022-11-10", ["minister", "general"]),
        ("claimed_after=2022-11-10&claimed_before=2022-11-10", ["minister"]),
        ("source=minister&topic=war&confidence_min=3", ["minister"]),
        ("q=Sergei Surovikin", ["general"]),
        ("q=bridge reopen&article=budget", ["budget"]),
        ("q=nothing-like-this", []),
    ],
)
def test_filters(client, archive, query, expected):
    """Each filter, repeated values and combinations select exactly the right claims."""
    page = get_json(client, f"{CLAIMS}?{query}")
    got = ids(page)
    if query.startswith("q=Sergei") or "bridge" in query:
        got = sorted(got)
        expected = sorted(expected, key=lambda k: archive[k].pk)
    assert got == [archive[k].pk for k in expected]


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("claimed_on", ["general", "minister", "insiders", "budget"]),
        ("-claimed_on", ["budget", "insiders", "minister", "general"]),
        ("confidence", ["budget", "insiders", "minister", "general"]),
        ("-confidence", ["general", "minister", "insiders", "budget"]),
    ],
)
def test_ordering(client, archive, ordering, expected):
    """``ordering`` sorts by date or by confidence rank, either way."""
    page = get_json(client, f"{CLAIMS}?ordering={ordering}")
    assert ids(page) == [archive[k].pk for k in expected]


@pytest.mark.parametrize(
    "ordering", ["-claimed_on", "claimed_on", "confidence", "-confidence"]
)
def test_pagination_walk_visits_every_claim_once(client, ordering):
    """Walking ``next`` with ties on the sort key visits every claim exactly once."""
    article = ArticleFactory()
    made = {
        ClaimFactory(article=article, confidence_id=str(1 + n % 3), claimed_on=dt.date(2024, 1, 1 + n % 4)).pk
        for n in range(23)
    }  # fmt: skip
    seen = [
        item["id"] for item in walk(client, f"{CLAIMS}?page_size=5&ordering={ordering}")
    ]
    assert len(seen) == len(made) and set(seen) == made


@pytest.mark.parametrize("ordering", ["", "-claimed_on", "claimed_on", "-confidence"])
def test_search_pagination_walk_visits_every_match_once(client, ordering):
    """Walking a search (ranked, or in date order) visits every match exactly once."""
    article = ArticleFactory()
    made = {
        ClaimFactory(article=article, claimed_on=dt.date(2024, 1, 1 + n % 3)).pk
        for n in range(13)
    }
    ClaimFactory(article=ArticleFactory(body="Nothing to see.\n\nReally."))
    url = f"{CLAIMS}?q=bridge&page_size=4&ordering={ordering}"
    seen = [item["id"] for item in walk(client, url)]
    assert len(seen) == len(made) and set(seen) == made


def test_previous_link_returns_the_page_before(client):
    """``previous`` from the second page gives back exactly the first page."""
    ClaimFactory.create_batch(7)
    first = get_json(client, f"{CLAIMS}?page_size=3")
    second = get_json(client, first["next"])
    assert first["previous"] is None and second["previous"]
    assert ids(get_json(client, second["previous"])) == ids(first)


@pytest.mark.parametrize(
    ("query", "parameters"),
    [
        ("claimed_after=yesterday", {"claimed_after"}),
        ("claimed_before=2022-13-01", {"claimed_before"}),
        ("source=nobody", {"source"}),
        ("via=nobody", {"via"}),
        ("article=nothing", {"article"}),
        ("topic=nothing", {"topic"}),
        ("source_kind=alien", {"source_kind"}),
        ("confidence=9", {"confidence"}),
        ("confidence_min=0", {"confidence_min"}),
        ("is_direct_quote=maybe", {"is_direct_quote"}),
        ("ordering=text", {"ordering"}),
        ("page_size=0", {"page_size"}),
        ("page_size=10000", {"page_size"}),
        ("page_size=ten", {"page_size"}),
        ("cursor=not-a-cursor", {"cursor"}),
        ("cursor=eyJ2IjoiYmFkLWRhdGUiLCJwIjoxfQ", {"cursor"}),
        ("q=%00", {"q"}),
        (
            "source=nobody&claimed_after=x&page_size=0",
            {"source", "claimed_after", "page_size"},
        ),
    ],
)
def test_bad_values_are_400_naming_the_parameter(client, archive, query, parameters):
    """A malformed or unknown value is a 400 whose JSON names each bad parameter."""
    body = get_json(client, f"{CLAIMS}?{query}", expect=400)
    assert set(body) == parameters
    assert all(
        isinstance(reason, str) and reason for why in body.values() for reason in why
    )


def test_unknown_id_is_404(client, archive):
    """An unknown claim id, or a non-number, is a 404 in JSON."""
    assert get_json(client, f"{CLAIMS}999999/", expect=404)["detail"]
    assert client.get(f"{CLAIMS}abc/").status_code == 404


def test_detail_adds_relations_evidence_and_history(client, archive):
    """The detail adds relations to public claims, evidence and confidence history."""
    claim = archive["general"]
    ClaimRelationFactory(
        from_claim=claim, to_claim=archive["minister"], kind="corroborates"
    )
    ClaimRelationFactory(
        from_claim=archive["budget"], to_claim=claim, kind="contradicts"
    )
    EvidenceFactory(claim=claim, title="Video of the broadcast")
    claim.confidence_id, claim.rationale = "2", "Reconsidered"
    claim.save()
    body = get_json(client, f"{CLAIMS}{claim.pk}/")
    assert [
        (r["direction"], r["kind"], r["claim"]["id"]) for r in body["relations"]
    ] == [
        ("outgoing", "corroborates", archive["minister"].pk),
        ("incoming", "contradicts", archive["budget"].pk),
    ]
    assert [e["title"] for e in body["evidence"]] == ["Video of the broadcast"]
    assert [(c["from_code"], c["to_code"]) for c in body["confidence_history"]] == [
        (None, "1"),
        ("1", "2"),
    ]


def test_csv_export_streams_flat_rows_with_the_filters(client, archive):
    """``?format=csv`` streams one flat row per claim, filtered like the JSON."""
    response = client.get(f"{CLAIMS}?format=csv&source=minister")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv")
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert [int(r["id"]) for r in rows] == [
        archive["budget"].pk,
        archive["minister"].pk,
    ]
    assert (
        rows[1]["source_slug"] == "minister"
        and rows[1]["confidence_label"] == "Possibly true"
    )
    assert rows[1]["via_slug"] == ""


def test_csv_neutralises_spreadsheet_formulas(client):
    """A claim text starting with ``=`` cannot run as a formula in a spreadsheet."""
    article = ArticleFactory(body="=HYPERLINK(1) said the minister.")
    ClaimFactory(article=article)
    response = client.get(f"{CLAIMS}?format=csv")
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert rows[0]["text"].startswith("'=")


def test_csv_error_is_json(client, archive):
    """A bad filter on a CSV export is still a JSON 400."""
    response = client.get(f"{CLAIMS}?format=csv&claimed_after=bad")
    assert (
        response.status_code == 400 and response["Content-Type"] == "application/json"
    )


@pytest.mark.parametrize(
    "how", [{"query": "?format=jsonld"}, {"headers": {"Accept": "application/ld+json"}}]
)
def test_claim_review_json_ld(client, archive, how):
    """A claim's detail comes as schema.org ClaimReview, by ?format or Accept."""
    claim = archive["general"]
    response = client.get(
        f"{CLAIMS}{claim.pk}/{how.get('query', '')}", headers=how.get("headers")
    )
    assert response["Content-Type"] == "application/ld+json"
    review = json.loads(response.content)
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim.text
    assert review["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Sergey Surovikin",
        "url": "http://testserver/sources/general/",
    }
    assert review["itemReviewed"]["datePublished"] == claim.claimed_on.isoformat()
    assert review["itemReviewed"]["appearance"]["headline"] == claim.article.headline
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Confirmed",
    }


def test_json_ld_has_no_rating_when_it_cannot_be_judged(client, archive):
    """ "Cannot be judged" gives a ClaimReview without reviewRating."""
    body = get_json(client, f"{CLAIMS}{archive['budget'].pk}/?format=jsonld")
    assert "reviewRating" not in body and body["@type"] == "ClaimReview"


def test_csv_and_json_ld_only_where_they_make_sense(client, archive):
    """There is no CSV of one claim and no JSON-LD of a list: 404."""
    assert client.get(f"{CLAIMS}{archive['general'].pk}/?format=csv").status_code == 404
    assert client.get(f"{CLAIMS}?format=jsonld").status_code == 404


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?source=s&via=v&topic=t&article=a&confidence_min=3&q=minister",
        "?format=csv",
    ],
)
def test_list_query_count_does_not_grow(client, query):
    """The claims list runs as many queries for 200 claims as for one."""
    topic = TopicFactory(slug="t")
    article = ArticleFactory(slug="a")
    article.topics.add(topic)
    source, via = SourceFactory(slug="s"), SourceFactory(slug="v")
    ClaimFactory(article=article, source=source, via=via)
    url = f"{CLAIMS}{query}{'&' if '?' in query else '?'}page_size=200"
    # Each count after a first request: the confidence scale and the slugs found
    # public are kept per process, and new claims make it forget the slugs.
    client.get(url)
    one = _queries(client, url)
    for _ in range(199):
        ClaimFactory(article=article, source=source, via=via, confidence_id="1")
    client.get(url)
    assert _queries(client, url) == one


def test_filtered_list_queries(client):
    """A page filtered by source and confidence_min is the slug's id, then the page;
    once the slug is known public (and the confidence scale read), the page alone."""
    source = SourceFactory(slug="s")
    ClaimFactory(source=source, confidence_id="1")
    url = f"{CLAIMS}?source=s&confidence_min=3"
    assert _queries(client, url) == 3  # scale, slug, page
    assert _queries(client, url) == 1


def test_slug_no_longer_public_is_unknown_at_once(client):
    """A source whose only claim is rejected is an unknown slug on the next request,
    although it was remembered as public."""
    claim = ClaimFactory(source=SourceFactory(slug="s"))
    assert client.get(f"{CLAIMS}?source=s").status_code == 200
    claim.review_status = claim.ReviewStatus.REJECTED
    claim.save()
    assert client.get(f"{CLAIMS}?source=s").status_code == 400


def test_untagged_topic_is_unknown_at_once(client):
    """Removing a topic from its only public article makes its slug unknown."""
    article = ArticleFactory()
    ClaimFactory(article=article)
    article.topics.add(TopicFactory(slug="t"))
    assert client.get(f"{CLAIMS}?topic=t").status_code == 200
    article.topics.clear()
    assert client.get(f"{CLAIMS}?topic=t").status_code == 400


def test_confidence_scale_change_is_seen_at_once(client):
    """A level saved in this process is known to the filters on the next request."""
    ClaimFactory(confidence_id="1")
    assert client.get(f"{CLAIMS}?confidence_min=9").status_code == 400
    ConfidenceLevel.objects.create(
        code="9", label="Beyond doubt", rank=9, description="", colour="#000000"
    )
    response = client.get(f"{CLAIMS}?confidence_min=9")
    assert response.status_code == 200
    assert response.json()["results"] == []
    assert len(client.get(f"{CLAIMS}?confidence_min=1").json()["results"]) == 1


def test_detail_query_count_is_fixed(client):
    """A claim's detail costs the same queries with many relations and evidence."""
    claim = ClaimFactory()
    client.get(f"{CLAIMS}{claim.pk}/")  # the first request reads the confidence scale
    one = _queries(client, f"{CLAIMS}{claim.pk}/")
    assert one == 5  # claim, evidence, 2 × relations, history
    for _ in range(5):
        ClaimRelationFactory(from_claim=claim, kind=ClaimRelation.Kind.REPEATS)
        ClaimRelationFactory(to_claim=claim)
        EvidenceFactory(claim=claim)
    assert _queries(client, f"{CLAIMS}{claim.pk}/") == one


def test_filtersets_have_their_own_filters():
    """Filters are copied per FilterSet, and a method filter calls its own FilterSet."""
    first, second = ClaimFilter(QueryDict("")), ClaimFilter(QueryDict(""))
    assert first.filters["topic"] is not second.filters["topic"]
    for filterset in (first, second):
        topic = filterset.filters["topic"]
        assert topic.parent is filterset
        assert topic.filter.method == filterset.filter_topic


def test_list_querysets_are_built_once_and_each_request_filters_a_clone(
    client, archive, monkeypatch
):
    """The public list's base QuerySet is built in the first request only; a filter
    applied in one request never reaches the next one's page."""
    from newsroom.api.views import public_claims_list

    builds = []
    build = public_claims_list.build
    monkeypatch.setattr(
        public_claims_list, "build", lambda: builds.append(1) or build()
    )
    public_claims_list.forget()
    try:
        general = get_json(client, CLAIMS + "?source=general")
        everything = get_json(client, CLAIMS)
        budget = get_json(client, CLAIMS + "?confidence=6")
    finally:
        public_claims_list.forget()
    assert ids(general) == [archive["general"].pk]
    assert sorted(ids(everything)) == sorted(claim.pk for claim in archive.values())
    assert ids(budget) == [archive["budget"].pk]
    assert len(builds) == 1


def test_filter_form_class_is_made_once_and_its_choices_stay_current(client, archive):
    """The form class is shared by every ClaimFilter, but a confidence level added
    later is a valid choice at once: the choices are read when a form validates."""
    first = ClaimFilter(QueryDict("confidence=1"), queryset=None).get_form_class()
    assert ClaimFilter(QueryDict(""), queryset=None).get_form_class() is first
    assert get_json(client, CLAIMS + "?confidence=7", expect=400)["confidence"]
    level = ConfidenceLevel.objects.create(
        code="7", label="Newly graded", rank=-1, description="For this test."
    )
    archive["budget"].confidence = level
    archive["budget"].save()
    assert ids(get_json(client, CLAIMS + "?confidence=7")) == [archive["budget"].pk]
