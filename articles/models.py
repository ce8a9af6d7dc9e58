from concurrency.fields import IntegerVersionField
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords
from simple_history.utils import bulk_update_with_history

from articles.querysets import ArticleQuerySet, ClaimQuerySet, TopicQuerySet
from articles.spans import locate
from editorial.tracking import TrackedQuerySet, untracked_writes_allowed
from sources.models import alias_lines

BCP47 = RegexValidator(
    r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    "Use a BCP 47 language tag, e.g. en, de, uk, pt-BR.",
)
HEX_COLOUR = RegexValidator(r"^#[0-9a-fA-F]{6}$", "Use a hex colour such as #1a7f37.")


class Topic(models.Model):
    """What an article is about: a subject, a place or an event."""

    class Kind(models.TextChoices):
        SUBJECT = "subject", "Subject"
        PLACE = "place", "Place"
        EVENT = "event", "Event"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.SUBJECT)
    aliases = models.TextField(
        blank=True, help_text="Other spellings, one per line (Cherson for Kherson)."
    )
    description = models.TextField(blank=True)
    version = IntegerVersionField()

    history = HistoricalRecords(excluded_fields=["version"])
    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("topic-detail", kwargs={"slug": self.slug})

    @property
    def alias_list(self) -> list[str]:
        return alias_lines(self.aliases)


