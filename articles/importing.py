"""Reading articles in the archive's JSON Lines format, and writing them.

One article a line (docs/ingest.md describes every field). ``parse_record``
checks a decoded line without touching the database and raises
``RecordInvalid`` with every problem it finds, each naming its field;
``ArchiveWriter`` upserts parsed records by ``url`` (or by ``slug`` when the
article has no URL), in batches; ``import_lines`` runs a whole stream through
both in one transaction, for ``import_articles``.

Beyond the spec's fields, a line may carry ``slug``, ``retraction_note``,
``body_format``, and a ``sources`` list of full source descriptions (role,
affiliation, aliases…) that its claims refer to by slug; a claim may carry
``start``/``end``, ``speaker_role``, ``claimed_on``, ``review_status``,
``is_paraphrase`` and ``evidence``.
"""

import concurrent.futures
import contextlib
import datetime as dt
import functools
import gc
import hashlib
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import orjson
import psycopg
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.text import slugify
from simple_history.utils import bulk_update_with_history

from articles.bulk import (
    build,
    copies_first,
    deferred_copies,
    history_rows,
    ids_ahead,
    insert,
    insert_values,
    insert_values_with_history,
    insert_with_history,
    run_copies,
)
from articles.htmltext import html_to_line, html_to_text, looks_like_html
from articles.models import (
    BCP47,
    Article,
    Claim,
    ConfidenceLevel,
    Evidence,
    Topic,
    claim_search_names,
)
from articles.models import ClaimRelation as Relation
from articles.spans import Span, locate
from editorial.tracking import untracked_writes_allowed
from sources.models import Source, cut_slug, fold, free_source_slug

ARTICLE_STATUSES = {choice.value for choice in Article.Status}
REVIEW_STATUSES = {choice.value for choice in Claim.ReviewStatus}
SOURCE_KINDS = {choice.value for choice in Source.Kind}
TOPIC_KINDS = {choice.value for choice in Topic.Kind}
RELIABILITY = {choice.value for choice in Source.Reliability}
CONFIDENCE_CODES = {"1", "2", "3", "4", "5", "6"}
BODY_FORMATS = {"auto", "text", "html"}
STANCES = {choice.value for choice in Evidence.Stance}
RELATION_KINDS = {choice.value for choice in Relation.Kind}
# The rows that keep a historical article's topics (simple-history's m2m table).
_ARTICLE_HISTORY_TOPICS = Article.history.model._meta.get_field(
    "historicalarticle_topics"
).related_model
# One validator for every URL (each new one builds its lazy regexes again).
_URL = URLValidator()
# PositiveIntegerField's upper bound on PostgreSQL.
MAX_OFFSET = 2**31 - 1


class RecordInvalid(Exception):
    """A line that cannot be imported; ``errors`` is a list of (field, message)."""

    def __init__(self, errors: list[tuple[str, str]]):
        self.errors = errors
        super().__init__("; ".join(f"{f}: {m}" for f, m in errors))


@dataclass
class SourceRef:
    """A source as a line names it: a slug, or a description to match or create."""

    slug: str = ""
    name: str = ""
    kind: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    affiliation: "SourceRef | None" = None
    # What the writer may remember the resolved source by, until a source changes:
    # a bare string, or the JSON of a description parsed once for many lines
    # (_described_source).
    key: str | bytes | None = None


@dataclass
class ClaimRecord:
    text: str
    source: SourceRef
    via: SourceRef | None
    is_direct_quote: bool
    cue: str
    confidence: str
    rationale: str
    start: int | None
    end: int | None
    is_paraphrase: bool
    speaker_role: str
    claimed_on: dt.date | None
    review_status: str
    evidence: list[dict[str, str]] = field(default_factory=list)
    relations: list["RelationRecord"] = field(default_factory=list)


@dataclass
class RelationRecord:
    """A link from a claim to another, which may be further on in the file."""

    kind: str
    article: str  # the other claim's article: its url, or its slug
    source: str  # the other claim's source, by slug
    text: str
    start: int | None
    note: str


@dataclass
class ArticleRecord:
    url: str | None
    slug: str
    headline: str
    standfirst: str
    body: str
    byline: str
    publisher: SourceRef | None
    published_at: dt.datetime | None
    language: str
    topics: list[dict[str, str]]
    status: str
    retraction_note: str
    sources: list[SourceRef]
    claims: list[ClaimRecord]


