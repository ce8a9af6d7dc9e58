from articles.models import Article, Claim, Topic
from sources.models import Source


def archive_counts() -> tuple[int, ...]:
    """Rows of every table an import writes, history included."""
    m2m = Article.history.model._meta.get_field(
        "historicalarticle_topics"
    ).related_model
    return tuple(
        manager.count()
        for manager in (
            Article.objects,
            Claim.objects,
            Source.objects,
            Topic.objects,
            Article.history,
            Claim.history,
            Source.history,
            Topic.history,
            m2m.objects,
        )
    )
