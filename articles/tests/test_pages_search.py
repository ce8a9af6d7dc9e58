"""/search/: one box over articles, claims and sources, with highlighted snippets."""

import pytest

from articles.snippets import highlight, render_headline
from articles.tests.factories import ArticleFactory, ClaimFactory
from sources.tests.factories import SourceFactory


def counts(response):
    return {s["name"]: s["count"] for s in response.context["sections"]}


@pytest.mark.django_db
def test_aliases_count(client, demo):
    """Other spellings find the same things: Schoigu finds Sergey Shoigu and his claim."""
    response = client.get("/search/?q=Schoigu")
    assert counts(response)["sources"] == 1
    assert counts(response)["claims"] == 1
    assert "Sergey Shoigu" in response.content.decode()


@pytest.mark.django_db
def test_topic_alias_finds_the_article(client, demo):
    """Cherson (an alias of the Kherson topic) finds the Kherson article."""
    response = client.get("/search/?q=Cherson")
    assert counts(response)["articles"] == 1
    assert demo.headline in response.content.decode()


@pytest.mark.django_db
def test_results_are_highlighted(client, demo):
    """Matched words are wrapped in <mark> in the snippets."""
    html = client.get("/search/?q=checklist").content.decode()
    assert "<mark>checklist</mark>" in html.lower()


@pytest.mark.django_db
def test_empty_query_explains_what_to_do(client):
    """Without a query the page suggests searches and places to browse."""
    html = client.get("/search/").content.decode()
    assert "Every word must match" in html
    assert 'href="/archive/"' in html


@pytest.mark.django_db
def test_no_result_state_helps(client, demo):
    """A query that finds nothing says so and suggests what to try."""
    html = client.get("/search/?q=xylophone").content.decode()
    assert "Nothing found for “xylophone”" in html
    assert "Check the spelling" in html


@pytest.mark.django_db
def test_user_text_is_escaped_everywhere(client):
    """Neither the query nor matched text can inject markup."""
    article = ArticleFactory(
        body="The <b>bold</b> minister said <script>x</script> bridge.\n\nEnd."
    )
    ClaimFactory(article=article)
    html = client.get("/search/?q=<script>").content.decode()
    assert "<script>x" not in html
    assert "&lt;script&gt;" in html
    html = client.get("/search/?q=bold+minister").content.decode()
    assert "<b>bold</b>" not in html


@pytest.mark.django_db
def test_one_kind_is_paginated(client):
    """type=claims lists every matching claim, 25 a page."""
    source = SourceFactory(name="Minister")
    for _ in range(30):
        ClaimFactory(source=source)
    overview = client.get("/search/?q=minister")
    assert counts(overview)["claims"] == 30
    assert 'href="?q=minister&amp;type=claims"' in overview.content.decode()
    first = client.get("/search/?q=minister&type=claims")
    assert len(first.context["sections"][0]["items"]) == 25
    second = client.get("/search/?q=minister&type=claims&page=2")
    assert len(second.context["sections"][0]["items"]) == 5


def test_highlight_marks_every_term_and_escapes():
    """The portable highlighter marks each word of the query, case-insensitively, escaped."""
    html = highlight("Kherson & <Cherson> are the same city", "cherson city")
    assert (
        html
        == "Kherson &amp; &lt;<mark>Cherson</mark>&gt; are the same <mark>city</mark>"
    )


def test_highlight_cuts_long_text_around_the_match():
    """A long text is cut to an excerpt around the first match."""
    text = "word " * 200 + "needle " + "word " * 200
    html = highlight(text, "needle")
    assert "<mark>needle</mark>" in html
    assert len(html) < 400
    assert html.startswith("… ")


def test_database_headlines_are_escaped_before_marking():
    """ts_headline output is escaped; only its own markers become <mark>."""
    assert (
        render_headline("<i>a</i> \x02b\x03") == "&lt;i&gt;a&lt;/i&gt; <mark>b</mark>"
    )


@pytest.mark.django_db
def test_postgresql_ranks_headline_matches_first(client):
    """On PostgreSQL a word in the headline outranks the same word in a newer body."""
    from articles.snippets import on_postgresql

    if not on_postgresql():
        pytest.skip("ranking is a PostgreSQL feature; SQLite orders by date")
    import datetime as dt

    ArticleFactory(
        headline="Ferry timetable",
        body="The ferry runs daily.\n\nNothing else.",
        published_at=dt.datetime(2024, 6, 1, tzinfo=dt.UTC),
    )
    ArticleFactory(
        headline="Unrelated news",
        body="A ferry was mentioned once.\n\nNothing else.",
        published_at=dt.datetime(2024, 7, 1, tzinfo=dt.UTC),
    )
    response = client.get("/search/?q=ferry&type=articles")
    headlines = [a.headline for a in response.context["sections"][0]["items"]]
    assert headlines == ["Ferry timetable", "Unrelated news"]


@pytest.mark.django_db
def test_postgresql_ranks_claims_by_their_text_before_their_sources_names(client):
    """A claim that says the word outranks a newer one found only through its
    source's name."""
    from articles.snippets import on_postgresql

    if not on_postgresql():
        pytest.skip("ranking is a PostgreSQL feature; SQLite orders by date")
    import datetime as dt

    said = ArticleFactory(body="The harbour will reopen in spring.\n\nMore.")
    ClaimFactory(
        article=said,
        source=SourceFactory(name="Port authority"),
        claimed_on=dt.date(2024, 1, 1),
    )
    named = ArticleFactory(body="Tolls will rise next year.\n\nMore.")
    ClaimFactory(
        article=named,
        source=SourceFactory(name="Harbour board"),
        claimed_on=dt.date(2024, 6, 1),
    )
    response = client.get("/search/?q=harbour&type=claims")
    texts = [c.text for c in response.context["sections"][0]["items"]]
    assert texts == [
        "The harbour will reopen in spring.",
        "Tolls will rise next year.",
    ]
