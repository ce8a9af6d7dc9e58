"""Geometry for the small bar charts on a source's profile, drawn as inline SVG by
the template. Plain numbers only: the template escapes every label it prints."""

import datetime as dt
from dataclasses import dataclass

WIDTH = 600
BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 170


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float
    colour: str = "#3b5b7a"


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    width: int
    height: int
    maximum: int

    @property
    def total(self) -> int:
        return sum(bar.count for bar in self.bars)

    @property
    def first_label(self) -> str:
        return self.bars[0].label if self.bars else ""

    @property
    def last_label(self) -> str:
        return self.bars[-1].label if self.bars else ""


def confidence_chart(levels, counts: dict[str, int]) -> Chart:
    """Horizontal bars, one per confidence level (most confident first), zeros kept
    so the scale is always whole."""
    maximum = max(counts.values(), default=0) or 1
    room = WIDTH - LABEL_WIDTH - 40
    bars = []
    for row, level in enumerate(levels):
        count = counts.get(level.code, 0)
        bars.append(
            Bar(
                label=level.label,
                count=count,
                x=LABEL_WIDTH,
                y=row * (BAR_HEIGHT + GAP),
                width=round(room * count / maximum, 1),
                height=BAR_HEIGHT,
                colour=level.colour,
            )
        )
    return Chart(bars, WIDTH, len(bars) * (BAR_HEIGHT + GAP), maximum)


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    months, current = [], first.replace(day=1)
    while current <= last:
        months.append(current)
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return months


def timeline_chart(counts: dict[dt.date, int], *, height: int = 120) -> Chart:
    """Vertical bars, one per month from the first claim to the last, empty months
    included so that gaps in time show as gaps."""
    if not counts:
        return Chart([], WIDTH, height, 0)
    months = months_between(min(counts), max(counts))
    maximum = max(counts.values()) or 1
    slot = WIDTH / len(months)
    plot = height - 20
    bars = []
    for index, month in enumerate(months):
        count = counts.get(month, 0)
        bar_height = round(plot * count / maximum, 1)
        bars.append(
            Bar(
                label=month.strftime("%b %Y"),
                count=count,
                x=round(index * slot + slot * 0.1, 1),
                y=round(plot - bar_height, 1),
                width=round(max(slot * 0.8, 1), 1),
                height=bar_height,
            )
        )
    return Chart(bars, WIDTH, height, maximum)
