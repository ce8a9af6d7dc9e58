"""FilterSets shared by the API and the public list pages.

One definition of what each parameter means: ``confidence_min=3`` is "at least
possibly true" in /api/v1/claims/ and on /claims/ alike. Slugs are resolved to
ids before filtering (a join through ``source__slug`` turned a 1 ms index scan
into a 130 ms plan at a million claims), and only among public objects, so a
slug known only from drafts is as unknown as a misspelt one.
"""

import copy
import datetime as dt
import time

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from drf_spectacular.utils import extend_schema_field

from articles.models import Article, Claim, Topic
from articles.querysets import BuiltOnce
from articles.scale import confidence_level, confidence_levels
from sources.models import Source


class PublicSlugs:
    """slug → id of public objects, remembered per process for ``MAX_AGE`` seconds.

    Looking a slug up among public sources is three EXISTS subqueries: about as
    long as the page it filters (PostgreSQL spends most of it planning). Only slugs
    found are kept, so a newly public one is seen at once; a save or delete of a
    source, article, claim or topic in this process forgets them all
    (``articles.signals``). Elsewhere a slug that stopped being public is still
    accepted for up to ``MAX_AGE`` seconds (the API's own Cache-Control max-age):
    it filters an empty page instead of a 400, since the page itself only ever
    holds public claims. Writes that send no signal (``QuerySet.update``, bulk
    writes) are covered by the same limit.
    """

    MAX_AGE = 60.0
    MAX_ENTRIES = 10_000

    def __init__(self):
        self._found: dict[tuple, tuple[float, int]] = {}

    def find(self, public, slugs: list[str]) -> dict[str, int]:
        """{slug: id} of the ``slugs`` naming objects of ``public()``."""
        now = time.monotonic()
        found, missing = {}, []
        for slug in slugs:
            hit = self._found.get((public, slug))
            if hit is not None and now - hit[0] <= self.MAX_AGE:
                found[slug] = hit[1]
            else:
                missing.append(slug)
        if missing:
            looked_up = dict(
                public().filter(slug__in=missing).order_by().values_list("slug", "pk")
            )
            if len(self._found) > self.MAX_ENTRIES:
                self._found.clear()
            for slug, pk in looked_up.items():
                self._found[(public, slug)] = (now, pk)
            found.update(looked_up)
        return found

    def forget(self, **kwargs) -> None:
        """Drop every entry (a signal receiver: ignores the signal's arguments)."""
        self._found.clear()


public_slugs = PublicSlugs()


class SlugsField(forms.Field):
    """Several slugs (``?source=a&source=b``), cleaned into the ids they name.

    ``queryset`` is a callable returning the objects the public may refer to.
    """

    widget = forms.SelectMultiple

    def __init__(self, *, queryset, noun: str, **kwargs):
        self.get_queryset = queryset
        self.noun = noun
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return []
        values = value if isinstance(value, list | tuple) else [value]
        slugs = [str(v).strip() for v in values if str(v).strip()]
        return list(dict.fromkeys(slugs))[:50]

    def clean(self, value):
        slugs = super().clean(value)
        if not slugs:
            return []
        found = public_slugs.find(self.get_queryset, slugs)
        unknown = [s for s in slugs if s not in found]
        if unknown:
            raise ValidationError(
                "Unknown %(noun)s: %(slugs)s.",
                code="unknown",
                params={
                    "noun": self.noun,
                    "slugs": ", ".join(repr(s) for s in unknown),
                },
            )
        return [found[s] for s in slugs]


class MultipleChoiceFilter(django_filters.MultipleChoiceFilter):
    """Repeatable choices, without DISTINCT: none of ours crosses a to-many join,
    and DISTINCT over a page of claims sorts every match (255 ms at 1M claims)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)


class StrictBooleanField(forms.Field):
    """``true``/``false`` (or 1/0); anything else is an error, not silently ignored."""

    widget = forms.TextInput
    VALUES = {"true": True, "1": True, "false": False, "0": False}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return self.VALUES[str(value).strip().lower()]
        except KeyError:
            # The value goes in params: django-filter %-formats the message.
            raise ValidationError(
                "%(value)r is not a boolean: use true or false.",
                code="invalid",
                params={"value": value},
            ) from None

    def validate(self, value):
        pass  # None (absent) is allowed; to_python did the checking


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


class SafeIsoDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 date-time, returned in UTC; one that cannot be converted to UTC
    (year 1 with a positive offset) is a validation error, not an OverflowError.

    Converting matters: PostgreSQL refuses offsets beyond ±15:59, which ISO 8601
    (and Python) accept, e.g. +21:27."""

    def to_python(self, value):
        try:
            value = super().to_python(value)
            return value.astimezone(dt.UTC) if value is not None else None
        except OverflowError:
            raise ValidationError(
                "Enter a date-time between the years 1 and 9999.", code="invalid"
            ) from None


class SafeIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = SafeIsoDateTimeField


class _FiltersCopiedShallow(dict):
    """A FilterSet's declared filters, which django-filter deep-copies for every
    FilterSet made (every request): ~450 objects, a tenth of a claims page. Nothing
    changes a declared filter after the class is built, and an instance only sets
    ``model`` and ``parent`` on its copies, so a copy of each filter is enough."""

    def __deepcopy__(self, memo):
        copies = {}
        for name, declared in self.items():
            copies[name] = copy.copy(declared)
            if declared.method is not None:
                # A FilterMethod finds its method through its filter's parent:
                # it must point at the copy, not at the class's filter.
                copies[name].method = declared.method
        return copies


class PublicFilterSet(django_filters.FilterSet):
    """A FilterSet for public query strings: a value no database could take (a NUL
    character, or an absurdly long string) is a 400 naming the parameter, not a 500."""

    MAX_VALUE_LENGTH = 500

    @classmethod
    def get_filters(cls):
        return _FiltersCopiedShallow(super().get_filters())

    def __init__(self, data=None, *args, **kwargs):
        self._unusable = {}
        for name, values in data.lists() if hasattr(data, "lists") else []:
            for value in values:
                if "\x00" in value:
                    self._unusable[name] = "contains a NUL character."
                elif len(value) > self.MAX_VALUE_LENGTH:
                    self._unusable[name] = (
                        f"is longer than {self.MAX_VALUE_LENGTH} characters."
                    )
        if self._unusable:
            # Kept away from the fields: a slug field would look it up in the database.
            data = data.copy()
            for name in self._unusable:
                data.pop(name)
        super().__init__(data, *args, **kwargs)

    def get_form_class(self):
        """The form class, made once per FilterSet class: django-filter makes a new
        class, and a new field for every filter, for every FilterSet (0.2 ms of a
        claims page). Nothing in a field depends on the request: choices that
        change (the confidence scale, the languages in use) are callables, read
        afresh each time a form is validated."""
        cls = type(self)
        form_class = cls.__dict__.get("_form_class")
        if form_class is None:
            form_class = super().get_form_class()
            cls._form_class = form_class
        return form_class

    def is_valid(self):
        valid = super().is_valid()
        for name, why in self._unusable.items():
            if name in self.form.fields:
                self.form.add_error(name, f"The value {why}")
                valid = False
        return valid


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class SlugsFilter(django_filters.Filter):
    """Filters ``field_name__in`` with the ids of the given public slugs."""

    field_class = SlugsField

    def __init__(self, *args, queryset, noun, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra.update(queryset=queryset, noun=noun)

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{f"{self.field_name}__in": value})


# The public objects a slug may name, built once per process: "public source" is
# three EXISTS subqueries, and building them took longer than running the lookup.
public_sources = BuiltOnce(lambda: Source.objects.public())
public_articles = BuiltOnce(lambda: Article.objects.public())
public_topics = BuiltOnce(lambda: Topic.objects.public())


def confidence_choices():
    return [
        (level.code, f"{level.code} – {level.label}") for level in confidence_levels()
    ]


def articles_tagged(topic_ids):
    return Article.topics.through.objects.filter(topic_id__in=topic_ids).values(
        "article_id"
    )


class SearchFilter(django_filters.CharFilter):
    """``q``: the model's own search, ranked where the database can rank (full text
    on PostgreSQL, most relevant first unless ``ordering`` says otherwise; words
    elsewhere)."""

    def filter(self, qs, value):
        value = (value or "").strip()
        if not value:
            return qs
        return (
            qs.search_ranked(value)
            if hasattr(qs, "search_ranked")
            else qs.search(value)
        )


