"""Turning an imported HTML body into the archive's plain text.

Bodies are stored and shown as plain text (paragraphs separated by a blank
line), never rendered as HTML. nh3 first reduces the markup to a small set of
harmless tags, dropping scripts and styles with their content; html.parser then
reads the text out of what is left, breaking paragraphs at block elements.
"""

import re
import unicodedata
from html.parser import HTMLParser

import nh3

# Elements that end a paragraph. <br> counts too: feeds often use it between
# paragraphs, and a claim's span never needs a line break inside a paragraph.
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "cite", "code", "em", "i", "q", "s", "small", "span"}
    | {"strong", "sub", "sup", "time", "u"}
)
# Removed together with everything inside them.
DROPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "svg", "math"}
    | {"head", "title", "form", "button", "select", "textarea"}
)

_TAG_NAMES = "|".join(
    sorted(BLOCK_TAGS | INLINE_TAGS | DROPPED_TAGS | {"html", "body"})
)
# A tag of a known element, or an entity such as &amp; or &#8220;: markup, not
# prose that happens to contain "<" (a plain-text "x < y" stays as it is).
_MARKUP = re.compile(
    rf"</?(?:{_TAG_NAMES})(?:\s[^<>]*)?/?>|&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` carries HTML markup (known tags or character entities)."""
    # Every match begins with "<" or "&": most plain text has neither, and a
    # search of the whole pattern cost more than reading the line.
    if "<" not in text and "&" not in text:
        return False
    return _MARKUP.search(text) is not None


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []

    def _break(self):
        text = " ".join("".join(self._current).split())
        if text:
            self.paragraphs.append(text)
        self._current = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._break()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data):
        self._current.append(data)

    def close(self):
        super().close()
        self._break()


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block, NFC-normalised."""
    safe = nh3.clean(
        html,
        tags=set(BLOCK_TAGS | INLINE_TAGS),
        clean_content_tags=set(DROPPED_TAGS),
        attributes={},
        strip_comments=True,
        link_rel=None,
    )
    parser = _TextExtractor()
    parser.feed(safe)
    parser.close()
    text = "\n\n".join(parser.paragraphs)
    return unicodedata.normalize("NFC", text)


def html_to_line(html: str) -> str:
    """Plain text of a short fragment (a headline) on a single line."""
    return " ".join(html_to_text(html).split())
