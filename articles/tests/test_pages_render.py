"""Every public page renders, for the demo archive and for an empty one."""

import pytest
from django.db import DatabaseError
from django.test import Client, override_settings
from django.urls import reverse

from articles.models import Article, Claim, Topic
from sources.models import Source

DEMO_SLUG = "russia-withdraws-from-kherson-kremlin-checklist"


def demo_urls():
    return [
        "/",
        "/archive/",
        "/archive/2022/",
        "/archive/2022/11/",
        "/archive/2022/11/10/",
        f"/articles/{DEMO_SLUG}/",
        "/sources/",
        "/sources/sergey-surovikin/",
        "/sources/meduza/",
        "/sources/kremlin-insiders/",
        "/sources/meduza/feed/",
        "/claims/",
        "/claims/?confidence_min=3&source_kind=anonymous",
        "/topics/kherson/",
        "/search/",
        "/search/?q=Cherson",
        "/search/?q=Shoigu&type=claims",
        "/search/?q=zzzznothing",
        "/feeds/articles/",
        "/sitemap.xml",
        "/sitemap-articles.xml",
        "/sitemap-claims.xml",
        "/robots.txt",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("url", demo_urls())
def test_demo_page_renders(client, demo, url):
    """Each public page of the demo archive answers 200."""
    response = client.get(url)
    assert response.status_code == 200, url


@pytest.mark.django_db
def test_demo_claim_pages_render(client, demo):
    """Every public claim of the demo has a page that names its source."""
    for claim in Claim.objects.public().select_related("source"):
        response = client.get(claim.get_absolute_url())
        assert response.status_code == 200
        assert claim.source.name in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/archive/",
        "/sources/",
        "/claims/",
        "/search/",
        "/search/?q=Kherson",
        "/feeds/articles/",
        "/sitemap.xml",
        "/robots.txt",
    ],
)
def test_empty_archive_page_renders(client, url):
    """Each list page answers 200 on an empty archive, with a helpful empty state."""
    response = client.get(url)
    assert response.status_code == 200, url


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/archive/", "/claims/", "/sources/"])
def test_empty_archive_says_so(client, url):
    """An empty list says it is empty rather than showing a bare page."""
    assert 'class="empty"' in client.get(url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/archive/2022/",
        "/archive/2022/11/",
        "/archive/2022/11/10/",
        "/articles/nope/",
        "/sources/nope/",
        "/sources/nope/feed/",
        "/claims/1/",
        "/topics/nope/",
    ],
)
def test_missing_objects_are_404_in_the_site_look(client, url):
    """Unknown objects and empty periods answer 404 with the site's own page."""
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert 'role="search"' in response.content.decode()


def test_500_page_has_the_site_look(db):
    """A server error renders the site's 500 page, not Django's bare one."""
    from django.urls import path

    def boom(request):
        raise RuntimeError("boom")

    from newsroom.urls import urlpatterns

    class Urls:
        handler500 = "django.views.defaults.server_error"

    Urls.urlpatterns = [path("boom/", boom), *urlpatterns]

    with override_settings(ROOT_URLCONF=Urls):
        response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
    assert 'rel="stylesheet"' in response.content.decode()


@pytest.mark.django_db
def test_base_template_has_landmarks_and_labelled_search(client, demo):
    """Every page has banner, navigation, main and contentinfo, and a labelled search box."""
    html = client.get("/").content.decode()
    for landmark in (
        'role="banner"',
        'aria-label="Main"',
        "<main",
        'role="contentinfo"',
    ):
        assert landmark in html
    assert '<label for="site-search"' in html and 'id="site-search"' in html


@pytest.mark.django_db
def test_pages_use_no_asset_from_another_host(client, demo):
    """Stylesheets and scripts come from our own static files."""
    html = client.get(f"/articles/{DEMO_SLUG}/").content.decode()
    assert 'href="/static/articles/site.css"' in html
    assert "<script src" not in html
    assert "https://fonts" not in html


