"""What the recorded history says about a claim's confidence level."""

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ConfidenceChange:
    from_code: str | None
    to_code: str
    rationale: str
    user: str | None  # username of who made the change, when known
    at: dt.datetime
    # Why the record was made, when the code said: "confidence set to …",
    # "reverted to the version of …", "merged … into …".
    reason: str = ""


def confidence_history(claim) -> list["ConfidenceChange"]:
    """Each change of the claim's confidence level, oldest first, starting with the
    first grade it was given. Built from django-simple-history records: one query."""
    records = (
        claim.history.order_by("history_date", "history_id")
        .select_related("history_user")
        .only(
            "confidence_id",
            "rationale",
            "history_date",
            "history_change_reason",
            "history_user__username",
        )
    )
    changes: list[ConfidenceChange] = []
    previous = None
    for record in records:
        if record.confidence_id != previous:
            changes.append(
                ConfidenceChange(
                    from_code=previous,
                    to_code=record.confidence_id,
                    rationale=record.rationale,
                    user=record.history_user.username if record.history_user else None,
                    at=record.history_date,
                    reason=record.history_change_reason or "",
                )
            )
            previous = record.confidence_id
    return changes
