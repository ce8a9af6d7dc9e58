"""The admin an editor curates the archive in: pages, saves, search, filters, actions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, Claim, ConfidenceLevel, Topic
from articles.tests.factories import (
    ArticleFactory,
    ClaimFactory,
    EvidenceFactory,
    TopicFactory,
)
from editorial.tests.helpers import change_form_data
from sources.models import Source
from sources.tests.factories import OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def inline_management(prefix, total, initial):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


ADMIN_MODELS = [
    ("articles", "article"),
    ("articles", "claim"),
    ("articles", "topic"),
    ("articles", "confidencelevel"),
    ("sources", "source"),
]


class TestPagesRender:
    @pytest.mark.parametrize(("app", "model"), ADMIN_MODELS)
    def test_changelist_and_add_pages_render(self, admin_client, demo, app, model):
        """Every list and add page renders for a superuser on the demo archive."""
        assert (
            admin_client.get(reverse(f"admin:{app}_{model}_changelist")).status_code
            == 200
        )
        assert admin_client.get(reverse(f"admin:{app}_{model}_add")).status_code == 200

    def test_change_pages_render(self, admin_client, demo):
        """Every change page renders, the article with its inline claims."""
        claim = demo.claims.first()
        EvidenceFactory(claim=claim)
        pages = [
            reverse("admin:articles_article_change", args=[demo.pk]),
            reverse("admin:articles_claim_change", args=[claim.pk]),
            reverse("admin:articles_topic_change", args=[Topic.objects.first().pk]),
            reverse("admin:articles_confidencelevel_change", args=["1"]),
            reverse("admin:sources_source_change", args=[claim.source.pk]),
        ]
        for url in pages:
            response = admin_client.get(url)
            assert response.status_code == 200, url
        page = admin_client.get(pages[0]).content.decode()
        assert page.count('class="inline-related') >= demo.claims.count()

    def test_article_preview_highlights_every_claim(self, admin_client, demo):
        """The article page previews the body with each claim marked."""
        page = admin_client.get(
            reverse("admin:articles_article_change", args=[demo.pk])
        )
        html = page.content.decode()
        assert html.count('<mark class="nr-mark') >= demo.claims.count()
        assert "Sergey Surovikin (announced) – Confirmed" in html

    def test_source_page_lists_its_claims(self, admin_client, demo):
        """A source's page lists its claims read-only with a link to all of them."""
        meduza = Source.objects.get(slug="meduza")
        html = admin_client.get(
            reverse("admin:sources_source_change", args=[meduza.pk])
        ).content.decode()
        assert "there were already plans for this retreat in October" in html
        assert f"source__id__exact={meduza.pk}" in html

    def test_slug_is_prefilled_from_headline(self, admin_client):
        """The add form fills the slug from the headline."""
        html = admin_client.get(reverse("admin:articles_article_add")).content.decode()
        assert "prepopulated_fields" in html or "data-prepopulated-fields" in html
        assert "headline" in html


