"""The JSON shapes of claims, articles, topics and sources, written once, from rows of plain
values.

A list page reads its rows with ``Claim.objects.for_api()`` (``values()`` of
``CLAIM_FIELDS``): no model instance per row (four per claim, with its source,
relay, article and level, cost more than the query). Details, the claims inside an article and the
relations of a claim have objects already loaded; ``row_of()`` reads the same
paths from them, so both go through ``claim()`` and cannot drift apart. A
level's label and rank come from the confidence scale kept per process.
``tests/test_api_shapes.py`` checks both against the declared serializer fields.
"""

from collections.abc import Iterable

from articles.querysets import ArticleQuerySet, ClaimQuerySet, TopicQuerySet
from articles.scale import confidence_level
from sources.models import alias_lines
from sources.querysets import SourceQuerySet

# The paths a claim's representation reads, as ``values()`` names them.
CLAIM_FIELDS = ClaimQuerySet.API_FIELDS
ARTICLE_FIELDS = ArticleQuerySet.API_FIELDS
TOPIC_FIELDS = TopicQuerySet.API_FIELDS
SOURCE_FIELDS = SourceQuerySet.API_FIELDS


def row_of(obj, fields: Iterable[str]) -> dict:
    """``{path: value}`` read from a loaded object, as ``values()`` would give it
    (a path through an empty relation is None)."""
    row = {}
    for path in fields:
        value = obj
        for part in path.split("__"):
            if value is None:
                break
            value = getattr(value, part)
        row[path] = value
    return row


def ref(*, slug, name, kind, links, **others) -> dict:
    """A source named by another object (claimant, relay, publisher, affiliation)."""
    return {"slug": slug, "name": name, "kind": kind, "url": links.source(slug)}


def source_ref(row: dict, prefix: str, links) -> dict | None:
    """A source named in a row (``source``, ``via``…), or None."""
    slug = row[f"{prefix}__slug"]
    if slug is None:
        return None
    return ref(
        slug=slug, name=row[f"{prefix}__name"], kind=row[f"{prefix}__kind"], links=links
    )


def claim_in_article(row: dict, links) -> dict:
    """A claim as listed inside its article (the article left out)."""
    start, end = row["start"], row["end"]
    level = confidence_level(row["confidence_id"])
    return {
        "id": row["id"],
        "url": links.claim(row["id"]),
        "text": row["text"],
        "is_direct_quote": row["is_direct_quote"],
        "cue": row["cue"],
        "claimed_on": row["claimed_on"],
        "source": source_ref(row, "source", links),
        "via": source_ref(row, "via", links),
        "confidence": {"code": level.code, "label": level.label, "rank": level.rank},
        "rationale": row["rationale"],
        "span": {"start": start, "end": end}
        if start is not None and end is not None
        else None,
        "updated_at": row["updated_at"],
    }


def claim(row: dict, links) -> dict:
    """A claim with the article it is in (lists, details, relations)."""
    data = claim_in_article(row, links)
    slug = row["article__slug"]
    data["article"] = {
        "slug": slug,
        "headline": row["article__headline"],
        "published_at": row["article__published_at"],
        "url": links.article(slug),
    }
    return data


def claims(rows, links) -> list[dict]:
    """A page of claims."""
    return [claim(row, links) for row in rows]


def topic(row: dict) -> dict:
    return {
        "slug": row["slug"],
        "name": row["name"],
        "kind": row["kind"],
        "aliases": alias_lines(row["aliases"]),
    }


def article(row: dict, topics: list[dict] | None, links) -> dict:
    """An article as listed, with its topics' rows (None: no topics)."""
    slug = row["slug"]
    return {
        "slug": slug,
        "url": links.article(slug),
        "headline": row["headline"],
        "standfirst": row["standfirst"],
        "byline": row["byline"],
        "publisher": source_ref(row, "publisher", links),
        "published_at": row["published_at"],
        "language": row["language"],
        "topics": [topic(t) for t in topics or ()],
        "status": row["status"],
        "retraction_note": row["retraction_note"],
        "claim_count": row["public_claim_count"],
        "updated_at": row["updated_at"],
    }


def articles(rows, links) -> list[dict]:
    """A page of articles: their topics in one query."""
    from articles.models import Topic

    return _page(rows, "id", Topic.objects.api_rows_for, article, links)


def source(row: dict, affiliation: dict | None, links) -> dict:
    """A source as listed; ``affiliation`` is the public one's row, or None."""
    slug = row["slug"]
    return {
        "slug": slug,
        "url": links.source(slug),
        "name": row["name"],
        "kind": row["kind"],
        "role": row["role"],
        "affiliation": None if affiliation is None else ref(**affiliation, links=links),
        "country": row["country"],
        "aliases": alias_lines(row["aliases"]),
        "reliability": row["reliability"],
        "wikidata_id": row["wikidata_id"],
        "updated_at": row["updated_at"],
    }


def sources(rows, links) -> list[dict]:
    """A page of sources: their public affiliations in one query."""
    from sources.models import Source

    return _page(rows, "affiliation_id", Source.objects.api_affiliations, source, links)


def _page(rows, key: str, fetch, write, links) -> list[dict]:
    """Each row written with what ``fetch`` (one query for the page) found for the
    ids in its ``key`` column (None: nothing)."""
    rows = list(rows)
    ids = {row[key] for row in rows} - {None}
    found = fetch(ids) if ids else {}
    return [write(row, found.get(row[key]), links) for row in rows]
