"""Reading articles in the archive's JSON Lines format, and writing them.

One article a line (see SPEC.md, ``import_articles``). ``parse_record`` checks a
decoded line without touching the database and raises ``RecordInvalid`` with
every problem it finds, each naming its field; ``ArchiveWriter.write`` upserts a
parsed record by ``url`` (or by ``slug`` when the article has no URL).

Beyond the spec's fields, a line may carry ``slug``, ``retraction_note``, and a
``sources`` list of full source descriptions (role, affiliation, aliases…) that
its claims refer to by slug; a claim may carry ``start``/``end``,
``speaker_role``, ``claimed_on``, ``review_status`` and ``is_paraphrase``.
"""

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.text import slugify

from articles.models import BCP47, Article, Claim, ConfidenceLevel, Topic
from articles.spans import locate
from sources.models import Source, fold

ARTICLE_STATUSES = {choice.value for choice in Article.Status}
REVIEW_STATUSES = {choice.value for choice in Claim.ReviewStatus}
SOURCE_KINDS = {choice.value for choice in Source.Kind}
TOPIC_KINDS = {choice.value for choice in Topic.Kind}
RELIABILITY = {choice.value for choice in Source.Reliability}
CONFIDENCE_CODES = {"1", "2", "3", "4", "5", "6"}


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

    def text(self, data, key, name, *, required=False, max_length=None, default=""):
        value = data.get(key, None)
        if value is None:
            if required:
                self.error(name, "is required")
            return default
        if not isinstance(value, str):
            self.error(name, f"must be a string, not {type(value).__name__}")
            return default
        value = unicodedata.normalize("NFC", value).strip()
        if required and not value:
            self.error(name, "must not be empty")
        if max_length and len(value) > max_length:
            self.error(
                name, f"is {len(value)} characters long; the most is {max_length}"
            )
        return value

    def boolean(self, data, key, name, default=False):
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.error(name, "must be true or false")
            return default
        return value

    def choice(self, data, key, name, allowed, default):
        value = data.get(key, default)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value not in allowed:
            self.error(
                name, f"must be one of {', '.join(sorted(allowed))}; got {value!r}"
            )
            return default
        return value

    def offset(self, data, key, name):
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            self.error(name, "must be a whole number ≥ 0")
            return None
        return value


def _source_ref(check: _Checker, value, name: str, *, depth=0) -> SourceRef | None:
    if isinstance(value, str):
        value = value.strip()
        if not value:
            check.error(name, "must not be empty")
            return None
        # A bare string is a slug when it looks like one, otherwise a name.
        if value == slugify(value):
            return SourceRef(slug=value)
        return SourceRef(name=value)
    if not isinstance(value, dict):
        check.error(name, "must be a slug or an object with name and kind")
        return None
    ref = SourceRef(
        name=check.text(value, "name", f"{name}.name", required=True, max_length=200),
        slug=check.text(value, "slug", f"{name}.slug", max_length=200),
    )
    if ref.slug and ref.slug != slugify(ref.slug):
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
        aliases = value["aliases"]
        if isinstance(aliases, str):
            aliases = aliases.splitlines()
        if not isinstance(aliases, list) or not all(
            isinstance(a, str) for a in aliases
        ):
            check.error(f"{name}.aliases", "must be a list of strings")
        else:
            ref.details["aliases"] = "\n".join(
                unicodedata.normalize("NFC", a).strip() for a in aliases if a.strip()
            )
    if value.get("affiliation") is not None:
        if depth >= 3:
            check.error(f"{name}.affiliation", "is nested too deeply")
        else:
            ref.affiliation = _source_ref(
                check, value["affiliation"], f"{name}.affiliation", depth=depth + 1
            )
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
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, dt.UTC)
    return parsed


