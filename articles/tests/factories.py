import datetime as dt

import factory

from articles.models import Article, Claim, ClaimRelation, Evidence, Topic
from sources.tests.factories import SourceFactory


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    headline = factory.Sequence(lambda n: f"Headline number {n}")
    slug = factory.Sequence(lambda n: f"headline-{n}")
    body = (
        "The minister said the bridge would reopen in May.\n\n"
        "Critics said the date was unrealistic."
    )
    status = Article.Status.PUBLISHED
    published_at = factory.Sequence(
        lambda n: (
            dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC) + dt.timedelta(days=n % 300)
        )
    )
    language = "en"


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim on the first sentence of its article's body (offsets set to match)."""

    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    source = factory.SubFactory(SourceFactory)
    text = factory.LazyAttribute(lambda c: c.article.body.split("\n\n")[0])
    start = factory.LazyAttribute(lambda c: c.article.body.index(c.text))
    end = factory.LazyAttribute(lambda c: c.start + len(c.text))
    cue = "said"
    review_status = Claim.ReviewStatus.ACCEPTED


class ClaimRelationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClaimRelation

    from_claim = factory.SubFactory(ClaimFactory)
    to_claim = factory.SubFactory(ClaimFactory)
    kind = ClaimRelation.Kind.CORROBORATES


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    claim = factory.SubFactory(ClaimFactory)
    url = factory.Sequence(lambda n: f"https://example.org/evidence/{n}")
    title = "A report"
    stance = Evidence.Stance.SUPPORTS
