"""What long commands share: a progress bar shown on a terminal only, and a
help layout that keeps the line breaks of a command's description and examples."""

import argparse
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.core.management.base import DjangoHelpFormatter
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)


class LayoutKeptHelpFormatter(
    DjangoHelpFormatter, argparse.RawDescriptionHelpFormatter
):
    """Django's help layout, with the description and epilog left as written."""


class HelpWithExamples:
    """A command mixin: ``help`` keeps its line breaks, ``epilog`` shows examples."""

    epilog = ""

    def create_parser(self, prog_name, subcommand, **kwargs):
        return super().create_parser(
            prog_name,
            subcommand,
            epilog=self.epilog,
            formatter_class=LayoutKeptHelpFormatter,
            **kwargs,
        )


# Redrawing for every line would cost more than importing it.
_EVERY = 250


@contextmanager
def progress_bar(
    stream, description: str, *, total: int | None = None, unit: str = "lines"
) -> Iterator[Callable[[int, int], None]]:
    """Yield ``advance(count, size)``: ``count`` items done so far, ``size`` bytes
    more read (measured against ``total`` bytes when known).

    ``stream`` is the command's stderr: the bar goes there, so that it never mixes
    with data written to stdout, and only when it is a terminal.
    """
    out = getattr(stream, "_out", stream)
    if not (hasattr(out, "isatty") and out.isatty()):
        yield lambda count, size: None
        return
    columns = [
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn() if total else TextColumn(""),
        TextColumn("{task.fields[count]:,} " + unit),
        TextColumn("{task.fields[rate]:,.0f}/s"),
        TimeElapsedColumn(),
    ]
    started = time.perf_counter()
    with Progress(*columns, console=Console(file=out), transient=False) as progress:
        task = progress.add_task(description, total=total, count=0, rate=0.0)
        state = {"count": 0, "done": 0}

        def show():
            elapsed = time.perf_counter() - started
            progress.update(
                task,
                completed=state["done"],
                count=state["count"],
                rate=state["count"] / elapsed if elapsed else 0.0,
            )

        def advance(count: int, size: int):
            state["count"] = count
            state["done"] += size
            if count % _EVERY == 0:
                show()

        yield advance
        show()
