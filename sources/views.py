"""Public pages of sources: the index and each source's profile."""

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.views.generic import DetailView
from django_filters.views import FilterView

from articles.models import Article, Claim, ConfidenceLevel
from newsroom.caching import PublicCacheMixin
from sources.charts import confidence_chart, timeline_chart
from sources.filters import SourceFilter
from sources.models import Source

PAGE_SIZE = 50


class SourceListView(PublicCacheMixin, FilterView):
    filterset_class = SourceFilter
    template_name = "sources/source_list.html"
    paginate_by = PAGE_SIZE
    context_object_name = "sources"

    def get_queryset(self):
        return Source.objects.public().with_public_claim_count().order_by("name", "id")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            selected_kinds=self.request.GET.getlist("kind"), **kwargs
        )


class SourceDetailView(PublicCacheMixin, DetailView):
    template_name = "sources/source_detail.html"
    context_object_name = "source"
    claims_shown = 200

    def get_queryset(self):
        return Source.objects.public().select_related("affiliation")

    def get_context_data(self, **kwargs):
        source = self.object
        public = Claim.objects.public()
        made = public.filter(source=source)
        by_level = dict(
            made.order_by()
            .values_list("confidence_id")
            .annotate(n=Count("id"))
            .values_list("confidence_id", "n")
        )
        by_month = {
            row["month"]: row["n"]
            for row in made.filter(claimed_on__isnull=False)
            .order_by()
            .annotate(month=TruncMonth("claimed_on"))
            .values("month")
            .annotate(n=Count("id"))
        }
        # The affiliation is part of the source's own public record, so it is
        # named; it is linked only when it has a public page of its own.
        affiliation_is_public = (
            source.affiliation_id is not None
            and Source.objects.public().filter(pk=source.affiliation_id).exists()
        )
        claims = (
            public.filter(Q(source=source) | Q(via=source))
            .for_display()
            .order_by("-article__published_at", "article_id", "start", "id")
        )
        return super().get_context_data(
            affiliation_is_public=affiliation_is_public,
            claims=claims[: self.claims_shown],
            claims_total=sum(by_level.values()),
            claims_shown=self.claims_shown,
            level_chart=confidence_chart(ConfidenceLevel.objects.all(), by_level),
            timeline=timeline_chart(by_month),
            published=Article.objects.listed().filter(publisher=source)[:10],
            **kwargs,
        )
