"""How the public pages lay out an article's body with its claims marked in place."""

import re
from dataclasses import dataclass, field
from typing import Any

from articles.spans import segment_paragraphs


@dataclass
class MarkedSegment:
    """A run of body text; ``claims`` cover it, ``link`` is the claim its mark opens
    (the innermost: the one that began last), ``ending`` the claims that end here."""

    text: str
    claims: list[Any] = field(default_factory=list)
    link: Any = None
    ending: list[Any] = field(default_factory=list)

    @property
    def claim_ids(self) -> str:
        return " ".join(str(c.pk) for c in self.claims)


def marked_paragraphs(body: str, claims) -> list[list[MarkedSegment]]:
    """The body as paragraphs of segments, each knowing which claims to mark it with.

    Overlapping claims give segments covered by several claims (the mark links to
    the innermost); adjacent claims give consecutive marks, each its own link.
    A claim's label goes after the last segment it covers.
    """
    paragraphs = []
    for segments in segment_paragraphs(body, claims):
        marked = []
        for index, segment in enumerate(segments):
            following = segments[index + 1].claims if index + 1 < len(segments) else []
            marked.append(
                MarkedSegment(
                    text=segment.text,
                    claims=segment.claims,
                    link=max(segment.claims, key=lambda c: (c.start, -c.end, c.pk))
                    if segment.claims
                    else None,
                    ending=[c for c in segment.claims if c not in following],
                )
            )
        paragraphs.append(marked)
    return paragraphs


_SENTENCE_END = re.compile(r"[.!?…][”\"’']?\s+|\n\s*\n")


def sentence_around(body: str, start: int, end: int) -> tuple[str, str, str]:
    """(before, claim, after): the claim's span with the rest of the sentence(s) it
    stands in, so a claim page can show the statement in context."""
    begin = 0
    for match in _SENTENCE_END.finditer(body, 0, start):
        begin = match.end()
    stop = len(body)
    match = _SENTENCE_END.search(body, end)
    if match:
        stop = match.start() + 1 if body[match.start()] in ".!?…" else match.start()
        # Keep a closing quote that follows the full stop.
        while stop < len(body) and body[stop] in "”\"’'":
            stop += 1
    return body[begin:start], body[start:end], body[end:stop].rstrip()
