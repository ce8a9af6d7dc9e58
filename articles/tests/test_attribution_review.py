"""The review queue: suggested claims listed in context, corrected, accepted, rejected."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from articles.models import Article, Claim
from articles.suggest import suggest_claims
from articles.tests.factories import ArticleFactory, ClaimFactory
from editorial.tests.helpers import change_form_data
from sources.tests.factories import OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db

BODY = (
    "Health Minister Karl Vidal visited the hospital on Monday.\n\n"
    "“We need more nurses,” Vidal said. A source told Reuters that the ward "
    "would close in June."
)
QUEUE = "admin:articles_suggestedclaim_changelist"


@pytest.fixture
def suggestions():
    article = ArticleFactory(body=BODY)
    return suggest_claims(article)


def _change_url(claim):
    return reverse("admin:articles_suggestedclaim_change", args=[claim.pk])


def _form(client, claim, **changes):
    """The review form as the change page renders it (signed version included)."""
    return change_form_data(client.get(_change_url(claim)), **changes)


def test_queue_lists_only_suggestions_in_their_sentence(admin_client, suggestions):
    """The changelist shows suggested claims marked inside their sentence, not curated ones."""
    ClaimFactory(article=suggestions[0].article, text="Health Minister Karl Vidal")
    response = admin_client.get(reverse(QUEUE))
    assert response.status_code == 200
    page = response.content.decode()
    assert '<mark class="nr-mark nr-suggested">We need more nurses</mark>' in page
    assert "“We need more nurses,” Vidal said." in page.replace(
        '<mark class="nr-mark nr-suggested">', ""
    ).replace("</mark>", "")
    assert list(response.context["cl"].result_list) == suggestions


def test_change_view_shows_the_sentence(admin_client, suggestions):
    """Opening a suggestion shows it in its sentence."""
    claim = suggestions[1]
    response = admin_client.get(_change_url(claim))
    assert response.status_code == 200
    assert "A source told Reuters that <mark" in response.content.decode()


def test_accept_one_with_corrected_source(admin_client, suggestions):
    """An editor corrects the source and accepts: the claim leaves the queue, public-ready."""
    claim = suggestions[1]
    right = SourceFactory(name="Ward nurse", kind="anonymous")
    response = admin_client.post(
        _change_url(claim),
        _form(admin_client, claim, source=right.pk, review_status="accepted"),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    claim = Claim.objects.get(pk=claim.pk)
    assert (claim.source, claim.review_status) == (right, "accepted")
    assert claim.history.first().history_user.username == "boss"
    assert claim not in Claim.objects.suggested()


def test_correcting_the_text_moves_the_offsets(admin_client, suggestions):
    """Shortening the text relocates the span near the suggestion."""
    claim = suggestions[1]
    response = admin_client.post(
        _change_url(claim), _form(admin_client, claim, text="the ward would close")
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert BODY[claim.start : claim.end] == "the ward would close"


def test_text_not_in_body_is_refused(admin_client, suggestions):
    """A correction that is not in the body is an error on the form, nothing saved."""
    claim = suggestions[1]
    response = admin_client.post(
        _change_url(claim), _form(admin_client, claim, text="the ward is fine")
    )
    assert response.status_code == 200
    assert "text" in response.context["adminform"].form.errors
    claim.refresh_from_db()
    assert claim.text == "the ward would close in June"


def test_relay_same_as_source_is_refused(admin_client, suggestions):
    """Choosing the claimant as its own relay is one error on the form; nothing saved."""
    claim = suggestions[0]
    response = admin_client.post(
        _change_url(claim), _form(admin_client, claim, via=claim.source_id)
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["via"] == [
        "A claim cannot be relayed by its own source."
    ]
    claim.refresh_from_db()
    assert claim.via_id != claim.source_id


def test_bulk_accept_and_reject(admin_client, suggestions):
    """Bulk actions accept or reject every selected suggestion."""
    first, second = suggestions
    admin_client.post(
        reverse(QUEUE), {"action": "accept", ACTION_CHECKBOX_NAME: [first.pk]}
    )
    admin_client.post(
        reverse(QUEUE), {"action": "reject", ACTION_CHECKBOX_NAME: [second.pk]}
    )
    statuses = dict(
        Claim.objects.filter(pk__in=[first.pk, second.pk]).values_list(
            "pk", "review_status"
        )
    )
    assert statuses == {first.pk: "accepted", second.pk: "rejected"}


def test_article_action_suggests_claims(admin_client):
    """The Suggest claims action on selected articles fills the review queue."""
    article = ArticleFactory(body=BODY, publisher=OutletFactory())
    response = admin_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "suggest_claims", ACTION_CHECKBOX_NAME: [article.pk]},
        follow=True,
    )
    assert "2 claim(s) suggested" in response.content.decode()
    assert Claim.objects.suggested().filter(article=article).count() == 2
    assert Article.objects.get(pk=article.pk).claims.count() == 2
