"""Nothing of a draft reaches the API: lists, details, filters, counts, CSV, JSON-LD, search."""

import datetime as dt
import json

import pytest

from articles.models import Article, Claim
from articles.tests.api_helpers import get_json, walk
from articles.tests.factories import ArticleFactory, ClaimFactory, TopicFactory
from sources.tests.factories import OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db

SECRET = "Zanzibarian"  # a word found only in hidden material


@pytest.fixture
def hidden():
    """A public article and claim, next to everything the public must not see."""
    public_topic = TopicFactory(slug="public-topic")
    hidden_topic = TopicFactory(slug="hidden-topic", name=f"{SECRET} topic")
    known = SourceFactory(slug="known", name="Known source")
    shadow = SourceFactory(slug="shadow", name=f"{SECRET} shadow", aliases=SECRET)
    shadow_outlet = OutletFactory(slug="shadow-outlet", name=f"{SECRET} outlet")
    body = (
        f"The {SECRET} plan said the bridge would reopen.\n\nCritics said it would not."
    )
    published = ArticleFactory(slug="published", headline="Published story")
    published.topics.add(public_topic)
    public = ClaimFactory(article=published, source=known)
    hidden_claims = [
        ClaimFactory(article=published, source=shadow, review_status=status)
        for status in (Claim.ReviewStatus.SUGGESTED, Claim.ReviewStatus.REJECTED)
    ]
    for status in (Article.Status.DRAFT, Article.Status.IN_REVIEW):
        article = ArticleFactory(
            slug=f"secret-{status}",
            headline=f"{SECRET} {status}",
            body=body,
            status=status,
            publisher=shadow_outlet,
        )
        article.topics.add(hidden_topic)
        hidden_claims.append(ClaimFactory(article=article, source=shadow, via=known))
        hidden_claims.append(
            ClaimFactory(article=article, source=known, confidence_id="1")
        )
    return {"public": public, "hidden": hidden_claims}


def everything(client):
    """The text of every response a visitor can get from the API's lists."""
    pages = [
        walk(client, url)
        for url in (
            "/api/v1/claims/",
            "/api/v1/articles/",
            "/api/v1/articles/?status=retracted",
            "/api/v1/sources/",
            "/api/v1/topics/",
        )
    ]
    return json.dumps(pages)


def test_lists_show_only_public_material(client, hidden):
    """No list names a draft, an unaccepted claim or a source only drafts name."""
    text = everything(client)
    assert SECRET not in text
    claims = walk(client, "/api/v1/claims/")
    assert [c["id"] for c in claims] == [hidden["public"].pk]
    assert [a["slug"] for a in walk(client, "/api/v1/articles/")] == ["published"]
    assert {s["slug"] for s in walk(client, "/api/v1/sources/")} == {"known"}
    assert [t["slug"] for t in walk(client, "/api/v1/topics/")] == ["public-topic"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/articles/secret-draft/",
        "/api/v1/articles/secret-in_review/",
        "/api/v1/sources/shadow/",
        "/api/v1/sources/shadow-outlet/",
    ],
)
def test_hidden_details_are_404(client, hidden, url):
    """A draft article or a source named only in drafts has no detail."""
    get_json(client, url, expect=404)


def test_hidden_claims_have_no_detail_or_json_ld(client, hidden):
    """Suggested, rejected and draft claims are 404 in JSON and in JSON-LD."""
    for claim in hidden["hidden"]:
        get_json(client, f"/api/v1/claims/{claim.pk}/", expect=404)
        get_json(client, f"/api/v1/claims/{claim.pk}/?format=jsonld", expect=404)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/claims/?source=shadow",
        "/api/v1/claims/?via=shadow",
        "/api/v1/claims/?article=secret-draft",
        "/api/v1/claims/?topic=hidden-topic",
        "/api/v1/articles/?publisher=shadow-outlet",
        "/api/v1/articles/?source=shadow",
        "/api/v1/articles/?topic=hidden-topic",
        "/api/v1/sources/?affiliation=shadow",
    ],
)
def test_hidden_slugs_are_unknown_to_filters(client, hidden, url):
    """Filtering by a hidden slug is a 400 "unknown", exactly like a misspelt one."""
    parameter = url.split("?")[1].split("=")[0]
    assert parameter in get_json(client, url, expect=400)


@pytest.mark.parametrize(
    "url", ["/api/v1/claims/", "/api/v1/articles/", "/api/v1/sources/"]
)
def test_search_finds_nothing_hidden(client, hidden, url):
    """A word found only in hidden material finds nothing."""
    assert get_json(client, f"{url}?q={SECRET}")["results"] == []


def test_counts_are_of_public_claims_only(client, hidden):
    """Track records and claim counts count public claims only."""
    known = get_json(client, "/api/v1/sources/known/")["track_record"]
    assert known["total"] == 1
    assert {c["code"]: c["count"] for c in known["by_confidence"]}["1"] == 0
    assert known["by_month"] == [
        {"month": hidden["public"].claimed_on.strftime("%Y-%m"), "count": 1}
    ]
    article = get_json(client, "/api/v1/articles/published/")
    assert article["claim_count"] == 1
    assert [c["id"] for c in article["claims"]] == [hidden["public"].pk]


def test_csv_rows_are_public_only(client, hidden):
    """The CSV exports hold no hidden row."""
    for url in ("/api/v1/claims/?format=csv", "/api/v1/articles/?format=csv"):
        text = b"".join(client.get(url).streaming_content).decode()
        assert SECRET not in text
        assert len(text.strip().splitlines()) == 2  # header + the public row


def test_relations_to_hidden_claims_are_left_out(client, hidden):
    """A public claim's relation to a hidden claim is not shown."""
    from articles.tests.factories import ClaimRelationFactory

    for other in hidden["hidden"]:
        ClaimRelationFactory(from_claim=hidden["public"], to_claim=other)
        ClaimRelationFactory(from_claim=other, to_claim=hidden["public"])
    body = get_json(client, f"/api/v1/claims/{hidden['public'].pk}/")
    assert body["relations"] == []


def test_retracted_articles_only_when_asked_for(client, hidden):
    """A retracted article leaves the default list but stays reachable."""
    article = ArticleFactory(
        slug="withdrawn",
        status=Article.Status.RETRACTED,
        retraction_note="Sources could not be verified.",
        published_at=dt.datetime(2024, 5, 1, tzinfo=dt.UTC),
    )
    assert "withdrawn" not in [a["slug"] for a in walk(client, "/api/v1/articles/")]
    listed = walk(client, "/api/v1/articles/?status=retracted")
    assert [a["slug"] for a in listed] == ["withdrawn"]
    assert listed[0]["retraction_note"] == "Sources could not be verified."
    assert (
        get_json(client, f"/api/v1/articles/{article.slug}/")["status"] == "retracted"
    )


def test_hidden_affiliation_is_not_named(client, hidden):
    """A public source affiliated to a hidden one shows no affiliation."""
    known = hidden["public"].source
    known.affiliation = hidden["hidden"][0].source
    known.save()
    assert get_json(client, "/api/v1/sources/known/")["affiliation"] is None
