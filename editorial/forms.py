"""Forms that refuse to save over a version of an object they did not see."""

from django import forms
from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html


def current_version(obj) -> int | None:
    return (
        type(obj)
        ._base_manager.filter(pk=obj.pk)
        .values_list(obj._concurrencymeta.field.attname, flat=True)
        .first()
    )


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
        if self.instance.pk is None or "version" not in self.fields:
            return cleaned
        # A POST without a version cannot prove it saw the latest one: refused too.
        if cleaned.get("version") != current_version(self.instance):
            self.add_error(
                None,
                ValidationError(
                    stale_message(self.instance, reload_url=self.reload_url),
                    code="stale",
                ),
            )
        return cleaned
