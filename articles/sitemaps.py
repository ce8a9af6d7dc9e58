"""sitemap.xml: only what the public may open and what lists show.

``/sitemap.xml`` is an index of one sitemap a section (``/sitemap-articles.xml``
and so on), each cut into pages of ``PAGE`` URLs (``?p=2``…), as the protocol
asks of large sites (at most 50,000 URLs a file). A single file for every
section held only the first 50,000 URLs of each: most of a million claims'
pages were missing.
"""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
from django.urls import reverse

from articles.models import Article, Claim, Topic
from sources.models import Source

# URLs a sitemap page: rendering 50,000 took seconds; crawlers follow the index.
PAGE = 10_000


class PageSitemap(Sitemap):
    changefreq = "daily"
    limit = PAGE

    def items(self):
        return ["home", "archive", "claim-list", "source-list"]

    def location(self, item):
        return reverse(item)


class DatedSitemap(Sitemap):
    limit = PAGE

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # For the index: one aggregate, not every item loaded (Django's default).
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


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
    limit = PAGE

    def items(self):
        return Topic.objects.public().only("slug").order_by("id")


SITEMAPS = {
    "pages": PageSitemap,
    "articles": ArticleSitemap,
    "claims": ClaimSitemap,
    "sources": SourceSitemap,
    "topics": TopicSitemap,
}


def index(request):
    return sitemap_views.index(request, SITEMAPS, sitemap_url_name="sitemap-section")


def section(request, section):
    response = sitemap_views.sitemap(request, SITEMAPS, section=section)
    # No Last-Modified (newsroom.caching): an article unpublished leaves no newer
    # date behind, and a crawler asking "modified since?" would keep its URL.
    if response.has_header("Last-Modified"):
        del response["Last-Modified"]
    return response
