from collections.abc import Callable

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connections, models
from django.db.models.expressions import Col
from django.db.models.functions import Cast, Coalesce, TruncMonth

from editorial.tracking import TrackedQuerySet

# The text-search configuration of every tsvector column (see the migrations).
SEARCH_CONFIG = "english"


class FullTextQuerySet(TrackedQuerySet):
    """Search helpers shared by the models that have a ``search_document`` column
    (a weighted tsvector, generated and GIN-indexed, on PostgreSQL only)."""

    @property
    def has_full_text(self) -> bool:
        return connections[self.db].vendor == "postgresql"

    def _document(self):
        # A column Django does not model, as a Col so that it is renamed with its
        # table when the query becomes a subquery (U0."search_document").
        column = SearchVectorField()
        column.column = "search_document"
        return Col(self.model._meta.db_table, column)

    def _full_text_match(self, q: str) -> models.Q:
        return models.Q(_document=web_query(q))

    def search_ranked(self, q: str):
        """``search(q)`` annotated with ``rank`` (relevance, higher first) and
        ordered by it, on PostgreSQL; the portable search, unranked, elsewhere."""
        matches = self.search(q)
        if not self.has_full_text:
            return matches
        return matches.annotate(rank=self.relevance(q)).order_by("-rank", "-pk")

    def relevance(self, q: str, weights: list[float] | None = None):
        """How well ``q`` matches each row's stored, weighted document (PostgreSQL):
        ``ts_rank`` of the generated column, never a vector computed on the fly.
        ``weights`` (for D, C, B, A, as ``ts_rank`` takes them) replaces its
        defaults: a weight of 0 ranks what matches only there last.
        """
        # ts_rank is a float4, which psycopg reads back rounded: as a float8 the
        # value in a cursor compares equal to the one PostgreSQL computes again.
        return Cast(
            SearchRank(self._document(), web_query(q), weights=weights),
            models.FloatField(),
        )


# The fields of a source named in a claim or an article (claimant, relay, publisher).
API_REF = ("slug", "name", "kind")


class TopicQuerySet(TrackedQuerySet):
    # What the API shows of a topic, as values() paths.
    API_FIELDS = ("slug", "name", "kind", "aliases")

    def api_rows_for(self, article_ids) -> dict[int, list[dict]]:
        """{article id: [topic row, …]} of the given articles, topics in their usual
        order: one query, rows of ``API_FIELDS``."""
        from articles.models import Article

        tagged = (
            Article.topics.through.objects.filter(article_id__in=article_ids)
            .order_by("topic__name", "topic__id")
            .values_list("article_id", *(f"topic__{f}" for f in self.API_FIELDS))
        )
        rows: dict[int, list[dict]] = {}
        for article_id, *values in tagged:
            rows.setdefault(article_id, []).append(
                dict(zip(self.API_FIELDS, values, strict=True))
            )
        return rows

    def search(self, q: str):
        """Topics whose name or aliases match ``q`` (computed on the fly: the
        table is small)."""
        if connections[self.db].vendor == "postgresql":
            return self.alias(
                _document=SearchVector("name", "aliases", config=SEARCH_CONFIG)
            ).filter(_document=web_query(q))
        return self.filter(all_terms_match(q, ["name", "aliases"]))

    def public(self):
        """Topics of at least one public article."""
        from articles.models import Article

        return self.filter(
            pk__in=Article.topics.through.objects.filter(
                article__status__in=Article.PUBLIC_STATUSES
            ).values("topic_id")
        )


