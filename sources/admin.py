from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from sources.models import Source

RECENT_CLAIMS_SHOWN = 50


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "affiliation", "reliability", "claim_count"]
    list_filter = ["kind", "reliability", "country"]
    list_select_related = ["affiliation"]
    search_fields = ["name", "aliases", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["affiliation"]
    readonly_fields = ["claims_made", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": [("name", "slug"), ("kind", "reliability"), "aliases"]}),
        (
            "Who they are",
            {
                "fields": [
                    "role",
                    "affiliation",
                    ("country", "wikidata_id"),
                    "description",
                ]
            },
        ),
        ("Claims", {"fields": ["claims_made"]}),
        ("Record", {"fields": [("created_at", "updated_at")], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims"))

    @admin.display(ordering="claim_count", description="claims")
    def claim_count(self, source):
        return source.claim_count

    @admin.display(description="Claims made")
    def claims_made(self, source):
        """The source's latest claims, read-only, with a link to all of them."""
        if not source.pk:
            return "—"
        claims = list(
            source.claims.select_related("article", "confidence").order_by(
                "-claimed_on", "-id"
            )[:RECENT_CLAIMS_SHOWN]
        )
        if not claims:
            return "No claims yet."
        rows = format_html_join(
            "",
            '<li><a href="{}">{}</a> — <em>{}</em>, {} [{}]</li>',
            (
                (
                    reverse("admin:articles_claim_change", args=[c.pk]),
                    c.text if len(c.text) <= 120 else c.text[:117] + "…",
                    c.article.headline,
                    c.confidence.label,
                    c.get_review_status_display(),
                )
                for c in claims
            ),
        )
        all_url = (
            reverse("admin:articles_claim_changelist")
            + f"?source__id__exact={source.pk}"
        )
        return format_html(
            '<ul class="nr-claims">{}</ul><p><a href="{}">All claims by {}</a></p>',
            rows,
            all_url,
            source.name,
        )
