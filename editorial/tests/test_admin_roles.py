"""Who may do what in the admin: one test per role and per guarded action."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from articles.models import Article, Claim
from articles.tests.factories import ArticleFactory, ClaimFactory
from editorial.tests.helpers import admin_url, change_form_data, revert_url
from sources.models import Source
from sources.tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

ARTICLES = reverse("admin:articles_article_changelist")
CLAIMS = reverse("admin:articles_claim_changelist")
SOURCES = reverse("admin:sources_source_changelist")


def _action(client, url, action, objects, **extra):
    return client.post(
        url,
        {"action": action, ACTION_CHECKBOX_NAME: [o.pk for o in objects], **extra},
    )


def _offered_actions(client, url):
    action_form = client.get(url).context["action_form"]
    if action_form is None:  # no action at all for this user
        return set()
    return set(dict(action_form.fields["action"].choices))


@pytest.fixture
def draft():
    return ClaimFactory(
        article=ArticleFactory(status=Article.Status.DRAFT), confidence_id="6"
    ).article


@pytest.fixture
def published():
    return ClaimFactory(confidence_id="3").article


# -- what each role is offered ---------------------------------------------------


def test_reporter_is_not_offered_editorial_actions(reporter_client):
    """A Reporter sees neither publish, retract, set confidence nor merge."""
    assert _offered_actions(reporter_client, ARTICLES).isdisjoint(
        {"publish", "retract"}
    )
    assert "send_to_review" in _offered_actions(reporter_client, ARTICLES)
    assert "set_confidence" not in _offered_actions(reporter_client, CLAIMS)
    assert "merge" not in _offered_actions(reporter_client, SOURCES)


@pytest.mark.parametrize("role", ["editor_client", "admin_client"])
def test_editors_and_superusers_are_offered_editorial_actions(role, request):
    """An Editor, like a superuser, is offered publish, retract, grade and merge."""
    client = request.getfixturevalue(role)
    assert {"publish", "retract"} <= _offered_actions(client, ARTICLES)
    assert "set_confidence" in _offered_actions(client, CLAIMS)
    assert "merge" in _offered_actions(client, SOURCES)


def test_reporter_sees_status_and_confidence_read_only(reporter_client, draft):
    """On a draft, a Reporter's form has no status, confidence or rationale input."""
    response = reporter_client.get(admin_url(draft))
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "status" not in form.fields and "headline" in form.fields
    claim_form = response.context["inline_admin_formsets"][0].formset.forms[0]
    assert "confidence" not in claim_form.fields
    assert "rationale" not in claim_form.fields
    assert "text" in claim_form.fields
    claim_page = reporter_client.get(admin_url(draft.claims.get()))
    assert "confidence" not in claim_page.context["adminform"].form.fields


# -- publish ---------------------------------------------------------------------


def test_reporter_publish_action_is_refused(reporter_client, draft):
    """A crafted POST of the publish action by a Reporter changes nothing."""
    _action(reporter_client, ARTICLES, "publish", [draft])
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT


def test_editor_publish_action_publishes(editor_client, draft):
    """An Editor's publish action publishes."""
    _action(editor_client, ARTICLES, "publish", [draft])
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED


