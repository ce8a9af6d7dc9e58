from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.template.response import TemplateResponse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from articles import services
from articles.models import (
    Article,
    Claim,
    ClaimRelation,
    ConfidenceLevel,
    Evidence,
    Topic,
)
from articles.spans import segment_paragraphs
from editorial import permissions
from editorial.admin_mixins import (
    ConcurrentEditAdminMixin,
    EditorialRulesMixin,
    ExplainedDeletionAdminMixin,
)
from editorial.forms import ConcurrentEditForm

# Fields only an Editor may change (see editorial.permissions).
GRADING_FIELDS = {permissions.GRADE: ["confidence", "rationale"]}


def confidence_badge(level: ConfidenceLevel):
    return format_html(
        '<span class="nr-badge" style="background:{}">{}</span>',
        level.colour,
        level.label,
    )


class ClaimInlineFormSet(BaseInlineFormSet):
    # Set per request by ClaimInline.get_formset.
    may_delete_accepted = False

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        # Give each claim its (possibly new, unsaved) article, so that cleaning the
        # claim finds its text in the body being saved alongside it.
        form.instance.article = self.instance
        return form

    def clean(self):
        super().clean()
        for form in self.deleted_forms:
            claim = form.instance
            if (
                claim.pk
                and claim.review_status == Claim.ReviewStatus.ACCEPTED
                and not self.may_delete_accepted
            ):
                raise forms.ValidationError(
                    f"“{claim.text[:60]}” is an accepted claim: only an editor can "
                    "delete it. Mark it rejected instead, or ask an editor."
                )


class ClaimInline(EditorialRulesMixin, admin.StackedInline):
    model = Claim
    form = ConcurrentEditForm
    formset = ClaimInlineFormSet
    fk_name = "article"
    extra = 0
    autocomplete_fields = ["source", "via"]
    fields = [
        "text",
        ("source", "via"),
        ("cue", "is_direct_quote", "is_paraphrase"),
        ("speaker_role", "claimed_on"),
        ("confidence", "review_status"),
        "rationale",
        ("start", "end"),
        "version",
    ]
    classes = ["nr-claim-inline"]
    guarded_fields = GRADING_FIELDS

    def is_public(self, article):
        # Inline permissions are asked about the article the claims are on.
        return article.is_public

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.may_delete_accepted = permissions.can_delete_accepted_claim(
            request.user
        )
        return formset

    def get_queryset(self, request):
        return (
            super().get_queryset(request).select_related("source", "via", "confidence")
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in ("text", "rationale"):
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 90})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class RetractForm(forms.Form):
    retraction_note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80}),
        help_text="Shown to readers on the article page: what was wrong and why it is retracted.",
    )


