"""Finding a claim's text in an article body, and cutting a body into marked segments.

Both the admin preview and the public article page draw claims in place from
``segment_paragraphs``; the admin form and the importer find offsets with ``locate``.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Typographic variants an editor may paste in place of the body's characters.
_EQUIVALENT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


@dataclass(frozen=True)
class Span:
    start: int | None = None
    end: int | None = None
    error: str = ""


def _normalised(text: str) -> tuple[str, list[int]]:
    """Text with typographic variants unified and white space collapsed.

    Returns the normalised string and, for each of its characters, the index of
    the character it came from, so a match maps back to real offsets.
    """
    chars: list[str] = []
    origin: list[int] = []
    previous_space = False
    for index, char in enumerate(text.translate(_EQUIVALENT)):
        if char.isspace():
            if previous_space:
                continue
            char = " "
            previous_space = True
        else:
            previous_space = False
        chars.append(char)
        origin.append(index)
    return "".join(chars), origin


def locate(text: str, body: str, *, near: int | None = None) -> Span:
    """Find ``text`` in ``body``: exactly first, then ignoring quote styles and spacing.

    When it occurs more than once, the occurrence nearest ``near`` wins; without
    ``near`` that is ambiguous and reported as an error naming the count.
    """
    text = text.strip()
    if not text:
        return Span(error="The claim's text is empty.")
    starts = [m.start() for m in re.finditer(re.escape(text), body)]
    length = len(text)
    if starts:
        ends = [s + length for s in starts]
    else:
        norm_body, origin = _normalised(body)
        norm_text, _ = _normalised(text)
        matches = [m.start() for m in re.finditer(re.escape(norm_text), norm_body)]
        starts = [origin[m] for m in matches]
        ends = [origin[m + len(norm_text) - 1] + 1 for m in matches]
    if not starts:
        return Span(
            error="This text is not in the article body. Copy it exactly from the body, "
            "or mark the claim as a paraphrase."
        )
    if len(starts) > 1:
        if near is None:
            return Span(
                error=f"This text occurs {len(starts)} times in the body; "
                "give the start offset of the one you mean."
            )
        best = min(range(len(starts)), key=lambda i: abs(starts[i] - near))
        return Span(starts[best], ends[best])
    return Span(starts[0], ends[0])


@dataclass
class Segment:
    """A run of body text and the claims (if any) covering all of it."""

    text: str
    claims: list[Any] = field(default_factory=list)
    starts: list[Any] = field(default_factory=list)  # claims whose span begins here


def segment_paragraphs(body: str, claims: Iterable[Any]) -> list[list[Segment]]:
    """Cut ``body`` into paragraphs of segments, each knowing the claims over it.

    Claims are any objects with ``start``/``end`` (claims without offsets are
    skipped). Overlapping and adjacent claims give segments covered by several
    or by consecutive claims; nothing of the body is lost or repeated.
    """
    spans = [c for c in claims if c.start is not None and c.end is not None]
    paragraphs: list[list[Segment]] = []
    for p_start, p_end in _paragraph_bounds(body):
        inside = [c for c in spans if c.start < p_end and c.end > p_start]
        cuts = {p_start, p_end}
        for c in inside:
            cuts.add(max(c.start, p_start))
            cuts.add(min(c.end, p_end))
        ordered = sorted(cuts)
        segments = []
        for a, b in zip(ordered, ordered[1:], strict=False):
            covering = [c for c in inside if c.start <= a and c.end >= b]
            segments.append(
                Segment(
                    text=body[a:b],
                    claims=covering,
                    starts=[c for c in covering if c.start == a],
                )
            )
        paragraphs.append(segments)
    return paragraphs


def _paragraph_bounds(body: str) -> Sequence[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text separated by blank lines."""
    bounds = []
    for match in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", body, flags=re.S):
        bounds.append((match.start(), match.end()))
    return bounds
