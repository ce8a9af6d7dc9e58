"""Atom feeds: the latest published articles, and each source's latest claims."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from articles.models import Article, Claim
from sources.models import Source

FEED_SIZE = 50


class ArticleFeed(Feed):
    feed_type = Atom1Feed
    title = f"{settings.NEWSROOM_PUBLISHER_NAME}: latest articles"
    subtitle = "Articles published in the archive, newest first."

    def link(self):
        return reverse("home")

    def items(self):
        return Article.objects.listed().select_related("publisher")[:FEED_SIZE]

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.standfirst

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.byline or (item.publisher.name if item.publisher else None)


class SourceClaimsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(Source.objects.public(), slug=slug)

    def title(self, source):
        return f"Claims by {source.name}"

    def subtitle(self, source):
        return (
            f"Claims attributed to {source.name} in published articles, newest first."
        )

    def link(self, source):
        return source.get_absolute_url()

    def items(self, source):
        return (
            Claim.objects.public()
            .filter(source=source, article__status=Article.Status.PUBLISHED)
            .for_display()
            .order_by("-claimed_on", "-id")[:FEED_SIZE]
        )

    def item_title(self, item):
        return f"{item.source.name} {item.cue or 'said'}: {item.text[:100]}"

    def item_description(self, item):
        return (
            f"{item.text}\n\nConfidence: {item.confidence.label}. "
            f"In “{item.article.headline}”."
        )

    def item_pubdate(self, item):
        return item.article.published_at

    def item_updateddate(self, item):
        return item.updated_at
