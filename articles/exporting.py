"""Writing the archive as JSON Lines, in the format ``import_articles`` reads.

Deterministic: articles in slug order, their topics by slug, their claims by
position in the body, the sources each line needs by slug (an affiliation
before the sources that belong to it), keys always in the same order. So an
export imported into an empty database exports again byte for byte.
"""

import datetime as dt
from collections.abc import Iterator

import orjson
from django.db.models import F, Prefetch, QuerySet

from articles.htmltext import looks_like_html
from articles.models import Article, Claim, ClaimRelation, Evidence, Topic
from sources.models import Source

CHUNK = 500


def export_lines(articles: QuerySet[Article] | None = None) -> Iterator[bytes]:
    """One line (UTF-8 JSON and a newline) per article, streamed in chunks.

    Sources are read once, all together: there are far fewer of them than
    articles, and each line repeats the ones it refers to.
    """
    sources = Source.objects.in_bulk()
    queryset = (articles if articles is not None else Article.objects.all()).order_by(
        "slug"
    )
    queryset = queryset.prefetch_related(
        Prefetch("topics", queryset=Topic.objects.order_by("slug")),
        Prefetch(
            "claims",
            # Explicit NULLS LAST: SQLite and PostgreSQL disagree by default.
            queryset=Claim.objects.order_by(F("start").asc(nulls_last=True), "id"),
        ),
        Prefetch(
            "claims__evidence",
            queryset=Evidence.objects.order_by("url", "stance", "id"),
        ),
        Prefetch(
            "claims__relations_from",
            queryset=ClaimRelation.objects.select_related("to_claim__article").only(
                "from_claim_id",
                "kind",
                "note",
                "to_claim__source_id",
                "to_claim__text",
                "to_claim__start",
                "to_claim__article__url",
                "to_claim__article__slug",
            ),
        ),
    )
    for article in queryset.iterator(chunk_size=CHUNK):
        yield orjson.dumps(article_line(article, sources)) + b"\n"


def article_line(article: Article, sources: dict[int, Source]) -> dict:
    """The JSON object of one article, with every field an import reads."""
    claims = list(article.claims.all())
    line = {
        "url": article.url,
        "slug": article.slug,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "body": article.body,
    }
    if looks_like_html(article.body):
        # A plain body that mentions markup must not be cleaned on the way back.
        line["body_format"] = "text"
    referenced = {article.publisher_id}
    for claim in claims:
        referenced.update((claim.source_id, claim.via_id))
    line.update(
        {
            "byline": article.byline,
            "publisher": _slug(sources, article.publisher_id),
            "published_at": _timestamp(article.published_at),
            "language": article.language,
            "topics": [_topic(topic) for topic in article.topics.all()],
            "status": article.status,
            "retraction_note": article.retraction_note,
            "sources": [
                _source(s, sources) for s in _with_affiliations(referenced, sources)
            ],
            "claims": [_claim(claim, sources) for claim in claims],
        }
    )
    return line


def _with_affiliations(ids: set, sources: dict[int, Source]) -> list[Source]:
    """The sources of ``ids`` and those they belong to, each after its affiliation,
    otherwise by slug."""
    ordered: list[Source] = []
    seen: set[int] = set()

    def visit(source: Source):
        if source.pk in seen:
            return
        seen.add(source.pk)  # before the affiliation: a cycle stops here
        if source.affiliation_id is not None:
            visit(sources[source.affiliation_id])
        ordered.append(source)

    for source in sorted(
        (sources[i] for i in ids if i is not None), key=lambda s: s.slug
    ):
        visit(source)
    return ordered


def _source(source: Source, sources: dict[int, Source]) -> dict:
    return {
        "slug": source.slug,
        "name": source.name,
        "kind": source.kind,
        "role": source.role,
        "affiliation": _slug(sources, source.affiliation_id),
        "country": source.country,
        "aliases": source.alias_list,
        "description": source.description,
        "reliability": source.reliability,
        "wikidata_id": source.wikidata_id,
    }


def _topic(topic: Topic) -> dict:
    return {
        "slug": topic.slug,
        "name": topic.name,
        "kind": topic.kind,
        "aliases": topic.alias_list,
        "description": topic.description,
    }


def _claim(claim: Claim, sources: dict[int, Source]) -> dict:
    return {
        "text": claim.text,
        "source": _slug(sources, claim.source_id),
        "via": _slug(sources, claim.via_id),
        "is_direct_quote": claim.is_direct_quote,
        "cue": claim.cue,
        "confidence": claim.confidence_id,
        "rationale": claim.rationale,
        "start": claim.start,
        "end": claim.end,
        "is_paraphrase": claim.is_paraphrase,
        "speaker_role": claim.speaker_role,
        "claimed_on": claim.claimed_on.isoformat() if claim.claimed_on else None,
        "review_status": claim.review_status,
        "evidence": [
            {
                "url": document.url,
                "title": document.title,
                "stance": document.stance,
                "note": document.note,
            }
            for document in claim.evidence.all()
        ],
        # Ordered by what they say, not by id: ids differ between archives.
        "relations": sorted(
            (_relation(relation, sources) for relation in claim.relations_from.all()),
            key=lambda r: (
                r["kind"],
                r["to"]["article"],
                r["to"]["start"] is None,
                r["to"]["start"] or 0,
                r["to"]["text"],
                r["to"]["source"],
                r["note"],
            ),
        ),
    }


def _relation(relation: ClaimRelation, sources: dict[int, Source]) -> dict:
    """A link to another claim, named by what identifies it on import."""
    target = relation.to_claim
    return {
        "kind": relation.kind,
        "to": {
            "article": target.article.url or target.article.slug,
            "source": _slug(sources, target.source_id),
            "text": target.text,
            "start": target.start,
        },
        "note": relation.note,
    }


def _slug(sources: dict[int, Source], pk: int | None) -> str | None:
    return sources[pk].slug if pk is not None else None


def _timestamp(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None
