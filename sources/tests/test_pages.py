"""Public source pages: the index, the profile with its charts, the claims feed."""

import datetime as dt
import re

import pytest

from articles.tests.factories import ArticleFactory, ClaimFactory
from sources.charts import confidence_chart, months_between, timeline_chart
from sources.tests.factories import SourceFactory


@pytest.mark.django_db
def test_profile_shows_who_the_source_is(client, demo):
    """Name, kind, role, affiliation, reliability with its meaning, and aliases."""
    html = client.get("/sources/sergey-surovikin/").content.decode()
    assert "<h1>Sergey Surovikin</h1>" in html
    assert "Commander of Russian forces in Ukraine" in html
    assert "Person" in html
    assert "Russian Armed Forces" in html  # affiliation, not itself quoted: unlinked
    assert 'href="/sources/russian-armed-forces/"' not in html
    assert "Reliability cannot be judged" in html
    assert "Sergei Surovikin" in html


@pytest.mark.django_db
def test_public_affiliation_is_linked(client, demo):
    """An affiliation with a public page of its own is a link."""
    html = client.get("/sources/kremlin-insiders/").content.decode()
    assert 'href="/sources/kremlin/"' in html


@pytest.mark.django_db
def test_claims_are_grouped_by_article(client):
    """The profile lists the source's claims under the article each comes from."""
    source = SourceFactory(name="Minister")
    first, second = ArticleFactory(), ArticleFactory()
    ClaimFactory(article=first, source=source)
    ClaimFactory(article=second, source=source)
    html = client.get(source.get_absolute_url()).content.decode()
    assert html.count('class="claim-group"') == 2
    assert first.headline in html and second.headline in html


@pytest.mark.django_db
def test_confidence_chart_counts_public_claims(client, demo):
    """Meduza's chart counts its own claims by level: 2 possibly true, 1 doubtful."""
    response = client.get("/sources/meduza/")
    chart = response.context["level_chart"]
    assert {bar.label: bar.count for bar in chart.bars} == {
        "Confirmed": 0,
        "Probably true": 0,
        "Possibly true": 2,
        "Doubtful": 1,
        "Improbable": 0,
        "Cannot be judged": 0,
    }
    html = response.content.decode()
    assert '<svg class="chart"' in html and 'role="img"' in html
    # The text alternative: a title and the same figures as a table.
    assert "3 claims by Meduza, by confidence level" in html
    assert re.search(r"<th scope=\"row\">Possibly true</th><td>2</td>", html)


@pytest.mark.django_db
def test_timeline_has_a_bar_per_month(client):
    """The timeline spans first to last month, empty months included."""
    source = SourceFactory()
    for month in (1, 1, 4):
        article = ArticleFactory(
            published_at=dt.datetime(2024, month, 3, tzinfo=dt.UTC)
        )
        ClaimFactory(article=article, source=source)
    chart = client.get(source.get_absolute_url()).context["timeline"]
    assert [(bar.label, bar.count) for bar in chart.bars] == [
        ("Jan 2024", 2),
        ("Feb 2024", 0),
        ("Mar 2024", 0),
        ("Apr 2024", 1),
    ]


def test_chart_geometry():
    """Bars scale to the largest count; zero counts draw nothing."""

    class Level:
        def __init__(self, code, label):
            self.code, self.label, self.colour = code, label, "#000000"

    chart = confidence_chart([Level("1", "A"), Level("2", "B")], {"1": 4, "2": 2})
    assert chart.bars[0].width == 2 * chart.bars[1].width
    assert timeline_chart({}).bars == []
    assert months_between(dt.date(2023, 11, 5), dt.date(2024, 2, 1)) == [
        dt.date(2023, 11, 1),
        dt.date(2023, 12, 1),
        dt.date(2024, 1, 1),
        dt.date(2024, 2, 1),
    ]


@pytest.mark.django_db
def test_source_index_filters_by_kind_and_name(client, demo):
    """The index filters with SourceFilter: kind, and name or alias."""
    anonymous = client.get("/sources/?kind=anonymous").context["sources"]
    assert {s.slug for s in anonymous} == {
        "kremlin-insiders",
        "unnamed-source-told-meduza",
    }
    by_alias = client.get("/sources/?q=Schoigu").context["sources"]
    assert [s.slug for s in by_alias] == ["sergey-shoigu"]


@pytest.mark.django_db
def test_claims_feed_is_atom_of_the_sources_claims(client, demo):
    """The source's feed is Atom, with one entry per public claim it makes."""
    response = client.get("/sources/sergey-surovikin/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert body.count("<entry>") == 3
    assert "Our losses on the front" in body


@pytest.mark.django_db
def test_empty_profile_renders(client):
    """A source whose only claims are on a retracted article still has a page."""
    source = SourceFactory(name="Lonely")
    article = ArticleFactory(status="retracted", retraction_note="Wrong.")
    ClaimFactory(article=article, source=source, claimed_on=None)
    response = client.get(source.get_absolute_url())
    assert response.status_code == 200
