"""Keep the copies of source names in claims' search text up to date."""

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from articles.filters import public_slugs
from articles.models import Article
from articles.scale import forget_confidence_levels
from editorial.tracking import untracked_writes_allowed
from sources.models import Source


@receiver(post_save, sender=Source, dispatch_uid="claims_follow_source_names")
def refresh_claim_search_names(sender, instance, created, raw=False, **kwargs):
    """A renamed source (or new alias) is found by search in every claim naming it.

    Updated per (source, relay) pair with QuerySet.update(): one statement per pair,
    no history record (the claim itself did not change).
    """
    if created or raw:
        return
    from articles.models import Claim, claim_search_names

    claims = Claim.objects.filter(Q(source=instance) | Q(via=instance))
    pairs = list(claims.order_by().values_list("source_id", "via_id").distinct())
    sources = Source.objects.in_bulk(
        {pk for pair in pairs for pk in pair if pk is not None}
    )
    for source_id, via_id in pairs:
        names = claim_search_names(sources[source_id], sources.get(via_id))
        # search_names is derived and left out of the history on purpose.
        with untracked_writes_allowed():
            claims.filter(source_id=source_id, via_id=via_id).exclude(
                search_names=names
            ).update(search_names=names)


# The confidence scale is cached per process (articles.scale): forget it on change.
for _signal in (post_save, post_delete):
    _signal.connect(
        forget_confidence_levels,
        sender="articles.ConfidenceLevel",
        dispatch_uid=f"forget_confidence_levels_{_signal is post_save}",
    )

# Slugs found public are remembered per process (articles.filters.PublicSlugs):
# any change to what decides publicness forgets them.
for _model in (
    "sources.Source",
    "articles.Article",
    "articles.Claim",
    "articles.Topic",
):
    for _signal in (post_save, post_delete):
        _signal.connect(
            public_slugs.forget,
            sender=_model,
            dispatch_uid=f"forget_public_slugs_{_model}_{_signal is post_save}",
        )
m2m_changed.connect(
    public_slugs.forget,
    sender=Article.topics.through,
    dispatch_uid="forget_public_slugs_article_topics",
)
