from django.conf import settings
from django.db import models


class AuditEntry(models.Model):
    """One editorial decision: who published, retracted, graded, merged or reverted
    what, and when. Written as the change happens; never edited."""

    class Action(models.TextChoices):
        PUBLISH = "publish", "Published"
        RETRACT = "retract", "Retracted"
        STATUS = "status", "Status changed"
        GRADE = "grade", "Confidence changed"
        MERGE = "merge", "Sources merged"
        REVERT = "revert", "Reverted"

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    # What was acted on, by model label and primary key, so that an entry outlives
    # the object (a merged-away source, a deleted draft).
    target_type = models.CharField(max_length=50)
    target_id = models.CharField(max_length=64)
    target_repr = models.CharField("object", max_length=300)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = "editorial action"
        indexes = [models.Index(fields=["action", "-at"])]
        # The editorial permissions live here so that the articles and sources apps
        # need no migration of their own for them; see editorial.permissions.
        permissions = [
            ("publish_article", "Can publish articles"),
            ("retract_article", "Can retract articles"),
            ("grade_claim", "Can change a claim's confidence level"),
            ("delete_accepted_claim", "Can delete accepted claims"),
            ("merge_sources", "Can merge duplicate sources"),
        ]

    def __str__(self):
        return f"{self.get_action_display()}: {self.target_repr}"
