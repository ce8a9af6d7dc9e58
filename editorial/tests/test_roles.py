import pytest
from django.contrib.auth.models import Group

from editorial import permissions

pytestmark = pytest.mark.django_db

EDITORIAL = (
    permissions.PUBLISH,
    permissions.RETRACT,
    permissions.GRADE,
    permissions.MERGE,
    permissions.DELETE_ACCEPTED_CLAIM,
)


def test_roles_are_created_by_migration():
    """The Reporter and Editor groups exist after migrating."""
    assert set(Group.objects.values_list("name", flat=True)) >= {"Reporter", "Editor"}


def test_reporter_holds_no_editorial_permission(reporter):
    """A Reporter can edit articles and claims but not publish, retract, grade or merge."""
    assert reporter.has_perm("articles.change_article")
    assert reporter.has_perm("articles.add_claim")
    for perm in EDITORIAL:
        assert not reporter.has_perm(perm), perm


def test_editor_holds_every_editorial_permission(editor):
    """An Editor publishes, retracts, grades, deletes accepted claims and merges."""
    for perm in (*EDITORIAL, "sources.delete_source"):
        assert editor.has_perm(perm), perm
