"""A guard against writes that would escape the history.

django-simple-history records a change when a model instance is saved or
deleted. ``QuerySet.update()`` and ``bulk_update()`` write rows directly, so a
change made with them would leave no trace (and skip the optimistic-locking
check). The QuerySets of tracked models derive from ``TrackedQuerySet``, which
refuses them unless the caller says, with ``untracked_writes_allowed()``, that it
records the history itself (``simple_history.utils.bulk_update_with_history``).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import models

_allowed: ContextVar[bool] = ContextVar("untracked_writes_allowed", default=False)


class UntrackedWriteError(RuntimeError):
    """A bulk write to a model whose changes must be kept in its history."""


@contextmanager
def untracked_writes_allowed():
    """Allow ``update()``/``bulk_update()`` on tracked models inside the block: for
    code that writes the history records itself."""
    token = _allowed.set(True)
    try:
        yield
    finally:
        _allowed.reset(token)


def _refuse(model, method: str):
    if not _allowed.get():
        raise UntrackedWriteError(
            f"{model.__name__}.objects.{method}() would change rows without "
            "recording their history: save each object (or use simple-history's "
            "bulk_update_with_history inside editorial.tracking."
            "untracked_writes_allowed())."
        )


class TrackedQuerySet(models.QuerySet):
    """QuerySet of a model with a history: refuses writes that bypass it."""

    def update(self, **kwargs):
        _refuse(self.model, "update")
        return super().update(**kwargs)

    def bulk_update(self, objs, fields, batch_size=None):
        _refuse(self.model, "bulk_update")
        return super().bulk_update(objs, fields, batch_size=batch_size)
