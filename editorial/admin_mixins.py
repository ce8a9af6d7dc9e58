"""What every editorial change form shares: fields only editors may change, no
lost edits, reverts that respect both, and deletions refused with a reason
rather than an error page."""

from concurrency.exceptions import RecordModifiedError
from django import forms
from django.contrib import messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import reverse

from editorial import audit, permissions
from editorial.forms import ConcurrentEditForm, stale_message
from editorial.models import AuditEntry


class EditorialRulesMixin:
    """Read-only fields and objects by role, declared rather than coded.

    ``guarded_fields`` maps a permission to the fields read-only for users
    without it (a posted value for them is ignored: the form has no such field).
    Objects for which ``is_public`` is true change only with the publish
    permission: changing what readers see is publishing. Works on inlines too.
    """

    guarded_fields: dict[str, list[str]] = {}

    def is_public(self, obj) -> bool:
        return False

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        for perm, names in self.guarded_fields.items():
            if not request.user.has_perm(perm):
                fields += [name for name in names if name not in fields]
        return fields

    def has_change_permission(self, request, obj=None):
        if (
            obj is not None
            and self.is_public(obj)
            and not permissions.can_edit_public(request.user)
        ):
            return False
        return super().has_change_permission(request, obj)


class ConcurrentEditAdminMixin:
    """Optimistic locking for the change form, its inlines and history reverts.

    The form carries the object's version (a hidden ``version`` field: list it in
    the fieldsets); a save based on an older version is refused with a message
    and a link to reload. A revert page carries the version current when it was
    opened (simple-history fills fields excluded from the history, ``version``
    among them, from the live row), so a save made meanwhile is not overwritten
    by the revert either: the tests pin this.
    """

    form = ConcurrentEditForm

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.reload_url = request.path
        return form

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            formset.form.reload_url = request.path
            yield formset, inline

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except RecordModifiedError as exc:
            # Saved by someone else between the form's check and our write: the
            # transaction was rolled back, nothing of theirs is lost.
            return self._refuse_stale(request, exc.target)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple-history lets anyone who may view the history post a revert: only
        # those who may change the object may.
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            if obj is not None and not self.has_change_permission(request, obj):
                raise PermissionDenied
        request._revert_of = version_id
        try:
            with transaction.atomic():
                return super().history_form_view(
                    request, object_id, version_id, extra_context
                )
        except RecordModifiedError as exc:
            return self._refuse_stale(request, exc.target)

    def save_model(self, request, obj, form, change):
        revert_of = getattr(request, "_revert_of", None)
        if revert_of is not None:
            self._keep_read_only_fields(request, obj)
            record = obj.history.filter(history_id=revert_of).first()
            obj._change_reason = (
                f"reverted to the version of {record.history_date:%Y-%m-%d %H:%M:%S}"
                if record
                else "reverted"
            )
        super().save_model(request, obj, form, change)
        if revert_of is not None:
            audit.record(
                action=AuditEntry.Action.REVERT,
                target=obj,
                user=request.user,
                detail=obj._change_reason,
            )

    def _keep_read_only_fields(self, request, obj):
        """A revert restores only what the user may edit: the historical copy's
        read-only fields (a Reporter's status, confidence) keep today's values."""
        names = set(self.get_readonly_fields(request, obj))
        fields = [f for f in obj._meta.concrete_fields if f.name in names]
        if fields:
            current = type(obj)._base_manager.get(pk=obj.pk)
            for field in fields:
                setattr(obj, field.attname, getattr(current, field.attname))

    def action_checkbox(self, obj):
        # "pk,version": an action then knows which version of each row was seen.
        checkbox = forms.CheckboxInput(
            {
                "class": "action-select",
                "aria-label": f"Select this object for an action - {obj}",
            },
            lambda value: False,
        )
        return checkbox.render(ACTION_CHECKBOX_NAME, f"{obj.pk},{obj.version}")

    def response_action(self, request, queryset):
        seen = _split_selection(request)
        changed = [
            obj
            for obj in queryset.filter(pk__in=seen)
            if str(obj.version) != seen[str(obj.pk)]
        ]
        if changed:
            self.message_user(
                request,
                "Changed by someone else since the list was loaded, so nothing was "
                f"done: {', '.join(str(obj) for obj in changed)}. Review them and "
                "run the action again.",
                messages.ERROR,
            )
            return HttpResponseRedirect(request.get_full_path())
        try:
            return super().response_action(request, queryset)
        except RecordModifiedError as exc:
            # An action's service is atomic: it was rolled back as a whole.
            self.message_user(
                request,
                f"“{exc.target}” was saved by someone else while the action ran, "
                "so the action changed nothing. Check it and try again.",
                messages.ERROR,
            )
            return HttpResponseRedirect(request.get_full_path())

    def changed_since_confirmation(self, request, queryset) -> list:
        """The selected objects saved by someone else since the action's
        confirmation page was shown (it carries ``version-<pk>`` inputs). An
        object posted without its version is not checked: this guards against
        lost updates, not against crafted requests (permissions do that)."""
        changed = []
        for obj in queryset:
            seen = request.POST.get(f"version-{obj.pk}")
            if seen is not None and seen != str(obj.version):
                changed.append(obj)
        return changed

    def refuse_changed_selection(self, request, changed) -> None:
        self.message_user(
            request,
            "Changed by someone else since you opened the confirmation page, so "
            f"nothing was done: {', '.join(str(obj) for obj in changed)}. "
            "Review them and run the action again.",
            messages.ERROR,
        )

    def _refuse_stale(self, request, obj):
        self.message_user(
            request,
            stale_message(obj, reload_url=request.path),
            messages.ERROR,
        )
        return HttpResponseRedirect(request.path)