@pytest.mark.django_db
def test_archive_shows_counts_and_previous_next(client):
    """Year pages count articles per month and link the neighbouring years."""
    import datetime as dt

    from articles.tests.factories import ArticleFactory

    for day in (
        dt.datetime(2021, 3, 2, tzinfo=dt.UTC),
        dt.datetime(2022, 5, 1, tzinfo=dt.UTC),
        dt.datetime(2022, 5, 9, tzinfo=dt.UTC),
    ):
        ArticleFactory(published_at=day)
    html = client.get("/archive/2022/").content.decode()
    assert 'href="/archive/2022/05/"' in html
    assert "2 articles" in html
    assert 'rel="prev" href="/archive/2021/"' in html
    month = client.get("/archive/2022/05/").content.decode()
    assert 'href="/archive/2022/05/09/"' in month
    assert 'rel="prev" href="/archive/2021/03/"' in month
    index = client.get("/archive/").content.decode()
    assert 'href="/archive/2021/"' in index and "1 article<" in index


@pytest.mark.django_db
def test_archive_is_paginated(client):
    """The archive lists 25 articles a page, with a link to the next page."""
    from articles.tests.factories import ArticleFactory

    ArticleFactory.create_batch(30)
    first = client.get("/archive/")
    assert len(first.context["articles"]) == 25
    assert 'rel="next" href="?page=2"' in first.content.decode()
    second = client.get("/archive/?page=2")
    assert len(second.context["articles"]) == 5


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    """/healthz reports 503 when the database cannot be reached."""
    from django.db.backends.utils import CursorWrapper

    def fail(*args, **kwargs):
        raise DatabaseError("down")

    monkeypatch.setattr(CursorWrapper, "execute", fail)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_is_up(client):
    """/healthz reports ok when the database answers."""
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_topic_page_lists_its_articles(client, demo):
    """A topic page lists the published articles filed under it."""
    topic = Topic.objects.get(slug="kherson")
    response = client.get(topic.get_absolute_url())
    assert demo.headline in response.content.decode()
    assert (
        reverse("article-detail", kwargs={"slug": demo.slug})
        in response.content.decode()
    )


@pytest.mark.django_db
def test_robots_points_to_the_sitemap(client):
    """robots.txt is plain text, keeps crawlers out of the admin and names the sitemap."""
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.django_db
def test_demo_sources_quoted_are_public(demo):
    """Sanity: the six demo sources quoted or relaying have pages; the two known
    only as affiliations do not."""
    assert Source.objects.public().count() == 6
    assert Article.objects.listed().count() == 1


@pytest.mark.django_db
def test_sitemap_is_an_index_of_paged_sections(client, monkeypatch):
    """/sitemap.xml lists one sitemap a section, each cut into pages; together the
    pages hold every published article once, and no section says when it last
    changed (an unpublished article would leave no newer date behind)."""
    import re

    from articles.sitemaps import ArticleSitemap
    from articles.tests.factories import ArticleFactory

    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    slugs = {ArticleFactory(slug=f"story-{n}").slug for n in range(5)}
    ArticleFactory(slug="a-draft", status="draft", published_at=None)
    index = client.get("/sitemap.xml").content.decode()
    pages = re.findall(
        r"<loc>http://testserver(/sitemap-articles\.xml[^<]*)</loc>", index
    )
    assert pages == [
        "/sitemap-articles.xml",
        "/sitemap-articles.xml?p=2",
        "/sitemap-articles.xml?p=3",
    ]
    assert "/sitemap-claims.xml" in index and "/sitemap-sources.xml" in index
    found = []
    for page in pages:
        response = client.get(page)
        assert not response.has_header("Last-Modified")
        found += re.findall(r"/articles/([^/<]+)/</loc>", response.content.decode())
    assert sorted(found) == sorted(slugs)
