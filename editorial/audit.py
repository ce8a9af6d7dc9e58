"""The audit trail of editorial decisions.

Publishing, retracting and grading are recorded from the history itself: every
saved change of an article's status or a claim's confidence makes a history
record, whatever made it (admin form, action, import, revert), and
``_on_history_record`` turns the ones that matter into audit entries. Merges and
reverts, which are not one field changing, are recorded by their code with
``record()``.
"""

from django.db import models
from simple_history.signals import post_create_historical_record

from editorial.models import AuditEntry

STATUS_ACTIONS = {
    "published": AuditEntry.Action.PUBLISH,
    "retracted": AuditEntry.Action.RETRACT,
}


def record(
    *, action: str, target: models.Model, user=None, detail: str = ""
) -> AuditEntry:
    """Write one audit entry about ``target``."""
    return AuditEntry.objects.create(
        action=action,
        user=user if user is not None and user.is_authenticated else None,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        target_repr=str(target)[:300],
        detail=detail,
    )


def _previous_value(history_instance, field: str):
    """The value of ``field`` in the record before ``history_instance``."""
    return (
        type(history_instance)
        .objects.filter(
            id=history_instance.id, history_id__lt=history_instance.history_id
        )
        .order_by("-history_id")
        .values_list(field, flat=True)
        .first()
    )


def _on_history_record(sender, instance, history_instance, history_user, **kwargs):
    from articles.models import Article, Claim

    if history_instance.history_type != "~":
        return
    if isinstance(instance, Article):
        before = _previous_value(history_instance, "status")
        if before is not None and before != instance.status:
            action = STATUS_ACTIONS.get(instance.status, AuditEntry.Action.STATUS)
            record(
                action=action,
                target=instance,
                user=history_user,
                detail=f"{before} → {instance.status}",
            )
    elif isinstance(instance, Claim):
        before = _previous_value(history_instance, "confidence_id")
        if before is not None and before != instance.confidence_id:
            record(
                action=AuditEntry.Action.GRADE,
                target=instance,
                user=history_user,
                detail=f"{before} → {instance.confidence_id}: {instance.rationale}",
            )


def connect():
    post_create_historical_record.connect(
        _on_history_record, dispatch_uid="editorial.audit"
    )