class TestSaves:
    def article_data(self, **overrides):
        data = {
            "headline": "Bridge reopens",
            "slug": "bridge-reopens",
            "standfirst": "",
            "body": "The minister said the bridge would reopen in May.\n\nIt did.",
            "byline": "",
            "url": "",
            "language": "en",
            "published_at_0": "2024-05-01",
            "published_at_1": "10:00:00",
            "status": "draft",
            "retraction_note": "",
            **inline_management("claims", 0, 0),
        }
        data.update(overrides)
        return data

    def claim_form(self, index, source, text, **extra):
        prefix = f"claims-{index}"
        data = {
            f"{prefix}-text": text,
            f"{prefix}-source": str(source.pk),
            f"{prefix}-via": "",
            f"{prefix}-cue": "said",
            f"{prefix}-speaker_role": "",
            f"{prefix}-claimed_on": "",
            f"{prefix}-confidence": "3",
            f"{prefix}-review_status": "accepted",
            f"{prefix}-rationale": "Plausible.",
            f"{prefix}-start": "",
            f"{prefix}-end": "",
        }
        data.update({f"{prefix}-{k}": v for k, v in extra.items()})
        return data

    def test_add_article_with_inline_claim_finds_offsets(self, admin_client):
        """Saving an article with an inline claim stores the claim at its offsets."""
        minister = SourceFactory(name="The minister")
        data = self.article_data(**inline_management("claims", 1, 0))
        data.update(self.claim_form(0, minister, "the bridge would reopen in May"))
        response = admin_client.post(reverse("admin:articles_article_add"), data)
        assert response.status_code == 302, (
            response.context["errors"] if response.context else ""
        )
        claim = Claim.objects.get()
        assert (
            claim.article.body[claim.start : claim.end]
            == "the bridge would reopen in May"
        )
        assert claim.confidence_id == "3"

    def test_inline_claim_not_in_body_is_a_form_error(self, admin_client):
        """A claim whose text is not in the body is refused with a message; nothing saved."""
        data = self.article_data(**inline_management("claims", 1, 0))
        data.update(self.claim_form(0, SourceFactory(), "words that are not there"))
        response = admin_client.post(reverse("admin:articles_article_add"), data)
        assert response.status_code == 200
        assert "not in the article body" in response.content.decode()
        assert not Article.objects.exists() and not Claim.objects.exists()

    def test_inline_claim_with_wrong_offsets_is_corrected_or_refused(
        self, admin_client
    ):
        """Offsets beyond the body are a form error naming the problem."""
        data = self.article_data(**inline_management("claims", 1, 0))
        data.update(
            self.claim_form(0, SourceFactory(), "It did.", start="0", end="500")
        )
        response = admin_client.post(reverse("admin:articles_article_add"), data)
        assert response.status_code == 200
        assert (
            "body&#x27;s length" in response.content.decode()
            or "length" in response.content.decode()
        )
        assert not Claim.objects.exists()

    def test_change_article_and_edit_inline_claim(self, admin_client):
        """Editing an article and one of its claims in one save updates both."""
        claim = ClaimFactory(article=ArticleFactory(status="draft"))
        url = reverse("admin:articles_article_change", args=[claim.article.pk])
        data = change_form_data(
            admin_client.get(url),
            headline="Changed headline",
            **{"claims-0-confidence": "1"},
        )
        response = admin_client.post(url, data)
        assert response.status_code == 302
        claim.refresh_from_db()
        assert claim.article.headline == "Changed headline"
        assert claim.confidence_id == "1"

    def test_publisher_must_be_media_outlet_in_form(self, admin_client):
        """Choosing a person as publisher is a form error."""
        person = SourceFactory(kind="person")
        response = admin_client.post(
            reverse("admin:articles_article_add"),
            self.article_data(publisher=str(person.pk)),
        )
        assert response.status_code == 200
        assert not Article.objects.exists()

    def test_add_source_topic_and_level(self, admin_client):
        """Sources, topics and confidence levels can be added from the admin."""
        r1 = admin_client.post(
            reverse("admin:sources_source_add"),
            {
                "name": "Olaf Scholz",
                "slug": "olaf-scholz",
                "kind": "person",
                "reliability": "F",
                "aliases": "Scholz",
                "country": "DE",
                "role": "",
                "description": "",
                "wikidata_id": "",
            },
        )
        r2 = admin_client.post(
            reverse("admin:articles_topic_add"),
            {
                "name": "Energy",
                "slug": "energy",
                "kind": "subject",
                "aliases": "",
                "description": "",
            },
        )
        r3 = admin_client.post(
            reverse("admin:articles_confidencelevel_add"),
            {
                "code": "7",
                "label": "Retired",
                "rank": "-1",
                "description": "x",
                "colour": "#000000",
                "rating_value": "",
            },
        )
        assert (r1.status_code, r2.status_code, r3.status_code) == (302, 302, 302)
        assert Source.objects.filter(slug="olaf-scholz", country="DE").exists()
        assert Topic.objects.filter(slug="energy").exists()
        assert ConfidenceLevel.objects.filter(code="7").exists()

    def test_change_claim_page_saves(self, admin_client):
        """The claim form saves a new confidence level and rationale."""
        claim = ClaimFactory()
        url = reverse("admin:articles_claim_change", args=[claim.pk])
        data = change_form_data(
            admin_client.get(url), confidence="2", rationale="Two outlets agree."
        )
        assert admin_client.post(url, data).status_code == 302
        claim.refresh_from_db()
        assert (claim.confidence_id, claim.rationale) == ("2", "Two outlets agree.")


