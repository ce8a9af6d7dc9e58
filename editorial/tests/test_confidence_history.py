import pytest
from django.urls import reverse

from articles import services
from articles.history import confidence_history
from articles.models import Article, ConfidenceLevel
from articles.tests.factories import ArticleFactory, ClaimFactory
from editorial.tests.helpers import change_form_data

pytestmark = pytest.mark.django_db


def test_history_lists_each_grade_with_who_why_and_when(
    editor, editor_client, django_assert_num_queries
):
    """Grades from the action, the form and a revert all appear, oldest first,
    read in one query."""
    claim = ClaimFactory(article=ArticleFactory(status=Article.Status.DRAFT))
    services.claims_set_confidence(
        claims=[claim],
        level=ConfidenceLevel.objects.get(code="2"),
        rationale="Two outlets.",
        user=editor,
    )
    url = reverse("admin:articles_claim_change", args=[claim.pk])
    editor_client.post(
        url,
        change_form_data(editor_client.get(url), confidence="5", rationale="Denied."),
    )
    graded = claim.history.filter(confidence_id="2").get()
    revert_url = reverse(
        "admin:articles_claim_simple_history", args=[claim.pk, graded.history_id]
    )
    editor_client.post(revert_url, change_form_data(editor_client.get(revert_url)))

    with django_assert_num_queries(1):
        changes = confidence_history(claim)
    assert [(c.from_code, c.to_code) for c in changes] == [
        (None, "6"),
        ("6", "2"),
        ("2", "5"),
        ("5", "2"),
    ]
    assert [c.user for c in changes[1:]] == ["eddie"] * 3
    assert changes[1].rationale == "Two outlets." and changes[2].rationale == "Denied."
    assert changes[1].reason == "confidence set to Probably true"
    assert changes[3].reason.startswith("reverted to the version of")
    assert changes[1].at <= changes[2].at <= changes[3].at