class _Checker:
    """Collects (field, message) pairs while reading one line."""

    def __init__(self):
        self.errors: list[tuple[str, str]] = []

    def error(self, name: str, message: str):
        self.errors.append((name, message))

    # The field name a message gives is ``name``, or ``at`` and ``key`` joined
    # (``claims[2].cue``), made only when there is something to say: a line has
    # dozens of fields and almost never a problem.

    def text(
        self,
        data,
        key,
        name=None,
        *,
        at=None,
        required=False,
        max_length=None,
        default="",
    ):
        value = data.get(key, None)
        if value is None:
            if required:
                self.error(_field(name, at, key), "is required")
            return default
        if not isinstance(value, str):
            self.error(
                _field(name, at, key), f"must be a string, not {type(value).__name__}"
            )
            return default
        # ASCII without NUL (most of a feed) is storable and already NFC.
        if not value.isascii() or "\x00" in value:
            if not self.storable(value, _field(name, at, key)):
                return default
            value = unicodedata.normalize("NFC", value)
        value = value.strip()
        if required and not value:
            self.error(_field(name, at, key), "must not be empty")
        if max_length and len(value) > max_length:
            self.error(
                _field(name, at, key),
                f"is {len(value)} characters long; the most is {max_length}",
            )
        return value

    def storable(self, value: str, name: str) -> bool:
        """Whether a database can store ``value``: no NUL, no lone surrogate."""
        if "\x00" in value:
            self.error(name, "contains a NUL character")
            return False
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.error(name, "contains an unpaired surrogate (not valid Unicode)")
            return False
        return True

    def strings(self, value, name) -> list[str] | None:
        """A list of non-blank strings, NFC-normalised; None after an error."""
        if isinstance(value, str):
            value = value.splitlines()
        if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
            self.error(name, "must be a list of strings")
            return None
        if not all(self.storable(a, name) for a in value):
            return None
        return [unicodedata.normalize("NFC", a).strip() for a in value if a.strip()]

    def objects(self, value, name: str, what: str) -> list[tuple[str, dict]]:
        """The objects of a list, each with its field name; errors for the rest."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(name, f"must be a list of objects with {what}")
            return []
        items = []
        for i, item in enumerate(value):
            if isinstance(item, dict):
                items.append((f"{name}[{i}]", item))
            else:
                self.error(f"{name}[{i}]", f"must be an object with {what}")
        return items

    def boolean(self, data, key, name=None, default=False, *, at=None):
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.error(_field(name, at, key), "must be true or false")
            return default
        return value

    def choice(self, data, key, name, allowed, default, *, at=None):
        value = data.get(key, default)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or value not in allowed:
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
            self.error(
                _field(name, at, key),
                f"must be one of {', '.join(sorted(allowed))}; got {shown}",
            )
            return default
        return value

    def offset(self, data, key, name=None, *, at=None):
        value = data.get(key)
        if value is None:
            return None
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or not 0 <= value <= MAX_OFFSET
        ):
            self.error(
                _field(name, at, key), f"must be a whole number from 0 to {MAX_OFFSET}"
            )
            return None
        return value


def _field(name: str | None, at: str | None, key: str) -> str:
    if name is not None:
        return name
    return f"{at}.{key}" if at else key


# A large file names the same few sources on every line: remember the answers.
@functools.lru_cache(maxsize=8192)
def _is_slug(value: str) -> bool:
    return value == slugify(value)


@functools.lru_cache(maxsize=8192)
def _folded(name: str) -> str:
    return fold(name)


def _source_ref(check: _Checker, value, name: str, *, depth=0) -> SourceRef | None:
    if isinstance(value, str):
        value = value.strip()
        if not value:
            check.error(name, "must not be empty")
            return None
        # A bare string is a slug when it looks like one, otherwise a name. It
        # resolves by that alone, so the writer may remember what it resolved to.
        if _is_slug(value):
            return SourceRef(slug=value, key=value)
        return SourceRef(name=value, key=value)
    if not isinstance(value, dict):
        check.error(name, "must be a slug or an object with name and kind")
        return None
    ref = SourceRef(
        name=check.text(value, "name", f"{name}.name", required=True, max_length=200),
        slug=check.text(value, "slug", f"{name}.slug", max_length=200),
    )
    if ref.slug and not _is_slug(ref.slug):
        check.error(f"{name}.slug", f"{ref.slug!r} is not a valid slug")
    if "kind" in value:
        ref.kind = check.choice(value, "kind", f"{name}.kind", SOURCE_KINDS, "person")
    for key, max_length in (("role", 300), ("description", None), ("wikidata_id", 20)):
        if key in value:
            ref.details[key] = check.text(
                value, key, f"{name}.{key}", max_length=max_length
            )
    if "country" in value:
        country = check.text(value, "country", f"{name}.country").upper()
        if country and (len(country) != 2 or not country.isalpha()):
            check.error(
                f"{name}.country", "must be an ISO 3166-1 alpha-2 code such as RU"
            )
        ref.details["country"] = country
    if "reliability" in value:
        ref.details["reliability"] = check.choice(
            value, "reliability", f"{name}.reliability", RELIABILITY, "F"
        )
    if "aliases" in value:
        aliases = check.strings(value["aliases"], f"{name}.aliases")
        if aliases is not None:
            ref.details["aliases"] = "\n".join(aliases)
    if value.get("affiliation") is not None:
        if depth >= 3:
            check.error(f"{name}.affiliation", "is nested too deeply")
        else:
            ref.affiliation = _source_ref(
                check, value["affiliation"], f"{name}.affiliation", depth=depth + 1
            )
    return ref


# Every line of a large file describes its sources and topics again, identically:
# a valid description is parsed once, keyed by its JSON. What comes from here is
# shared between lines, so nothing may change it.
_PARSED: dict[tuple[str, bytes], Any] = {}
_PARSED_MAX = 4096


def _parsed_once(parse: Callable, check: _Checker, value, *args):
    """``parse(check, value, *args)``, remembered when it finds nothing wrong
    (the messages name the field, which differs from line to line). ``value``
    comes from JSON: no NaN, which orjson would write as null."""
    try:
        key = (parse.__name__, orjson.dumps(value))
    except orjson.JSONEncodeError:  # not JSON (a caller's object): check it anyway
        return parse(check, value, *args)
    if (known := _PARSED.get(key)) is not None:
        return known
    errors = len(check.errors)
    result = parse(check, value, *args)
    if result is not None and len(check.errors) == errors:
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.clear()
        _PARSED[key] = result
    return result


def _claim_source_ref(check: _Checker, value, at: str, key: str) -> SourceRef | None:
    """A claim's ``source`` or ``via``: ``_source_ref``, with a bare slug or name
    (the usual case) made once for the whole file (nothing changes a claim's
    references once parsed)."""
    if isinstance(value, str) and (stripped := value.strip()):
        return _bare_source_ref(stripped)
    return _source_ref(check, value, f"{at}.{key}")


@functools.lru_cache(maxsize=8192)
def _bare_source_ref(value: str) -> SourceRef:
    # As _source_ref reads a non-blank string.
    if _is_slug(value):
        return SourceRef(slug=value, key=value)
    return SourceRef(name=value, key=value)


def _described_source(check: _Checker, item: dict, name: str) -> SourceRef | None:
    """An entry of a line's ``sources``, which the writer may resolve once by its
    JSON (until a source changes)."""
    ref = _source_ref(check, item, name)
    if ref is not None:
        ref.key = orjson.dumps(item)
    return ref


def _datetime(check: _Checker, data, key, name) -> dt.datetime | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        check.error(name, "must be an ISO 8601 date or date-time string")
        return None
    try:
        parsed = parse_datetime(value)
        if parsed is None:
            day = parse_date(value)
            parsed = dt.datetime.combine(day, dt.time()) if day else None
    except ValueError:
        parsed = None
    if parsed is None:
        check.error(name, f"{value!r} is not an ISO 8601 date or date-time")
        return None
    try:
        if timezone.is_naive(parsed):
            parsed = timezone.make_aware(parsed, dt.UTC)
        # Stored in UTC: a date at the edge of the calendar may not convert.
        return parsed.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        check.error(name, f"{value!r} is out of range")
        return None


def _topics(check: _Checker, value) -> list[dict[str, str]]:
    """Topics as dicts of Topic fields; a bare string names a topic by name or slug
    (its ``_name`` is used only when the topic is new, never to rename one)."""
    if value is None:
        return []
    if not isinstance(value, list):
        check.error("topics", "must be a list")
        return []
    topics = []
    for i, item in enumerate(value):
        name = f"topics[{i}]"
        if isinstance(item, str):
            topic_name = check.text({"name": item}, "name", name, max_length=200)
            slug = slugify(topic_name)[:200]
            if topic_name and not slug:
                check.error(
                    name, f"{topic_name!r} does not make a slug; give an object"
                )
            elif slug:
                topics.append({"slug": slug, "_name": topic_name})
        elif isinstance(item, dict):
            topic = {
                "name": check.text(
                    item, "name", f"{name}.name", required=True, max_length=200
                ),
                "kind": check.choice(
                    item, "kind", f"{name}.kind", TOPIC_KINDS, "subject"
                ),
                "description": check.text(item, "description", f"{name}.description"),
            }
            slug = check.text(item, "slug", f"{name}.slug", max_length=200)
            topic["slug"] = slug or slugify(topic["name"])[:200]
            if topic["name"] and topic["slug"] != slugify(topic["slug"]):
                check.error(f"{name}.slug", f"{topic['slug']!r} is not a valid slug")
            aliases = check.strings(item.get("aliases", []), f"{name}.aliases")
            topic["aliases"] = "\n".join(aliases or [])
            topics.append(topic)
        else:
            check.error(name, "must be a topic name, slug or object")
    return topics


@functools.lru_cache(maxsize=1024)
def _is_language_tag(value: str) -> bool:
    try:
        BCP47(value)
    except ValidationError:
        return False
    return True


def _headline_slug(headline: str, url: str | None) -> str:
    """The headline as a slug; a stable made-up one when it has no Latin letters
    or digits to make one from (a Cyrillic or Chinese headline)."""
    # Cut to the column's length.
    if slug := cut_slug(headline, 255):
        return slug
    if not headline:
        return ""
    digest = hashlib.sha1((url or headline).encode()).hexdigest()[:12]
    return f"article-{digest}"


def parse_record(data: Any) -> ArticleRecord:
    """Check one decoded line; raise RecordInvalid listing every problem."""
    check = _Checker()
    if not isinstance(data, dict):
        raise RecordInvalid([("(line)", "must be a JSON object")])
    url = check.text(data, "url", "url", max_length=1000) or None
    if url:
        try:
            _URL(url)
        except ValidationError:
            check.error("url", f"{url!r} is not a valid URL")
    body_format = check.choice(data, "body_format", "body_format", BODY_FORMATS, "auto")
    headline = check.text(data, "headline", "headline", required=True)
    standfirst = check.text(data, "standfirst", "standfirst")
    body = check.text(data, "body", "body", required=True)
    # Markup is turned into plain text here, once: nothing imported is ever
    # rendered as HTML. "text" keeps a body that merely mentions "<p>" as it is.
    if body_format == "html" or (body_format == "auto" and looks_like_html(body)):
        body = html_to_text(body)
        standfirst = html_to_text(standfirst)
        headline = html_to_line(headline)
        if not body:
            check.error("body", "has no text once its HTML markup is removed")
    body = _paragraphs(body)
    if len(headline) > 300:
        check.error("headline", f"is {len(headline)} characters long; the most is 300")
    slug = check.text(data, "slug", "slug", max_length=255)
    if not slug:
        slug = _headline_slug(headline, url)
    elif slug != slugify(slug):
        check.error("slug", f"{slug!r} is not a valid slug (lower-case a-z, 0-9, -)")
    language = check.text(data, "language", "language", default="en") or "en"
    if not _is_language_tag(language):
        check.error("language", f"{language!r} is not a BCP 47 language tag")
    if len(language) > 35:
        check.error("language", "is longer than 35 characters")
    publisher = None
    if data.get("publisher") is not None:
        publisher = _source_ref(check, data["publisher"], "publisher")
        if publisher and not publisher.slug:
            publisher.kind = "media_outlet"
    status = check.choice(data, "status", "status", ARTICLE_STATUSES, "draft")
    published_at = _datetime(check, data, "published_at", "published_at")
    retraction_note = check.text(data, "retraction_note", "retraction_note")
    if status in Article.PUBLIC_STATUSES and published_at is None:
        check.error("published_at", f"is required for a {status} article")
    if status == "retracted" and not retraction_note:
        check.error("retraction_note", "is required for a retracted article")

    sources = []
    for name, item in check.objects(data.get("sources"), "sources", "name and kind"):
        ref = _parsed_once(_described_source, check, item, name)
        if ref:
            sources.append(ref)

    claims = []
    for name, item in check.objects(data.get("claims"), "claims", "text and source"):
        text = check.text(item, "text", at=name, required=True)
        if (source := item.get("source")) is None:
            check.error(f"{name}.source", "is required")
        else:
            source = _claim_source_ref(check, source, name, "source")
        if (via := item.get("via")) is not None:
            via = _claim_source_ref(check, via, name, "via")
        start = check.offset(item, "start", at=name)
        end = check.offset(item, "end", at=name)
        is_paraphrase = check.boolean(item, "is_paraphrase", at=name)
        if text and body and not is_paraphrase:
            if start is not None and end is not None:
                if body[start:end] != text:
                    # The body may have been normalised on the way in (line
                    # ends, blank lines): look for the text near its offsets.
                    span = locate(text, body, near=start)
                    if span.error:
                        check.error(
                            f"{name}.start",
                            f"offsets {start}–{end} do not match the text, and {span.error[0].lower()}{span.error[1:]}",
                        )
                    else:
                        start, end = span.start, span.end
                        text = body[start:end]
            else:
                span = _find(text, body)
                if span.error:
                    check.error(f"{name}.text", span.error)
                else:
                    start, end, text = span.start, span.end, body[span.start : span.end]
        if is_paraphrase:
            start = end = None
        claimed_on = None
        if item.get("claimed_on") is not None:
            raw = item["claimed_on"]
            try:
                claimed_on = parse_date(raw) if isinstance(raw, str) else None
            except ValueError:  # well formed, but not a day of the calendar
                claimed_on = None
            if claimed_on is None:
                check.error(
                    f"{name}.claimed_on", f"{raw!r} is not an ISO date (YYYY-MM-DD)"
                )
        if source is not None and via is not None and _same_ref(source, via):
            check.error(f"{name}.via", "must differ from the source")
        if source is None:
            continue
        claims.append(
            ClaimRecord(
                text=text,
                source=source,
                via=via,
                is_direct_quote=check.boolean(item, "is_direct_quote", at=name),
                cue=check.text(item, "cue", at=name, max_length=100),
                confidence=check.choice(
                    item, "confidence", None, CONFIDENCE_CODES, "6", at=name
                ),
                rationale=check.text(item, "rationale", at=name),
                start=start,
                end=end,
                is_paraphrase=is_paraphrase,
                speaker_role=check.text(item, "speaker_role", at=name, max_length=300),
                claimed_on=claimed_on,
                review_status=check.choice(
                    item, "review_status", None, REVIEW_STATUSES, "accepted", at=name
                ),
                evidence=(
                    _evidence(check, item["evidence"], f"{name}.evidence")
                    if item.get("evidence") is not None
                    else []
                ),
                relations=(
                    _relations(check, item["relations"], f"{name}.relations")
                    if item.get("relations") is not None
                    else []
                ),
            )
        )
    byline = check.text(data, "byline", "byline", max_length=300)
    topics = _parsed_once(_topics, check, data.get("topics"))
    if check.errors:
        raise RecordInvalid(check.errors)
    return ArticleRecord(
        url=url,
        slug=slug,
        headline=headline,
        standfirst=standfirst,
        body=body,
        byline=byline,
        publisher=publisher,
        published_at=published_at,
        language=language,
        topics=topics,
        status=status,
        retraction_note=retraction_note,
        sources=sources,
        claims=claims,
    )


def _evidence(check: _Checker, value, name: str) -> list[dict[str, str]]:
    """Documents supporting or refuting a claim: url, title, stance, note."""
    documents = []
    for where, item in check.objects(value, name, "url and stance"):
        url = check.text(item, "url", f"{where}.url", required=True, max_length=1000)
        if url:
            try:
                _URL(url)
            except ValidationError:
                check.error(f"{where}.url", f"{url!r} is not a valid URL")
        if "stance" not in item:
            check.error(f"{where}.stance", "is required (supports or refutes)")
        documents.append(
            {
                "url": url,
                "title": check.text(item, "title", f"{where}.title", max_length=300),
                "stance": check.choice(
                    item, "stance", f"{where}.stance", STANCES, "supports"
                ),
                "note": check.text(item, "note", f"{where}.note"),
            }
        )
    return documents


def _relations(check: _Checker, value, name: str) -> list[RelationRecord]:
    """Links to other claims, each named by its article, source, text and start."""
    relations = []
    for where, item in check.objects(value, name, "kind and to"):
        target = item.get("to")
        if not isinstance(target, dict):
            check.error(
                f"{where}.to", "must be an object: article, source, text, start"
            )
            continue
        relations.append(
            RelationRecord(
                kind=check.choice(item, "kind", f"{where}.kind", RELATION_KINDS, ""),
                article=check.text(
                    target, "article", f"{where}.to.article", required=True
                ),
                source=check.text(
                    target, "source", f"{where}.to.source", required=True
                ),
                text=check.text(target, "text", f"{where}.to.text", required=True),
                start=check.offset(target, "start", f"{where}.to.start"),
                note=check.text(item, "note", f"{where}.note"),
            )
        )
    return relations


def _find(text: str, body: str) -> Span:
    """``locate()``, with a fast path for the usual case: the text occurs once,
    exactly. (``locate`` compiles a regular expression per claim, which is most
    of the cost of a large import.)"""
    first = body.find(text)
    if first != -1 and body.find(text, first + len(text)) == -1:
        return Span(first, first + len(text))
    return locate(text, body)


def _check_new_span(values: dict[str, Any], article: Article):
    """``Claim.check_span()`` for a new claim given by its values."""
    start, end = values["start"], values["end"]
    if start is None and end is None:
        if values["is_paraphrase"]:
            return
    elif (
        start is not None
        and end is not None
        and start < end
        and article.body[start:end] == values["text"]
    ):
        return
    # Not a claim check_span accepts: let it say why.
    Claim.check_span(SimpleNamespace(article=article, **values))


def _paragraphs(body: str) -> str:
    """The body in normal form: paragraphs stripped, one blank line between them."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    return "\n\n".join(p.strip() for p in body.split("\n\n") if p.strip())


