"""Forms that refuse to save over a version of an object they did not see."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html


def current_version(obj, *, lock: bool = False) -> int | None:
    """The version of ``obj`` in the database. With ``lock`` inside a transaction,
    the row stays locked until it ends, so no one can save in between."""
    rows = type(obj)._base_manager.filter(pk=obj.pk)
    if lock and transaction.get_connection().in_atomic_block:
        rows = rows.select_for_update()
    return rows.values_list(obj._concurrencymeta.field.attname, flat=True).first()


def stale_message(obj, *, reload_url: str = ""):
    """What an editor is told when someone else saved ``obj`` first."""
    name = obj._meta.verbose_name
    last = obj.history.select_related("history_user").first()
    who = last.history_user if last is not None and last.history_user else "someone"
    when = f" at {last.history_date:%H:%M:%S}" if last is not None else ""
    if not reload_url:
        try:
            reload_url = reverse(
                f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change",
                args=[obj.pk],
            )
        except NoReverseMatch:
            reload_url = ""
    return format_html(
        "This {} was saved by {}{} while you were editing it, so your changes "
        'were not saved and nothing was overwritten. <a href="{}">Reload it</a> '
        "to see the current version, then make your changes again.",
        name,
        who,
        when,
        reload_url,
    )


class ConcurrentEditForm(forms.ModelForm):
    """A model form carrying the version of the object it was rendered from.

    django-concurrency refuses the save itself when the row's version moved on;
    checking here as well lets the form show a clear message and keep what the
    editor typed, instead of failing in the middle of the save. Set
    ``reload_url`` on the class to the page the editor should reload.
    """

    reload_url = ""

    def clean(self):
        cleaned = super().clean()
        # Adding: nothing to overwrite (and a key typed by hand, a confidence
        # level's code, is no sign of an existing row).
        if self.instance._state.adding or "version" not in self.fields:
            return cleaned
        # Locked: the admin saves in the same transaction, so a save that passes
        # this check cannot be overtaken before it writes (the editor's input is
        # kept on refusal). A POST without a version is refused too.
        if cleaned.get("version") != current_version(self.instance, lock=True):
            self.add_error(
                None,
                ValidationError(
                    stale_message(self.instance, reload_url=self.reload_url),
                    code="stale",
                ),
            )
        return cleaned
