"""Public pages of the archive: home, date archive, articles, claims, topics, search.

Every page starts from the QuerySets' ``public()``/``listed()``: nothing of a draft,
an article in review or an unaccepted claim can reach a template.
"""

from django.core.paginator import Paginator
from django.db.models import Count
from django.db.models.functions import Trunc
from django.shortcuts import get_object_or_404
from django.views.generic import (
    ArchiveIndexView,
    DayArchiveView,
    DetailView,
    ListView,
    MonthArchiveView,
    TemplateView,
    YearArchiveView,
)
from django_filters.views import FilterView

from articles.filters import ClaimFilter
from articles.history import confidence_history
from articles.jsonld import claim_review, json_ld_script, news_article
from articles.models import Article, Claim, ConfidenceLevel, Topic
from articles.reading import marked_paragraphs, sentence_around
from articles.snippets import (
    headline_expression,
    highlight,
    on_postgresql,
    render_headline,
)
from newsroom.caching import PublicCacheMixin
from sources.models import Source

PAGE_SIZE = 25


def listing(queryset):
    """Articles as lists show them, with counts of public claims only."""
    return (
        queryset.select_related("publisher")
        .with_public_claim_count()
        .order_by("-published_at", "-id")
    )


class HomeView(PublicCacheMixin, TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            latest_articles=listing(Article.objects.listed())[:8],
            latest_claims=Claim.objects.public()
            .for_display()
            .filter(article__status=Article.Status.PUBLISHED)
            .order_by("-claimed_on", "-id")[:8],
            most_quoted=Source.objects.most_quoted(8),
            **kwargs,
        )


class ArticleArchiveMixin(PublicCacheMixin):
    """What every date-archive page shares: listed articles, counts per period."""

    date_field = "published_at"
    paginate_by = PAGE_SIZE
    month_format = "%m"
    context_object_name = "articles"
    # The period the page's counts are broken down by (years, months or days).
    count_period = None

    def get_queryset(self):
        return Article.objects.listed()

    def paginate_queryset(self, queryset, page_size):
        # Annotate the page only: the period counts group the bare queryset.
        return super().paginate_queryset(listing(queryset), page_size)

    def get_context_data(self, **kwargs):
        counts = []
        if self.count_period:
            counts = (
                self.object_list.order_by()
                .annotate(period=Trunc(self.date_field, self.count_period))
                .values("period")
                .annotate(articles=Count("id"))
                .order_by("period")
            )
        return super().get_context_data(period_counts=counts, **kwargs)


class ArchiveIndex(ArticleArchiveMixin, ArchiveIndexView):
    template_name = "articles/archive_index.html"
    allow_empty = True  # an empty archive is a page that says so, not a 404
    count_period = "year"


class ArchiveYear(ArticleArchiveMixin, YearArchiveView):
    template_name = "articles/archive_year.html"
    make_object_list = True
    count_period = "month"


class ArchiveMonth(ArticleArchiveMixin, MonthArchiveView):
    template_name = "articles/archive_month.html"
    count_period = "day"


class ArchiveDay(ArticleArchiveMixin, DayArchiveView):
    template_name = "articles/archive_day.html"


class ArticleDetailView(PublicCacheMixin, DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.public().for_reading()

    def get_context_data(self, **kwargs):
        article = self.object
        return super().get_context_data(
            paragraphs=marked_paragraphs(article.body, article.public_claims),
            json_ld=json_ld_script(
                news_article(article, absolute=self.request.build_absolute_uri)
            ),
            **kwargs,
        )


class ClaimListView(PublicCacheMixin, FilterView):
    """/claims/: the API's ClaimFilter as a form, so every parameter means the same."""

    filterset_class = ClaimFilter
    template_name = "articles/claim_list.html"
    paginate_by = PAGE_SIZE
    context_object_name = "claims"

    def get_queryset(self):
        return Claim.objects.public().for_display().order_by("-claimed_on", "-id")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            source_choices=Source.objects.public().only("slug", "name"),
            topic_choices=Topic.objects.public().only("slug", "name"),
            selected={
                name: self.request.GET.getlist(name)
                for name in ("source", "topic", "source_kind")
            },
            **kwargs,
        )


