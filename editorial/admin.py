from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

from editorial.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Recent editorial decisions, read-only: the log is written by the actions."""

    list_display = ["at", "user", "action", "target", "target_type", "detail"]
    list_filter = ["action", ("user", admin.RelatedOnlyFieldListFilter), "at"]
    list_select_related = ["user"]
    date_hierarchy = "at"
    search_fields = ["target_repr", "detail", "user__username"]
    list_per_page = 100

    @admin.display(description="object", ordering="target_repr")
    def target(self, entry):
        """The object, linked to its history (which outlives a deleted object)."""
        app_label, _, model_name = entry.target_type.partition(".")
        try:
            url = reverse(
                f"admin:{app_label}_{model_name}_history", args=[entry.target_id]
            )
        except NoReverseMatch:
            return entry.target_repr
        return format_html('<a href="{}">{}</a>', url, entry.target_repr)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