class ClaimFilter(PublicFilterSet):
    source = SlugsFilter(
        field_name="source_id",
        queryset=public_sources,
        noun="source",
        label="Source",
        help_text="Source slug; repeat for several.",
    )
    via = SlugsFilter(
        field_name="via_id",
        queryset=public_sources,
        noun="source",
        label="Relayed by",
        help_text="Slug of the relaying source; repeat for several.",
    )
    source_kind = MultipleChoiceFilter(
        field_name="source__kind",
        choices=Source.Kind.choices,
        label="Kind of source",
    )
    article = SlugsFilter(
        field_name="article_id",
        queryset=public_articles,
        noun="article",
        label="Article",
        help_text="Article slug; repeat for several.",
    )
    topic = SlugsFilter(
        field_name="topic",
        queryset=public_topics,
        noun="topic",
        method="filter_topic",
        label="Topic",
        help_text="Topic slug; repeat for several.",
    )
    confidence = MultipleChoiceFilter(
        field_name="confidence_id",
        choices=confidence_choices,
        label="Confidence",
        help_text="Confidence level code (1 confirmed … 6 cannot be judged; see "
        "/api/v1/confidence-levels/); repeat for several.",
    )
    confidence_min = django_filters.ChoiceFilter(
        choices=confidence_choices,
        method="filter_confidence_min",
        label="At least as confident as",
        help_text="A confidence level code: that level and every level ranked above it.",
    )
    is_direct_quote = StrictBooleanFilter(label="Direct quote")
    claimed_after = django_filters.DateFilter(
        field_name="claimed_on", lookup_expr="gte", label="Claimed on or after"
    )
    claimed_before = django_filters.DateFilter(
        field_name="claimed_on", lookup_expr="lte", label="Claimed on or before"
    )
    q = SearchFilter(label="Words in the claim")
    ordering = django_filters.OrderingFilter(
        fields=(("claimed_on", "claimed_on"), ("confidence__rank", "confidence")),
        label="Order",
    )

    class Meta:
        model = Claim
        fields = []

    def filter_confidence_min(self, queryset, name, value: str):
        if not value:
            return queryset
        floor = confidence_level(value).rank
        return queryset.filter(
            confidence_id__in=[
                level.code for level in confidence_levels() if level.rank >= floor
            ]
        )

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.form.cleaned_data.get("q"):
            queryset = queryset.date_order_for_search(self.form.cleaned_data["q"])
        return queryset

    def filter_topic(self, queryset, name, value):
        # A subquery on the articles tagged, not a join: one row per claim, no DISTINCT.
        if not value:
            return queryset
        return queryset.filter(article_id__in=articles_tagged(value))


class ArticleFilter(PublicFilterSet):
    publisher = SlugsFilter(
        field_name="publisher_id",
        queryset=public_sources,
        noun="publisher",
        label="Publisher",
    )
    source = SlugsFilter(
        field_name="source",
        queryset=public_sources,
        noun="source",
        method="filter_quoting",
        label="Quotes source",
    )
    topic = SlugsFilter(
        field_name="topics",
        queryset=public_topics,
        noun="topic",
        label="Topic",
        method="filter_topic",
    )
    language = MultipleChoiceFilter(
        choices=lambda: [
            (code, code)
            for code in Article.objects.public()
            .order_by()
            .values_list("language", flat=True)
            .distinct()
        ],
        label="Language",
    )
    published_after = SafeIsoDateTimeFilter(
        field_name="published_at", lookup_expr="gte", label="Published on or after"
    )
    published_before = SafeIsoDateTimeFilter(
        field_name="published_at", lookup_expr="lte", label="Published on or before"
    )
    status = django_filters.ChoiceFilter(
        choices=[("published", "Published"), ("retracted", "Retracted")],
        method="filter_status",
        label="Status",
    )
    q = SearchFilter(label="Words in the article")
    ordering = django_filters.OrderingFilter(
        fields=(("published_at", "published_at"), ("headline", "headline")),
        label="Order",
    )

    class Meta:
        model = Article
        fields = []

    def filter_quoting(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            pk__in=Claim.objects.public()
            .filter(source_id__in=value)
            .values("article_id")
        )

    def filter_topic(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(pk__in=articles_tagged(value))

    def filter_status(self, queryset, name, value):
        return queryset  # applied in filter_queryset, where the default lives

    def filter_queryset(self, queryset):
        # Lists show published articles; retracted ones only when asked for.
        status = self.form.cleaned_data.get("status") or Article.Status.PUBLISHED
        return super().filter_queryset(queryset.filter(status=status))