def _split_selection(request) -> dict[str, str]:
    """Turn "pk,version" checkbox values back into the pks Django expects, and
    return the version seen for each. Plain pks (older pages, confirmation
    pages, tests) pass through unchecked."""
    seen, pks = {}, []
    for value in request.POST.getlist(ACTION_CHECKBOX_NAME):
        pk, _, version = value.partition(",")
        pks.append(pk)
        if version:
            seen[pk] = version
    if seen:
        post = request.POST.copy()
        post.setlist(ACTION_CHECKBOX_NAME, pks)
        request.POST = post
    return seen


class ExplainedDeletionAdminMixin:
    """Deletion refused with a message saying why (and what to do instead),
    rather than a 403 or a ProtectedError page. Override ``deletion_refused``."""

    def deletion_refused(self, request, obj) -> str:
        """Why ``obj`` may not be deleted by this user; empty when it may."""
        return ""

    def get_actions(self, request):
        actions = super().get_actions(request)
        if "delete_selected" in actions:
            func, name, description = actions["delete_selected"]
            actions["delete_selected"] = (
                _explaining_refusals(func),
                name,
                description,
            )
        return actions

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        reason = self.deletion_refused(request, obj) if obj is not None else ""
        if reason:
            self.message_user(request, reason, messages.ERROR)
            opts = self.model._meta
            return HttpResponseRedirect(
                reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_change",
                    args=[obj.pk],
                    current_app=self.admin_site.name,
                )
            )
        return super().delete_view(request, object_id, extra_context)


def _explaining_refusals(delete_selected):
    """Django's delete action, refusing up front (with the reasons) when any
    selected object may not be deleted, instead of a 403 or a ProtectedError."""

    def action(modeladmin, request, queryset):
        reasons = [
            r for obj in queryset if (r := modeladmin.deletion_refused(request, obj))
        ]
        if reasons:
            modeladmin.message_user(
                request, "Nothing was deleted. " + " ".join(reasons), messages.ERROR
            )
            return None
        return delete_selected(modeladmin, request, queryset)

    return action