class TestSearchAndFilters:
    def changelist(self, client, model, query):
        app = "sources" if model == "source" else "articles"
        response = client.get(reverse(f"admin:{app}_{model}_changelist") + query)
        assert response.status_code == 200
        return list(response.context["cl"].result_list)

    def test_article_search_and_filters(self, admin_client, demo):
        """Articles are found by words of the body and filtered by status, language, topic."""
        ArticleFactory(status="draft", headline="Unrelated draft")
        assert self.changelist(admin_client, "article", "?q=Cherson") == [demo]
        assert (
            self.changelist(admin_client, "article", "?status__exact=draft")[0].headline
            == "Unrelated draft"
        )
        assert self.changelist(
            admin_client,
            "article",
            "?language__exact=en&topics__id__exact="
            f"{Topic.objects.get(slug='kherson').pk}",
        ) == [demo]

    def test_article_list_counts_claims(self, admin_client, demo):
        """The article list shows each article's claim count."""
        rows = self.changelist(admin_client, "article", "")
        assert rows[0].claim_count == demo.claims.count()

    def test_source_list_counts_every_claim_and_sorts_by_it(self, admin_client):
        """The source list counts each source's claims, suggested ones included
        (editors see everything), none as 0, and sorts by that count."""
        busy, idle = SourceFactory(name="Busy"), SourceFactory(name="Idle")
        ClaimFactory(source=busy)
        ClaimFactory(source=busy, review_status="suggested")
        rows = self.changelist(admin_client, "source", "")
        counts = {source.name: source.claim_count for source in rows}
        assert counts["Busy"] == 2 and counts["Idle"] == 0
        # list_display: name, kind, affiliation, reliability, claims (column 5).
        ascending = self.changelist(admin_client, "source", "?o=5")
        assert [s.claim_count for s in ascending] == sorted(counts.values())
        assert ascending[-1] == busy and idle in ascending

    def test_claim_search_covers_source_aliases(self, admin_client, demo):
        """Searching claims by an alias ("Schoigu") finds the source's claims."""
        rows = self.changelist(admin_client, "claim", "?q=Schoigu")
        assert {c.source.slug for c in rows} == {"sergey-shoigu"}

    def test_claim_filters(self, admin_client, demo):
        """Claims filter by confidence, review status, source kind, quote and date."""
        anonymous = self.changelist(admin_client, "claim", "?source__kind=anonymous")
        assert anonymous and all(c.source.kind == "anonymous" for c in anonymous)
        quotes = self.changelist(admin_client, "claim", "?is_direct_quote__exact=1")
        assert quotes and all(c.is_direct_quote for c in quotes)
        confirmed = self.changelist(admin_client, "claim", "?confidence__code__exact=1")
        assert confirmed and all(c.confidence_id == "1" for c in confirmed)
        assert (
            self.changelist(admin_client, "claim", "?review_status__exact=suggested")
            == []
        )
        dated = self.changelist(
            admin_client,
            "claim",
            "?claimed_on__gte=2022-11-09&claimed_on__lt=2022-11-10",
        )
        assert {c.source.slug for c in dated} == {"sergey-surovikin", "sergey-shoigu"}

    def test_source_search_and_filters(self, admin_client, demo):
        """Sources are found by alias and filtered by kind, reliability and country."""
        assert [
            s.slug for s in self.changelist(admin_client, "source", "?q=Sergei")
        ] == ["sergey-shoigu", "sergey-surovikin"]
        media = self.changelist(admin_client, "source", "?kind__exact=media_outlet")
        assert [s.slug for s in media] == ["meduza"]
        assert [
            s.slug
            for s in self.changelist(admin_client, "source", "?reliability__exact=B")
        ] == ["meduza"]
        assert {
            s.country
            for s in self.changelist(admin_client, "source", "?country__exact=RU")
        } == {"RU"}

    def test_source_autocomplete(self, admin_client, demo):
        """Source autocomplete (used by claims' source and via) finds by alias."""
        response = admin_client.get(
            reverse("admin:autocomplete"),
            {
                "term": "Schoigu",
                "app_label": "articles",
                "model_name": "claim",
                "field_name": "source",
            },
        )
        assert response.status_code == 200
        assert [r["text"] for r in response.json()["results"]] == ["Sergey Shoigu"]


