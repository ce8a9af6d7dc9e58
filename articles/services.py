"""Editorial writes that go beyond a plain admin save.

Each is atomic and saves object by object, so that every change is recorded in
the history with its author and goes through the optimistic-locking check.
"""

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from articles.models import Article, Claim, ConfidenceLevel


def _save_by(obj, user, *, reason: str):
    obj._history_user = user
    obj._change_reason = reason
    obj.save()


@transaction.atomic
def article_send_to_review(*, articles: Iterable[Article], user) -> int:
    """Move drafts to review. Returns how many changed."""
    changed = 0
    for article in articles:
        if article.status == Article.Status.DRAFT:
            article.status = Article.Status.IN_REVIEW
            _save_by(article, user, reason="sent to review")
            changed += 1
    return changed


@transaction.atomic
def article_publish(*, articles: Iterable[Article], user) -> int:
    """Publish drafts and articles in review, dating undated ones now."""
    changed = 0
    for article in articles:
        if article.status in (Article.Status.DRAFT, Article.Status.IN_REVIEW):
            article.status = Article.Status.PUBLISHED
            if article.published_at is None:
                article.published_at = timezone.now()
            _save_by(article, user, reason="published")
            changed += 1
    return changed


@transaction.atomic
def article_retract(*, articles: Iterable[Article], note: str, user) -> int:
    """Retract published articles with a public retraction note."""
    note = note.strip()
    if not note:
        raise ValueError("A retraction needs a note.")
    changed = 0
    for article in articles:
        if article.status == Article.Status.PUBLISHED:
            article.status = Article.Status.RETRACTED
            article.retraction_note = note
            _save_by(article, user, reason="retracted")
            changed += 1
    return changed


@transaction.atomic
def claims_set_confidence(
    *, claims: Iterable[Claim], level: ConfidenceLevel, rationale: str, user
) -> int:
    """Grade claims with ``level`` and the editor's ``rationale``."""
    changed = 0
    for claim in claims:
        if claim.confidence_id == level.pk and claim.rationale == rationale:
            continue
        claim.confidence = level
        claim.rationale = rationale
        _save_by(claim, user, reason=f"confidence set to {level.label}")
        changed += 1
    return changed