class ClaimDetailView(PublicCacheMixin, DetailView):
    template_name = "articles/claim_detail.html"
    context_object_name = "claim"

    def get_queryset(self):
        return (
            Claim.objects.public()
            .for_display()
            .select_related("source__affiliation")
            .prefetch_related("evidence")
        )

    def get_context_data(self, **kwargs):
        claim = self.object
        levels = {level.code: level for level in ConfidenceLevel.objects.all()}
        related = Claim.objects.public().for_display()
        context = {
            "context": sentence_around(claim.article.body, claim.start, claim.end)
            if claim.has_span
            else None,
            "history": [
                (levels.get(change.from_code), levels.get(change.to_code), change)
                for change in confidence_history(claim)
            ],
            # Only public claims at the other end of a relation are shown.
            "relations_from": [
                (relation.kind, relation.to_claim)
                for relation in claim.relations_from.filter(
                    to_claim__in=related
                ).select_related(*_related("to_claim"))
            ],
            "relations_to": [
                (relation.kind, relation.from_claim)
                for relation in claim.relations_to.filter(
                    from_claim__in=related
                ).select_related(*_related("from_claim"))
            ],
            "json_ld": json_ld_script(
                claim_review(claim, absolute=self.request.build_absolute_uri)
            ),
        }
        return super().get_context_data(**context, **kwargs)


def _related(name: str) -> list[str]:
    return [f"{name}__{field}" for field in ("source", "article", "confidence")]


class TopicDetailView(PublicCacheMixin, ListView):
    template_name = "articles/topic_detail.html"
    paginate_by = PAGE_SIZE
    context_object_name = "articles"

    def get_queryset(self):
        self.topic = get_object_or_404(Topic.objects.public(), slug=self.kwargs["slug"])
        return listing(Article.objects.listed().filter(topics=self.topic))

    def get_context_data(self, **kwargs):
        return super().get_context_data(topic=self.topic, **kwargs)


class SearchView(PublicCacheMixin, TemplateView):
    """/search/?q=: articles, claims and sources in one place.

    Without ``type`` each kind shows its first results and a count; with
    ``type=articles|claims|sources`` one kind is paginated in full.
    """

    template_name = "articles/search.html"
    preview_size = 5
    kinds = ("articles", "claims", "sources")

    def get_context_data(self, **kwargs):
        q = self.request.GET.get("q", "").strip()[:200]
        kind = self.request.GET.get("type")
        kind = kind if kind in self.kinds else None
        sections = []
        if q:
            for name in (kind,) if kind else self.kinds:
                sections.append(self.section(name, q, paginate=bool(kind)))
        return super().get_context_data(
            q=q,
            kind=kind,
            sections=sections,
            total=sum(section["count"] for section in sections),
            **kwargs,
        )

    def section(self, name: str, q: str, *, paginate: bool) -> dict:
        queryset, field, rank = {
            "articles": (
                listing(Article.objects.listed().search(q)),
                "body",
                # The stored document (headline A, standfirst B, body C): a vector
                # of every matching body computed on the fly took 2.9 s for a word
                # in half of 100,000 articles, ranking the stored one 0.3 s.
                lambda articles: articles.relevance(q),
            ),
            "claims": (
                Claim.objects.public()
                .filter(article__status=Article.Status.PUBLISHED)
                .search(q)
                .for_display()
                .order_by("-claimed_on", "-id"),
                "text",
                # The stored document ranked by its text (weight B) alone: a
                # match through the source's names only (weight A) ranks last.
                lambda claims: claims.relevance(q, weights=[0.1, 0.2, 1.0, 0.0]),
            ),
            "sources": (
                Source.objects.public()
                .search(q)
                .with_public_claim_count()
                .order_by("name", "id"),
                None,
                None,
            ),
        }[name]
        if on_postgresql():
            if rank:
                queryset = queryset.annotate(rank=rank(queryset)).order_by(
                    "-rank", *queryset.query.order_by
                )
            if field:
                queryset = queryset.annotate(snippet_raw=headline_expression(field, q))
        page = None
        if paginate:
            paginator = self.get_paginator(queryset)
            page = paginator.get_page(self.request.GET.get("page"))
            items, count = list(page.object_list), paginator.count
        else:
            count = queryset.count()
            items = list(queryset[: self.preview_size]) if count else []
        for item in items:
            if field:
                item.snippet = (
                    render_headline(item.snippet_raw)
                    if on_postgresql()
                    else highlight(getattr(item, field), q)
                )
        return {"name": name, "items": items, "count": count, "page": page}

    def get_paginator(self, queryset):
        return Paginator(queryset, PAGE_SIZE)