class ArticleQuerySet(FullTextQuerySet):
    def public(self):
        """Articles a member of the public may open: published, and retracted ones
        (shown with their retraction notice). Drafts and in-review never."""
        return self.filter(status__in=self.model.PUBLIC_STATUSES)

    def listed(self):
        """Articles shown in public lists: published only; retracted ones are left
        out of lists unless asked for."""
        return self.filter(status=self.model.Status.PUBLISHED)

    def search(self, q: str):
        """Articles matching ``q`` in the headline, standfirst, body, or whose topic's
        name or aliases match ("Cherson" finds Kherson). PostgreSQL: full text
        (websearch syntax) on the GIN-indexed document; elsewhere every word must
        appear somewhere."""
        if self.has_full_text:
            from articles.models import Article, Topic

            # A UNION of ids, not "matches OR tagged": an OR with a subquery
            # forbids the GIN index and reads every article.
            matching = (
                Article.objects.alias(_document=self._document())
                .filter(self._full_text_match(q))
                .order_by()
                .values("pk")
            )
            tagged = (
                Article.topics.through.objects.filter(topic__in=Topic.objects.search(q))
                .order_by()
                .values("article_id")
            )
            return self.filter(pk__in=matching.union(tagged))
        return self.filter(
            pk__in=self.model.objects.filter(
                all_terms_match(
                    q,
                    [
                        "headline",
                        "standfirst",
                        "body",
                        "topics__name",
                        "topics__aliases",
                    ],
                )
            ).values("pk")
        )

    def for_listing(self):
        """What a list of articles shows: the publisher, and counts."""
        return self.select_related("publisher").annotate(
            claim_count=models.Count("claims", distinct=True)
        )

    def for_reading(self):
        """What the public article page shows: publisher, topics, and the public
        claims with their sources and levels (as ``public_claims``, in body order)."""
        from articles.models import Claim

        return self.select_related("publisher").prefetch_related(
            "topics",
            models.Prefetch(
                "claims",
                queryset=Claim.objects.public().for_display().order_by("start", "id"),
                to_attr="public_claims",
            ),
        )

    def with_public_claim_count(self):
        """Annotate ``public_claim_count``: accepted claims only (the articles are
        public already), counted for the rows fetched only."""
        from articles.models import Claim

        return self.annotate(
            public_claim_count=Claim.objects.filter(
                review_status=Claim.ReviewStatus.ACCEPTED
            ).count_for("article")
        )

    # What the API shows of an article in a list, as values() paths (its topics
    # come from Topic.objects.api_rows_for(); newsroom.api.representations writes
    # the JSON from both).
    API_FIELDS = (
        "id",
        "slug",
        "headline",
        "standfirst",
        "byline",
        *(f"publisher__{field}" for field in API_REF),
        "published_at",
        "language",
        "status",
        "retraction_note",
        "public_claim_count",
        "updated_at",
    )

    def for_api(self):
        """The articles as ``values()`` rows of ``API_FIELDS``: no model instances
        (building them and prefetching their topics as objects cost more than both
        queries)."""
        return self.with_public_claim_count().values(*self.API_FIELDS)

    def for_api_detail(self):
        """An article with its topics and public claims, in reading order."""
        from articles.models import Claim

        return (
            self.select_related("publisher")
            .prefetch_related("topics")
            .with_public_claim_count()
        ).prefetch_related(
            models.Prefetch(
                "claims",
                queryset=Claim.objects.public().for_display().order_by("start", "id"),
                to_attr="public_claims",
            )
        )