class Article(models.Model):
    """A news article, the unit of publication and of import."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"
        RETRACTED = "retracted", "Retracted"

    # Statuses a member of the public may see (retracted ones with their notice).
    PUBLIC_STATUSES = (Status.PUBLISHED, Status.RETRACTED)

    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=255, unique=True)
    standfirst = models.TextField(blank=True)
    body = models.TextField(
        help_text="Plain text; separate paragraphs with a blank line. Never rendered as HTML."
    )
    byline = models.CharField(max_length=300, blank=True)
    publisher = models.ForeignKey(
        "sources.Source",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="published_articles",
        limit_choices_to={"kind": "media_outlet"},
        db_index=False,  # led by article_publisher_recent below
    )
    # The import key. NULL (never "") when absent, so that uniqueness holds.
    url = models.URLField("URL", max_length=1000, unique=True, null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    language = models.CharField(max_length=35, default="en", validators=[BCP47])
    topics = models.ManyToManyField(Topic, blank=True, related_name="articles")
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    retraction_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = IntegerVersionField()

    # History is read article by article (its ``id``): no other index there.
    history = HistoricalRecords(
        m2m_fields=[topics],
        excluded_fields=["version"],
        no_db_index=["slug", "url", "publisher", "published_at"],
    )
    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"]),
            models.Index(fields=["language"]),
            # A publisher's latest articles (its source page, the API's publisher
            # filter): with the publisher's own index alone PostgreSQL walked
            # every article by date looking for a publisher's few (135 ms at
            # 100,000 articles, for a source that publishes none).
            models.Index(
                fields=["publisher", "-published_at", "-id"],
                name="article_publisher_recent",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="retracted") | ~models.Q(retraction_note=""),
                name="article_retraction_has_note",
                violation_error_message="A retracted article needs a retraction note.",
            ),
            models.CheckConstraint(
                condition=~models.Q(status__in=["published", "retracted"])
                | models.Q(published_at__isnull=False),
                name="article_public_has_date",
                violation_error_message="A published article needs a publication date.",
            ),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        if self.url == "":
            self.url = None
        super().save(*args, **kwargs)
        if self.is_public:
            # Public claims always have a date: the API pages through them by
            # (claimed_on, id), and a NULL there would fall out of the order.
            self._date_undated_claims()

    def get_absolute_url(self):
        return reverse("article-detail", kwargs={"slug": self.slug})

    def _date_undated_claims(self):
        undated = list(self.claims.filter(claimed_on__isnull=True))
        if not undated:
            return
        for claim in undated:
            claim.claimed_on = self.published_at.date()
        # Recorded in the claims' history, in one statement for all of them.
        with untracked_writes_allowed():
            bulk_update_with_history(
                undated,
                Claim,
                ["claimed_on"],
                default_user=getattr(self, "_history_user", None),
                default_change_reason="dated on publication",
            )

    def delete(self, *args, **kwargs):
        if self.status != self.Status.DRAFT:
            raise ValidationError(
                "Only drafts can be deleted; retract a published article instead."
            )
        return super().delete(*args, **kwargs)

    @property
    def is_public(self) -> bool:
        return self.status in self.PUBLIC_STATUSES

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]

    def clean(self):
        super().clean()
        if self.publisher_id and self.publisher.kind != "media_outlet":
            raise ValidationError(
                {"publisher": "The publisher must be a media outlet."}
            )
        if self.status == self.Status.RETRACTED and not self.retraction_note.strip():
            raise ValidationError(
                {"retraction_note": "A retracted article needs a retraction note."}
            )
        if self.status in self.PUBLIC_STATUSES and self.published_at is None:
            raise ValidationError(
                {"published_at": "A published article needs a publication date."}
            )


class ConfidenceLevel(models.Model):
    """A grade on the scale claims are judged by (Admiralty information credibility)."""

    code = models.CharField(max_length=2, primary_key=True)
    label = models.CharField(max_length=50, unique=True)
    rank = models.SmallIntegerField(
        unique=True, help_text="Orders the scale: higher is more confident."
    )
    description = models.TextField()
    colour = models.CharField(
        max_length=7, validators=[HEX_COLOUR], help_text="Badge colour, e.g. #1a7f37."
    )
    rating_value = models.PositiveSmallIntegerField(
        "ClaimReview rating",
        null=True,
        blank=True,
        help_text="schema.org ratingValue, 5 (best) to 1; empty when it cannot be judged.",
    )
    version = IntegerVersionField()

    history = HistoricalRecords(excluded_fields=["version"])
    objects = TrackedQuerySet.as_manager()

    class Meta:
        ordering = ["-rank"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating_value__isnull=True)
                | models.Q(rating_value__gte=1, rating_value__lte=5),
                name="confidence_rating_between_1_and_5",
            ),
        ]

    def __str__(self):
        return f"{self.code} – {self.label}"


class Claim(models.Model):
    """One statement attributed to a source in one article."""

    class ReviewStatus(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    DEFAULT_CONFIDENCE = "6"

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="claims"
    )
    # source, via and confidence have no index of their own: each leads a
    # composite index in Meta (filter by it, newest first), which also serves
    # plain lookups, and every extra index slows every insert.
    source = models.ForeignKey(
        "sources.Source",
        on_delete=models.PROTECT,
        related_name="claims",
        db_index=False,
    )
    via = models.ForeignKey(
        "sources.Source",
        on_delete=models.PROTECT,
        db_index=False,
        null=True,
        blank=True,
        related_name="relayed_claims",
        help_text="Who relays the claim (Meduza in “a source told Meduza”); empty when first-hand.",
    )
    text = models.TextField(help_text="The statement as it stands in the article.")
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    is_paraphrase = models.BooleanField(
        default=False,
        help_text="Paraphrased from several places: the text is not in the body "
        "and has no offsets.",
    )
    is_direct_quote = models.BooleanField(default=False)
    cue = models.CharField(
        max_length=100,
        blank=True,
        help_text="Attribution words: said, according to, told…",
    )
    speaker_role = models.CharField(
        max_length=300, blank=True, help_text="How the article describes the source."
    )
    claimed_on = models.DateField(
        null=True, blank=True, help_text="Defaults to the article's publication date."
    )
    confidence = models.ForeignKey(
        ConfidenceLevel,
        on_delete=models.PROTECT,
        default=DEFAULT_CONFIDENCE,
        related_name="claims",
        db_index=False,
    )
    rationale = models.TextField(blank=True, help_text="Why this confidence level.")
    review_status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.ACCEPTED
    )
    # The names and aliases of the source and the relay, copied here so that one
    # full-text document covers "Sergei Surovikin" as well as the claim's words.
    # Kept in sync by save() and when a source is renamed (articles.signals).
    search_names = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = IntegerVersionField()

    # History is read claim by claim (its ``id``), never filtered by relation.
    history = HistoricalRecords(
        excluded_fields=["version", "search_names"],
        no_db_index=["article", "source", "via", "confidence"],
    )
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start", "id"]
        indexes = [
            models.Index(fields=["source", "-claimed_on", "-id"]),
            models.Index(fields=["confidence", "-claimed_on", "-id"]),
            models.Index(fields=["-claimed_on", "-id"]),
            # Only the claims these lookups can ask for: the ``via`` filter
            # names relays, and the review queue wants the suggested claims.
            # Most claims have no relay and are accepted, so writing them (an
            # import) skips both indexes.
            models.Index(
                fields=["via", "-claimed_on", "-id"],
                condition=models.Q(via__isnull=False),
                name="claim_relayed_recent",
            ),
            models.Index(
                fields=["review_status"],
                condition=models.Q(review_status="suggested"),
                name="claim_suggested",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start__isnull=True, end__isnull=True)
                | models.Q(
                    start__isnull=False, end__isnull=False, start__lt=models.F("end")
                ),
                name="claim_span_ordered",
                violation_error_message="A claim's start must come before its end.",
            ),
            models.CheckConstraint(
                condition=~models.Q(source=models.F("via")),
                name="claim_source_is_not_via",
                violation_error_message="A claim cannot be relayed by its own source.",
            ),
        ]

    def __str__(self):
        text = self.text if len(self.text) <= 80 else self.text[:77] + "…"
        return f"{self.source_id and self.source}: {text}"

    def save(self, *args, **kwargs):
        if self.claimed_on is None and self.article.published_at is not None:
            self.claimed_on = self.article.published_at.date()
        self.check_span()
        self.search_names = claim_search_names(self.source, self.via)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("claim-detail", kwargs={"pk": self.pk})

    @property
    def has_span(self) -> bool:
        return self.start is not None and self.end is not None

    def check_span(self):
        """Raise ValidationError unless the offsets point at exactly ``text`` in the body."""
        if self.start is None and self.end is None:
            if not self.is_paraphrase:
                raise ValidationError(
                    {
                        "text": "A claim needs its offsets in the body, or to be marked "
                        "as a paraphrase."
                    }
                )
            return
        if self.start is None or self.end is None or self.start >= self.end:
            raise ValidationError({"end": "Give both offsets, with start before end."})
        found = self.article.body[self.start : self.end]
        if found != self.text:
            raise ValidationError(
                {
                    "start": f"The offsets {self.start}–{self.end} point at “{found[:60]}”, "
                    "not at the claim's text."
                }
            )

    def _article_if_set(self):
        # In an inline formset the article may be new and unsaved: use the object.
        try:
            return self.article
        except Article.DoesNotExist:
            return None

    def clean(self):
        super().clean()
        if self.source_id and self.via_id and self.source_id == self.via_id:
            raise ValidationError(
                {"via": "A claim cannot be relayed by its own source."}
            )
        article = self._article_if_set()
        if article is None or not self.text:
            return
        if self.is_paraphrase:
            self.start = self.end = None
            return
        body = article.body
        if self.start is None and self.end is None:
            span = locate(self.text, body)
            if span.error:
                raise ValidationError({"text": span.error})
            self.start, self.end, self.text = (
                span.start,
                span.end,
                body[span.start : span.end],
            )
        elif self.start is None or self.end is None:
            raise ValidationError(
                {
                    "end": "Give both start and end, or leave both empty to find the text."
                }
            )
        elif not (0 <= self.start < self.end <= len(body)):
            raise ValidationError(
                {
                    "end": f"Offsets must satisfy 0 ≤ start < end ≤ {len(body)} "
                    "(the body's length)."
                }
            )
        elif body[self.start : self.end] != self.text:
            # The editor may have moved the text: find it again near the old offsets.
            span = locate(self.text, body, near=self.start)
            if span.error:
                raise ValidationError(
                    {
                        "text": f"The offsets {self.start}–{self.end} do not match the text, "
                        f"and: {span.error}"
                    }
                )
            self.start, self.end, self.text = (
                span.start,
                span.end,
                body[span.start : span.end],
            )


def claim_search_names(source, via) -> str:
    """The searchable names of a claim's source and relay, one per line."""
    return "\n".join([*source.names, *(via.names if via else [])])