def _topics(check: _Checker, value) -> list[dict[str, str]]:
    if value is None:
        return []
    if not isinstance(value, list):
        check.error("topics", "must be a list")
        return []
    topics = []
    for i, item in enumerate(value):
        name = f"topics[{i}]"
        if isinstance(item, str) and item.strip():
            topics.append({"slug": slugify(item), "name": item.strip()})
        elif isinstance(item, dict):
            topic_name = check.text(
                item, "name", f"{name}.name", required=True, max_length=200
            )
            slug = check.text(item, "slug", f"{name}.slug") or slugify(topic_name)
            kind = check.choice(item, "kind", f"{name}.kind", TOPIC_KINDS, "subject")
            aliases = item.get("aliases", [])
            if not isinstance(aliases, list) or not all(
                isinstance(a, str) for a in aliases
            ):
                check.error(f"{name}.aliases", "must be a list of strings")
                aliases = []
            topics.append(
                {
                    "slug": slug,
                    "name": topic_name,
                    "kind": kind,
                    "aliases": "\n".join(aliases),
                }
            )
        else:
            check.error(name, "must be a topic name, slug or object")
    return topics


def parse_record(data: Any) -> ArticleRecord:
    """Check one decoded line; raise RecordInvalid listing every problem."""
    check = _Checker()
    if not isinstance(data, dict):
        raise RecordInvalid([("(line)", "must be a JSON object")])
    url = check.text(data, "url", "url", max_length=1000) or None
    if url:
        try:
            URLValidator()(url)
        except ValidationError:
            check.error("url", f"{url!r} is not a valid URL")
    headline = check.text(data, "headline", "headline", required=True, max_length=300)
    slug = check.text(data, "slug", "slug", max_length=255) or slugify(headline)[:255]
    if slug != slugify(slug) or not slug:
        check.error("slug", f"{slug!r} is not a valid slug")
    body = check.text(data, "body", "body", required=True)
    body = "\n\n".join(
        p.strip() for p in body.replace("\r\n", "\n").split("\n\n") if p.strip()
    )
    language = check.text(data, "language", "language", default="en") or "en"
    try:
        BCP47(language)
    except ValidationError:
        check.error("language", f"{language!r} is not a BCP 47 language tag")
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
    if data.get("sources") is not None:
        if not isinstance(data["sources"], list):
            check.error("sources", "must be a list of source objects")
        else:
            for i, item in enumerate(data["sources"]):
                if not isinstance(item, dict):
                    check.error(f"sources[{i}]", "must be an object with name and kind")
                    continue
                ref = _source_ref(check, item, f"sources[{i}]")
                if ref:
                    sources.append(ref)

    claims = []
    raw_claims = data.get("claims", [])
    if raw_claims is None:
        raw_claims = []
    if not isinstance(raw_claims, list):
        check.error("claims", "must be a list")
        raw_claims = []
    for i, item in enumerate(raw_claims):
        name = f"claims[{i}]"
        if not isinstance(item, dict):
            check.error(name, "must be an object")
            continue
        text = check.text(item, "text", f"{name}.text", required=True)
        if "source" not in item or item["source"] is None:
            check.error(f"{name}.source", "is required")
            source = None
        else:
            source = _source_ref(check, item["source"], f"{name}.source")
        via = (
            _source_ref(check, item["via"], f"{name}.via")
            if item.get("via") is not None
            else None
        )
        start = check.offset(item, "start", f"{name}.start")
        end = check.offset(item, "end", f"{name}.end")
        is_paraphrase = check.boolean(item, "is_paraphrase", f"{name}.is_paraphrase")
        if text and body and not is_paraphrase:
            if start is not None and end is not None:
                if body[start:end] != text:
                    check.error(
                        f"{name}.start", f"offsets {start}–{end} do not match the text"
                    )
            else:
                span = locate(text, body)
                if span.error:
                    check.error(f"{name}.text", span.error)
                else:
                    start, end, text = span.start, span.end, body[span.start : span.end]
        if is_paraphrase:
            start = end = None
        claimed_on = None
        if item.get("claimed_on") is not None:
            raw = item["claimed_on"]
            claimed_on = parse_date(raw) if isinstance(raw, str) else None
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
                is_direct_quote=check.boolean(
                    item, "is_direct_quote", f"{name}.is_direct_quote"
                ),
                cue=check.text(item, "cue", f"{name}.cue", max_length=100),
                confidence=check.choice(
                    item, "confidence", f"{name}.confidence", CONFIDENCE_CODES, "6"
                ),
                rationale=check.text(item, "rationale", f"{name}.rationale"),
                start=start,
                end=end,
                is_paraphrase=is_paraphrase,
                speaker_role=check.text(
                    item, "speaker_role", f"{name}.speaker_role", max_length=300
                ),
                claimed_on=claimed_on,
                review_status=check.choice(
                    item,
                    "review_status",
                    f"{name}.review_status",
                    REVIEW_STATUSES,
                    "accepted",
                ),
            )
        )
    if check.errors:
        raise RecordInvalid(check.errors)
    return ArticleRecord(
        url=url,
        slug=slug,
        headline=headline,
        standfirst=check.text(data, "standfirst", "standfirst"),
        body=body,
        byline=check.text(data, "byline", "byline", max_length=300),
        publisher=publisher,
        published_at=published_at,
        language=language,
        topics=_topics(check, data.get("topics")),
        status=status,
        retraction_note=retraction_note,
        sources=sources,
        claims=claims,
    )


