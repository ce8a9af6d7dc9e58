from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from articles.models import Claim
from editorial import permissions
from editorial.admin_mixins import (
    ConcurrentEditAdminMixin,
    EditorialRulesMixin,
    ExplainedDeletionAdminMixin,
)
from sources import services
from sources.models import Source

RECENT_CLAIMS_SHOWN = 50


class MergeForm(forms.Form):
    survivor = forms.ModelChoiceField(
        queryset=Source.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text="The source that remains; the others are merged into it and deleted.",
    )

    def __init__(self, *args, sources, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["survivor"].queryset = sources


@admin.register(Source)
class SourceAdmin(
    EditorialRulesMixin,
    ConcurrentEditAdminMixin,
    ExplainedDeletionAdminMixin,
    SimpleHistoryAdmin,
):
    list_display = ["name", "kind", "affiliation", "reliability", "claim_count"]
    list_filter = ["kind", "reliability", "country"]
    list_select_related = ["affiliation"]
    search_fields = ["name", "aliases", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["affiliation"]
    readonly_fields = ["claims_made", "created_at", "updated_at"]
    actions = ["merge"]
    # The reliability grade is an editor's judgement, like a claim's confidence.
    guarded_fields = {permissions.GRADE: ["reliability"]}
    fieldsets = [
        (
            None,
            {
                "fields": [
                    ("name", "slug"),
                    ("kind", "reliability"),
                    "aliases",
                    "version",
                ]
            },
        ),
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
        # Counted for the rows shown only (Claim.objects.count_for).
        return (
            super()
            .get_queryset(request)
            .annotate(claim_count=Claim.objects.count_for("source"))
            .order_by(*Source._meta.ordering)
        )

    def has_merge_permission(self, request):
        return permissions.can_merge(request.user)

    def deletion_refused(self, request, obj):
        in_use = obj.claims.count() + obj.relayed_claims.count()
        if in_use:
            return (
                f"{obj.name} is named in {in_use} claim(s), so it cannot be deleted. "
                "If it duplicates another source, merge it into that one instead "
                "(select both in the list, then “Merge selected sources…”)."
            )
        return ""

    @admin.action(description="Merge selected sources…", permissions=["merge"])
    def merge(self, request, queryset):
        """Merge the selection into the survivor chosen on a confirmation page."""
        # Fresh annotations: counting over several joins needs distinct counts.
        sources = (
            Source.objects.filter(pk__in=queryset.values("pk"))
            .annotate(
                claim_count=Count("claims", distinct=True),
                relayed_count=Count("relayed_claims", distinct=True),
                member_count=Count("members", distinct=True),
                article_count=Count("published_articles", distinct=True),
            )
            .order_by("-claim_count", "pk")
        )
        if len(sources) < 2:
            self.message_user(
                request, "Select at least two sources to merge.", messages.WARNING
            )
            return None
        form = MergeForm(
            request.POST if "apply" in request.POST else None,
            sources=queryset,
            initial={"survivor": sources[0].pk},
        )
        if form.is_bound and form.is_valid():
            if changed := self.changed_since_confirmation(request, sources):
                return self.refuse_changed_selection(request, changed)
            survivor = form.cleaned_data["survivor"]
            try:
                result = services.merge_sources(
                    survivor=survivor,
                    duplicates=[s for s in sources if s.pk != survivor.pk],
                    user=request.user,
                )
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.ERROR)
                return None
            self.message_user(
                request,
                f"Merged {', '.join(result.merged_names)} into {result.survivor.name}: "
                f"{result.claims} claim(s), {result.relayed} relayed claim(s), "
                f"{result.members} member(s) and {result.articles} article(s) moved.",
                messages.SUCCESS,
            )
            return None
        return TemplateResponse(
            request,
            "admin/sources/source/merge.html",
            {
                **self.admin_site.each_context(request),
                "title": "Merge duplicate sources",
                "opts": self.model._meta,
                "sources": sources,
                "form": form,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

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
