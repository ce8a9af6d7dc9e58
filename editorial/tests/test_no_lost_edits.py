"""Two editors saving the same object: the second is refused and nothing is lost."""

import pytest
from concurrency.exceptions import RecordModifiedError
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from articles import services
from articles.models import Article, ConfidenceLevel
from articles.tests.factories import ArticleFactory, ClaimFactory, TopicFactory
from editorial.forms import ConcurrentEditForm
from editorial.models import AuditEntry
from editorial.tests.helpers import admin_url, change_form_data, revert_url
from sources.tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_editors(editor, django_user_model):
    other = django_user_model.objects.create_user("olga", password="pw", is_staff=True)
    other.groups.add(Group.objects.get(name="Editor"))
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(other)
    return first, second


@pytest.fixture
def article():
    return ClaimFactory(article=ArticleFactory(status=Article.Status.DRAFT)).article


def _assert_refused(response, url):
    assert response.status_code == 200
    html = response.content.decode()
    assert "while you were editing it" in html
    assert f'<a href="{url}">Reload it</a>' in html


def test_second_save_of_an_article_is_refused(two_editors, article):
    """Both open the article; the first save stands, the second is refused."""
    first, second = two_editors
    url = admin_url(article)
    page_1, page_2 = first.get(url), second.get(url)
    assert (
        first.post(url, change_form_data(page_1, headline="First")).status_code == 302
    )
    response = second.post(url, change_form_data(page_2, standfirst="Second"))
    _assert_refused(response, url)
    article.refresh_from_db()
    assert (article.headline, article.standfirst) == ("First", "")
    # Reloading gives a form that saves.
    again = change_form_data(second.get(url), standfirst="Second")
    assert second.post(url, again).status_code == 302
    article.refresh_from_db()
    assert (article.headline, article.standfirst) == ("First", "Second")


def test_second_save_of_an_inline_claim_is_refused(two_editors, article):
    """A claim changed by one editor is not overwritten by another's article save."""
    first, second = two_editors
    url = admin_url(article)
    page_1, page_2 = first.get(url), second.get(url)
    first.post(url, change_form_data(page_1, **{"claims-0-cue": "confirmed"}))
    response = second.post(url, change_form_data(page_2, **{"claims-0-cue": "denied"}))
    _assert_refused(response, url)
    assert article.claims.get().cue == "confirmed"


def test_article_save_refused_when_a_claim_changed_meanwhile(two_editors, article):
    """Saving the article page over a claim someone changed since is refused."""
    first, second = two_editors
    claim = article.claims.get()
    page_2 = second.get(admin_url(article))
    claim_page = first.get(admin_url(claim))
    first.post(admin_url(claim), change_form_data(claim_page, cue="confirmed"))
    response = second.post(
        admin_url(article), change_form_data(page_2, headline="Other")
    )
    assert "while you were editing it" in response.content.decode()
    article.refresh_from_db()
    assert article.headline != "Other"
    assert article.claims.get().cue == "confirmed"


@pytest.mark.parametrize(
    ("factory", "field"),
    [(ClaimFactory, "cue"), (SourceFactory, "description"), (TopicFactory, "aliases")],
)
def test_second_save_of_a_claim_or_source_is_refused(two_editors, factory, field):
    """The claim, source and topic change forms refuse a stale save too."""
    obj = factory()
    first, second = two_editors
    url = admin_url(obj)
    page_1, page_2 = first.get(url), second.get(url)
    assert (
        first.post(url, change_form_data(page_1, **{field: "one"})).status_code == 302
    )
    response = second.post(url, change_form_data(page_2, **{field: "two"}))
    _assert_refused(response, url)
    obj.refresh_from_db()
    assert getattr(obj, field) == "one"


def test_second_save_of_a_confidence_level_is_refused(superuser, django_user_model):
    """The scale's change form (superusers only) refuses a stale save too."""
    other = django_user_model.objects.create_superuser("root2", password="pw")
    first, second = Client(), Client()
    first.force_login(superuser)
    second.force_login(other)
    level = ConfidenceLevel.objects.get(code="3")
    url = admin_url(level)
    page_1, page_2 = first.get(url), second.get(url)
    data = change_form_data(page_1, description="First wording.")
    assert first.post(url, data).status_code == 302
    response = second.post(url, change_form_data(page_2, description="Second."))
    _assert_refused(response, url)
    level.refresh_from_db()
    assert level.description == "First wording."


def test_a_post_without_version_is_refused(editor_client, article):
    """A crafted POST that leaves out the version cannot overwrite anything."""
    url = admin_url(article)
    data = change_form_data(editor_client.get(url), headline="Blind", version="")
    response = editor_client.post(url, data)
    assert "while you were editing it" in response.content.decode()
    article.refresh_from_db()
    assert article.headline != "Blind"


def test_revert_restores_an_earlier_version(editor_client, article):
    """Reverting from the history page brings back the old text, recorded and audited."""
    url = admin_url(article)
    original = article.headline
    editor_client.post(url, change_form_data(editor_client.get(url), headline="Oops"))
    first_record = article.history.earliest("history_date")
    back = revert_url(article, first_record)
    page = editor_client.get(back)
    assert page.status_code == 200
    assert editor_client.post(back, change_form_data(page)).status_code == 302
    article.refresh_from_db()
    assert article.headline == original
    latest = article.history.first()
    assert latest.history_change_reason.startswith("reverted to the version of")
    assert latest.history_user.username == "eddie"
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.REVERT, target_id=str(article.pk)
    ).exists()