@admin.register(Article)
class ArticleAdmin(
    EditorialRulesMixin,
    ConcurrentEditAdminMixin,
    ExplainedDeletionAdminMixin,
    SimpleHistoryAdmin,
):
    list_display = ["headline", "publisher", "published_at", "status", "claim_count"]
    list_filter = [
        "status",
        ("publisher", admin.RelatedOnlyFieldListFilter),
        "language",
        "topics",
    ]
    list_select_related = ["publisher"]
    date_hierarchy = "published_at"
    search_fields = ["headline", "standfirst", "body"]
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["publisher", "topics"]
    readonly_fields = ["claims_preview", "created_at", "updated_at"]
    inlines = [ClaimInline]
    actions = ["send_to_review", "publish", "retract", "suggest_claims"]
    guarded_fields = {
        permissions.PUBLISH: ["status", "retraction_note"],
        permissions.RETRACT: ["status", "retraction_note"],
    }
    fieldsets = [
        (None, {"fields": ["headline", "slug", "standfirst", "body", "version"]}),
        (
            "Publication",
            {
                "fields": [
                    ("publisher", "byline"),
                    ("url", "language"),
                    ("published_at", "status"),
                    "retraction_note",
                    "topics",
                ]
            },
        ),
        ("Claims in the body", {"fields": ["claims_preview"]}),
        ("Record", {"fields": [("created_at", "updated_at")], "classes": ["collapse"]}),
    ]

    class Media:
        css = {"all": ["articles/admin.css"]}

    def get_queryset(self, request):
        # Counted for the rows shown only (Claim.objects.count_for).
        return (
            super()
            .get_queryset(request)
            .annotate(claim_count=Claim.objects.count_for("article"))
            .order_by(*Article._meta.ordering)
        )

    @admin.display(ordering="claim_count", description="claims")
    def claim_count(self, article):
        return article.claim_count

    @admin.display(description="Preview")
    def claims_preview(self, article):
        """The body with every claim highlighted, so gaps in coverage show at a glance."""
        if not article.pk:
            return "Save the article to see its claims highlighted in the body."
        claims = list(article.claims.select_related("source", "confidence"))
        paragraphs = segment_paragraphs(article.body, claims)
        html = format_html_join(
            "",
            "<p>{}</p>",
            (
                (
                    format_html_join(
                        "",
                        "{}",
                        ((self._segment_html(segment),) for segment in segments),
                    ),
                )
                for segments in paragraphs
            ),
        )
        uncovered = [c for c in claims if c.start is None]
        summary = format_html(
            '<p class="nr-preview-summary">{} claims; {} without offsets (paraphrases).</p>',
            len(claims),
            len(uncovered),
        )
        return format_html('{}<div class="nr-preview">{}</div>', summary, html)

    @staticmethod
    def _segment_html(segment):
        if not segment.claims:
            return segment.text
        claim = segment.claims[-1]
        title = "; ".join(
            f"{c.source.name} ({c.cue or 'no cue'}) – {c.confidence.label} [{c.get_review_status_display()}]"
            for c in segment.claims
        )
        return format_html(
            '<mark class="nr-mark nr-{}" style="border-color:{}" title="{}">{}</mark>',
            claim.review_status,
            claim.confidence.colour,
            title,
            segment.text,
        )

    def is_public(self, article):
        return article.is_public

    def has_publish_permission(self, request):
        return permissions.can_publish(request.user)

    def has_retract_permission(self, request):
        return permissions.can_retract(request.user)

    def deletion_refused(self, request, obj):
        if obj.status != Article.Status.DRAFT:
            return (
                f"“{obj}” is {obj.get_status_display().lower()}: only drafts can be "
                "deleted. Retract a published article instead (the Retract action)."
            )
        return ""

    def has_delete_permission(self, request, obj=None):
        # Only drafts may be deleted; published work is retracted instead.
        if obj is not None and obj.status != Article.Status.DRAFT:
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request, queryset):
        # get_deleted_objects already refuses a selection with non-drafts; this
        # keeps the rule should the queryset change between confirmation and post.
        for article in queryset.filter(status=Article.Status.DRAFT):
            article.delete()

    @admin.action(description="Send selected drafts to review")
    def send_to_review(self, request, queryset):
        n = services.article_send_to_review(articles=queryset, user=request.user)
        self.message_user(request, f"{n} article(s) sent to review.", messages.SUCCESS)

    @admin.action(description="Publish selected articles", permissions=["publish"])
    def publish(self, request, queryset):
        n = services.article_publish(articles=queryset, user=request.user)
        self.message_user(request, f"{n} article(s) published.", messages.SUCCESS)

    @admin.action(description="Suggest claims (attribution engine)")
    def suggest_claims(self, request, queryset):
        return admin_review.suggest_claims_action(self, request, queryset)

    @admin.action(description="Retract selected articles…", permissions=["retract"])
    def retract(self, request, queryset):
        form = RetractForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            if changed := self.changed_since_confirmation(request, queryset):
                return self.refuse_changed_selection(request, changed)
            n = services.article_retract(
                articles=queryset,
                note=form.cleaned_data["retraction_note"],
                user=request.user,
            )
            self.message_user(request, f"{n} article(s) retracted.", messages.SUCCESS)
            return None
        return TemplateResponse(
            request,
            "admin/articles/article/retract.html",
            {
                **self.admin_site.each_context(request),
                "title": "Retract articles",
                "opts": self.model._meta,
                "articles": queryset,
                "form": form,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


class SetConfidenceForm(forms.Form):
    confidence = forms.ModelChoiceField(queryset=ConfidenceLevel.objects.all())
    rationale = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text="Why the selected claims deserve this level (one sentence is enough).",
    )


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0


class RelationInline(admin.TabularInline):
    model = ClaimRelation
    fk_name = "from_claim"
    extra = 0
    autocomplete_fields = ["to_claim"]
    verbose_name = "related claim"


@admin.register(Claim)
class ClaimAdmin(
    EditorialRulesMixin,
    ConcurrentEditAdminMixin,
    ExplainedDeletionAdminMixin,
    SimpleHistoryAdmin,
):
    list_display = [
        "short_text",
        "source",
        "via",
        "article_headline",
        "confidence_label",
        "review_status",
        "claimed_on",
    ]
    list_filter = [
        "confidence",
        "review_status",
        "source__kind",
        "is_direct_quote",
        "claimed_on",
    ]
    list_select_related = ["source", "via", "article", "confidence"]
    search_fields = ["text", "source__name", "source__aliases"]
    autocomplete_fields = ["article", "source", "via"]
    date_hierarchy = "claimed_on"
    readonly_fields = ["created_at", "updated_at"]
    inlines = [EvidenceInline, RelationInline]
    actions = ["set_confidence"]
    guarded_fields = GRADING_FIELDS
    fieldsets = [
        (None, {"fields": ["article", "text", ("source", "via")]}),
        (
            "Attribution",
            {
                "fields": [
                    ("cue", "is_direct_quote", "is_paraphrase"),
                    ("speaker_role", "claimed_on"),
                    ("start", "end"),
                ]
            },
        ),
        (
            "Assessment",
            {"fields": [("confidence", "review_status"), "rationale", "version"]},
        ),
        ("Record", {"fields": [("created_at", "updated_at")], "classes": ["collapse"]}),
    ]

    class Media:
        css = {"all": ["articles/admin.css"]}

    @admin.display(description="claim", ordering="text")
    def short_text(self, claim):
        return claim.text if len(claim.text) <= 90 else claim.text[:87] + "…"

    @admin.display(description="article", ordering="article__published_at")
    def article_headline(self, claim):
        headline = claim.article.headline
        return headline if len(headline) <= 50 else headline[:47] + "…"

    @admin.display(description="confidence", ordering="confidence__rank")
    def confidence_label(self, claim):
        return confidence_badge(claim.confidence)

    def is_public(self, claim):
        return claim.article.is_public

    def has_grade_permission(self, request):
        return permissions.can_grade(request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "article" and not permissions.can_edit_public(request.user):
            # Adding a claim to a published article would publish it.
            kwargs["queryset"] = Article.objects.exclude(
                status__in=Article.PUBLIC_STATUSES
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def deletion_refused(self, request, obj):
        if obj.review_status == Claim.ReviewStatus.ACCEPTED and not (
            permissions.can_delete_accepted_claim(request.user)
        ):
            return (
                "This claim is accepted: only an editor can delete it. Mark it "
                "rejected instead, or ask an editor."
            )
        return ""

    def has_delete_permission(self, request, obj=None):
        if obj is not None and self.deletion_refused(request, obj):
            return False
        return super().has_delete_permission(request, obj)

    @admin.action(
        description="Set confidence level and rationale…", permissions=["grade"]
    )
    def set_confidence(self, request, queryset):
        form = SetConfidenceForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            if changed := self.changed_since_confirmation(request, queryset):
                return self.refuse_changed_selection(request, changed)
            n = services.claims_set_confidence(
                claims=queryset,
                level=form.cleaned_data["confidence"],
                rationale=form.cleaned_data["rationale"],
                user=request.user,
            )
            self.message_user(request, f"{n} claim(s) graded.", messages.SUCCESS)
            return None
        return TemplateResponse(
            request,
            "admin/articles/claim/set_confidence.html",
            {
                **self.admin_site.each_context(request),
                "title": "Set confidence level",
                "opts": self.model._meta,
                "claims": queryset.select_related("source"),
                "form": form,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


@admin.register(ConfidenceLevel)
class ConfidenceLevelAdmin(ConcurrentEditAdminMixin, SimpleHistoryAdmin):
    list_display = ["code", "badge", "rank", "rating_value", "description"]
    ordering = ["-rank"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    ("code", "label"),
                    ("rank", "rating_value"),
                    "colour",
                    "description",
                    "version",
                ]
            },
        )
    ]

    @admin.display(description="label")
    def badge(self, level):
        return confidence_badge(level)

    def get_readonly_fields(self, request, obj=None):
        # The code is the key claims refer to: fixed once created.
        return ["code"] if obj else []


@admin.register(Topic)
class TopicAdmin(ConcurrentEditAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "kind", "slug", "article_count"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (
            None,
            {"fields": [("name", "slug"), "kind", "aliases", "description", "version"]},
        )
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(article_count=Count("articles"))
            .order_by(*Topic._meta.ordering)
        )

    @admin.display(ordering="article_count", description="articles")
    def article_count(self, topic):
        return topic.article_count


admin.site.site_header = "newsroom administration"
admin.site.site_title = "newsroom admin"
admin.site.index_title = "Curate the archive"

from articles import admin_review  # noqa: E402  the review queue (issue 6)
