"""Writing the archive as JSON Lines, in the format ``import_articles`` reads.

Deterministic: articles in slug order, their topics by slug, their claims by
position in the body, the sources each line needs by slug (an affiliation
before the sources that belong to it), keys always in the same order. So an
export imported into an empty database exports again byte for byte.
"""

import contextlib
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

import orjson
from django.db import connection, transaction
from django.db.models import F, QuerySet

from articles.htmltext import looks_like_html
from articles.models import Article, Claim, ClaimRelation, Evidence
from sources.models import Source, alias_lines

CHUNK = 1000

_ARTICLE = (
    "id",
    "url",
    "slug",
    "headline",
    "standfirst",
    "body",
    "byline",
    "publisher_id",
    "published_at",
    "language",
    "status",
    "retraction_note",
)
_CLAIM = (
    "article_id",
    "id",
    "text",
    "source_id",
    "via_id",
    "is_direct_quote",
    "cue",
    "confidence_id",
    "rationale",
    "start",
    "end",
    "is_paraphrase",
    "speaker_role",
    "claimed_on",
    "review_status",
)


@contextlib.contextmanager
def snapshot():
    """A transaction in which every read sees the archive as it was when the
    first one ran: on PostgreSQL a read-only, repeatable-read transaction (its
    default, read committed, would let an edit committed between two chunks
    show half of itself); SQLite's transactions already read one snapshot.
    Inside a transaction already begun, that transaction is used as it is.
    """
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
                )
        yield


def export_lines(
    articles: QuerySet[Article] | None = None, *, chunk: int = CHUNK
) -> Iterator[bytes]:
    """One line (UTF-8 JSON and a newline) per article, in slug order.

    Read ``chunk`` articles at a time, each chunk in five queries whatever its
    size (the articles, then their topics, claims, evidence and relations), as
    plain values: building model instances and prefetching through related
    managers cost five times the rest of the export. Sources are read once,
    all together: there are far fewer of them than articles, and each line
    repeats the ones it refers to.

    Iterate inside ``snapshot()`` for an archive as it was at one moment.
    """
    sources = Source.objects.in_bulk()
    queryset = articles if articles is not None else Article.objects.all()
    queryset = queryset.order_by("slug").values_list(*_ARTICLE, named=True)
    after = None
    while True:
        page = queryset if after is None else queryset.filter(slug__gt=after)
        rows = list(page[:chunk])
        if not rows:
            return
        yield from _chunk_lines(rows, sources)
        if len(rows) < chunk:
            return
        after = rows[-1].slug


def _chunk_lines(rows: list, sources: dict[int, Source]) -> Iterator[bytes]:
    ids = [row.id for row in rows]
    topics = defaultdict(list)
    for article_id, *topic in (
        Article.topics.through.objects.filter(article_id__in=ids)
        .order_by("topic__slug")
        .values_list(
            "article_id",
            "topic__slug",
            "topic__name",
            "topic__kind",
            "topic__aliases",
            "topic__description",
        )
    ):
        topics[article_id].append(_topic(*topic))
    claims = defaultdict(list)
    for row in (
        Claim.objects.filter(article_id__in=ids)
        # Explicit NULLS LAST: SQLite and PostgreSQL disagree by default.
        .order_by(F("start").asc(nulls_last=True), "id")
        .values_list(*_CLAIM, named=True)
    ):
        claims[row.article_id].append(row)
    evidence = defaultdict(list)
    relations = defaultdict(list)
    if claims:
        for claim_id, url, title, stance, note in (
            Evidence.objects.filter(claim__article_id__in=ids)
            .order_by("url", "stance", "id")
            .values_list("claim_id", "url", "title", "stance", "note")
        ):
            evidence[claim_id].append(
                {"url": url, "title": title, "stance": stance, "note": note}
            )
        for claim_id, *relation in ClaimRelation.objects.filter(
            from_claim__article_id__in=ids
        ).values_list(
            "from_claim_id",
            "kind",
            "note",
            "to_claim__source_id",
            "to_claim__text",
            "to_claim__start",
            "to_claim__article__url",
            "to_claim__article__slug",
        ):
            relations[claim_id].append(_relation(*relation, sources))
    for row in rows:
        line = _line(row, topics[row.id], claims[row.id], evidence, relations, sources)
        yield orjson.dumps(line) + b"\n"


def _line(article, topics, claims, evidence, relations, sources) -> dict:
    """The JSON object of one article (a row of ``_ARTICLE``), with every field
    an import reads."""
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
            "topics": topics,
            "status": article.status,
            "retraction_note": article.retraction_note,
            "sources": [
                _source(s, sources) for s in _with_affiliations(referenced, sources)
            ],
            "claims": [
                _claim(claim, evidence[claim.id], relations[claim.id], sources)
                for claim in claims
            ],
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


def _topic(slug, name, kind, aliases, description) -> dict:
    return {
        "slug": slug,
        "name": name,
        "kind": kind,
        "aliases": alias_lines(aliases),
        "description": description,
    }


def _claim(claim, evidence, relations, sources) -> dict:
    """A claim (a row of ``_CLAIM``) with its evidence and relations."""
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
        "evidence": evidence,
        # Ordered by what they say, not by id: ids differ between archives.
        "relations": sorted(
            relations,
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


def _relation(
    kind, note, source_id, text, start, article_url, article_slug, sources
) -> dict:
    """A link to another claim, named by what identifies it on import."""
    return {
        "kind": kind,
        "to": {
            "article": article_url or article_slug,
            "source": _slug(sources, source_id),
            "text": text,
            "start": start,
        },
        "note": note,
    }


def _slug(sources: dict[int, Source], pk: int | None) -> str | None:
    return sources[pk].slug if pk is not None else None


def _timestamp(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None
