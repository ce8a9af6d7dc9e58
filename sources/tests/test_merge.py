import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from articles.models import Article, Claim
from articles.tests.factories import ArticleFactory, ClaimFactory
from editorial.models import AuditEntry
from sources.models import Source
from sources.services import merge_sources
from sources.tests.factories import OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shoigu():
    return SourceFactory(name="Sergei Shoigu", aliases="Shoigu", role="")


@pytest.fixture
def duplicate():
    return SourceFactory(
        name="Sergey Shoygu", aliases="Schoigu", role="Defence minister", country="RU"
    )


def test_claims_move_as_claimant_and_as_relay(superuser, shoigu, duplicate):
    """Claims made or relayed by the duplicate now name the survivor."""
    made = ClaimFactory(source=duplicate)
    relayed = ClaimFactory(via=duplicate)
    result = merge_sources(survivor=shoigu, duplicates=[duplicate], user=superuser)
    made.refresh_from_db()
    relayed.refresh_from_db()
    assert made.source == shoigu and relayed.via == shoigu
    assert (result.claims, result.relayed) == (1, 1)
    assert not Source.objects.filter(pk=duplicate.pk).exists()


def test_a_claim_relayed_by_its_own_claimant_becomes_first_hand(
    superuser, shoigu, duplicate
):
    """Duplicate as claimant and survivor as relay: the relay is dropped, not kept
    pointing at the claim's own source."""
    claim = ClaimFactory(source=duplicate, via=shoigu)
    merge_sources(survivor=shoigu, duplicates=[duplicate], user=superuser)
    claim.refresh_from_db()
    assert (claim.source, claim.via) == (shoigu, None)


def test_every_merged_name_is_kept_as_an_alias(superuser, shoigu, duplicate):
    """The survivor's aliases gain the duplicate's name and aliases, once each."""
    other = SourceFactory(name="SHOIGU", aliases="S. Shoigu")
    merge_sources(survivor=shoigu, duplicates=[duplicate, other], user=superuser)
    shoigu.refresh_from_db()
    assert shoigu.alias_list == ["Shoigu", "Sergey Shoygu", "Schoigu", "S. Shoigu"]
    assert Source.objects.matching_name("Schoigu").get() == shoigu


def test_members_and_publisher_links_move(superuser):
    """Affiliated sources and published articles follow the survivor."""
    outlet, twin = OutletFactory(name="Meduza"), OutletFactory(name="meduza.io")
    reporter = SourceFactory(affiliation=twin)
    article = ArticleFactory(publisher=twin)
    result = merge_sources(survivor=outlet, duplicates=[twin], user=superuser)
    reporter.refresh_from_db()
    article.refresh_from_db()
    assert reporter.affiliation == outlet and article.publisher == outlet
    assert (result.members, result.articles) == (1, 1)


def test_empty_details_are_filled_from_the_duplicate(superuser, shoigu, duplicate):
    """The survivor keeps its own details and gains those it lacked."""
    merge_sources(survivor=shoigu, duplicates=[duplicate], user=superuser)
    shoigu.refresh_from_db()
    assert (shoigu.role, shoigu.country) == ("Defence minister", "RU")


def test_merge_is_recorded_in_history_and_audit(superuser, shoigu, duplicate):
    """Every moved claim, the survivor and the deleted duplicate have a history
    record by the merging user; the audit log has the merge."""
    claim = ClaimFactory(source=duplicate)
    merge_sources(survivor=shoigu, duplicates=[duplicate], user=superuser)
    assert claim.history.first().history_user == superuser
    assert claim.history.first().history_change_reason.startswith("merged")
    assert shoigu.history.first().history_user == superuser
    deleted = Source.history.filter(id=duplicate.pk, history_type="-").get()
    assert deleted.history_user == superuser
    entry = AuditEntry.objects.get(action=AuditEntry.Action.MERGE)
    assert entry.user == superuser and entry.target_id == str(shoigu.pk)


def test_a_person_cannot_take_over_an_outlets_articles(superuser, shoigu, duplicate):
    """Merging a publisher into a non-outlet is refused and changes nothing."""
    claim = ClaimFactory(source=duplicate)
    ArticleFactory(publisher=OutletFactory())
    outlet_dup = Article.objects.get(publisher__isnull=False).publisher
    with pytest.raises(ValidationError):
        merge_sources(
            survivor=shoigu, duplicates=[duplicate, outlet_dup], user=superuser
        )
    claim.refresh_from_db()
    assert claim.source == duplicate
    assert Source.objects.filter(pk__in=[duplicate.pk, outlet_dup.pk]).count() == 2


def test_merge_rolls_back_when_a_late_step_fails(
    superuser, shoigu, duplicate, monkeypatch
):
    """A failure after claims moved undoes the moves."""
    claim = ClaimFactory(source=duplicate)

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Source, "delete", fail)
    with pytest.raises(RuntimeError):
        merge_sources(survivor=shoigu, duplicates=[duplicate], user=superuser)
    claim.refresh_from_db()
    assert claim.source == duplicate
    assert Claim.history.filter(id=claim.pk).count() == 1


def test_duplicates_affiliated_to_each_other_merge(superuser, shoigu):
    """A duplicate affiliated to another duplicate does not block the merge."""
    ministry = SourceFactory(name="MoD")
    ministry_twin = SourceFactory(name="Ministry of Defence", affiliation=ministry)
    merge_sources(survivor=shoigu, duplicates=[ministry, ministry_twin], user=superuser)
    assert not Source.objects.filter(pk__in=[ministry.pk, ministry_twin.pk]).exists()


def test_merge_refused_when_a_source_changed_after_confirmation_page(
    admin_client, shoigu, duplicate
):
    """Confirming a merge after someone edited one of the sources does nothing."""
    changelist = reverse("admin:sources_source_changelist")
    selection = {"action": "merge", ACTION_CHECKBOX_NAME: [shoigu.pk, duplicate.pk]}
    page = admin_client.post(changelist, selection)
    versions = {f"version-{s.pk}": str(s.version) for s in page.context["sources"]}
    duplicate.role = "Former defence minister"
    duplicate.save()
    response = admin_client.post(
        changelist,
        {**selection, **versions, "apply": "1", "survivor": shoigu.pk},
        follow=True,
    )
    assert "nothing was done" in response.content.decode()
    assert Source.objects.filter(pk=duplicate.pk).exists()


def test_the_service_refuses_a_user_who_may_not_merge(
    shoigu, duplicate, django_user_model
):
    """Called directly, merge_sources still requires the merge permission."""
    reporter = django_user_model.objects.create_user("rita", is_staff=True)
    with pytest.raises(PermissionDenied):
        merge_sources(survivor=shoigu, duplicates=[duplicate], user=reporter)
    assert Source.objects.filter(pk=duplicate.pk).exists()
