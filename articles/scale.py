"""The confidence scale, kept per process.

Six rows, read by every request filtering on confidence (the filter's choices, and
``confidence_min`` turning a code into the codes ranked at or above it) and by every
claim the API shows (its level's label and rank: joining the table into a page of
claims doubled the time PostgreSQL spends planning it). Data an editor changes
perhaps once a year. A save or delete in this process forgets the copy at once
(``articles.signals``); other processes read the table again after ``MAX_AGE``
seconds at most (the API's own Cache-Control max-age).
"""

import time
from typing import NamedTuple

MAX_AGE = 60.0


class Level(NamedTuple):
    code: str
    label: str
    rank: int


_cache: tuple[float, tuple[Level, ...], dict[str, Level]] | None = None


def _scale() -> tuple[float, tuple[Level, ...], dict[str, Level]]:
    global _cache
    now = time.monotonic()
    if _cache is None or now - _cache[0] > MAX_AGE:
        from articles.models import ConfidenceLevel

        levels = tuple(
            Level(*row)
            for row in ConfidenceLevel.objects.order_by("-rank").values_list(
                "code", "label", "rank"
            )
        )
        _cache = (now, levels, {level.code: level for level in levels})
    return _cache


def confidence_levels() -> tuple[Level, ...]:
    """Every level, most confident first."""
    return _scale()[1]


def confidence_level(code: str) -> Level:
    """The level of a code; one created in another process since the copy was
    made is read at once rather than missed."""
    level = _scale()[2].get(code)
    if level is None:
        forget_confidence_levels()
        level = _scale()[2][code]
    return level


def forget_confidence_levels(**kwargs) -> None:
    """Drop the copy (a signal receiver: accepts and ignores signal arguments)."""
    global _cache
    _cache = None
