from django.contrib import admin
from django.http import Http404
from django.urls import include, path

from newsroom import views


def _not_yet(request, **kwargs):
    # Public pages arrive with issue 4; until then their URL names resolve to 404.
    raise Http404


urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("api/", include("newsroom.api.urls")),  # issue 3: the read-only API
    path("articles/<slug:slug>/", _not_yet, name="article-detail"),
    path("sources/<slug:slug>/", _not_yet, name="source-detail"),
    path("claims/<int:pk>/", _not_yet, name="claim-detail"),
    path("topics/<slug:slug>/", _not_yet, name="topic-detail"),
]
