"""Admin addresses of objects, and turning a change page back into its POST."""

from django import forms
from django.urls import reverse


def admin_url(obj, view: str = "change") -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[obj.pk])


def revert_url(obj, record) -> str:
    """The page reverting ``obj`` to its historical ``record``."""
    opts = obj._meta
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_simple_history",
        args=[obj.pk, record.history_id],
    )


def _form_fields(form) -> dict:
    data = {}
    for name, field in form.fields.items():
        bound = form[name]
        value = bound.value()
        widget = field.widget
        if isinstance(widget, forms.MultiWidget):
            for i, part in enumerate(widget.decompress(value)):
                data[f"{bound.html_name}_{i}"] = "" if part is None else str(part)
        elif isinstance(field, forms.BooleanField):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(
            field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField
        ):
            data[bound.html_name] = [str(v) for v in value or []]
        else:
            data[bound.html_name] = "" if value is None else str(value)
    return data


def change_form_data(response, **changes) -> dict:
    """The data the admin change (or revert) page in ``response`` posts when saved
    as it is, with ``changes`` applied (use the fields' HTML names)."""
    context = response.context
    data = _form_fields(context["adminform"].form)
    for inline in context.get("inline_admin_formsets", []):
        formset = inline.formset
        data.update(_form_fields(formset.management_form))
        for form in formset.forms:
            data.update(_form_fields(form))
    data.update(changes)
    return data
