from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import TemplateView

from articles import sitemaps
from articles import views as article_views
from articles.feeds import ArticleFeed, SourceClaimsFeed
from newsroom import views
from newsroom.caching import public_cache
from sources import views as source_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("api/", include("newsroom.api.urls")),  # issue 3: the read-only API
    # --- Public pages (issue 4) --------------------------------------------
    path("", article_views.HomeView.as_view(), name="home"),
    path("archive/", article_views.ArchiveIndex.as_view(), name="archive"),
    path(
        "archive/<int:year>/", article_views.ArchiveYear.as_view(), name="archive-year"
    ),
    re_path(
        r"^archive/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$",
        article_views.ArchiveMonth.as_view(),
        name="archive-month",
    ),
    re_path(
        r"^archive/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/(?P<day>[0-9]{2})/$",
        article_views.ArchiveDay.as_view(),
        name="archive-day",
    ),
    path(
        "articles/<slug:slug>/",
        article_views.ArticleDetailView.as_view(),
        name="article-detail",
    ),
    path("sources/", source_views.SourceListView.as_view(), name="source-list"),
    path(
        "sources/<slug:slug>/",
        source_views.SourceDetailView.as_view(),
        name="source-detail",
    ),
    path(
        "sources/<slug:slug>/feed/",
        public_cache(SourceClaimsFeed()),
        name="source-claims-feed",
    ),
    path("claims/", article_views.ClaimListView.as_view(), name="claim-list"),
    path(
        "claims/<int:pk>/", article_views.ClaimDetailView.as_view(), name="claim-detail"
    ),
    path(
        "topics/<slug:slug>/",
        article_views.TopicDetailView.as_view(),
        name="topic-detail",
    ),
    path("search/", article_views.SearchView.as_view(), name="search"),
    path("feeds/articles/", public_cache(ArticleFeed()), name="article-feed"),
    path("sitemap.xml", public_cache(sitemaps.index), name="sitemap"),
    path(
        "sitemap-<section>.xml",
        public_cache(sitemaps.section),
        name="sitemap-section",
    ),
    path(
        "robots.txt",
        public_cache(
            TemplateView.as_view(template_name="robots.txt", content_type="text/plain")
        ),
        name="robots",
    ),
    # --- End of public pages -----------------------------------------------
]
