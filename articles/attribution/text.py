"""Cutting a body into paragraphs, sentences and quotations, keeping offsets."""

import re
from dataclasses import dataclass

from articles.attribution.lexicon import ABBREVIATIONS, DETERMINERS, TITLE_WORDS

OPENING_QUOTES = "“„«"
CLOSING_QUOTES = "”»"


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` are the offsets of the marks themselves."""

    start: int
    end: int  # offset just after the closing mark (or the paragraph end)

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, max(self.start + 1, self.end - 1)


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text separated by blank lines.

    A text with no blank line whose every line ends a sentence was stored one
    paragraph a line: its line breaks separate paragraphs. (A text wrapped at a
    fixed width has lines that stop mid-sentence, and keeps its paragraphs.)
    """
    lines = body.strip().split("\n")
    if (
        len(lines) > 1
        and all(line.strip() for line in lines)
        and all(re.search(r"[.!?\"”:)\]]\s*$", line) for line in lines)
    ):
        return [(m.start(), m.end()) for m in re.finditer(r"\S(?:[^\n]*\S)?", body)]
    return [
        (m.start(), m.end())
        for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", body, flags=re.S)
    ]


def quotes(body: str, start: int, end: int) -> list[Quote]:
    """Quotations in one paragraph, curly or straight.

    A quotation still open at the end of the paragraph runs to its end: news
    style opens, but does not close, a quotation that continues in the next one.
    """
    found: list[Quote] = []
    opened: int | None = None
    for index in range(start, end):
        char = body[index]
        if opened is None and (char in OPENING_QUOTES or char == '"'):
            opened = index
        elif (
            opened is not None
            and char == '"'
            and re.search(r"[.!?]\s+$", body[max(start, index - 3) : index])
            and re.match(r"[A-Z]", body[index + 1 : index + 2])
        ):
            # "… we need them back. "We don't want …," he said.": a straight
            # mark after a sentence's end and before a capital opens a new
            # quotation; the one before was never closed.
            close = index
            while close > opened and body[close - 1].isspace():
                close -= 1
            found.append(Quote(opened, close + 1))
            opened = index
        elif (
            opened is not None
            and (
                char in CLOSING_QUOTES
                or char == '"'
                # A typo seen in releases: “…, “ said X. An opening mark after a
                # comma and before a lowercase word closes the quotation.
                or (
                    char in OPENING_QUOTES
                    and body[index - 2 : index].strip() in (",", ".")
                    and re.match(r"\s[a-z]", body[index + 1 : index + 3])
                )
            )
        ):
            found.append(Quote(opened, index + 1))
            opened = None
    if opened is not None:
        before = body[start:opened].rstrip()
        if re.search(r"\b(?:the|a|an|of|to|in|as|and|or|its|their|his|her)$", before):
            # “gold standard medical instruments. — a mark opened inside a
            # phrase and never closed is a typo, not a quotation running on:
            # it ends with its sentence.
            stop = re.search(r"[.!?](?=\s|$)", body[opened:end])
            found.append(Quote(opened, opened + stop.end() if stop else end))
        else:
            found.append(Quote(opened, end))
    return found


def _inside(index: int, spans: list[Quote]) -> bool:
    return any(q.start < index < q.end - 1 for q in spans)


# A feed copy's stray paragraph marks ("decree. '' ''Government said") do not
# hide the next sentence's capital.
_BOUNDARY = re.compile(r"[.!?]+[”\"»’)]*(?=\s+(?:''\s*)*[\"“„«(]?[A-Z0-9])")


# The abbreviations of the states of the United States, which a title may
# follow inside a sentence.
_STATES = frozenset(
    ["ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind"]
    + ["kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb"]
    + ["nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo"]
)

_GLUED = re.compile(r"(?<=[a-z)])[.!?](?=[\"“][A-Z])")


def sentences(
    body: str, start: int, end: int, spans: list[Quote] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``body[start:end]``.

    Full stops inside a quotation do not end the sentence that quotes it, so
    “A. B,” she said. stays one sentence; abbreviations and initials do not end
    one either.
    """
    spans = quotes(body, start, end) if spans is None else spans
    cuts = [start]
    for match in _BOUNDARY.finditer(body, start, end):
        dot = match.start()
        # A full stop inside a quotation ends the sentence only when the
        # quotation ends with it: “A. B,” she said. stays one sentence.
        if _inside(dot, spans) and not any(q.end == match.end() for q in spans):
            continue
        word = re.search(r"([\w.’']+)$", body[cuts[-1] : dot])
        token = word.group(1).lower().rstrip(".") if word else ""
        if token == "tech" and not re.match(
            r"\s+Sgts?\.", body[match.end() : match.end() + 8]
        ):
            # "a professor at Virginia Tech. He says …": the university, not
            # the rank of "Tech. Sgt. Ann Lee".
            cuts.append(match.end())
            continue
        if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        if re.fullmatch(r"\s*(?:[A-Z]\.)+[A-Z]", body[cuts[-1] : dot]):
            continue  # "T.J. Creamer: …": a sentence opening on initials
        after = re.match(r"\s+([A-Z][a-z]+)", body[match.end() : match.end() + 30])
        if (
            token in _STATES
            and word.group(1)[:1].isupper()
            and after
            and after.group(1).lower() in TITLE_WORDS | ABBREVIATIONS
            and after.group(1).lower() not in DETERMINERS
        ):
            continue  # "said Fla. First Lady Ann Roe", "Calif. Gov. Ann Roe"
        cuts.append(match.end())
    # "… for Venezuela's institutions."The Venezuelan people …": a quotation
    # glued to the full stop before it opens a sentence of its own.
    for match in _GLUED.finditer(body, start, end):
        dot = match.start()
        if (
            any(q.start == match.end() for q in spans)
            and not _inside(dot, spans)
            and match.end() not in cuts
        ):
            cuts.append(match.end())
    # "… than talk past each other."Senate Minority Leader Ann Lee said …":
    # a quotation closed after its full stop, glued to the next sentence.
    for q in spans:
        if (
            start < q.end < end
            and body[q.end - 1] in '"”'
            and body[q.end - 2] in ".!?"
            and body[q.end].isupper()
            and q.end not in cuts
        ):
            cuts.append(q.end)
    cuts.sort()
    cuts.append(end)
    result = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and body[a].isspace():
            a += 1
        if a < b:
            result.append((a, b))
    return result


def trim(body: str, start: int, end: int, *, drop: str = " ,;:") -> tuple[int, int]:
    """Narrow a span past white space and the punctuation in ``drop`` at both ends."""
    while start < end and (body[start].isspace() or body[start] in drop):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in drop):
        end -= 1
    return start, end
