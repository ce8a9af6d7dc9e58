"""The review queue of suggested claims follows the roles."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from articles.models import Claim
from articles.suggest import suggest_claims
from articles.tests.factories import ArticleFactory
from editorial.tests.helpers import change_form_data

pytestmark = pytest.mark.django_db

BODY = "“We need more nurses,” Health Minister Karl Vidal said on Monday."
QUEUE = "admin:articles_suggestedclaim_changelist"


def suggestion(status):
    return suggest_claims(ArticleFactory(body=BODY, status=status))[0]


def accept_in_form(client, claim):
    url = reverse("admin:articles_suggestedclaim_change", args=[claim.pk])
    return client.post(url, change_form_data(client.get(url), review_status="accepted"))


def accept_in_bulk(client, claim):
    return client.post(
        reverse(QUEUE),
        {"action": "accept", ACTION_CHECKBOX_NAME: [claim.pk]},
        follow=True,
    )


@pytest.mark.parametrize("role", ["reporter_client", "editor_client"])
def test_both_roles_see_the_queue(request, role):
    """Reporters and Editors can open the review queue."""
    suggestion("draft")
    client = request.getfixturevalue(role)
    assert client.get(reverse(QUEUE)).status_code == 200


@pytest.mark.parametrize("accept", [accept_in_form, accept_in_bulk])
def test_reporter_cannot_accept_on_a_published_article(reporter_client, accept):
    """Accepting a suggestion on a published article publishes it: refused to a Reporter."""
    claim = suggestion("published")
    accept(reporter_client, claim)
    claim.refresh_from_db()
    assert claim.review_status == Claim.ReviewStatus.SUGGESTED
    assert not Claim.objects.public().exists()


@pytest.mark.parametrize("accept", [accept_in_form, accept_in_bulk])
def test_reporter_accepts_on_a_draft(reporter_client, accept):
    """A Reporter curates suggestions on drafts."""
    claim = suggestion("draft")
    accept(reporter_client, claim)
    claim.refresh_from_db()
    assert claim.review_status == Claim.ReviewStatus.ACCEPTED


@pytest.mark.parametrize("accept", [accept_in_form, accept_in_bulk])
def test_editor_accepts_on_a_published_article(editor_client, accept):
    """An Editor's acceptance publishes the claim."""
    claim = suggestion("published")
    accept(editor_client, claim)
    assert list(Claim.objects.public()) == [claim]