def test_reporter_cannot_publish_through_the_change_form(reporter_client, draft):
    """status=published posted in a Reporter's change form is ignored."""
    page = reporter_client.get(admin_url(draft))
    data = change_form_data(page, headline="New headline", status="published")
    response = reporter_client.post(admin_url(draft), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.headline == "New headline"
    assert draft.status == Article.Status.DRAFT


def test_reporter_cannot_add_a_published_article(reporter_client):
    """A Reporter's new article is a draft whatever status the POST says."""
    page = reporter_client.get(reverse("admin:articles_article_add"))
    data = change_form_data(
        page, headline="Fresh", slug="fresh", body="Text.", status="published"
    )
    reporter_client.post(reverse("admin:articles_article_add"), data)
    assert Article.objects.get(slug="fresh").status == Article.Status.DRAFT


def test_editor_can_publish_through_the_change_form(editor_client, draft):
    """An Editor changes the status in the change form."""
    page = editor_client.get(admin_url(draft))
    editor_client.post(admin_url(draft), change_form_data(page, status="published"))
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED


def test_reporter_cannot_change_a_published_article(reporter_client, published):
    """A published article is read-only for a Reporter; a crafted POST is refused."""
    page = reporter_client.get(admin_url(published))
    assert "adminform" in page.context and not page.context["has_change_permission"]
    response = reporter_client.post(
        admin_url(published), {"headline": "Rewritten", "body": "x"}
    )
    assert response.status_code == 403
    published.refresh_from_db()
    assert published.headline != "Rewritten"


# -- retract ---------------------------------------------------------------------


def _retract(client, article):
    _action(client, ARTICLES, "retract", [article], apply="1", retraction_note="Wrong.")
    article.refresh_from_db()
    return article


def test_reporter_retract_action_is_refused(reporter_client, published):
    """A crafted POST of the retract action by a Reporter changes nothing."""
    assert _retract(reporter_client, published).status == Article.Status.PUBLISHED


def test_editor_retract_action_retracts(editor_client, published):
    """An Editor's retract action retracts with the note."""
    assert _retract(editor_client, published).status == Article.Status.RETRACTED


# -- grade -----------------------------------------------------------------------


def _grade_confirmed(client, claim):
    _action(
        client,
        CLAIMS,
        "set_confidence",
        [claim],
        apply="1",
        confidence="1",
        rationale="Sure.",
    )
    claim.refresh_from_db()
    return claim


def test_reporter_set_confidence_action_is_refused(reporter_client, draft):
    """A crafted POST of the set_confidence action by a Reporter changes nothing."""
    claim = _grade_confirmed(reporter_client, draft.claims.get())
    assert claim.confidence_id == "6"


def test_editor_set_confidence_action_grades(editor_client, draft):
    """An Editor's set_confidence action grades."""
    claim = _grade_confirmed(editor_client, draft.claims.get())
    assert (claim.confidence_id, claim.rationale) == ("1", "Sure.")


def test_reporter_cannot_grade_in_the_claim_form(reporter_client, draft):
    """confidence posted in a Reporter's claim form is ignored; other edits save."""
    claim = draft.claims.get()
    page = reporter_client.get(admin_url(claim))
    data = change_form_data(page, confidence="1", rationale="Sure.", cue="told")
    assert reporter_client.post(admin_url(claim), data).status_code == 302
    claim.refresh_from_db()
    assert (claim.confidence_id, claim.rationale, claim.cue) == ("6", "", "told")


def test_reporter_cannot_grade_in_the_inline_claims(reporter_client, draft):
    """confidence posted for an inline claim by a Reporter is ignored."""
    page = reporter_client.get(admin_url(draft))
    data = change_form_data(
        page, **{"claims-0-confidence": "1", "claims-0-cue": "told"}
    )
    assert reporter_client.post(admin_url(draft), data).status_code == 302
    claim = draft.claims.get()
    assert (claim.confidence_id, claim.cue) == ("6", "told")


def test_editor_can_grade_in_the_inline_claims(editor_client, draft):
    """An Editor grades an inline claim from the article page."""
    page = editor_client.get(admin_url(draft))
    data = change_form_data(
        page, **{"claims-0-confidence": "2", "claims-0-rationale": "Two sources."}
    )
    assert editor_client.post(admin_url(draft), data).status_code == 302
    assert draft.claims.get().confidence_id == "2"


# -- merge -----------------------------------------------------------------------


def test_reporter_merge_action_is_refused(reporter_client):
    """A crafted POST of the merge action by a Reporter merges nothing."""
    a, b = SourceFactory.create_batch(2)
    _action(reporter_client, SOURCES, "merge", [a, b], apply="1", survivor=a.pk)
    assert Source.objects.filter(pk__in=[a.pk, b.pk]).count() == 2


def test_editor_merge_action_asks_then_merges(editor_client):
    """An Editor first sees a confirmation page, then the merge happens."""
    a, b = SourceFactory.create_batch(2)
    page = _action(editor_client, SOURCES, "merge", [a, b])
    assert page.status_code == 200
    assert b"Choose the source that remains" in page.content
    assert Source.objects.filter(pk__in=[a.pk, b.pk]).count() == 2
    _action(editor_client, SOURCES, "merge", [a, b], apply="1", survivor=b.pk)
    assert list(Source.objects.filter(pk__in=[a.pk, b.pk])) == [b]


# -- deletion --------------------------------------------------------------------


def _delete(client, obj):
    return client.post(admin_url(obj, "delete"), {"post": "yes"}, follow=True)


def _assert_deletion_explained(client, obj, reason):
    """The deletion is refused on a normal page saying why; the object stays."""
    response = _delete(client, obj)
    assert response.status_code == 200
    assert reason in response.content.decode()
    assert type(obj).objects.filter(pk=obj.pk).exists()


def test_reporter_cannot_delete_an_accepted_claim(reporter_client, draft):
    """Deleting an accepted claim is refused with a message, not an error page."""
    _assert_deletion_explained(
        reporter_client, draft.claims.get(), "only an editor can delete it"
    )


def test_reporter_cannot_delete_an_accepted_claim_inline(reporter_client, draft):
    """Ticking DELETE on an accepted inline claim is refused with a form error."""
    page = reporter_client.get(admin_url(draft))
    response = reporter_client.post(
        admin_url(draft), change_form_data(page, **{"claims-0-DELETE": "on"})
    )
    assert response.status_code == 200
    assert "only an editor can delete it" in response.content.decode()
    assert draft.claims.exists()


def test_reporter_can_delete_a_suggested_claim(reporter_client, draft):
    """A machine suggestion may be deleted by a Reporter."""
    claim = ClaimFactory(article=draft, review_status=Claim.ReviewStatus.SUGGESTED)
    _delete(reporter_client, claim)
    assert not Claim.objects.filter(pk=claim.pk).exists()


def test_editor_can_delete_an_accepted_claim(editor_client, draft):
    """An Editor deletes an accepted claim."""
    claim = draft.claims.get()
    _delete(editor_client, claim)
    assert not Claim.objects.filter(pk=claim.pk).exists()


def test_published_article_is_retracted_not_deleted(admin_client, published):
    """Even a superuser is told to retract a published article, not shown an error."""
    _assert_deletion_explained(
        admin_client, published, "Retract a published article instead"
    )


def test_source_with_claims_is_merged_not_deleted(admin_client, published):
    """Deleting a quoted source says to merge it instead; the source stays."""
    _assert_deletion_explained(
        admin_client,
        published.claims.get().source,
        "merge it into that one instead",
    )


def test_reporter_cannot_add_a_claim_to_a_published_article(reporter_client, published):
    """A claim added to a published article would be public: refused for a Reporter."""
    url = reverse("admin:articles_claim_add")
    data = change_form_data(
        reporter_client.get(url),
        article=published.pk,
        source=SourceFactory().pk,
        text="Critics said the date was unrealistic.",
    )
    response = reporter_client.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["article"]
    assert published.claims.count() == 1


def test_bulk_delete_of_an_accepted_claim_is_explained(reporter_client, draft):
    """The delete action on an accepted claim says why, deleting nothing."""
    claim = draft.claims.get()
    response = _action(reporter_client, CLAIMS, "delete_selected", [claim], post="yes")
    assert "Nothing was deleted" in reporter_client.get(CLAIMS).content.decode()
    assert response.status_code == 302
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_bulk_delete_of_a_quoted_source_says_merge_instead(admin_client, published):
    """The delete action on a source with claims suggests merging; nothing goes."""
    source, unused = published.claims.get().source, SourceFactory()
    _action(admin_client, SOURCES, "delete_selected", [source, unused], post="yes")
    assert (
        "merge it into that one instead" in admin_client.get(SOURCES).content.decode()
    )
    assert Source.objects.filter(pk__in=[source.pk, unused.pk]).count() == 2


# -- reverts ---------------------------------------------------------------------


def test_reporter_cannot_revert_a_published_article(reporter_client, published):
    """A Reporter may read a published article's history but not post a revert."""
    record = published.history.earliest("history_date")
    published.headline = "Corrected by an editor"
    published.save()
    url = revert_url(published, record)
    assert reporter_client.get(url).status_code == 200
    response = reporter_client.post(url, {"headline": "x", "body": "y"})
    assert response.status_code == 403
    published.refresh_from_db()
    assert published.headline == "Corrected by an editor"


def test_reporter_revert_does_not_regrade_a_claim(reporter_client, editor, draft):
    """Reverting a claim to before an editor's grade keeps the grade for a Reporter."""
    claim = draft.claims.get()
    before = claim.history.earliest("history_date")
    claim.cue, claim.confidence_id, claim._history_user = "told", "1", editor
    claim.save()
    url = revert_url(claim, before)
    response = reporter_client.post(url, change_form_data(reporter_client.get(url)))
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.cue, claim.confidence_id) == ("said", "1")


# -- source reliability ----------------------------------------------------------


def test_reporter_cannot_change_a_sources_reliability(reporter_client):
    """A source's reliability grade is read-only for a Reporter."""
    source = SourceFactory()
    url = reverse("admin:sources_source_change", args=[source.pk])
    page = reporter_client.get(url)
    data = change_form_data(page, reliability="A", role="Spokesperson")
    assert reporter_client.post(url, data).status_code == 302
    source.refresh_from_db()
    assert (source.reliability, source.role) == ("F", "Spokesperson")
