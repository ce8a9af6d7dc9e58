"""Nothing unpublished reaches a public page, feed, sitemap or search result."""

import datetime as dt

import pytest

from articles.models import Article
from articles.sitemaps import SITEMAPS
from articles.tests.factories import ArticleFactory, ClaimFactory, TopicFactory
from sources.tests.factories import SourceFactory

SECRETS = [
    "Draftheadline",
    "Reviewheadline",
    "Suggestedwords",
    "Rejectedwords",
    "Hiddensource",
    "Suggestsource",
    "Drafttopic",
]
# Words of unaccepted claims: public as body text, never as a claim.
BODY_WORDS = {"Suggestedwords", "Rejectedwords"}


@pytest.fixture
def archive(db):
    """A published article beside everything the public must never see."""
    when = dt.datetime(2024, 3, 5, 10, tzinfo=dt.UTC)
    topic = TopicFactory(name="Bridges", slug="bridges")
    secret_topic = TopicFactory(name="Drafttopic", slug="drafttopic")
    public = ArticleFactory(
        headline="Bridge to reopen",
        slug="bridge",
        published_at=when,
        body="The minister said the bridge would reopen.\n\n"
        "Suggestedwords here.\n\nRejectedwords there.",
    )
    public.topics.add(topic)
    minister = SourceFactory(name="Minister Publicname", slug="minister")
    ClaimFactory(article=public, source=minister)
    ClaimFactory(
        article=public,
        source=SourceFactory(name="Suggestsource", slug="suggest-source"),
        text="Suggestedwords here.",
        review_status="suggested",
    )
    ClaimFactory(
        article=public,
        source=minister,
        text="Rejectedwords there.",
        review_status="rejected",
    )
    hidden = SourceFactory(name="Hiddensource", slug="hidden-source")
    for status, headline in (
        ("draft", "Draftheadline"),
        ("in_review", "Reviewheadline"),
    ):
        article = ArticleFactory(
            headline=headline,
            slug=headline.lower(),
            status=status,
            published_at=when,
            body=f"Hiddensource said {headline} matters.\n\nBridge Kherson minister.",
        )
        article.topics.add(secret_topic, topic)
        ClaimFactory(article=article, source=hidden)
        ClaimFactory(article=article, source=minister, text="Bridge Kherson minister.")
    return public


def public_urls(archive):
    claim = archive.claims.get(review_status="accepted")
    return [
        "/",
        "/archive/",
        "/archive/2024/",
        "/archive/2024/03/",
        "/archive/2024/03/05/",
        archive.get_absolute_url(),
        "/sources/",
        "/sources/minister/",
        "/sources/minister/feed/",
        "/claims/",
        claim.get_absolute_url(),
        "/topics/bridges/",
        "/feeds/articles/",
        "/sitemap.xml",
        *(f"/sitemap-{section}.xml" for section in SITEMAPS),
        "/search/?q=minister",
        "/search/?q=bridge&type=claims",
        "/search/?q=bridge&type=articles",
        "/search/?q=minister&type=sources",
    ]


def test_no_secret_on_any_public_page(client, archive):
    """Drafts, in-review articles, unaccepted claims and their sources appear nowhere."""
    for url in public_urls(archive):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for secret in SECRETS:
            if secret in BODY_WORDS and (
                url == archive.get_absolute_url() or url.startswith("/search/")
            ):
                continue  # the body (and its snippets) are public; the claim is not
            assert secret not in body, (url, secret)


@pytest.mark.parametrize("word", SECRETS)
def test_search_finds_nothing_unpublished(client, archive, word):
    """Searching for any word known only from unpublished material finds nothing
    (the article's body text aside, which is public)."""
    response = client.get(f"/search/?q={word}")
    found = {s["name"]: s["count"] for s in response.context["sections"]}
    if word in BODY_WORDS:
        assert found == {"articles": 1, "claims": 0, "sources": 0}
    else:
        assert found == {"articles": 0, "claims": 0, "sources": 0}


def test_the_body_is_public_but_unaccepted_claims_are_not_marked(client, archive):
    """On the article page, an unaccepted claim's words are plain text, not a claim."""
    html = client.get(archive.get_absolute_url()).content.decode()
    assert "Suggestsource" not in html
    assert html.count('class="mark"') == 1


def test_unpublished_pages_are_404(client, archive):
    """Drafts, articles in review, their claims, topics and sources have no page."""
    draft = Article.objects.get(slug="draftheadline")
    urls = [
        "/articles/draftheadline/",
        "/articles/reviewheadline/",
        "/sources/hidden-source/",
        "/sources/hidden-source/feed/",
        "/sources/suggest-source/",
        "/topics/drafttopic/",
        *[claim.get_absolute_url() for claim in draft.claims.all()],
        *[
            c.get_absolute_url()
            for c in archive.claims.exclude(review_status="accepted")
        ],
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url


def test_claim_filters_know_nothing_of_drafts(client, archive):
    """A slug known only from drafts is as unknown to /claims/ as a misspelt one."""
    response = client.get("/claims/?source=hidden-source")
    assert response.status_code == 200
    assert "Unknown source" in response.content.decode()
    assert not response.context["claims"]


def test_counts_only_count_public_claims(client, archive):
    """The minister's count leaves out the rejected claim and the drafts' claims."""
    html = client.get("/sources/").content.decode()
    line = html[html.index("Minister Publicname") :][:300]
    assert "1 claim<" in line


def test_retracted_article_shows_its_note_but_leaves_the_lists(client, archive):
    """A retracted article keeps its page, with the note, but leaves lists and feeds."""
    archive.status, archive.retraction_note = "retracted", "Quoted the wrong minister."
    archive.save()
    page = client.get(archive.get_absolute_url()).content.decode()
    assert "This article has been retracted" in page
    assert "Quoted the wrong minister." in page
    for url in (
        "/",
        "/archive/",
        "/feeds/articles/",
        "/sitemap-articles.xml",
        "/topics/bridges/",
    ):
        assert "Bridge to reopen" not in client.get(url).content.decode(), url
    assert (
        "/articles/bridge/" not in client.get("/sitemap-articles.xml").content.decode()
    )


def test_publishing_changes_what_is_cached(client, archive):
    """A page cached before an article is unpublished is not revalidated after it."""
    first = client.get("/")
    assert "Bridge to reopen" in first.content.decode()
    archive.refresh_from_db()
    archive.status = "draft"
    archive.save()
    again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert "Bridge to reopen" not in again.content.decode()