def test_revert_is_refused_when_someone_saved_meanwhile(two_editors, article):
    """A revert page opened before another editor's save cannot overwrite it."""
    first, second = two_editors
    url = admin_url(article)
    back = revert_url(article, article.history.earliest("history_date"))
    revert_page = second.get(back)
    first.post(url, change_form_data(first.get(url), headline="Newer"))
    response = second.post(back, change_form_data(revert_page))
    assert "while you were editing it" in response.content.decode()
    article.refresh_from_db()
    assert article.headline == "Newer"


def test_history_page_shows_a_readable_diff(editor_client, article):
    """The history page lists who changed which field, from what to what."""
    url = admin_url(article)
    editor_client.post(url, change_form_data(editor_client.get(url), byline="Desk"))
    history_url = reverse("admin:articles_article_history", args=[article.pk])
    html = editor_client.get(history_url).content.decode()
    assert "eddie" in html
    assert "Byline" in html or "byline" in html
    assert "Desk" in html


def _confirm_grade(client, claim, page, level):
    """Post the set_confidence confirmation ``page`` for ``claim`` with ``level``."""
    html = page.content.decode()
    marker = f'name="version-{claim.pk}" value="'
    version = html.split(marker, 1)[1].split('"', 1)[0]
    return client.post(
        reverse("admin:articles_claim_changelist"),
        {
            "action": "set_confidence",
            ACTION_CHECKBOX_NAME: [claim.pk],
            f"version-{claim.pk}": version,
            "apply": "1",
            "confidence": level,
            "rationale": f"Level {level}.",
        },
        follow=True,
    )


def test_bulk_grade_refused_when_a_claim_changed_since_confirmation(two_editors):
    """A grade confirmed on a page opened before another editor's grade is refused."""
    first, second = two_editors
    claim = ClaimFactory()
    changelist = reverse("admin:articles_claim_changelist")
    page = first.post(
        changelist, {"action": "set_confidence", ACTION_CHECKBOX_NAME: [claim.pk]}
    )
    assert page.status_code == 200
    other_page = second.post(
        changelist, {"action": "set_confidence", ACTION_CHECKBOX_NAME: [claim.pk]}
    )
    _confirm_grade(second, claim, other_page, "2")
    response = _confirm_grade(first, claim, page, "5")
    assert "nothing was done" in response.content.decode()
    claim.refresh_from_db()
    assert (claim.confidence_id, claim.rationale) == ("2", "Level 2.")


def test_a_conflict_during_an_action_is_reported_not_an_error(
    editor_client, monkeypatch
):
    """If a save inside an action meets a newer version, the editor gets a message."""
    article = ArticleFactory(status=Article.Status.DRAFT)

    def conflicting(*, articles, user):
        raise RecordModifiedError("changed", target=article)

    monkeypatch.setattr(services, "article_publish", conflicting)
    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", ACTION_CHECKBOX_NAME: [article.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "saved by someone else while the action ran" in response.content.decode()


def test_no_versioned_model_is_edited_from_a_list():
    """list_editable saves rows without the version check: no admin of a versioned
    model may use it, and each one's change form carries the version."""
    versioned = [
        model_admin
        for model, model_admin in admin.site._registry.items()
        if hasattr(model, "_concurrencymeta")
    ]
    assert {type(m).__name__ for m in versioned} >= {
        "ArticleAdmin",
        "ClaimAdmin",
        "ConfidenceLevelAdmin",
        "SourceAdmin",
        "TopicAdmin",
    }
    for model_admin in versioned:
        assert not model_admin.list_editable, type(model_admin).__name__
        assert issubclass(model_admin.form, ConcurrentEditForm)
        fields = admin.utils.flatten_fieldsets(model_admin.fieldsets)
        assert "version" in fields, type(model_admin).__name__


def _checkbox_value(changelist_page, obj):
    """The value of ``obj``'s selection box on a changelist page."""
    html = changelist_page.content.decode()
    value = html.split(f'value="{obj.pk},', 1)[1].split('"', 1)[0]
    return f"{obj.pk},{value}"


def test_action_refused_when_a_row_changed_since_the_list_was_loaded(two_editors):
    """Publishing from a list opened before another editor's save does nothing."""
    first, second = two_editors
    article = ArticleFactory(status=Article.Status.DRAFT)
    changelist = reverse("admin:articles_article_changelist")
    selected = _checkbox_value(first.get(changelist), article)
    second.post(
        admin_url(article),
        change_form_data(second.get(admin_url(article)), headline="Corrected"),
    )
    response = first.post(
        changelist, {"action": "publish", ACTION_CHECKBOX_NAME: [selected]}, follow=True
    )
    assert "since the list was loaded" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    # From a freshly loaded list, the same action goes through.
    selected = _checkbox_value(first.get(changelist), article)
    first.post(changelist, {"action": "publish", ACTION_CHECKBOX_NAME: [selected]})
    article.refresh_from_db()
    assert (article.status, article.headline) == (Article.Status.PUBLISHED, "Corrected")
