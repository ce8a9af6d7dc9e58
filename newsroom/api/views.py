"""Read-only viewsets of the public API: querysets come from ``.public()``."""

import hashlib
import itertools

from django.conf import settings
from django.http import HttpResponseNotModified, StreamingHttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from articles.filters import ArticleFilter, ClaimFilter
from articles.history import confidence_history
from articles.jsonld import claim_review
from articles.models import Article, Claim, ConfidenceLevel, Topic
from articles.querysets import BuiltOnce
from newsroom.api import representations, serializers
from newsroom.api.renderers import CSVRenderer, JSONLDRenderer, ORJSONRenderer, csv_rows
from sources.filters import SourceFilter
from sources.models import Source

public_claims_list = BuiltOnce(
    lambda: Claim.objects.public().for_api().order_by("-claimed_on", "-id")
)
public_articles_list = BuiltOnce(
    lambda: Article.objects.public().for_api().order_by("-published_at", "-id")
)
public_sources_list = BuiltOnce(
    lambda: Source.objects.public().for_api().order_by("name", "id")
)


class ListViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """A list, GET/HEAD only (writes are 405), with ETag, Cache-Control and errors
    always in JSON. ``csv_columns`` lists the CSV export's columns (none: no CSV);
    ``flatten`` turns one represented item into a CSV row."""

    renderer_classes = [ORJSONRenderer]
    csv_columns: list[str] = []
    # For a list whose get_queryset() gives values() rows: the function writing
    # the items of a page of rows, given a Links (None: model instances and the
    # serializer).
    represent_rows = None

    def get_renderers(self):
        renderers = [ORJSONRenderer()]
        if self.action == "list" and self.csv_columns:
            renderers.append(CSVRenderer())
        return renderers

    def get_serializer_context(self):
        return {
            **super().get_serializer_context(),
            "links": serializers.Links(self.request),
        }

    def filter_queryset(self, queryset):
        # Filters belong to lists; a detail is found by its path alone.
        return super().filter_queryset(queryset) if self.action == "list" else queryset

    def list(self, request, *args, **kwargs):
        # Report a bad page size together with bad filters: one 400 naming them all.
        problems = self.paginator.problems(request)
        try:
            queryset = self.filter_queryset(self.get_queryset())
        except ValidationError as exc:
            problems = {**exc.detail, **problems}
        if problems:
            raise ValidationError(problems)
        if request.accepted_renderer.format == "csv":
            return self.stream_csv(queryset)
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(self.represent_page(page))

    def represent_page(self, page):
        if self.represent_rows is None:
            return self.get_serializer(page, many=True).data
        return self.represent_rows(page, serializers.Links(self.request))

    def stream_csv(self, queryset):
        rows = queryset.iterator(chunk_size=2000)
        if self.represent_rows is None:
            represent = self.get_serializer().to_representation
            items = (represent(obj) for obj in rows)
        else:
            # A chunk at a time: the articles' topics are one query per chunk.
            links = serializers.Links(self.request)
            items = (
                item
                for chunk in iter(lambda: list(itertools.islice(rows, 2000)), [])
                for item in self.represent_rows(chunk, links)
            )
        response = StreamingHttpResponse(
            csv_rows(self.csv_columns, map(self.flatten, items)),
            content_type="text/csv; charset=utf-8",
        )
        name = self.basename.replace("-", "_")
        response["Content-Disposition"] = f'attachment; filename="{name}s.csv"'
        return response

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        # An error is JSON whatever format was asked for (a CSV of "bad date"
        # helps nobody).
        self.request.accepted_renderer = ORJSONRenderer()
        self.request.accepted_media_type = ORJSONRenderer.media_type
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if isinstance(response, Response) and response.status_code == 200:
            patch_vary_headers(response, ["Accept"])
            patch_cache_control(
                response, public=True, max_age=settings.NEWSROOM_API_MAX_AGE
            )
            response.render()
            digest = hashlib.blake2b(response.content, digest_size=16).hexdigest()
            etag = f'"{digest}"'
            response["ETag"] = etag
            if etag in parse_etags(request.headers.get("If-None-Match", "")):
                not_modified = HttpResponseNotModified()
                for header in ("ETag", "Cache-Control", "Vary"):
                    not_modified[header] = response[header]
                return not_modified
        return response


class ReadOnlyViewSet(mixins.RetrieveModelMixin, ListViewSet):
    """A list and a detail."""