class ClaimRelation(models.Model):
    """A link between two claims: one corroborates, contradicts or repeats the other."""

    class Kind(models.TextChoices):
        CORROBORATES = "corroborates", "corroborates"
        CONTRADICTS = "contradicts", "contradicts"
        REPEATS = "repeats", "repeats"

    from_claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="relations_from"
    )
    to_claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="relations_to"
    )
    kind = models.CharField(max_length=15, choices=Kind.choices)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["from_claim", "to_claim", "kind"], name="claim_relation_unique"
            ),
            models.CheckConstraint(
                condition=~models.Q(from_claim=models.F("to_claim")),
                name="claim_relation_not_to_itself",
                violation_error_message="A claim cannot be related to itself.",
            ),
        ]

    def __str__(self):
        return f"#{self.from_claim_id} {self.kind} #{self.to_claim_id}"


class Evidence(models.Model):
    """A document that supports or refutes a claim."""

    class Stance(models.TextChoices):
        SUPPORTS = "supports", "supports"
        REFUTES = "refutes", "refutes"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField("URL", max_length=1000)
    title = models.CharField(max_length=300, blank=True)
    stance = models.CharField(max_length=10, choices=Stance.choices)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "evidence"

    def __str__(self):
        return self.title or self.url


# -- Review queue (issue 6) ------------------------------------------------------
class SuggestedClaim(Claim):
    """Claims as the review queue shows them: machine suggestions for an editor."""

    class Meta:
        proxy = True
        verbose_name = "suggested claim"
        verbose_name_plural = "review queue (suggested claims)"