class TestActions:
    def act(self, client, action, objects, **extra):
        model = objects[0]._meta.model_name
        return client.post(
            reverse(f"admin:articles_{model}_changelist"),
            {"action": action, "_selected_action": [o.pk for o in objects], **extra},
        )

    def test_send_to_review_and_publish(self, admin_client):
        """Drafts go to review, then are published with a date."""
        article = ArticleFactory(status="draft", published_at=None)
        self.act(admin_client, "send_to_review", [article])
        article.refresh_from_db()
        assert article.status == "in_review"
        self.act(admin_client, "publish", [article])
        article.refresh_from_db()
        assert article.status == "published" and article.published_at is not None

    def test_retract_asks_for_a_note(self, admin_client):
        """Retracting first shows a form for the note, then retracts with it."""
        article = ArticleFactory()
        page = self.act(admin_client, "retract", [article])
        assert page.status_code == 200 and "retraction_note" in page.content.decode()
        article.refresh_from_db()
        assert article.status == "published"
        self.act(
            admin_client,
            "retract",
            [article],
            apply="1",
            retraction_note="Wrong casualty figure.",
        )
        article.refresh_from_db()
        assert (article.status, article.retraction_note) == (
            "retracted",
            "Wrong casualty figure.",
        )

    def test_retract_without_note_changes_nothing(self, admin_client):
        """An empty retraction note is refused and the article stays published."""
        article = ArticleFactory()
        page = self.act(
            admin_client, "retract", [article], apply="1", retraction_note=" "
        )
        assert page.status_code == 200
        article.refresh_from_db()
        assert article.status == "published"

    def test_bulk_set_confidence(self, admin_client):
        """The bulk action grades every selected claim with level and rationale."""
        claims = ClaimFactory.create_batch(3)
        self.act(
            admin_client,
            "set_confidence",
            claims,
            apply="1",
            confidence="4",
            rationale="Contradicted by satellite images.",
        )
        assert set(Claim.objects.values_list("confidence_id", "rationale")) == {
            ("4", "Contradicted by satellite images.")
        }

    def test_published_article_delete_page_explains(self, admin_client):
        """Deleting a published article says why it cannot be, and deletes nothing."""
        article = ArticleFactory()
        url = reverse("admin:articles_article_delete", args=[article.pk])
        page = admin_client.get(url, follow=True)
        assert "Retract a published article instead" in page.content.decode()
        admin_client.post(url, {"post": "yes"})
        assert Article.objects.filter(pk=article.pk).exists()

    def test_bulk_delete_refuses_a_selection_with_published_articles(
        self, admin_client
    ):
        """A bulk deletion including a published article deletes nothing and says why."""
        draft, published = ArticleFactory(status="draft"), ArticleFactory()
        response = self.act(
            admin_client, "delete_selected", [draft, published], post="yes"
        )
        page = (
            admin_client.get(response.url) if response.status_code == 302 else response
        )
        assert "Nothing was deleted" in page.content.decode()
        assert Article.objects.count() == 2

    def test_bulk_delete_of_drafts(self, admin_client):
        """Drafts are deleted in bulk, with their claims."""
        drafts = [
            ClaimFactory(article=ArticleFactory(status="draft")).article
            for _ in range(2)
        ]
        self.act(admin_client, "delete_selected", drafts, post="yes")
        assert not Article.objects.exists() and not Claim.objects.exists()


class TestQueryCounts:
    """Each admin list costs the same number of queries for 1 row and for 50."""

    def fill(self, n):
        outlet = OutletFactory()
        topic = TopicFactory()
        for _ in range(n):
            claim = ClaimFactory(
                article=ArticleFactory(publisher=outlet),
                source=SourceFactory(affiliation=outlet),
                via=outlet,
            )
            claim.article.topics.add(topic)

    @pytest.mark.parametrize(
        "url_name",
        [
            "admin:articles_article_changelist",
            "admin:articles_claim_changelist",
            "admin:sources_source_changelist",
            "admin:articles_topic_changelist",
            "admin:articles_confidencelevel_changelist",
        ],
    )
    def test_list_queries_do_not_grow_with_rows(self, admin_client, url_name):
        """The list page runs as many queries at 50 rows as at 1."""
        self.fill(1)
        one = queries_for(admin_client, reverse(url_name))
        self.fill(49)
        fifty = queries_for(admin_client, reverse(url_name))
        assert one == fifty, f"{url_name}: {one} queries at 1 row, {fifty} at 50"

    def test_review_queue_queries_do_not_grow_with_rows(self, admin_client):
        """The review queue of suggested claims runs as many queries at 50 rows as at 1."""
        url = reverse("admin:articles_suggestedclaim_changelist")

        def suggest(n):
            for _ in range(n):
                ClaimFactory(review_status="suggested", via=SourceFactory())

        suggest(1)
        one = queries_for(admin_client, url)
        suggest(49)
        fifty = queries_for(admin_client, url)
        assert one == fifty, f"{one} queries at 1 row, {fifty} at 50"