def _same_ref(a: SourceRef, b: SourceRef) -> bool:
    return bool(
        (a.slug and a.slug == b.slug)
        or (a.name and b.name and fold(a.name) == fold(b.name))
    )


class _NeedsWrite(Exception):
    """Raised while resolving a line without writing, when it must write."""


@dataclass
class _Prepared:
    """A line whose sources and topics are resolved, waiting for its batch."""

    line: int | None
    record: ArticleRecord
    publisher: Source | None
    topics: list[Topic]
    claims: list[tuple[ClaimRecord, Source, Source | None]]

    @property
    def key(self) -> tuple[str, str]:
        return (
            ("url", self.record.url) if self.record.url else ("slug", self.record.slug)
        )


@dataclass
class _Plan:
    """What a batch writes for one record."""

    article: Article
    outcome: str  # created, updated or unchanged
    fields: list[str]  # the article's changed fields
    article_changed: bool  # its fields or topics: a new history row
    topic_ids: set[int]
    # New claims (their values by attname, to which the batch adds the id) or
    # changed ones, with their changed fields.
    claims: list[tuple[Claim | dict[str, Any], list[str]]]
    evidence: list[tuple[Evidence, Claim | dict[str, Any]]]  # new or changed
    linked: list[tuple[int, Claim | dict[str, Any], list["RelationRecord"]]]
    line: int | None


