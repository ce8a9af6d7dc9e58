"""Claims are marked in place on the article page, exactly over their text."""

from collections import defaultdict
from html.parser import HTMLParser

import pytest

from articles.models import Claim
from articles.reading import marked_paragraphs, sentence_around
from articles.tests.factories import ArticleFactory, ClaimFactory

BODY = "Alpha said the bridge would reopen in May. Beta said it would not.\n\nGamma agreed."


class MarkCollector(HTMLParser):
    """Text inside each <a class="mark">, credited to every claim id it carries."""

    def __init__(self):
        super().__init__()
        self.text = defaultdict(str)
        self.links = {}
        self.current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "mark" in (attrs.get("class") or "").split():
            self.current = attrs["data-claims"].split()
            self.current_href = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "a" and self.current is not None:
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            for claim_id in self.current:
                self.text[claim_id] += data
                self.links.setdefault(claim_id, set()).add(self.current_href)


def marks_of(client, article):
    collector = MarkCollector()
    collector.feed(client.get(article.get_absolute_url()).content.decode())
    return collector


def claim_at(article, text, **kwargs):
    start = article.body.index(text)
    return ClaimFactory(
        article=article, text=text, start=start, end=start + len(text), **kwargs
    )


@pytest.mark.django_db
def test_every_demo_claim_is_marked_exactly(client, demo):
    """Each public claim of the demo is wrapped in marks covering exactly its text."""
    marks = marks_of(client, demo)
    claims = list(Claim.objects.public().filter(article=demo))
    assert len(claims) == 14
    for claim in claims:
        assert marks.text[str(claim.pk)] == claim.text


@pytest.mark.django_db
def test_overlapping_claims_are_both_marked_exactly(client):
    """Two overlapping claims each get exactly their text; the shared part carries both."""
    article = ArticleFactory(body=BODY)
    outer = claim_at(article, "Alpha said the bridge would reopen in May.")
    inner = claim_at(article, "the bridge would reopen")
    marks = marks_of(client, article)
    assert marks.text[str(outer.pk)] == outer.text
    assert marks.text[str(inner.pk)] == inner.text
    # The overlap opens the innermost claim; the rest of the outer opens the outer.
    assert marks.links[str(inner.pk)] == {inner.get_absolute_url()}
    assert outer.get_absolute_url() in marks.links[str(outer.pk)]


@pytest.mark.django_db
def test_adjacent_claims_are_separate_marks(client):
    """Two claims that touch are two marks, each linking to its own claim."""
    article = ArticleFactory(body=BODY)
    first = claim_at(article, "Alpha said the bridge would reopen in May.")
    second = claim_at(article, " Beta said it would not.")
    marks = marks_of(client, article)
    assert marks.text[str(first.pk)] == first.text
    assert marks.text[str(second.pk)] == second.text
    assert marks.links[str(first.pk)] == {first.get_absolute_url()}
    assert marks.links[str(second.pk)] == {second.get_absolute_url()}


@pytest.mark.django_db
def test_marks_are_labelled_with_source_cue_and_confidence(client):
    """After each claim the page names its source, cue and confidence level in words."""
    article = ArticleFactory(body=BODY)
    claim = claim_at(article, "Gamma agreed.", cue="agreed", confidence_id="2")
    html = client.get(article.get_absolute_url()).content.decode()
    label = html[html.index(f'data-label-for="{claim.pk}"') :][:600]
    assert claim.source.name in label
    assert "agreed" in label
    assert "Probably true" in label


@pytest.mark.django_db
def test_body_text_is_escaped_and_complete(client):
    """Markup in the body is shown as text, and no character of the body is lost."""
    body = "He said <script>alert(1)</script> & left.\n\nNext paragraph."
    article = ArticleFactory(body=body)
    claim_at(article, "<script>alert(1)</script>")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.django_db
def test_unaccepted_claims_are_not_marked(client):
    """Suggested and rejected claims get no mark."""
    article = ArticleFactory(body=BODY)
    suggested = claim_at(article, "Gamma agreed.", review_status="suggested")
    rejected = claim_at(article, "Beta said it would not.", review_status="rejected")
    marks = marks_of(client, article)
    assert str(suggested.pk) not in marks.text
    assert str(rejected.pk) not in marks.text
    assert not marks.text


def test_segments_cover_the_body_once():
    """The marked paragraphs give back every character of each paragraph, in order."""

    class Span:
        def __init__(self, pk, start, end):
            self.pk, self.start, self.end = pk, start, end

    claims = [Span(1, 0, 10), Span(2, 5, 20), Span(3, 20, 30)]
    paragraphs = marked_paragraphs(BODY, claims)
    assert "".join(s.text for s in paragraphs[0]) == BODY.split("\n\n")[0]
    assert [c.pk for c in paragraphs[0][1].claims] == [1, 2]
    assert paragraphs[0][1].link.pk == 2
    assert [c.pk for c in paragraphs[0][1].ending] == [1]


def test_sentence_around_gives_the_whole_sentence():
    """A claim's context is the sentence it stands in, no more."""
    start = BODY.index("the bridge")
    before, claim, after = sentence_around(BODY, start, start + len("the bridge"))
    assert before == "Alpha said "
    assert claim == "the bridge"
    assert after == " would reopen in May."
