"""schema.org documents built from archive objects, shared by the API and the pages."""

import json

from django.conf import settings
from django.utils.safestring import mark_safe

PERSON_KINDS = {"person", "anonymous"}


def _source_thing(source, absolute):
    return {
        "@type": "Person" if source.kind in PERSON_KINDS else "Organization",
        "name": source.name,
        **(
            {"jobTitle": source.role} if source.role and source.kind == "person" else {}
        ),
        "url": absolute(source.get_absolute_url()),
    }


def claim_review(claim, *, absolute) -> dict:
    """A schema.org ClaimReview of ``claim``.

    ``absolute`` turns a path into an absolute URL (``request.build_absolute_uri``).
    The claim must come with ``source``, ``article`` and ``confidence`` loaded.
    "Cannot be judged" (no ``rating_value``) gives no reviewRating at all.
    """
    level = claim.confidence
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": absolute(claim.get_absolute_url()),
        "claimReviewed": claim.text,
        "datePublished": claim.updated_at.date().isoformat(),
        "author": {"@type": "Organization", "name": settings.NEWSROOM_PUBLISHER_NAME},
        "itemReviewed": {
            "@type": "Claim",
            "author": _source_thing(claim.source, absolute),
            "datePublished": claim.claimed_on.isoformat() if claim.claimed_on else None,
            "appearance": {
                "@type": "NewsArticle",
                "headline": claim.article.headline,
                "url": absolute(claim.article.get_absolute_url()),
                "datePublished": claim.article.published_at.isoformat()
                if claim.article.published_at
                else None,
            },
        },
    }
    if level.rating_value is not None:
        review["reviewRating"] = {
            "@type": "Rating",
            "ratingValue": level.rating_value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": level.label,
        }
    if claim.rationale:
        review["reviewBody"] = claim.rationale
    return review


def news_article(article, *, absolute) -> dict:
    """A schema.org NewsArticle of a public ``article`` (publisher and topics loaded)."""
    document = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "url": absolute(article.get_absolute_url()),
        "datePublished": article.published_at.isoformat()
        if article.published_at
        else None,
        "dateModified": article.updated_at.isoformat(),
        "inLanguage": article.language,
        "description": article.standfirst or None,
        "keywords": [topic.name for topic in article.topics.all()],
    }
    if article.byline:
        document["author"] = {"@type": "Person", "name": article.byline}
    if article.publisher:
        document["publisher"] = _source_thing(article.publisher, absolute)
    if article.status == "retracted":
        document["correction"] = article.retraction_note
    return {key: value for key, value in document.items() if value is not None}


def json_ld_script(data: dict) -> str:
    """A <script type="application/ld+json"> tag, with <, > and & escaped so that
    no text in the data can close the tag."""
    payload = (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
