"""Tying a speaker the engine found to a source the archive already knows."""

import re
from dataclasses import dataclass

from articles.attribution.engine import fold


@dataclass(frozen=True)
class Candidate:
    slug: str
    names: tuple[str, ...]
    kind: str = "person"


def _bare(name: str) -> str:
    return re.sub(r"^(?:the|a|an|another|these|those|some)\s+", "", fold(name))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def match_source(name: str, kind: str, candidates: list[Candidate]) -> str | None:
    """The slug of the candidate ``name`` refers to, or None.

    In order: the full name or an alias; the same name without its article
    ("the Kremlin"); a person's surname; for unnamed sources, a candidate of
    kind anonymous whose name shares the head noun ("a source" → "Unnamed
    source (Meduza)", "Kremlin insider" → "Kremlin insiders").
    """
    key = _bare(name)
    for candidate in candidates:
        if any(_bare(n) == key for n in candidate.names):
            return candidate.slug
    if kind == "person":
        surname = key.split()[-1] if key else ""
        for candidate in candidates:
            if candidate.kind == "person" and any(
                _bare(n).split()[-1:] == [surname] for n in candidate.names
            ):
                return candidate.slug
    if kind == "anonymous" and key:
        words = [_singular(w) for w in key.split()]
        for candidate in candidates:
            if candidate.kind != "anonymous":
                continue
            for n in candidate.names:
                theirs = [_singular(w) for w in re.findall(r"[\w']+", _bare(n))]
                if words == theirs or (len(words) == 1 and words[-1] in theirs):
                    return candidate.slug
    return None
