import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article, ConfidenceLevel
from articles.tests.factories import ArticleFactory, ClaimFactory
from editorial.models import AuditEntry
from editorial.tests.helpers import change_form_data

pytestmark = pytest.mark.django_db

AUDIT = reverse("admin:editorial_auditentry_changelist")


def test_publish_and_retract_are_audited(editor):
    """Publishing and retracting through the services leave entries by the editor."""
    article = ArticleFactory(status=Article.Status.DRAFT)
    services.article_publish(articles=[article], user=editor)
    services.article_retract(articles=[article], note="Wrong.", user=editor)
    entries = AuditEntry.objects.filter(target_id=str(article.pk)).order_by("at", "id")
    assert [(e.action, e.user) for e in entries] == [
        ("publish", editor),
        ("retract", editor),
    ]


def test_confidence_change_in_a_form_is_audited(editor_client, editor):
    """A grade changed in the claim form is audited like one from the action."""
    claim = ClaimFactory(article=ArticleFactory(status=Article.Status.DRAFT))
    url = reverse("admin:articles_claim_change", args=[claim.pk])
    page = editor_client.get(url)
    editor_client.post(url, change_form_data(page, confidence="2", rationale="Two."))
    entry = AuditEntry.objects.get(action=AuditEntry.Action.GRADE)
    assert entry.user == editor
    assert entry.detail == "6 → 2: Two."


def test_edits_that_change_no_grade_or_status_are_not_audited(editor):
    """Fixing a typo is in the history, not in the editorial audit."""
    claim = ClaimFactory()
    claim.cue = "stated"
    claim.save()
    assert not AuditEntry.objects.exists()


def test_audit_view_filters_by_action_user_and_date(editor_client, editor, admin_user):
    """The audit list narrows to one action, one user, one day."""
    claim = ClaimFactory()
    level = ConfidenceLevel.objects.get(code="1")
    services.claims_set_confidence(
        claims=[claim], level=level, rationale="r", user=editor
    )
    services.article_retract(articles=[claim.article], note="n", user=admin_user)
    page = editor_client.get(AUDIT, {"action": "grade"})
    assert [e.action for e in page.context["cl"].result_list] == ["grade"]
    history = reverse("admin:articles_claim_history", args=[claim.pk])
    assert f'<a href="{history}">' in page.content.decode()
    page = editor_client.get(AUDIT, {"user__id__exact": admin_user.pk})
    assert [e.action for e in page.context["cl"].result_list] == ["retract"]
    today = timezone.localdate()
    page = editor_client.get(
        AUDIT, {"at__year": today.year, "at__month": today.month, "at__day": today.day}
    )
    assert page.context["cl"].result_count == 2
    yesterday = today - dt.timedelta(days=1)
    page = editor_client.get(
        AUDIT,
        {
            "at__year": yesterday.year,
            "at__month": yesterday.month,
            "at__day": yesterday.day,
        },
    )
    assert page.context["cl"].result_count == 0


def test_audit_log_is_read_only(admin_client):
    """Not even a superuser can add, change or delete an audit entry."""
    entry = AuditEntry.objects.create(
        action="publish", target_type="articles.article", target_id="1", target_repr="x"
    )
    assert (
        admin_client.get(reverse("admin:editorial_auditentry_add")).status_code == 403
    )
    url = reverse("admin:editorial_auditentry_change", args=[entry.pk])
    admin_client.post(url, {"detail": "tampered"})
    entry.refresh_from_db()
    assert entry.detail == ""


def test_reporters_do_not_see_the_audit_log(reporter_client):
    """The audit log is for editors."""
    assert reporter_client.get(AUDIT).status_code == 403
