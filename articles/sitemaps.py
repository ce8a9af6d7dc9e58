"""sitemap.xml: only what the public may open and what lists show."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from articles.models import Article, Claim, Topic
from sources.models import Source


class PageSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["home", "archive", "claim-list", "source-list"]

    def location(self, item):
        return reverse(item)


class DatedSitemap(Sitemap):
    def lastmod(self, item):
        return item.updated_at


class ArticleSitemap(DatedSitemap):
    changefreq = "weekly"

    def items(self):
        return Article.objects.listed().only("slug", "updated_at").order_by("id")


class ClaimSitemap(DatedSitemap):
    changefreq = "monthly"

    def items(self):
        return (
            Claim.objects.public()
            .filter(article__status=Article.Status.PUBLISHED)
            .only("id", "updated_at")
            .order_by("id")
        )


class SourceSitemap(DatedSitemap):
    changefreq = "weekly"

    def items(self):
        return Source.objects.public().only("slug", "updated_at").order_by("id")


class TopicSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Topic.objects.public().only("slug").order_by("id")


SITEMAPS = {
    "pages": PageSitemap,
    "articles": ArticleSitemap,
    "claims": ClaimSitemap,
    "sources": SourceSitemap,
    "topics": TopicSitemap,
}