@extend_schema_view(
    list=extend_schema(
        summary="Claims, newest first (most relevant first with q on PostgreSQL)",
        responses={
            (200, "application/json"): serializers.ClaimSerializer(many=True),
            (200, "text/csv"): OpenApiTypes.STR,
        },
    ),
    retrieve=extend_schema(
        summary="A claim, its relations, evidence and confidence history",
        parameters=[
            OpenApiParameter(
                "id", {"type": "integer", "minimum": 1}, OpenApiParameter.PATH
            )
        ],
        responses={
            (200, "application/json"): serializers.ClaimDetailSerializer,
            (200, "application/ld+json"): OpenApiTypes.OBJECT,
        },
    ),
)
class ClaimViewSet(ReadOnlyViewSet):
    """Public claims: accepted, on published or retracted articles."""

    queryset = Claim.objects.none()
    filterset_class = ClaimFilter
    lookup_value_regex = "[0-9]+"
    csv_columns = [
        "id", "url", "claimed_on", "text", "is_direct_quote", "cue",
        "source_slug", "source_name", "source_kind", "via_slug", "via_name",
        "article_slug", "article_headline", "article_published_at",
        "confidence_code", "confidence_label", "confidence_rank", "rationale",
        "span_start", "span_end", "updated_at",
    ]  # fmt: skip
    represent_rows = staticmethod(representations.claims)

    def get_queryset(self):
        if self.action == "retrieve":
            return Claim.objects.public().for_api_detail()
        return public_claims_list()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.ClaimDetailSerializer
        return serializers.ClaimSerializer

    def get_renderers(self):
        if self.action == "retrieve":
            return [ORJSONRenderer(), JSONLDRenderer()]
        return super().get_renderers()

    def get_object(self):
        claim = super().get_object()
        claim.confidence_changes = confidence_history(claim)
        return claim

    def retrieve(self, request, *args, **kwargs):
        claim = self.get_object()
        if request.accepted_renderer.format == "jsonld":
            return Response(claim_review(claim, absolute=request.build_absolute_uri))
        return Response(self.get_serializer(claim).data)

    @staticmethod
    def flatten(claim: dict) -> dict:
        source, via, article = claim["source"], claim["via"] or {}, claim["article"]
        span, level = claim["span"] or {}, claim["confidence"]
        return {
            **claim,
            "source_slug": source["slug"],
            "source_name": source["name"],
            "source_kind": source["kind"],
            "via_slug": via.get("slug"),
            "via_name": via.get("name"),
            "article_slug": article["slug"],
            "article_headline": article["headline"],
            "article_published_at": article["published_at"],
            "confidence_code": level["code"],
            "confidence_label": level["label"],
            "confidence_rank": level["rank"],
            "span_start": span.get("start"),
            "span_end": span.get("end"),
        }


@extend_schema_view(
    list=extend_schema(
        summary="Published articles, newest first (retracted ones with status=retracted)",
        responses={
            (200, "application/json"): serializers.ArticleSerializer(many=True),
            (200, "text/csv"): OpenApiTypes.STR,
        },
    ),
    retrieve=extend_schema(
        summary="An article with its public claims",
        responses={200: serializers.ArticleDetailSerializer},
    ),
)
class ArticleViewSet(ReadOnlyViewSet):
    """Public articles: published (and retracted, shown with their notice)."""

    queryset = Article.objects.none()
    filterset_class = ArticleFilter
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"  # any slug-like text gets a JSON 404, not a bare one
    csv_columns = [
        "slug", "url", "headline", "byline", "publisher_slug", "publisher_name",
        "published_at", "language", "topics", "status", "retraction_note",
        "claim_count", "updated_at",
    ]  # fmt: skip
    represent_rows = staticmethod(representations.articles)

    def get_queryset(self):
        if self.action == "retrieve":
            return Article.objects.public().for_api_detail()
        return public_articles_list()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.ArticleDetailSerializer
        return serializers.ArticleSerializer

    @staticmethod
    def flatten(article: dict) -> dict:
        publisher = article["publisher"] or {}
        return {
            **article,
            "publisher_slug": publisher.get("slug"),
            "publisher_name": publisher.get("name"),
            "topics": ";".join(topic["slug"] for topic in article["topics"]),
        }


@extend_schema_view(
    list=extend_schema(
        summary="Sources named in the public archive, by name",
        responses={200: serializers.SourceSerializer(many=True)},
    ),
    retrieve=extend_schema(
        summary="A source and its track record",
        responses={200: serializers.SourceDetailSerializer},
    ),
)
class SourceViewSet(ReadOnlyViewSet):
    """Sources reachable from the public archive: claimants, relays and publishers
    of public claims and articles."""

    queryset = Source.objects.none()
    filterset_class = SourceFilter
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"

    represent_rows = staticmethod(representations.sources)

    def get_queryset(self):
        if self.action == "retrieve":
            return Source.objects.public().for_api_detail()
        return public_sources_list()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.SourceDetailSerializer
        return serializers.SourceSerializer

    def get_object(self):
        source = super().get_object()
        source.track_record = (
            Claim.objects.public().filter(source=source).track_record()
        )
        return source


@extend_schema_view(list=extend_schema(summary="Topics of public articles, by name"))
class TopicViewSet(ListViewSet):
    queryset = Topic.objects.none()
    serializer_class = serializers.TopicSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return Topic.objects.public().order_by("name", "id")


@extend_schema_view(
    list=extend_schema(summary="The confidence scale, most confident first")
)
class ConfidenceLevelViewSet(ListViewSet):
    queryset = ConfidenceLevel.objects.none()
    serializer_class = serializers.ConfidenceLevelSerializer

    def get_queryset(self):
        return ConfidenceLevel.objects.order_by("-rank", "code")