def _same_ref(a: SourceRef, b: SourceRef) -> bool:
    return bool(
        (a.slug and a.slug == b.slug)
        or (a.name and b.name and fold(a.name) == fold(b.name))
    )


class ArchiveWriter:
    """Upserts parsed records, matching sources by slug, then name or alias.

    Keeps an index of the sources it has seen so that a long import asks the
    database about each name once. Call inside a transaction.
    """

    def __init__(self, *, user=None):
        self.user = user
        self.by_slug: dict[str, Source] = {}
        self.by_name: dict[str, Source] = {}
        self.counts = {
            "created": 0,
            "updated": 0,
            "unchanged": 0,
            "claims": 0,
            "sources": 0,
        }
        self._index_loaded = False

    # -- sources --------------------------------------------------------------

    def _load_index(self):
        if self._index_loaded:
            return
        for source in Source.objects.all():
            self._remember(source)
        self._index_loaded = True

    def _remember(self, source: Source):
        self.by_slug[source.slug] = source
        for name in source.names:
            self.by_name.setdefault(fold(name), source)

    def resolve(self, ref: SourceRef, field_name: str) -> Source:
        """The source a reference names, created (with its details) if new."""
        self._load_index()
        source = self.by_slug.get(ref.slug) if ref.slug else None
        if source is None and ref.name:
            source = self.by_name.get(fold(ref.name))
        if source is None:
            if not ref.name:
                raise RecordInvalid([(field_name, f"no source with slug {ref.slug!r}")])
            source = Source(
                name=ref.name,
                slug=ref.slug or self._free_slug(ref.name),
                kind=ref.kind or Source.Kind.PERSON,
            )
            self.counts["sources"] += 1
        changed = source.pk is None
        for key, value in ref.details.items():
            if getattr(source, key) != value:
                setattr(source, key, value)
                changed = True
        if ref.kind and source.kind != ref.kind and ref.details:
            source.kind = ref.kind
            changed = True
        if ref.affiliation is not None:
            affiliation = self.resolve(ref.affiliation, f"{field_name}.affiliation")
            if source.affiliation_id != affiliation.pk:
                source.affiliation = affiliation
                changed = True
        if changed:
            source._history_user = self.user
            source.save()
        self._remember(source)
        return source

    def _free_slug(self, name: str) -> str:
        base = slugify(name)[:190] or "source"
        slug, n = base, 2
        while slug in self.by_slug or Source.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug

    # -- articles -------------------------------------------------------------

    def write(self, record: ArticleRecord) -> str:
        """Create or update the article of ``record``; returns what happened."""
        for i, ref in enumerate(record.sources):
            self.resolve(ref, f"sources[{i}]")
        publisher = (
            self.resolve(record.publisher, "publisher") if record.publisher else None
        )
        if publisher is not None and publisher.kind != Source.Kind.MEDIA_OUTLET:
            raise RecordInvalid(
                [("publisher", f"{publisher.name} is not a media outlet")]
            )

        lookup = (
            {"url": record.url} if record.url else {"slug": record.slug, "url": None}
        )
        article = Article.objects.filter(**lookup).first()
        created = article is None
        if created:
            article = Article(url=record.url, slug=self._free_article_slug(record.slug))
        values = {
            "headline": record.headline,
            "standfirst": record.standfirst,
            "body": record.body,
            "byline": record.byline,
            "publisher": publisher,
            "published_at": record.published_at,
            "language": record.language,
            "status": record.status,
            "retraction_note": record.retraction_note,
        }
        changed = created
        for key, value in values.items():
            if getattr(article, key) != value:
                setattr(article, key, value)
                changed = True
        if changed:
            article._history_user = self.user
            article.save()

        topics = [self._topic(t) for t in record.topics]
        if {t.pk for t in topics} != set(article.topics.values_list("pk", flat=True)):
            article.topics.set(topics)
            changed = True

        changed |= self._write_claims(article, record.claims)
        outcome = "created" if created else "updated" if changed else "unchanged"
        self.counts[outcome] += 1
        return outcome

    def _free_article_slug(self, slug: str) -> str:
        candidate, n = slug, 2
        while Article.objects.filter(slug=candidate).exists():
            candidate, n = f"{slug[:245]}-{n}", n + 1
        return candidate

    def _topic(self, data: dict[str, str]) -> Topic:
        topic = Topic.objects.filter(slug=data["slug"]).first()
        if topic is None:
            topic = Topic(slug=data["slug"], name=data["name"])
        changed = topic.pk is None
        for key in ("name", "kind", "aliases"):
            if key in data and getattr(topic, key) != data[key]:
                setattr(topic, key, data[key])
                changed = True
        if changed:
            topic._history_user = self.user
            topic.save()
        return topic

    def _write_claims(self, article: Article, records: list[ClaimRecord]) -> bool:
        """Upsert claims by (source, text, start). Claims already in the archive and
        absent from the line are kept: an import never deletes curated work."""
        existing = {(c.source_id, c.text, c.start): c for c in article.claims.all()}
        levels = {level.code: level for level in ConfidenceLevel.objects.all()}
        changed = False
        for i, record in enumerate(records):
            source = self.resolve(record.source, f"claims[{i}].source")
            via = self.resolve(record.via, f"claims[{i}].via") if record.via else None
            if via is not None and via.pk == source.pk:
                raise RecordInvalid(
                    [(f"claims[{i}].via", "must differ from the source")]
                )
            if record.confidence not in levels:
                raise RecordInvalid(
                    [
                        (
                            f"claims[{i}].confidence",
                            f"no confidence level {record.confidence!r}",
                        )
                    ]
                )
            claim = existing.get((source.pk, record.text, record.start))
            if claim is None:
                claim = Claim(article=article, source=source, text=record.text)
            values = {
                "via": via,
                "start": record.start,
                "end": record.end,
                "is_paraphrase": record.is_paraphrase,
                "is_direct_quote": record.is_direct_quote,
                "cue": record.cue,
                "speaker_role": record.speaker_role,
                "claimed_on": record.claimed_on
                or (article.published_at.date() if article.published_at else None),
                "confidence": levels[record.confidence],
                "rationale": record.rationale,
                "review_status": record.review_status,
            }
            dirty = claim.pk is None
            for key, value in values.items():
                if getattr(claim, key) != value:
                    setattr(claim, key, value)
                    dirty = True
            if dirty:
                claim._history_user = self.user
                claim.save()
                self.counts["claims"] += 1
                changed = True
        return changed
