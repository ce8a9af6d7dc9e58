"""HTTP behaviour of the API: methods, caching headers, throttling, CORS, schema."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import override_settings

from articles.tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/v1/claims/",
    "/api/v1/articles/",
    "/api/v1/sources/",
    "/api/v1/topics/",
    "/api/v1/confidence-levels/",
]


@pytest.fixture
def claim():
    return ClaimFactory()


def details(claim):
    return [
        f"/api/v1/claims/{claim.pk}/",
        f"/api/v1/articles/{claim.article.slug}/",
        f"/api/v1/sources/{claim.source.slug}/",
    ]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_are_405(client, claim, method):
    """The API is read-only: every write method is refused with 405."""
    for url in ENDPOINTS + details(claim):
        response = getattr(client, method)(
            url, data={}, content_type="application/json"
        )
        assert response.status_code == 405, url
        assert "POST" not in response["Allow"]


def test_etag_and_not_modified(client, claim):
    """Every GET has an ETag; the same ETag back gives an empty 304 until a change."""
    for url in ENDPOINTS + details(claim):
        response = client.get(url)
        etag = response["ETag"]
        assert etag.startswith('"') and "public" in response["Cache-Control"]
        again = client.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        assert again["ETag"] == etag
    claim.text = claim.article.body.split("\n\n")[1]
    claim.start = claim.article.body.index(claim.text)
    claim.end = claim.start + len(claim.text)
    claim.save()
    url = f"/api/v1/claims/{claim.pk}/"
    stale = client.get(url).get("ETag")
    assert client.get(url, headers={"If-None-Match": '"old"'}).status_code == 200
    assert client.get(url, headers={"If-None-Match": stale}).status_code == 304


def test_etag_differs_between_formats(client, claim):
    """JSON and JSON-LD of one claim have different ETags (and Vary: Accept)."""
    url = f"/api/v1/claims/{claim.pk}/"
    json_response = client.get(url)
    json_ld = client.get(url, headers={"Accept": "application/ld+json"})
    assert json_response["ETag"] != json_ld["ETag"]
    assert "Accept" in json_response["Vary"]


@override_settings(NEWSROOM_API_ANON_RATE="3/min")
def test_anonymous_clients_are_throttled(client, claim):
    """Past the configured rate an anonymous client gets 429 with Retry-After."""
    cache.clear()
    try:
        statuses = [client.get("/api/v1/claims/").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        response = client.get("/api/v1/topics/")
        assert response.status_code == 429
        assert int(response["Retry-After"]) > 0
        assert response.json()["detail"]
    finally:
        cache.clear()


def test_cors_allows_reads_from_any_origin_without_credentials(client, claim):
    """A GET from another origin is allowed, without credentials."""
    response = client.get("/api/v1/claims/", headers={"Origin": "https://example.org"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        "/api/v1/claims/",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "GET",
        },
    )
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]


def test_schema_validates_without_warnings():
    """The OpenAPI schema generates and validates with no warning."""
    out = io.StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=out)
    schema = out.getvalue()
    for parameter in (
        "confidence_min",
        "claimed_after",
        "published_before",
        "page_size",
    ):
        assert f"name: {parameter}" in schema


def test_schema_and_docs_are_served_without_other_hosts(client):
    """/api/schema/ serves the schema; /api/docs/ loads its assets from this site."""
    schema = client.get("/api/schema/")
    assert schema.status_code == 200 and b"/api/v1/claims/" in schema.content
    docs = client.get("/api/docs/").content.decode()
    assert "swagger-ui" in docs
    assert "cdn" not in docs.lower() and "//unpkg" not in docs
    assert "/static/drf_spectacular_sidecar/" in docs


# --- property-based: schemathesis over the whole schema --------------------


def test_schemathesis_finds_no_server_error(demo):
    """Generated requests to every operation never get a 500, and every response
    matches its documented status, content type and shape."""
    import schemathesis
    from django.core.wsgi import get_wsgi_application
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    checks = [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ]
    # As Django's test client does: a request ending must not close the connection
    # that holds the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        schema = schemathesis.openapi.from_wsgi(
            "/api/schema/?format=json", get_wsgi_application()
        )
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) == 8
        for operation in operations:
            run_examples(operation, checks)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def run_examples(operation, checks):
    """Call ``operation`` with generated examples (bounded, to keep the suite fast)."""
    from hypothesis import HealthCheck, given, settings

    @given(case=operation.as_strategy())
    @settings(
        max_examples=30,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case):
        case.call_and_validate(checks=checks)

    check()
