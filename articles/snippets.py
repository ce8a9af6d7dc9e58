"""Search-result snippets with the query's words highlighted, escaped on every path.

On PostgreSQL the database cuts the snippet (``ts_headline``) around the words it
matched; elsewhere a Python highlighter does the same job. Either way the text is
escaped first and only our own ``<mark>`` tags are added, so no user text is ever
marked safe.
"""

import re

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
)
from django.db import connection
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.querysets import search_terms

# Control characters never found in archive text: ts_headline wraps matches in them,
# and they become <mark> tags only after the rest has been escaped.
_START, _STOP = "\x02", "\x03"


def on_postgresql() -> bool:
    return connection.vendor == "postgresql"


def headline_expression(field: str, q: str):
    """A ``ts_headline`` of ``field`` for ``q`` (PostgreSQL only)."""
    return SearchHeadline(
        field,
        SearchQuery(q, config="simple", search_type="websearch"),
        config="simple",
        start_sel=_START,
        stop_sel=_STOP,
        max_words=40,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


def render_headline(raw: str) -> SafeString:
    """ts_headline output as HTML: escaped, with the matches in <mark>."""
    escaped = str(escape(raw or ""))
    return mark_safe(  # noqa: S308 - escaped above; only our own tags added
        escaped.replace(_START, "<mark>").replace(_STOP, "</mark>")
    )


def highlight(text: str, q: str, *, width: int = 240) -> SafeString:
    """An excerpt of ``text`` around the first word of ``q`` found in it, with every
    occurrence of the query's words in <mark>. Portable; escaped."""
    terms = sorted({t for t in search_terms(q) if t}, key=len, reverse=True)
    excerpt = text
    if len(text) > width:
        first = None
        if terms:
            pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
            first = pattern.search(text)
        begin = max(0, (first.start() if first else 0) - width // 3)
        if begin:
            begin = text.find(" ", begin) + 1 or begin
        stop = text.rfind(" ", begin, begin + width)
        stop = stop if stop > begin else begin + width
        excerpt = ("… " if begin else "") + text[begin:stop] + " …"
    if not terms:
        return escape(excerpt)
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    pieces, position = [], 0
    for match in pattern.finditer(excerpt):
        pieces.append(str(escape(excerpt[position : match.start()])))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(str(escape(excerpt[position:])))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece escaped above