@dataclass
class _Held:
    """A planned batch whose COPYs wait for the batch before them."""

    copies: list[tuple[str, bytearray]]
    batch: list[_Prepared]
    plans: list[_Plan]
    claims: int
    keys: set[tuple[str, str]]
    slugs: set[str]


@dataclass
class _Current:
    """What the archive holds of one batch's articles."""

    articles: dict[tuple[str, str], Article] = field(default_factory=dict)
    # The ids of the rows of the topics table, by article and topic.
    topic_rows: dict[int, dict[int, int]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    claims: dict[int, list[Claim]] = field(default_factory=lambda: defaultdict(list))
    # Evidence of each claim id, by (url, stance); read only when a line has some.
    evidence: dict[int, dict[tuple[str, str], Evidence]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    slugs: set[str] = field(default_factory=set)  # taken by other articles


class ArchiveWriter:
    """Upserts parsed records in batches, matching sources by slug, then name or alias.

    ``add()`` resolves a record's sources and topics at once (they are few and
    shared, so they are cached and saved one by one) and queues the record;
    every ``batch_size`` records, ``flush()`` writes the articles, their topics
    and their claims with a handful of bulk queries, history included. A record
    that cannot be written is reported to ``on_error(line, errors)`` and leaves
    nothing behind; without ``on_error`` it raises ``RecordInvalid``.

    Call inside a transaction, and call ``flush()`` at the end.
    """

    def __init__(
        self,
        *,
        user=None,
        batch_size: int = 500,
        on_error: Callable[[int | None, list[tuple[str, str]]], None] | None = None,
        on_article: Callable[[Article, str], None] | None = None,
    ):
        self.user = user
        self.batch_size = batch_size
        self.on_error = on_error
        self.on_article = on_article
        self.counts = {
            "relations": 0,
            "created": 0,
            "updated": 0,
            "unchanged": 0,
            "rejected": 0,
            "claims": 0,
            "sources": 0,
            "topics": 0,
        }
        self.last_outcome = ""
        self.by_slug: dict[str, Source] = {}
        self.by_name: dict[str, Source] = {}
        self._index_loaded = False
        # Sources that a shared SourceRef (by its key) resolved to without
        # writing; forgotten whenever a source is saved or the index reloaded.
        self._resolved: dict[str | bytes, Source] = {}
        # A claim's search_names, by (source id, relay id); forgotten likewise.
        self._names: dict[tuple[int, int | None], str] = {}
        self._topics: dict[str, Topic] | None = None
        self._levels: set[str] | None = None
        self._pending: list[_Prepared] = []
        # (line, claim id, claim index, relations): written by finish(), once every
        # claim they may point to has been written.
        self._relations: list[tuple[int | None, int, int, list[RelationRecord]]] = []
        self._pending_keys: set[tuple[str, str]] = set()
        # While overlapping(): the thread that runs COPYs, and the batch whose
        # COPYs it is running (job, savepoint, batch, plans, claims).
        self._copier: ThreadPoolExecutor | None = None
        self._in_flight: tuple | None = None
        # While overlapping(): the batch planned after it, whose COPYs wait for
        # their turn (see _plan_ahead).
        self._held: _Held | None = None

    # -- the public interface ---------------------------------------------------

    def add(self, record: ArticleRecord, *, line: int | None = None) -> bool:
        """Queue ``record``; False (after reporting it) when it cannot be written."""
        try:
            prepared = self._prepare(record, line)
        except RecordInvalid as exc:
            self.reject(line, exc.errors)
            return False
        # The same article twice in one batch: the later line must see the earlier.
        if prepared.key in self._pending_keys:
            self.flush()
        self._pending.append(prepared)
        self._pending_keys.add(prepared.key)
        if len(self._pending) >= self.batch_size:
            self.flush()
        return True

    def write(self, record: ArticleRecord) -> str:
        """Write one record now; returns "created", "updated" or "unchanged"."""
        if self.add(record):
            for _, errors in self.finish():
                raise RecordInvalid(errors)
        return self.last_outcome

    def finish(self) -> list[tuple[int | None, list[tuple[str, str]]]]:
        """Write what is queued, then the relations the lines asked for; returns
        the relations that could not be written, as (line, errors).

        Relations come last because a claim may point to one further on in the
        file; so a relation whose target is missing is found only once its own
        line is written. The caller decides whether that undoes everything.
        """
        self.flush()
        self._drain()
        pending, self._relations = self._relations, []
        problems = []
        if not pending:
            return problems
        targets = _RelationTargets(
            {r.article for *_, relations in pending for r in relations}
        )
        existing = {}
        for ids in _chunks([claim_id for _, claim_id, _, _ in pending]):
            for relation in Relation.objects.filter(from_claim_id__in=ids):
                key = (relation.from_claim_id, relation.to_claim_id, relation.kind)
                existing[key] = relation
        self._load_index()
        new, changed = [], []
        for line, claim_id, index, relations in pending:
            errors = []
            for j, wanted in enumerate(relations):
                where = f"claims[{index}].relations[{j}].to"
                source = self.by_slug.get(wanted.source)
                target, problem = targets.find(wanted, source)
                if target == claim_id:
                    problem = "is the claim itself"
                if problem:
                    errors.append((where, problem))
                    continue
                relation = existing.get((claim_id, target, wanted.kind))
                if relation is None:
                    relation = Relation(
                        from_claim_id=claim_id,
                        to_claim_id=target,
                        kind=wanted.kind,
                        note=wanted.note,
                    )
                    existing[(claim_id, target, wanted.kind)] = relation
                    new.append(relation)
                elif relation.note != wanted.note:
                    relation.note = wanted.note
                    changed.append(relation)
            if errors:
                problems.append((line, errors))
        insert(Relation, new)
        if changed:
            Relation.objects.bulk_update(changed, ["note"])
        self.counts["relations"] += len(new) + len(changed)
        return problems

    def reject(self, line: int | None, errors: list[tuple[str, str]]):
        self.counts["rejected"] += 1
        if self.on_error is None:
            raise RecordInvalid(errors)
        self.on_error(line, errors)

    def flush(self):
        """Write the queued records: one savepoint and a few bulk queries."""
        batch, self._pending, self._pending_keys = self._pending, [], set()
        if not batch:
            return
        if self._copier is None:
            self._write(batch, overlap=False)
            return
        self._plan_ahead(batch)

    def _plan_ahead(self, batch: list[_Prepared]):
        """Plan ``batch`` while PostgreSQL writes the batch before it.

        A batch of new articles needs the database only for what it already
        holds of them (read here) and for ids (taken ahead): so the batch
        before it is sent only then, and this one is planned, its COPYs held,
        while that one is written, and the next lines are read. A batch that
        changes articles already written waits for the one before it and is
        written as it is planned; so does one that names an article of the
        held batch (it must see it).
        """
        # What needs no database is done before waiting for it: between the
        # COPYs of one batch and the next, PostgreSQL waits for this thread.
        keys = {p.key for p in batch}
        claims = [claim for p in batch for claim, _, _ in p.claims]
        topics = sum(len(p.topics) for p in batch)
        ids = {
            Article: len(batch),
            Article.history.model: len(batch),
            Article.topics.through: topics,
            _ARTICLE_HISTORY_TOPICS: topics,
            Claim: len(claims),
            Claim.history.model: len(claims),
            Evidence: sum(len(claim.evidence) for claim in claims),
        }
        self._settle()
        held = self._held
        if held is not None and not held.keys.isdisjoint(keys):
            self._drain()
            held = None
        # What the archive holds of this batch is the same before and after
        # the held batch is written (they share no article), except the slugs
        # that batch takes.
        current = self._current(batch, taken=held.slugs if held else ())
        if current.articles:
            self._drain()
            self._write(batch, overlap=True, current=current)
            return
        try:
            with ids_ahead(ids):
                self._send_held()
                # Only reads may run while planning (a slug taken since is
                # looked up); the batch's COPYs stay held through them.
                with (
                    deferred_copies(reads_only=True) as copies,
                    untracked_writes_allowed(),
                ):
                    plans, written = self._write_batch(batch, current)
        except DatabaseError:
            # A read refused: the batch is written the plain way, under a
            # savepoint, which finds the line at fault.
            self._drain()
            self._write(batch, overlap=True)
            return
        self._held = _Held(
            copies,
            batch,
            plans,
            written,
            keys=keys,
            slugs={p.article.slug for p in plans},
        )

    def _send_held(self):
        """Start writing the held batch, under a savepoint of its own."""
        held, self._held = self._held, None
        if held is None:
            return
        self._settle()
        self._submit(
            held.copies, transaction.savepoint(), held.batch, held.plans, held.claims
        )

    def _submit(self, copies, around, batch, plans, claims):
        """Send a batch's COPYs to the thread; ``_settle()`` waits for them."""
        job = self._copier.submit(run_copies, connection.connection, copies)
        self._in_flight = (job, around, batch, plans, claims)

    def _drain(self):
        """Write the held batch and wait for it: everything planned is written."""
        self._send_held()
        self._settle()

    @contextlib.contextmanager
    def overlapping(self):
        """Inside the block, on PostgreSQL, a batch's COPYs run in a thread while
        the next lines are read: the database writes one batch while Python
        checks the next. Same transaction, same connection: any other statement
        waits for them (and learns whether they failed) before it runs.

        Call inside a transaction; ``finish()`` before the end of the block.
        """
        if connection.vendor != "postgresql" or self.on_article is not None:
            yield
            return
        with (
            ThreadPoolExecutor(max_workers=1) as self._copier,
            _handing_over_quickly(),
            connection.execute_wrapper(self._settle_first),
            connection.execute_wrapper(copies_first),
        ):
            # Foreign keys checked as each COPY runs, in the thread, rather than
            # all at the commit while Python waits (20k articles: a COMMIT of
            # 1.6 s); a row that breaks one then fails with its batch.
            with connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            try:
                yield
                with connection.cursor() as cursor:
                    cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # as Django has them
            finally:
                self._held = None  # not sent: nothing of it was written
                if self._in_flight is not None:
                    # Leaving early (an error): let the thread finish before the
                    # transaction is rolled back.
                    job, *_ = self._in_flight
                    self._in_flight = None
                    concurrent.futures.wait([job])
                self._copier = None

    def _write(
        self,
        batch: list[_Prepared],
        *,
        overlap: bool,
        current: "_Current | None" = None,
    ):
        # The COPYs of an overlapped batch run after this returns, under a
        # savepoint of their own that _settle() releases or rolls back.
        around = transaction.savepoint() if overlap else None
        try:
            # The batch writes its history rows itself (COPY), so its bulk
            # updates are allowed past the guard against untracked writes.
            with (
                deferred_copies() if overlap else contextlib.nullcontext([]) as copies,
                transaction.atomic(),
                untracked_writes_allowed(),
            ):
                plans, claims = self._write_batch(batch, current)
        except DatabaseError as exc:
            if around is not None:
                transaction.savepoint_rollback(around)
            self._write_line_by_line(batch, exc)
            return
        if copies:
            self._submit(copies, around, batch, plans, claims)
            return
        if around is not None:
            transaction.savepoint_commit(around)
        self._written(plans, claims)

    def _settle(self):
        """Wait for the COPYs of the batch in flight, then count it, or find
        the line the database refused."""
        if self._in_flight is None:
            return
        job, around, batch, plans, claims = self._in_flight
        self._in_flight = None
        try:
            job.result()
        except psycopg.Error as exc:
            transaction.savepoint_rollback(around)
            self._write_line_by_line(batch, exc)
            return
        transaction.savepoint_commit(around)
        self._written(plans, claims)

    def _settle_first(self, execute, sql, params, many, context):
        """Execute wrapper: no statement runs while a batch's COPYs are in flight."""
        self._settle()
        return execute(sql, params, many, context)

    def _write_line_by_line(self, batch: list[_Prepared], exc: Exception):
        if len(batch) == 1:
            refused = [("(line)", f"the database refused it: {exc}")]
            self.reject(batch[0].line, refused)
            return
        # Validation should have caught whatever the database refused; find
        # the line that did it by writing the batch one record at a time.
        for prepared in batch:
            self._write([prepared], overlap=False)

    def _written(self, plans: list[_Plan], claims: int):
        """Count a batch once it is safely written."""
        self.counts["claims"] += claims
        for plan in plans:
            for index, claim, relations in plan.linked:
                claim_id = claim["id"] if type(claim) is dict else claim.pk
                self._relations.append((plan.line, claim_id, index, relations))
            self.counts[plan.outcome] += 1
            self.last_outcome = plan.outcome
            if self.on_article is not None:
                self.on_article(plan.article, plan.outcome)

    # -- sources and topics -----------------------------------------------------

    def _prepare(self, record: ArticleRecord, line: int | None) -> _Prepared:
        """Resolve the record's sources and topics, saving new or changed ones.

        Most lines only name sources and topics already known: they are resolved
        without writing. A line that creates or changes one is resolved again
        inside a savepoint, so that if it then fails nothing of it remains.
        """
        try:
            return self._resolve_record(record, line, write=False)
        except _NeedsWrite:
            # What it writes (a source renamed, say) may change what the
            # batches planned so far write: they are written first.
            if self._held is not None:
                self._drain()
        counted = (self.counts["sources"], self.counts["topics"])
        try:
            with transaction.atomic():
                return self._resolve_record(record, line, write=True)
        except (RecordInvalid, DatabaseError) as exc:
            # The savepoint undid writes that the caches and counts still remember.
            self._forget_caches()
            self.counts["sources"], self.counts["topics"] = counted
            if isinstance(exc, RecordInvalid):
                raise
            raise RecordInvalid(
                [("(line)", f"the database refused it: {exc}")]
            ) from exc

    def _resolve_record(self, record: ArticleRecord, line, *, write: bool) -> _Prepared:
        errors: list[tuple[str, str]] = []

        def attempt(fn, *args):
            try:
                return fn(*args, write=write)
            except RecordInvalid as exc:
                errors.extend(exc.errors)
                return None

        # What resolve() answers first, without a call: a reference resolved
        # before (most of a file's), until a source changes.
        self._load_index()
        for i, ref in enumerate(record.sources):
            if ref.key is None or ref.key not in self._resolved:
                attempt(self.resolve, ref, f"sources[{i}]")
        publisher = None
        if record.publisher is not None:
            publisher = attempt(self.resolve, record.publisher, "publisher")
            if publisher is not None and publisher.kind != Source.Kind.MEDIA_OUTLET:
                errors.append(("publisher", f"{publisher.name} is not a media outlet"))
        topics = [
            attempt(self._topic, t, f"topics[{i}]") for i, t in enumerate(record.topics)
        ]
        levels = self._confidence_codes()
        claims = []
        for i, claim in enumerate(record.claims):
            ref = claim.source
            if ref.key is None or (source := self._resolved.get(ref.key)) is None:
                source = attempt(self.resolve, ref, f"claims[{i}].source")
            via = None
            if (ref := claim.via) is not None and (
                ref.key is None or (via := self._resolved.get(ref.key)) is None
            ):
                via = attempt(self.resolve, ref, f"claims[{i}].via")
            if source is not None and via is not None and via.id == source.id:
                errors.append((f"claims[{i}].via", "must differ from the source"))
            if claim.confidence not in levels:
                errors.append(
                    (
                        f"claims[{i}].confidence",
                        f"no confidence level {claim.confidence!r}",
                    )
                )
            claims.append((claim, source, via))
        if errors:
            raise RecordInvalid(errors)
        return _Prepared(line, record, publisher, topics, claims)

    def _load_index(self):
        if self._index_loaded:
            return
        for source in Source.objects.all():
            self._remember(source)
        self._index_loaded = True

    def _forget_caches(self):
        self.by_slug, self.by_name = {}, {}
        self._resolved = {}
        self._names = {}
        self._index_loaded = False
        self._topics = None

    def _remember(self, source: Source):
        self._resolved.clear()  # a saved source may change what a ref resolves to
        self._names.clear()  # or its names
        self.by_slug[source.slug] = source
        for name in source.names:
            self.by_name.setdefault(fold(name), source)

    def resolve(self, ref: SourceRef, field_name: str, *, write: bool = True) -> Source:
        """The source a reference names, created (with its details) if new."""
        self._load_index()
        if ref.key is not None and (known := self._resolved.get(ref.key)):
            return known
        source = self.by_slug.get(ref.slug) if ref.slug else None
        if source is None and ref.name:
            source = self.by_name.get(_folded(ref.name))
        affiliation = None
        if ref.affiliation is not None:
            affiliation = self.resolve(
                ref.affiliation, f"{field_name}.affiliation", write=write
            )
        if source is None:
            if not ref.name:
                raise RecordInvalid([(field_name, f"no source with slug {ref.slug!r}")])
            if not write:
                raise _NeedsWrite
            source = Source(
                name=ref.name,
                slug=ref.slug
                or free_source_slug(ref.name, length=190, taken=self.by_slug),
                kind=ref.kind or Source.Kind.PERSON,
            )
        changes = {
            key: value
            for key, value in ref.details.items()
            if getattr(source, key) != value
        }
        if ref.kind and source.kind != ref.kind and ref.details:
            changes["kind"] = ref.kind
        if affiliation is not None and source.affiliation_id != affiliation.pk:
            if affiliation.pk is not None and affiliation.pk == source.pk:
                raise RecordInvalid(
                    [(f"{field_name}.affiliation", "a source cannot belong to itself")]
                )
            changes["affiliation"] = affiliation
        if source.pk is None or changes:
            if not write:
                raise _NeedsWrite
            if source.pk is None:
                self.counts["sources"] += 1
            for key, value in changes.items():
                setattr(source, key, value)
            source._history_user = self.user
            source.save()
            self._remember(source)
        if ref.key is not None:
            self._resolved[ref.key] = source
        return source

    def _topic(self, data: dict[str, str], field_name: str, *, write: bool) -> Topic:
        if self._topics is None:
            self._topics = {t.slug: t for t in Topic.objects.all()}
        topic = self._topics.get(data["slug"])
        if topic is None:
            if not write:
                raise _NeedsWrite
            topic = Topic(slug=data["slug"], name=data.get("name") or data["_name"])
            self.counts["topics"] += 1
        changes = {
            key: data[key]
            for key in ("name", "kind", "aliases", "description")
            if key in data and getattr(topic, key) != data[key]
        }
        if topic.pk is None or changes:
            if not write:
                raise _NeedsWrite
            for key, value in changes.items():
                setattr(topic, key, value)
            topic._history_user = self.user
            topic.save()
            self._topics[topic.slug] = topic
        return topic

    def _confidence_codes(self) -> set[str]:
        if self._levels is None:
            self._levels = set(ConfidenceLevel.objects.values_list("code", flat=True))
        return self._levels

    # -- articles and claims, in bulk -------------------------------------------

    def _write_batch(
        self, batch: list[_Prepared], current: "_Current | None" = None
    ) -> tuple[list[_Plan], int]:
        """Write a batch; its plans, and how many claims were written."""
        now = timezone.now()
        if current is None:
            current = self._current(batch)
        plans: list[_Plan] = []
        for prepared in batch:
            try:
                plans.append(self._plan(prepared, current, now))
            except ValidationError as exc:
                self.reject(
                    prepared.line,
                    [(f, m) for f, ms in exc.message_dict.items() for m in ms],
                )

        new_articles = [p.article for p in plans if p.outcome == "created"]
        created_history = insert_with_history(
            Article, new_articles, user=self.user, date=now
        )
        fields = sorted({f for p in plans if p.outcome == "updated" for f in p.fields})
        if fields:
            Article.objects.bulk_update(
                [p.article for p in plans if p.outcome == "updated" and p.fields],
                [*fields, "updated_at", "version"],
            )
        self._write_topics(plans, current)
        # An article whose claims alone changed keeps its row and its history as
        # they are; the claims' own history records what changed.
        self._write_article_history(
            list(zip(created_history, (a.pk for a in new_articles), strict=True)),
            [p.article for p in plans if p.outcome == "updated" and p.article_changed],
            current.topic_rows,
            now,
        )

        new_claims, changed_claims, claim_fields = [], [], set()
        for plan in plans:
            article_id = plan.article.pk
            for claim, claim_changes in plan.claims:
                # Its article is cached already (the same object): the id alone,
                # now that the article has one.
                if type(claim) is dict:  # new: its values
                    claim["article_id"] = article_id
                    new_claims.append(claim)
                else:
                    claim.article_id = article_id
                    changed_claims.append(claim)
                    claim_fields.update(claim_changes)
        ids = insert_values_with_history(Claim, new_claims, user=self.user, date=now)
        for claim, claim_id in zip(new_claims, ids, strict=True):
            claim["id"] = claim_id
        if changed_claims:
            bulk_update_with_history(
                changed_claims,
                Claim,
                [*sorted(claim_fields), "updated_at", "version"],
                default_user=self.user,
                default_date=now,
            )

        documents = []
        for plan in plans:
            for document, claim in plan.evidence:
                # Its claim has an id now.
                if type(claim) is dict:
                    document.claim_id = claim["id"]
                else:
                    document.claim = claim
                documents.append(document)
        insert(Evidence, [d for d in documents if d.pk is None])
        changed_documents = [d for d in documents if d.pk is not None]
        if changed_documents:
            Evidence.objects.bulk_update(changed_documents, ["title", "note"])

        return plans, len(new_claims) + len(changed_claims)

    def _existing_articles(self, batch) -> dict[tuple[str, str], Article]:
        urls = [p.record.url for p in batch if p.record.url]
        slugs = [p.record.slug for p in batch if not p.record.url]
        if not _any_article(urls, slugs):
            return {}
        found = {("url", a.url): a for a in Article.objects.filter(url__in=urls)}
        if slugs:
            found.update(
                (("slug", a.slug), a)
                for a in Article.objects.filter(url=None, slug__in=slugs)
            )
        return found

    def _current(self, batch: list[_Prepared], taken: Iterable[str] = ()) -> "_Current":
        """What the archive holds of the batch's articles, in a few queries;
        ``taken``: slugs taken by articles not written yet."""
        current = _Current()
        current.articles = self._existing_articles(batch)
        article_ids = [a.pk for a in current.articles.values()]
        for through_id, article_id, topic_id in Article.topics.through.objects.filter(
            article_id__in=article_ids
        ).values_list("id", "article_id", "topic_id"):
            current.topic_rows[article_id][topic_id] = through_id
        for claim in Claim.objects.filter(article_id__in=article_ids):
            current.claims[claim.article_id].append(claim)
        if article_ids and any(c.evidence for p in batch for c, _, _ in p.claims):
            for document in Evidence.objects.filter(claim__article_id__in=article_ids):
                key = (document.url, document.stance)
                current.evidence[document.claim_id][key] = document
        current.slugs = _taken_slugs(
            [p.record.slug for p in batch if p.key not in current.articles]
        )
        current.slugs.update(taken)
        return current

    def _plan(self, prepared: _Prepared, current: "_Current", now) -> _Plan:
        """What to write for one record; raises ValidationError before any write."""
        record = prepared.record
        article = current.articles.get(prepared.key)
        created = article is None
        values = {
            "headline": record.headline,
            "standfirst": record.standfirst,
            "body": record.body,
            "byline": record.byline,
            "publisher_id": prepared.publisher.id if prepared.publisher else None,
            "published_at": record.published_at,
            "language": record.language,
            "status": record.status,
            "retraction_note": record.retraction_note,
        }
        if created:
            slug = self._free_article_slug(record.slug, current.slugs)
            article = build(Article, {"url": record.url, "slug": slug, **values})
            changed_fields = []  # all of them: the batch inserts it
        else:
            changed_fields = _assign(article, values)
        if changed_fields:
            article.updated_at = now
            article.version = _next_version(article)
        # Sources, topics and articles are found by ``id`` (their primary key;
        # ``pk`` costs a call each time).
        topic_ids = {t.id for t in prepared.topics}
        topics_changed = topic_ids != set(current.topic_rows.get(article.id, ()))

        by_key = {
            (c.source_id, c.text, c.start): c
            for c in current.claims.get(article.id, [])
        }
        default_day = record.published_at.date() if record.published_at else None
        claims, evidence, linked = [], [], []
        for index, (claim_record, source, via) in enumerate(prepared.claims):
            values = {
                "via_id": via.id if via else None,
                "start": claim_record.start,
                "end": claim_record.end,
                "is_paraphrase": claim_record.is_paraphrase,
                "is_direct_quote": claim_record.is_direct_quote,
                "cue": claim_record.cue,
                "speaker_role": claim_record.speaker_role,
                "claimed_on": claim_record.claimed_on or default_day,
                "confidence_id": claim_record.confidence,
                "rationale": claim_record.rationale,
                "review_status": claim_record.review_status,
                # Names and aliases of source and relay, for full-text search.
                "search_names": self._search_names(source, via),
            }
            claim = by_key.get((source.id, claim_record.text, claim_record.start))
            if claim is None:
                # A new claim is only COPY'd: its values by attname are what
                # the batch writes (insert_values), no Claim is built.
                values["text"] = claim_record.text
                values["source_id"] = source.id
                values["article_id"] = article.id
                claim = values
                _check_new_span(claim, article)
                claims.append((claim, []))  # all of its fields: the batch inserts it
                known = {}
            else:
                claim_changes = _assign(claim, values)
                claim.article = article  # the body check_span reads, no query
                if claim_changes:
                    claim.check_span()
                    claim.updated_at = now
                    claim.version = _next_version(claim)
                    claims.append((claim, claim_changes))
                known = current.evidence.get(claim.pk, {})
            if claim_record.relations:
                linked.append((index, claim, claim_record.relations))
            for values in claim_record.evidence:
                document = known.get((values["url"], values["stance"]))
                if document is None:
                    evidence.append((Evidence(**values), claim))
                elif _assign(document, values):
                    evidence.append((document, claim))
        article_changed = bool(changed_fields) or topics_changed
        if created:
            outcome = "created"
        elif article_changed or claims or evidence:
            outcome = "updated"
        else:
            outcome = "unchanged"
        return _Plan(
            article,
            outcome,
            changed_fields,
            article_changed,
            topic_ids,
            claims,
            evidence,
            linked,
            prepared.line,
        )

    def _search_names(self, source: Source, via: Source | None) -> str:
        key = (source.id, via.id if via else None)
        if (names := self._names.get(key)) is None:
            names = self._names[key] = claim_search_names(source, via)
        return names

    def _free_article_slug(self, slug: str, taken: set[str]) -> str:
        candidate, n = slug, 2
        while candidate in taken or (
            candidate != slug and Article.objects.filter(slug=candidate).exists()
        ):
            candidate, n = f"{slug[:245]}-{n}", n + 1
        taken.add(candidate)
        return candidate

    def _write_topics(self, plans, current: "_Current"):
        """Set the articles' topics; updates ``current.topic_rows`` to match."""
        through = Article.topics.through
        removed = Q()
        added = []
        for plan in plans:
            article_id = plan.article.pk
            rows = current.topic_rows[article_id]
            for topic_id in set(rows) - plan.topic_ids:
                removed |= Q(article_id=article_id, topic_id=topic_id)
                del rows[topic_id]
            added.extend(
                {"article_id": article_id, "topic_id": topic_id}
                for topic_id in plan.topic_ids - set(rows)
            )
        if removed:
            through.objects.filter(removed).delete()
        ids = insert_values(through, added)
        for row, pk in zip(added, ids, strict=True):
            current.topic_rows[row["article_id"]][row["topic_id"]] = pk

    def _write_article_history(self, created_history, updated, topic_rows, now):
        """History for the articles written, with their topics at that moment.

        ``created_history`` pairs the historical row of each new article (written
        with it) with the article's id; changed articles get theirs here. Bulk
        writes skip simple-history's many-to-many handling, so the topics of each
        historical row are copied here from ``topic_rows`` (the rows of the
        topics table as the batch left them, by article and topic).
        """
        history_model = Article.history.model
        rows = history_rows(
            Article, updated, history_type="~", user=self.user, date=now
        )
        insert(history_model, rows)
        pairs = [*created_history, *((row.pk, row.id) for row in rows)]
        if not pairs:
            return
        insert_values(
            _ARTICLE_HISTORY_TOPICS,
            [
                {
                    "id": through_id,
                    "history_id": history_id,
                    "article_id": article_id,
                    "topic_id": topic_id,
                }
                for history_id, article_id in pairs
                for topic_id, through_id in sorted(
                    topic_rows[article_id].items(), key=lambda row: row[1]
                )
            ],
        )


# What _current asks of every batch, with each list as one array parameter
# rather than Django's IN (...) of 500 parameters (PostgreSQL only): an import
# of new articles asks it between the COPYs of two batches, while PostgreSQL
# waits, and the answer is nearly always "none".


def _any_article(urls: list[str], slugs: list[str]) -> bool:
    """Whether the archive may have an article with one of ``urls``, or
    without url and with one of ``slugs``; True (let the ORM's queries say)
    on other databases."""
    if connection.vendor != "postgresql":
        return True
    table = connection.ops.quote_name(Article._meta.db_table)
    with connection.cursor() as cursor:
        for sql, values in (
            (f"SELECT 1 FROM {table} WHERE url = ANY(%s) LIMIT 1", urls),
            (
                f"SELECT 1 FROM {table} WHERE url IS NULL AND slug = ANY(%s) LIMIT 1",
                slugs,
            ),
        ):
            if values:
                cursor.execute(sql, [values])
                if cursor.fetchone() is not None:
                    return True
    return False


def _taken_slugs(slugs: list[str]) -> set[str]:
    """Which of ``slugs`` articles of the archive have."""
    if not slugs:
        return set()
    if connection.vendor != "postgresql":
        return set(
            Article.objects.filter(slug__in=slugs).values_list("slug", flat=True)
        )
    table = connection.ops.quote_name(Article._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT slug FROM {table} WHERE slug = ANY(%s)", [slugs])
        return {slug for (slug,) in cursor.fetchall()}


class _RelationTargets:
    """The claims that relations may point to, found by article, source, text
    and start, in a few queries."""

    def __init__(self, article_keys: set[str]):
        self.articles: dict[str, int] = {}
        for keys in _chunks(sorted(article_keys)):
            for pk, url, slug in Article.objects.filter(
                Q(url__in=keys) | Q(slug__in=keys)
            ).values_list("pk", "url", "slug"):
                self.articles[slug] = pk
                if url:
                    self.articles[url] = pk
        self.claims: dict[tuple, int] = {}
        for ids in _chunks(sorted(set(self.articles.values()))):
            for pk, *key in Claim.objects.filter(article_id__in=ids).values_list(
                "pk", "article_id", "source_id", "text", "start"
            ):
                self.claims[tuple(key)] = pk

    def find(self, wanted: RelationRecord, source: Source | None):
        """(claim id, None), or (None, what is wrong)."""
        article_id = self.articles.get(wanted.article)
        if article_id is None:
            return None, f"no article with url or slug {wanted.article!r}"
        if source is None:
            return None, f"no source with slug {wanted.source!r}"
        target = self.claims.get((article_id, source.pk, wanted.text, wanted.start))
        if target is None:
            return None, "no claim of that article with that source, text and start"
        return target, None


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _assign(obj, values: dict[str, Any]) -> list[str]:
    """Set ``values`` on ``obj``; the names of the fields that changed."""
    changed = []
    for attname, value in values.items():
        if getattr(obj, attname) != value:
            setattr(obj, attname, value)
            changed.append(attname.removesuffix("_id"))
    return changed


def _next_version(obj) -> int:
    # bulk_update bypasses django-concurrency's save(): bump the version by hand
    # so that an editor holding the old copy is told about the conflict.
    return type(obj)._meta.get_field("version")._get_next_version(obj)


@dataclass
class ImportReport:
    """What an import did (or, after a rollback, would have done)."""

    lines: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    relations: int = 0
    relations_skipped: int = 0
    claims: int = 0
    sources: int = 0
    topics: int = 0
    committed: bool = False


def decode_line(raw: bytes) -> Any:
    """The JSON value of one line; RecordInvalid when it is not UTF-8 JSON."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise RecordInvalid([("(line)", f"is not valid JSON: {exc}")]) from exc


@contextlib.contextmanager
def _collecting_less(allocations: int = 50_000):
    """Run the cyclic garbage collector's youngest generation every
    ``allocations`` allocations instead of every 700. An import makes hundreds
    of thousands of objects that reference counting frees (no cycles worth
    collecting between batches), and with the default the collector walked
    them again and again: a third of the import's CPU time (20k articles: 11.7
    s of Python CPU with the default, 8.7 s with this). Memory stays flat:
    cycles are still collected, just less often."""
    threshold = gc.get_threshold()
    gc.set_threshold(allocations, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


@contextlib.contextmanager
def _handing_over_quickly(interval: float = 0.0001):
    """Let a thread waiting for the interpreter have it after ``interval``
    seconds instead of Python's 5 ms. While ``overlapping()`` runs, the COPY
    thread needs the interpreter only for an instant between one COPY and the
    next, and waited up to 5 ms each time behind the planning of the next
    batch while PostgreSQL sat idle: six COPYs a batch, hundreds of batches.
    psycopg also hands a large COPY's data over in chunks, each needing it.
    Measured (50k articles, alternating runs on PostgreSQL): 1,248-1,406
    articles/s with 5 ms, 1,511-1,683 with 2 ms, 1,352-1,848 with 0.5 ms,
    1,913-2,073 with 0.1 ms; 0.02 ms gained nothing more (docs/ingest.md).
    The planning thread is interrupted only when another thread asks, so the
    shorter interval costs it next to nothing."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(interval)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def import_lines(
    lines: Iterable[bytes],
    *,
    continue_on_error: bool = False,
    dry_run: bool = False,
    user=None,
    batch_size: int = 500,
    on_error: Callable[[int, list[tuple[str, str]]], None],
    on_line: Callable[[int, int], None] | None = None,
    on_article: Callable[[Article, str], None] | None = None,
) -> ImportReport:
    """Import JSON Lines (bytes, one article a line) in one transaction.

    Every bad line is reported to ``on_error(line_number, errors)`` as it is met.
    By default one bad line means nothing is written; ``continue_on_error``
    writes the good lines. ``dry_run`` does all the work, database checks
    included, then rolls it back. ``on_line(line_number, size)`` follows progress.
    """
    report = ImportReport()
    with transaction.atomic(), _collecting_less():
        writer = ArchiveWriter(
            user=user, batch_size=batch_size, on_error=on_error, on_article=on_article
        )
        with writer.overlapping():
            for number, raw in enumerate(lines, start=1):
                if on_line is not None:
                    on_line(number, len(raw))
                if number == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark
                if not raw.strip():
                    continue
                report.lines += 1
                try:
                    record = parse_record(decode_line(raw))
                except RecordInvalid as exc:
                    writer.reject(number, exc.errors)
                    continue
                writer.add(record, line=number)
            for line, errors in writer.finish():
                if continue_on_error:
                    # The line itself is written: only these relations are left out.
                    report.relations_skipped += len(errors)
                    on_error(line, [(f, f"{m} (relation skipped)") for f, m in errors])
                else:
                    writer.reject(line, errors)
        for key in ("created", "updated", "unchanged", "rejected", "relations"):
            setattr(report, key, writer.counts[key])
        for key in ("claims", "sources", "topics"):
            setattr(report, key, writer.counts[key])
        failed = report.rejected and not continue_on_error
        if dry_run or failed:
            transaction.set_rollback(True)
        else:
            report.committed = True
    return report
