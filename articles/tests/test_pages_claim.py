"""The claim page, the article's NewsArticle JSON-LD and the claim's ClaimReview."""

import json
import re

import pytest

from articles.models import Claim, ConfidenceLevel
from articles.services import claims_set_confidence
from articles.tests.factories import (
    ArticleFactory,
    ClaimFactory,
    ClaimRelationFactory,
    EvidenceFactory,
)


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


@pytest.mark.django_db
def test_article_page_has_news_article_json_ld(client, demo):
    """The article page describes itself as a schema.org NewsArticle."""
    data = json_ld(client.get(demo.get_absolute_url()).content.decode())
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == demo.headline
    assert data["url"] == f"http://testserver{demo.get_absolute_url()}"
    assert "Kherson" in data["keywords"]


@pytest.mark.django_db
def test_claim_page_has_the_apis_claim_review(client, demo):
    """The claim page carries the same ClaimReview the API builds."""
    claim = Claim.objects.public().get(cue="confirmed", source__slug="sergey-shoigu")
    data = json_ld(client.get(claim.get_absolute_url()).content.decode())
    assert data["@type"] == "ClaimReview"
    assert data["claimReviewed"] == claim.text
    assert data["reviewRating"]["alternateName"] == "Confirmed"


@pytest.mark.django_db
def test_claim_page_shows_the_sentence_source_via_and_rationale(client, demo):
    """The statement stands in its sentence, with source, relay and the rationale."""
    claim = Claim.objects.public().get(text__startswith="there were already plans")
    html = client.get(claim.get_absolute_url()).content.decode()
    assert (
        "But according to the Russian newspaper Meduza, which is critical of the "
        'Kremlin, </span><mark class="claim-in-context">there were already plans'
    ) in html
    assert claim.rationale in html
    assert "Possibly true" in html
    relayed = Claim.objects.public().filter(via__slug="meduza").first()
    assert "Relayed by" in client.get(relayed.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_claim_page_shows_its_confidence_history(client, superuser):
    """Each change of confidence level is listed, oldest first."""
    claim = ClaimFactory(confidence_id="6")
    claims_set_confidence(
        claims=[Claim.objects.get(pk=claim.pk)],
        level=ConfidenceLevel.objects.get(code="2"),
        rationale="Two outlets confirmed it.",
        user=superuser,
    )
    history = client.get(claim.get_absolute_url()).context["history"]
    assert [(old and old.code, new.code) for old, new, _ in history] == [
        (None, "6"),
        ("6", "2"),
    ]


@pytest.mark.django_db
def test_claim_page_shows_evidence_and_only_public_relations(client):
    """Evidence is listed; a relation to an unpublished claim is left out."""
    claim = ClaimFactory()
    EvidenceFactory(claim=claim, title="Satellite images", stance="supports")
    public = ClaimRelationFactory(from_claim=claim, kind="corroborates")
    hidden = ClaimRelationFactory(
        from_claim=claim,
        kind="contradicts",
        to_claim=ClaimFactory(article=ArticleFactory(status="draft")),
    )
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "Satellite images" in html
    assert public.to_claim.get_absolute_url() in html
    assert hidden.to_claim.get_absolute_url() not in html
    assert "contradicts" not in html


@pytest.mark.django_db
def test_public_pages_do_not_vary_on_cookies(client, demo):
    """Public pages use no session or CSRF cookie, so shared caches can keep them."""
    for url in ("/", demo.get_absolute_url(), "/claims/", "/search/?q=Kherson"):
        response = client.get(url)
        assert "Cookie" not in response.get("Vary", ""), url
        assert not response.cookies, url
