"""The hand-written representations have exactly the fields the serializers declare."""

import json

import orjson
import pytest
from django.test import RequestFactory
from rest_framework import serializers as drf

from articles.models import Article, Claim
from articles.tests.factories import ArticleFactory, ClaimFactory, TopicFactory
from newsroom.api import serializers
from sources.models import Source
from sources.tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


def declared(serializer) -> dict:
    """{field: nested declared shape or None} of a serializer (lists unwrapped)."""
    if isinstance(serializer, drf.ListSerializer):
        serializer = serializer.child
    return {
        name: declared(field) if isinstance(field, drf.BaseSerializer) else None
        for name, field in serializer.fields.items()
    }


def assert_same_shape(data, shape, where):
    assert set(data) == set(shape), where
    for name, nested in shape.items():
        value = data[name]
        if nested is None or value is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            assert_same_shape(item, nested, f"{where}.{name}")


@pytest.mark.parametrize(
    ("url", "serializer"),
    [
        ("/api/v1/claims/", serializers.ClaimSerializer),
        ("/api/v1/articles/", serializers.ArticleSerializer),
        ("/api/v1/sources/", serializers.SourceSerializer),
        ("/api/v1/topics/", serializers.TopicSerializer),
        ("/api/v1/confidence-levels/", serializers.ConfidenceLevelSerializer),
    ],
)
def test_list_items_match_declared_fields(client, demo, url, serializer):
    """Every item of each list has the declared fields, nested ones included."""
    for item in json.loads(client.get(url).content)["results"]:
        assert_same_shape(item, declared(serializer()), url)


def test_details_match_declared_fields(client, demo):
    """Claim, article and source details have the declared fields."""
    claim = demo.claims.filter(via__isnull=False).first()
    for url, serializer in [
        (f"/api/v1/claims/{claim.pk}/", serializers.ClaimDetailSerializer),
        (f"/api/v1/articles/{demo.slug}/", serializers.ArticleDetailSerializer),
        ("/api/v1/sources/sergey-surovikin/", serializers.SourceDetailSerializer),
    ]:
        data = json.loads(client.get(url).content)
        assert_same_shape(data, declared(serializer()), url)


def _serialized(serializer_class, objects) -> list:
    """What the serializer writes for loaded objects, as JSON would carry it."""
    links = serializers.Links(RequestFactory().get("/"))
    data = serializer_class(objects, many=True, context={"links": links}).data
    return orjson.loads(orjson.dumps(data))


def test_claim_rows_match_serializer(client, demo):
    """The claims list, built from values() rows, says exactly what the serializer
    says of the same claims loaded as objects, field for field."""
    ClaimFactory(start=None, end=None, is_paraphrase=True)  # no span, no relay
    listed = json.loads(client.get("/api/v1/claims/?page_size=200").content)
    claims = Claim.objects.public().for_display().order_by("-claimed_on", "-id")
    expected = _serialized(serializers.ClaimSerializer, claims)
    assert len(listed["results"]) == len(expected) > 10
    assert any(item["via"] for item in expected)
    assert any(item["span"] is None for item in expected)
    for item, want in zip(listed["results"], expected, strict=True):
        assert item == want
    # Labels and ranks come from the cached scale: they match the joined table.
    for item, claim in zip(listed["results"], claims, strict=True):
        level = claim.confidence
        assert item["confidence"] == {
            "code": level.code,
            "label": level.label,
            "rank": level.rank,
        }


def test_article_rows_match_serializer(client, demo):
    """The articles list, built from values() rows and one topics query, says
    exactly what the serializer says of the same articles loaded as objects."""
    other = ArticleFactory(publisher=SourceFactory())
    other.topics.add(TopicFactory(aliases="first\n\n  second  \n"))
    ClaimFactory(article=other)
    listed = json.loads(client.get("/api/v1/articles/?page_size=200").content)
    articles = (
        Article.objects.public()
        .filter(status=Article.Status.PUBLISHED)
        .for_api_detail()
        .order_by("-published_at", "-id")
    )
    expected = _serialized(serializers.ArticleSerializer, articles)
    assert len(listed["results"]) == len(expected) == 2
    assert {item["publisher"] is None for item in expected} == {True, False}
    assert all(item["topics"] for item in expected)
    assert ["first", "second"] in [t["aliases"] for i in expected for t in i["topics"]]
    assert listed["results"] == expected


def test_source_rows_match_serializer(client, demo):
    """The sources list, built from values() rows and one affiliations query, says
    exactly what the serializer says of the same sources loaded as objects; an
    affiliation is named only when it is public."""
    hidden = SourceFactory(slug="hidden")  # named in no public claim
    ClaimFactory(source=SourceFactory(affiliation=hidden, aliases="a\nb"))
    listed = json.loads(client.get("/api/v1/sources/?page_size=200").content)
    sources = Source.objects.public().for_api_detail().order_by("name", "id")
    expected = _serialized(serializers.SourceSerializer, sources)
    assert len(listed["results"]) == len(expected) > 5
    assert any(item["affiliation"] for item in expected)
    assert "hidden" not in {(i["affiliation"] or {}).get("slug") for i in expected}
    assert listed["results"] == expected
