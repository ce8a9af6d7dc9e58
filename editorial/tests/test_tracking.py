import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse
from simple_history.utils import bulk_update_with_history

from articles.models import Article, Claim, ConfidenceLevel, Topic
from articles.tests.factories import ArticleFactory, ClaimFactory
from editorial.tests.helpers import change_form_data
from editorial.tracking import UntrackedWriteError, untracked_writes_allowed
from sources.models import Source
from sources.tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

TRACKED = [
    (Article, {"byline": "x"}),
    (Claim, {"cue": "x"}),
    (Source, {"role": "x"}),
    (Topic, {"description": "x"}),
    (ConfidenceLevel, {"description": "x"}),
]


@pytest.mark.parametrize(("model", "values"), TRACKED, ids=lambda v: str(v))
def test_bare_update_of_a_tracked_model_is_refused(model, values):
    """QuerySet.update() on a model with a history raises and changes nothing."""
    ClaimFactory()
    with pytest.raises(UntrackedWriteError):
        model.objects.all().update(**values)
    field, value = next(iter(values.items()))
    assert not model.objects.filter(**{field: value}).exists()


def test_bare_bulk_update_is_refused():
    """bulk_update() without history is refused too."""
    source = SourceFactory()
    source.role = "changed"
    with pytest.raises(UntrackedWriteError):
        Source.objects.bulk_update([source], ["role"])


def test_bulk_update_with_history_is_allowed_when_declared():
    """Inside untracked_writes_allowed, simple-history's bulk helper writes rows and
    their history records."""
    articles = ArticleFactory.create_batch(3)
    for article in articles:
        article.byline = "Bulk desk"
    before = Article.history.count()
    with untracked_writes_allowed():
        bulk_update_with_history(articles, Article, ["byline"])
    assert Article.objects.filter(byline="Bulk desk").count() == 3
    assert Article.history.count() == before + 3


def test_the_allowance_ends_with_its_block():
    """After the block, bare updates are refused again."""
    with untracked_writes_allowed():
        Topic.objects.all().update(description="fine")
    with pytest.raises(UntrackedWriteError):
        Topic.objects.all().update(description="not fine")


def test_load_demo_records_history_with_every_object(demo):
    """The demo import (a management command) leaves a creation record for each
    article, claim and source it wrote."""
    assert Article.history.filter(history_type="+").count() == Article.objects.count()
    assert Claim.history.filter(history_type="+").count() == Claim.objects.count()
    assert Source.history.filter(history_type="+").count() == Source.objects.count()


def test_admin_bulk_action_records_history_with_its_user(editor_client, editor):
    """Each article the publish action changes gets a history record by the editor."""
    drafts = ArticleFactory.create_batch(2, status=Article.Status.DRAFT)
    editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", ACTION_CHECKBOX_NAME: [a.pk for a in drafts]},
    )
    for article in drafts:
        record = article.history.first()
        assert (record.status, record.history_user, record.history_change_reason) == (
            "published",
            editor,
            "published",
        )


@pytest.mark.parametrize(
    ("model", "pk", "data"),
    [
        (
            ConfidenceLevel,
            "3",
            {
                "label": "Possibly true",
                "rank": "3",
                "description": "Reworded.",
                "colour": "#7a5d00",
                "rating_value": "3",
            },
        ),
        (Topic, None, {"name": "Kherson", "slug": "kherson", "kind": "place"}),
    ],
    ids=["confidencelevel", "topic"],
)
def test_admin_edits_of_the_scale_and_topics_are_in_history(
    admin_client, superuser, model, pk, data
):
    """Changing a confidence level or a topic in the admin records who did it."""
    obj = model.objects.get(pk=pk) if pk else Topic.objects.create(name="x", slug="x")
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    # As the change form posts it, with the (signed) version it carries.
    data = change_form_data(admin_client.get(url), **data)
    assert admin_client.post(url, data).status_code == 302
    record = obj.history.first()
    assert record.history_type == "~" and record.history_user == superuser
