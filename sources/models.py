import unicodedata

from concurrency.fields import IntegerVersionField
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from sources.querysets import SourceQuerySet


def alias_lines(text: str) -> list[str]:
    """Aliases kept one a line, as written: blank lines and edge spaces dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form of a name, for matching."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def cut_slug(text: str, length: int) -> str:
    """``text`` as a slug of at most ``length`` characters, never ending on the
    dash between two words."""
    return slugify(text)[:length].rstrip("-")


def free_source_slug(name: str, *, length: int, taken=()) -> str:
    """A slug for a new source named ``name`` that no source has, nor ``taken``:
    the name cut to ``length``, then numbered ``-2``, ``-3`` … as needed."""
    base = cut_slug(name, length) or "source"
    slug, n = base, 2
    while slug in taken or Source.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class Source(models.Model):
    """Anyone or anything a claim is attributed to."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        GOVERNMENT_BODY = "government_body", "Government body"
        MEDIA_OUTLET = "media_outlet", "Media outlet"
        ANONYMOUS = "anonymous", "Anonymous"

    class Reliability(models.TextChoices):
        # The Admiralty (NATO) source-reliability grades.
        A = "A", "A – Completely reliable"
        B = "B", "B – Usually reliable"
        C = "C", "C – Fairly reliable"
        D = "D", "D – Not usually reliable"
        E = "E", "E – Unreliable"
        F = "F", "F – Reliability cannot be judged"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(
        max_length=300,
        blank=True,
        help_text='What the source is, e.g. "Commander of Russian forces in Ukraine".',
    )
    affiliation = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        help_text="The organisation the source belongs to or speaks for.",
    )
    country = models.CharField(
        max_length=2,
        blank=True,
        validators=[
            RegexValidator(r"^[A-Z]{2}$", "Use an ISO 3166-1 alpha-2 code, e.g. RU.")
        ],
        help_text="ISO 3166-1 alpha-2 code, e.g. RU, UA, LV.",
    )
    description = models.TextField(blank=True)
    aliases = models.TextField(
        blank=True,
        help_text="Other spellings and transliterations, one per line (Sergei, Schoigu…).",
    )
    reliability = models.CharField(
        max_length=1, choices=Reliability.choices, default=Reliability.F
    )
    wikidata_id = models.CharField(
        "Wikidata ID",
        max_length=20,
        blank=True,
        validators=[
            RegexValidator(r"^Q[1-9][0-9]*$", "A Wikidata item id looks like Q12345.")
        ],
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = IntegerVersionField()

    history = HistoricalRecords(excluded_fields=["version"])
    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        indexes = [
            # The API lists sources by name: walking this index, a page stops after
            # 50 public ones instead of checking and sorting every source.
            models.Index(fields=["name", "id"], name="source_name_id"),
            models.Index(fields=["kind", "name"]),
            models.Index(fields=["reliability"]),
            models.Index(fields=["country"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(affiliation=models.F("id")),
                name="source_not_affiliated_to_itself",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("source-detail", kwargs={"slug": self.slug})

    @property
    def alias_list(self) -> list[str]:
        return alias_lines(self.aliases)

    @property
    def names(self) -> list[str]:
        """The name followed by every alias: all the ways the source is written."""
        return [self.name, *self.alias_list]

    def clean(self):
        super().clean()
        # One alias per line, no duplicates, no repeat of the name itself.
        seen = {fold(self.name)}
        aliases = []
        for alias in self.alias_list:
            if fold(alias) not in seen:
                seen.add(fold(alias))
                aliases.append(alias)
        self.aliases = "\n".join(aliases)
