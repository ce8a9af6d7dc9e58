"""The review queue: suggested claims, each shown in its sentence, for an editor.

Registered from the bottom of ``articles/admin.py``. The queue is the
``SuggestedClaim`` proxy's changelist: only claims still ``suggested``; an
editor opens one, corrects source, via, span or cue, and accepts or rejects it,
or accepts and rejects several at once from the list.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.utils.html import format_html

from articles.attribution.text import paragraphs, sentences
from articles.models import Claim, SuggestedClaim
from articles.spans import locate
from articles.suggest import claims_review, suggest_claims
from editorial import permissions
from editorial.forms import ConcurrentEditForm


def sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentences of ``body`` a span touches, as one (start, end)."""
    for p_start, p_end in paragraphs(body):
        if p_start <= start < p_end:
            touched = [
                (a, b)
                for a, b in sentences(body, p_start, p_end)
                if a < end and start < b
            ]
            if touched:
                return min(start, touched[0][0]), max(end, touched[-1][1])
    return start, end


def in_context(claim: Claim):
    """The claim's sentence with the claim marked, escaped."""
    body = claim.article.body
    if claim.start is None or claim.end is None:
        return format_html("<em>paraphrase</em>: {}", claim.text)
    a, b = sentence_bounds(body, claim.start, claim.end)
    return format_html(
        '{}<mark class="nr-mark nr-suggested">{}</mark>{}',
        body[a : claim.start],
        body[claim.start : claim.end],
        body[claim.end : b],
    )


class ReviewForm(ConcurrentEditForm):
    """Editing a suggestion: a corrected text finds its own offsets again."""

    review_status = forms.ChoiceField(
        choices=Claim.ReviewStatus.choices,
        widget=forms.RadioSelect,
        help_text="Accept to publish the claim with its article; reject to keep it "
        "out of the archive (it will not be suggested again).",
    )

    may_publish = False  # set per request by SuggestedClaimAdmin.get_form

    class Meta:
        model = SuggestedClaim
        fields = [
            "text",
            "start",
            "end",
            "source",
            "via",
            "cue",
            "is_direct_quote",
            "speaker_role",
            "review_status",
            "version",
        ]
        widgets = {"text": forms.Textarea(attrs={"rows": 3, "cols": 90})}

    def clean(self):
        data = super().clean()
        text = data.get("text")
        body = self.instance.article.body
        offsets_edited = {"start", "end"} & set(self.changed_data)
        if text and "text" in self.changed_data and not offsets_edited:
            # The editor shortened or widened the span by editing the text:
            # find it again next to where the suggestion was.
            span = locate(text, body, near=self.instance.start)
            if span.error:
                self.add_error("text", span.error)
                return data
            data["start"], data["end"] = span.start, span.end
            data["text"] = body[span.start : span.end]
        start, end = data.get("start"), data.get("end")
        pointing = (
            start is not None
            and end is not None
            and 0 <= start < end <= len(body)
            and body[start:end] == data.get("text")
        )
        if text and not pointing:
            self.add_error(
                "start",
                f"The offsets {start}–{end} do not point at this text in the body.",
            )
        if (
            data.get("review_status") == Claim.ReviewStatus.ACCEPTED
            and self.instance.article.is_public
            and not self.may_publish
        ):
            self.add_error(
                "review_status",
                "This article is published: accepting the claim publishes it, "
                "which only an editor can do.",
            )
        return data


@admin.register(SuggestedClaim)
class SuggestedClaimAdmin(admin.ModelAdmin):
    form = ReviewForm
    list_display = ["sentence", "source", "via", "cue", "is_direct_quote", "article"]
    list_display_links = ["sentence"]
    list_filter = ["is_direct_quote", "source__kind", "cue"]
    list_select_related = ["source", "via", "article"]
    search_fields = ["text", "source__name", "source__aliases", "article__headline"]
    autocomplete_fields = ["source", "via"]
    readonly_fields = ["article", "context"]
    fieldsets = [
        (None, {"fields": ["article", "context"]}),
        ("Statement", {"fields": ["text", ("start", "end")]}),
        (
            "Attribution",
            {"fields": [("source", "via"), ("cue", "is_direct_quote"), "speaker_role"]},
        ),
        ("Decision", {"fields": ["review_status", "version"]}),
    ]
    actions = ["accept", "reject"]
    ordering = ["article_id", "start", "id"]

    class Media:
        css = {"all": ["articles/admin.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).suggested()

    # The queue is a view of claims: whoever may view or change claims may review
    # them (the roles' migration grants Claim permissions, not the proxy's).
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm(
            "articles.view_claim"
        ) or self.has_change_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("articles.change_claim")

    def has_delete_permission(self, request, obj=None):
        return False

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_add_permission(self, request):
        # Suggestions come from the engine; editors add claims on the article.
        return False

    @admin.display(description="suggested claim in its sentence")
    def sentence(self, claim):
        return in_context(claim)

    @admin.display(description="in its sentence")
    def context(self, claim):
        return in_context(claim)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.may_publish = permissions.can_edit_public(request.user)
        return form

    def save_model(self, request, obj, form, change):
        # Saved as a Claim: the history and the locking check listen to Claim,
        # not to its proxy.
        obj.__class__ = Claim
        obj._history_user = request.user
        obj._change_reason = f"review: {obj.review_status}"
        super().save_model(request, obj, form, change)

    @admin.action(description="Accept selected suggestions")
    def accept(self, request, queryset):
        try:
            n = claims_review(
                claims=queryset, status=Claim.ReviewStatus.ACCEPTED, user=request.user
            )
        except PermissionDenied as refusal:
            self.message_user(request, f"Nothing accepted: {refusal}", messages.ERROR)
            return
        self.message_user(request, f"{n} claim(s) accepted.", messages.SUCCESS)

    @admin.action(description="Reject selected suggestions")
    def reject(self, request, queryset):
        n = claims_review(
            claims=queryset, status=Claim.ReviewStatus.REJECTED, user=request.user
        )
        self.message_user(request, f"{n} claim(s) rejected.", messages.SUCCESS)


def suggest_claims_action(modeladmin, request, queryset):
    """ArticleAdmin's "Suggest claims": the engine on each selected article."""
    created = 0
    for article in queryset.select_related("publisher"):
        created += len(suggest_claims(article, user=request.user))
    modeladmin.message_user(
        request,
        f"{created} claim(s) suggested; review them in the review queue.",
        messages.SUCCESS,
    )
