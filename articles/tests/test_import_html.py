import pytest

from articles.htmltext import html_to_text, looks_like_html
from articles.models import Article


def test_paragraphs_are_kept_from_block_elements():
    """p, br, div, li and headings become blank-line-separated paragraphs."""
    html = (
        "<h2>Title</h2><p>One <b>bold</b> line<br>and another</p>"
        "<div>A div</div><ul><li>first</li><li>second</li></ul>"
    )
    assert html_to_text(html) == (
        "Title\n\nOne bold line\n\nand another\n\nA div\n\nfirst\n\nsecond"
    )


def test_scripts_styles_and_comments_vanish_with_their_content():
    """Nothing of a script, a style or a comment reaches the text."""
    html = (
        "<style>p { color: red }</style><p>Kept</p><script>alert('x')</script>"
        "<!-- note --><p onclick='evil()'>Also kept</p><iframe src=x>frame</iframe>"
    )
    assert html_to_text(html) == "Kept\n\nAlso kept"


def test_entities_are_decoded_and_text_is_nfc():
    """&amp; and &#8220; become characters; decomposed accents are composed."""
    text = html_to_text("<p>AT&amp;T &#8220;said&#8221; caf&eacute; Cafe\u0301</p>")
    assert text == "AT&T “said” café Café"


def test_escaped_markup_stays_as_inert_text():
    """An escaped tag in the HTML is text, shown as text, never as markup."""
    assert html_to_text("<p>&lt;script&gt;x&lt;/script&gt;</p>") == "<script>x</script>"


def test_white_space_inside_a_paragraph_is_collapsed():
    """Source formatting (newlines, indentation) does not split paragraphs."""
    assert html_to_text("<p>one\n   two\t three</p>") == "one two three"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<p>Hello</p>", True),
        ("Tom &amp; Jerry", True),
        ("a < b and c > d", False),
        ("x <3 y", False),
        ("plain text\n\nin two paragraphs", False),
    ],
)
def test_markup_detection(text, expected):
    """Known tags and entities count as HTML; prose with < and > does not."""
    assert looks_like_html(text) is expected


@pytest.mark.django_db
def test_an_html_body_is_imported_as_plain_text_with_its_claims(run_import):
    """The stored body is the text of the HTML; a claim is found in it."""
    line = {
        "headline": "<b>Port</b> reopens",
        "standfirst": "<p>Ships are back.</p>",
        "body": "<p>The port &amp; docks reopened.</p><script>x()</script>"
        "<p>&ldquo;We are ready,&rdquo; the harbour master said.</p>",
        "claims": [{"text": "We are ready,", "source": "Harbour Master"}],
    }
    result = run_import([line])
    assert result.code == 0, result.err
    article = Article.objects.get()
    assert article.headline == "Port reopens"
    assert article.standfirst == "Ships are back."
    assert article.body == (
        "The port & docks reopened.\n\n“We are ready,” the harbour master said."
    )
    claim = article.claims.get()
    assert article.body[claim.start : claim.end] == "We are ready,"


@pytest.mark.django_db
def test_body_format_text_keeps_a_body_that_mentions_markup(run_import):
    """body_format "text" stores a plain body with "<p>" in it unchanged."""
    body = "Use the <p> element for paragraphs, and &amp; for an ampersand."
    run_import([{"headline": "HTML tips", "body": body, "body_format": "text"}])
    assert Article.objects.get().body == body