class ClaimQuerySet(FullTextQuerySet):
    def public(self):
        """Claims the public may see: accepted by an editor (never suggested or
        rejected), on an article the public may open."""
        return self.filter(self.public_condition())

    @classmethod
    def public_condition(cls, path: str = "") -> models.Q:
        """``public()`` as a condition on the claim at ``path`` (``"to_claim__"``:
        the claim a relation points to), for a query that joins it anyway."""
        from articles.models import Article, Claim

        return models.Q(
            **{
                f"{path}review_status": Claim.ReviewStatus.ACCEPTED,
                f"{path}article__status__in": Article.PUBLIC_STATUSES,
            }
        )

    def count_for(self, field: str):
        """How many of these claims have ``field`` (``"article"``, ``"source"``)
        equal to the outer row, as an expression to annotate with: a correlated
        subquery, computed for the rows a query returns only. A Count over the
        join grouped every claim of every row before a page was cut, and made
        every query the admin derives from its list (counts, filters, dates) do
        the same: 1.9 s for the articles' list at a million claims."""
        counts = (
            self.filter(**{field: models.OuterRef("pk")})
            .order_by()
            .values(field)
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        return Coalesce(models.Subquery(counts), models.Value(0))

    def for_display(self):
        """Everything a claim is shown with, fetched in the same query."""
        return self.select_related("source", "via", "article", "confidence")

    # What the API shows of a claim in a list, as values() paths
    # (newsroom.api.representations writes the JSON from them).
    API_FIELDS = (
        "id",
        "text",
        "is_direct_quote",
        "cue",
        "claimed_on",
        "rationale",
        "start",
        "end",
        "updated_at",
        *(f"{ref}__{field}" for ref in ("source", "via") for field in API_REF),
        "article__slug",
        "article__headline",
        "article__published_at",
        "confidence_id",  # label and rank from the cached scale (articles.scale)
    )

    def for_api(self):
        """The claims as ``values()`` rows of ``API_FIELDS``: one query with its
        joins, and no model instances (four per claim, with its source, relay,
        article and level: building them cost more than the query)."""
        return self.values(*self.API_FIELDS)

    def search(self, q: str):
        """Claims matching ``q`` in their text or their source's or relay's name or
        aliases ("Sergei Surovikin" finds Sergey Surovikin). PostgreSQL: full text
        (websearch syntax) on the GIN-indexed document, names weighted above the
        text; elsewhere every word must appear somewhere."""
        if self.has_full_text:
            return self.alias(_document=self._document()).filter(
                self._full_text_match(q)
            )
        return self.filter(
            all_terms_match(
                q,
                [
                    "text",
                    "source__name",
                    "source__aliases",
                    "via__name",
                    "via__aliases",
                ],
            )
        )

    # Up to this many matches, a search in date order sorts its matches; beyond,
    # they are frequent enough for a walk down the date index to fill a page soon.
    FREQUENT_MATCHES = 2000

    def date_order_for_search(self, q: str):
        """Searched claims in date order, planned for the term's frequency
        (PostgreSQL).

        The planner walks the (claimed_on, id) index and tests each row against
        the search, for any term. For a frequent one that is the fast plan; for a
        rare one it reads most of the table (551 ms at a million claims, SPEC.md).
        One capped count of the matches (a GIN lookup) tells which: when they are
        few, ordering by ``claimed_on + 0`` (the same order, but no index has it)
        makes PostgreSQL collect them from the GIN index and sort them instead.
        """
        ordering = [o for o in self.query.order_by if isinstance(o, str)]
        if (
            not self.has_full_text
            or not ordering
            or ordering[0].lstrip("-") != "claimed_on"
        ):
            return self
        matches = self.model.objects.search(q).order_by()[: self.FREQUENT_MATCHES]
        if matches.count() >= self.FREQUENT_MATCHES:
            return self
        sign = "-" if ordering[0].startswith("-") else ""
        return self.annotate(
            searched_on=models.Func(
                models.F("claimed_on"),
                template="(%(expressions)s + 0)",
                output_field=models.DateField(),
            )
        ).order_by(f"{sign}searched_on", f"{sign}pk")

    def for_api_detail(self):
        """A claim with its evidence and its relations to other public claims."""
        from articles.models import ClaimRelation

        def public_relations(other_end: str):
            # Only the other end is shown, and it is joined anyway: its public
            # condition goes on that join rather than into a subquery (planning
            # both ends' joins and the subquery took 2 ms a query at a million
            # claims). Only the columns the API shows of it are read (its level's
            # label and rank come from the cached scale).
            return (
                ClaimRelation.objects.select_related(
                    *[
                        f"{other_end}__{relation}"
                        for relation in ("source", "via", "article")
                    ]
                )
                .only(
                    "kind",
                    "note",
                    "from_claim_id",
                    "to_claim_id",
                    *[f"{other_end}__{path}" for path in self.API_FIELDS],
                )
                .filter(self.public_condition(f"{other_end}__"))
            )

        return self.for_display().prefetch_related(
            "evidence",
            models.Prefetch(
                "relations_from",
                queryset=public_relations("to_claim"),
                to_attr="public_relations_from",
            ),
            models.Prefetch(
                "relations_to",
                queryset=public_relations("from_claim"),
                to_attr="public_relations_to",
            ),
        )

    def track_record(self) -> dict:
        """How many of these claims there are, per confidence level (every level,
        most confident first) and per month (oldest first): two queries."""
        from articles.models import ConfidenceLevel

        claims = self.order_by()
        per_level = dict(
            claims.values_list("confidence_id").annotate(n=models.Count("pk"))
        )
        by_month = (
            claims.filter(claimed_on__isnull=False)
            .annotate(month=TruncMonth("claimed_on"))
            .values_list("month")
            .annotate(n=models.Count("pk"))
            .order_by("month")
        )
        return {
            "total": sum(per_level.values()),
            "by_confidence": [
                {
                    "code": level.code,
                    "label": level.label,
                    "rank": level.rank,
                    "count": per_level.get(level.code, 0),
                }
                for level in ConfidenceLevel.objects.order_by("-rank")
            ],
            "by_month": [
                {"month": month.strftime("%Y-%m"), "count": n} for month, n in by_month
            ],
        }

    def suggested(self):
        return self.filter(review_status=self.model.ReviewStatus.SUGGESTED)


def web_query(q: str) -> SearchQuery:
    """``q`` in web-search syntax: "exact phrase", -word, or."""
    return SearchQuery(q, search_type="websearch", config=SEARCH_CONFIG)


def search_terms(q: str) -> list[str]:
    """The words of a query, for the portable (SQLite) search: every one must match."""
    return [term for term in q.replace('"', " ").split() if not term.startswith("-")][
        :10
    ]


def all_terms_match(q: str, fields: list[str]) -> models.Q:
    """A Q where each term of ``q`` is found (case-insensitively) in one of ``fields``."""
    condition = models.Q()
    for term in search_terms(q):
        any_field = models.Q()
        for name in fields:
            any_field |= models.Q(**{f"{name}__icontains": term})
        condition &= any_field
    return condition


class BuiltOnce:
    """A QuerySet made by ``build()`` the first time it is asked for, and cloned
    each time after.

    For QuerySets every request starts from ("public sources", an API list's
    "public claims, as values() rows, newest first"): building them (the public
    filters, their joins and subqueries, the values paths) took about as long as
    running or compiling the query they start (0.47 ms of an API claims page at a
    million claims). The shared QuerySet is never evaluated; each caller filters
    a clone. What it depends on must not change while the process runs: nothing
    here reads the time or the request.
    """

    def __init__(self, build: Callable[[], models.QuerySet]):
        self.build = build
        self._built: models.QuerySet | None = None

    def __call__(self) -> models.QuerySet:
        if self._built is None:
            self._built = self.build()
        return self._built.all()

    def forget(self) -> None:
        self._built = None
