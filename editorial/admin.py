from django.contrib import admin

from editorial.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Recent editorial decisions, read-only: the log is written by the actions."""

    list_display = ["at", "user", "action", "target_repr", "target_type", "detail"]
    list_filter = ["action", ("user", admin.RelatedOnlyFieldListFilter), "at"]
    list_select_related = ["user"]
    date_hierarchy = "at"
    search_fields = ["target_repr", "detail", "user__username"]
    list_per_page = 100

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
