from django.db import models

from editorial.tracking import TrackedQuerySet


class TopicQuerySet(TrackedQuerySet):
    def public(self):
        """Topics of at least one public article."""
        from articles.models import Article

        return self.filter(
            pk__in=Article.topics.through.objects.filter(
                article__status__in=Article.PUBLIC_STATUSES
            ).values("topic_id")
        )


class ArticleQuerySet(TrackedQuerySet):
    def public(self):
        """Articles a member of the public may open: published, and retracted ones
        (shown with their retraction notice). Drafts and in-review never."""
        return self.filter(status__in=self.model.PUBLIC_STATUSES)

    def listed(self):
        """Articles shown in public lists: published only; retracted ones are left
        out of lists unless asked for."""
        return self.filter(status=self.model.Status.PUBLISHED)

    def search(self, q: str):
        """Articles matching the words of ``q`` in the headline, standfirst, body or a
        topic's name or aliases ("Cherson" finds Kherson). Portable fallback; the
        PostgreSQL full-text version replaces it where available."""
        return self.filter(
            pk__in=self.model.objects.filter(
                all_terms_match(
                    q,
                    [
                        "headline",
                        "standfirst",
                        "body",
                        "topics__name",
                        "topics__aliases",
                    ],
                )
            ).values("pk")
        )

    def for_listing(self):
        """What a list of articles shows: the publisher, and counts."""
        return self.select_related("publisher").annotate(
            claim_count=models.Count("claims", distinct=True)
        )

    def for_reading(self):
        """What the public article page shows: publisher, topics, and the public
        claims with their sources and levels (as ``public_claims``, in body order)."""
        from articles.models import Claim

        return self.select_related("publisher").prefetch_related(
            "topics",
            models.Prefetch(
                "claims",
                queryset=Claim.objects.public().for_display().order_by("start", "id"),
                to_attr="public_claims",
            ),
        )

    def with_public_claim_count(self):
        """Annotate ``public_claim_count``: accepted claims only."""
        return self.annotate(
            public_claim_count=models.Count(
                "claims",
                filter=models.Q(claims__review_status="accepted"),
                distinct=True,
            )
        )


class ClaimQuerySet(TrackedQuerySet):
    def public(self):
        """Claims the public may see: accepted by an editor (never suggested or
        rejected), on an article the public may open."""
        from articles.models import Article

        return self.filter(
            review_status=self.model.ReviewStatus.ACCEPTED,
            article__status__in=Article.PUBLIC_STATUSES,
        )

    def for_display(self):
        """Everything a claim is shown with, fetched in the same query."""
        return self.select_related("source", "via", "article", "confidence")

    def search(self, q: str):
        """Claims matching the words of ``q`` in their text or their source's or
        relay's name or aliases ("Sergei Surovikin" finds Sergey Surovikin)."""
        return self.filter(
            all_terms_match(
                q,
                [
                    "text",
                    "source__name",
                    "source__aliases",
                    "via__name",
                    "via__aliases",
                ],
            )
        )

    def suggested(self):
        return self.filter(review_status=self.model.ReviewStatus.SUGGESTED)


def search_terms(q: str) -> list[str]:
    """The words of a query, for the portable (SQLite) search: every one must match."""
    return [term for term in q.replace('"', " ").split() if not term.startswith("-")][
        :10
    ]


def all_terms_match(q: str, fields: list[str]) -> models.Q:
    """A Q where each term of ``q`` is found (case-insensitively) in one of ``fields``."""
    condition = models.Q()
    for term in search_terms(q):
        any_field = models.Q()
        for name in fields:
            any_field |= models.Q(**{f"{name}__icontains": term})
        condition &= any_field
    return condition
