"""Many editors saving one article at once: count the saves that were lost.

Each thread plays an editor who loads the article, appends a token of its own
to the standfirst, waits a little (reading, typing) and saves: once at the model
level, once through the admin change form. A save refused as a conflict is
counted and not retried, as an editor would be told to reload. A save that
succeeded but whose token is missing from the final text was lost. Runs on
PostgreSQL only: SQLite serialises writers, so nothing would race.
"""

import html
import re
import threading
import time
from dataclasses import dataclass, field

import pytest
from concurrency.api import disable_concurrency
from concurrency.exceptions import RecordModifiedError
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client

from articles.models import Article
from articles.tests.factories import ArticleFactory
from editorial.tests.helpers import admin_url

THREADS = 8
SAVES_PER_THREAD = 25
THINK_TIME = 0.002  # seconds between reading and saving: the race window
ADMIN_SAVES_PER_THREAD = 10
CHANGELIST = "/admin/articles/article/"
# The rest of the article's change form, as the admin posts it (a draft, no claims).
ARTICLE_FORM = {
    "headline": "Stress",
    "slug": "stress",
    "body": "Body.",
    "language": "en",
    "status": "draft",
    "claims-TOTAL_FORMS": "0",
    "claims-INITIAL_FORMS": "0",
}

pytestmark = [
    # Committed data the threads can see (the root conftest restores the roles and
    # confidence levels made by migrations, which a transactional test flushes).
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
    refused_at_write: int = 0  # by the database check, after the form's passed
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


def _admin_editor(pk: int, name: str, tally: Tally, client: Client):
    """The same editor, working through the admin change form."""
    url = admin_url(Article(pk=pk))
    try:
        for n in range(ADMIN_SAVES_PER_THREAD):
            token = f"[{name}-{n}]"
            page = client.get(url).content.decode()
            version = re.search(r'name="version" value="([^"]*)"', page).group(1)
            standfirst = html.unescape(
                re.search(
                    r'<textarea name="standfirst"[^>]*>\n?(.*?)</textarea>', page, re.S
                ).group(1)
            )
            time.sleep(THINK_TIME)
            response = client.post(
                url,
                {**ARTICLE_FORM, "version": version, "standfirst": standfirst + token},
            )
            with tally.lock:
                tally.attempted += 1
                if response.status_code == 302 and response.url == CHANGELIST:
                    tally.saved_tokens.append(token)
                elif response.status_code == 302 and response.url == url:
                    # Refused as the row was written: back to the form, with a message.
                    tally.refused += 1
                    tally.refused_at_write += 1
                elif "while you were editing it" in response.content.decode():
                    # Refused by the form's check, the editor's input kept.
                    tally.refused += 1
                else:
                    raise AssertionError(f"unexpected answer {response.status_code}")
    finally:
        connection.close()


def _run(pk: int, editor=_editor, clients=None) -> tuple[Tally, int]:
    tally = Tally()
    threads = [
        threading.Thread(
            target=editor,
            args=(pk, f"e{i}", tally) + ((clients[i],) if clients else ()),
        )
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


def test_concurrent_admin_saves_lose_nothing(django_user_model):
    """Through the admin change form, every save that succeeded is in the final text."""
    article = ArticleFactory(
        headline="Stress",
        slug="stress",
        body="Body.",
        standfirst="",
        status=Article.Status.DRAFT,
        published_at=None,
    )
    editors = Group.objects.get(name="Editor")
    clients = []
    for i in range(THREADS):
        user = django_user_model.objects.create_user(f"ed{i}", is_staff=True)
        user.groups.add(editors)
        client = Client()
        client.force_login(user)
        clients.append(client)
    tally, lost = _run(article.pk, _admin_editor, clients)
    print(
        f"\nstress (admin form): {THREADS} threads, saves attempted={tally.attempted} "
        f"saved={len(tally.saved_tokens)} refused={tally.refused} "
        f"(of which at write: {tally.refused_at_write}) lost={lost}"
    )
    assert tally.attempted == THREADS * ADMIN_SAVES_PER_THREAD
    assert tally.refused > 0
    assert lost == 0
