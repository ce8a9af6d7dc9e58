"""Public pages carry cache headers and answer conditional requests with 304."""

import pytest

PAGES = [
    "/",
    "/archive/",
    "/articles/russia-withdraws-from-kherson-kremlin-checklist/",
    "/claims/",
    "/sources/",
    "/sources/meduza/",
    "/sources/meduza/feed/",
    "/topics/kherson/",
    "/search/?q=Kherson",
    "/feeds/articles/",
    "/sitemap.xml",
    "/robots.txt",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_public_page_is_cacheable_with_an_etag(client, demo, url):
    """Each public page says it may be cached publicly and carries an ETag."""
    response = client.get(url)
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]
    assert response["ETag"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_conditional_get_answers_304(client, demo, url):
    """Asking again with the ETag gets 304 and no body."""
    etag = client.get(url)["ETag"]
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""


@pytest.mark.django_db
def test_a_changed_page_is_sent_again(client, demo):
    """After an edit the old ETag no longer matches: the new page is sent."""
    url = demo.get_absolute_url()
    etag = client.get(url)["ETag"]
    demo.headline = "A corrected headline"
    demo.save()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "A corrected headline" in response.content.decode()


@pytest.mark.django_db
def test_not_found_is_not_cached_as_public(client):
    """A 404 is not marked publicly cacheable."""
    response = client.get("/articles/nope/")
    assert response.status_code == 404
    assert "public" not in response.get("Cache-Control", "")
