"""Many editors saving one article at once: count the saves that were lost.

Each thread plays an editor who loads the article, appends a token of its own
to the standfirst, waits a little (reading, typing) and saves. A save refused as
a conflict is counted and not retried, as an editor would be told to reload. A
save that succeeded but whose token is missing from the final text was lost.
Runs on PostgreSQL only: SQLite serialises writers, so nothing would race.
"""

import threading
import time
from dataclasses import dataclass, field

import pytest
from concurrency.api import disable_concurrency
from concurrency.exceptions import RecordModifiedError
from django.db import connection

from articles.models import Article
from articles.tests.factories import ArticleFactory

THREADS = 8
SAVES_PER_THREAD = 25
THINK_TIME = 0.002  # seconds between reading and saving: the race window

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs concurrent writers: SQLite serialises them, so nothing races",
    ),
]


@dataclass
class Tally:
    attempted: int = 0
    refused: int = 0
    saved_tokens: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _editor(pk: int, name: str, tally: Tally):
    try:
        for n in range(SAVES_PER_THREAD):
            token = f"[{name}-{n}]"
            article = Article.objects.get(pk=pk)
            article.standfirst += token
            time.sleep(THINK_TIME)
            try:
                article.save()
            except RecordModifiedError:
                with tally.lock:
                    tally.attempted += 1
                    tally.refused += 1
                continue
            with tally.lock:
                tally.attempted += 1
                tally.saved_tokens.append(token)
    finally:
        connection.close()  # the thread's own connection


def _run(pk: int) -> tuple[Tally, int]:
    tally = Tally()
    threads = [
        threading.Thread(target=_editor, args=(pk, f"e{i}", tally))
        for i in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    final = Article.objects.get(pk=pk).standfirst
    lost = sum(1 for token in tally.saved_tokens if token not in final)
    return tally, lost


def test_concurrent_saves_lose_nothing():
    """With optimistic locking, every save that succeeded is in the final text."""
    article = ArticleFactory(standfirst="")
    tally, lost = _run(article.pk)
    print(
        f"\nstress: {THREADS} threads, saves attempted={tally.attempted} "
        f"saved={len(tally.saved_tokens)} refused={tally.refused} lost={lost}"
    )
    assert tally.attempted == THREADS * SAVES_PER_THREAD
    assert tally.refused > 0  # they did race
    assert lost == 0


def test_without_locking_the_same_load_loses_saves():
    """Control: with django-concurrency disabled the same run loses saves, so the
    count above can see a loss."""
    article = ArticleFactory(standfirst="")
    with disable_concurrency():
        tally, lost = _run(article.pk)
    print(
        f"\ncontrol (no locking): saves attempted={tally.attempted} "
        f"saved={len(tally.saved_tokens)} refused={tally.refused} lost={lost}"
    )
    assert tally.refused == 0
    assert lost > 0
