"""Time of the public pages and the admin's main lists on a large archive.

Run against the database ``make bench`` seeds (100,000 articles, 1,000,000 claims):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/nr_bench python bench/pages_bench.py

Each page is requested through Django's test client in-process (the whole
middleware stack, no network), once to warm up, then ``--runs`` times; the
median and the slowest are printed, with the page's query count. The admin pages
are asked for by a superuser the script creates (``bench-admin``) if missing.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from articles.models import Article, Claim  # noqa: E402
from sources.models import Source  # noqa: E402

# Pages link their CSS through the static manifest; collectstatic is not needed
# to time them.
settings.STORAGES["staticfiles"]["BACKEND"] = (
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)


def timed(client, url, runs):
    client.get(url)
    samples = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(samples), max(samples), len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=6)
    args = parser.parse_args()
    if Claim.objects.count() < 1000:
        sys.exit("Seed the database first: make bench (or manage.py seed_synthetic)")

    source = (
        Source.objects.filter(slug__startswith="syn-", kind="person")
        .order_by("id")
        .first()
    )
    article = Article.objects.listed().order_by("-published_at", "-id").first()
    claim = Claim.objects.public().order_by("-id").first()
    topic = Claim.objects.public().values_list("article__topics__slug", flat=True)
    topic = topic.first()
    public = [
        "/",
        "/archive/",
        f"/archive/{article.published_at.year}/",
        "/claims/",
        f"/claims/?source={source.slug}",
        claim.get_absolute_url(),
        "/sources/",
        source.get_absolute_url(),
        article.get_absolute_url(),
        f"/topics/{topic}/",
        "/search/?q=Kherson",
        "/search/?q=Chornobaivka",
        "/feeds/articles/",
        "/sitemap.xml",
        "/sitemap-articles.xml",
        "/sitemap-claims.xml",
    ]
    admin = [
        "/admin/articles/article/",
        "/admin/articles/article/?q=Kherson",
        "/admin/articles/claim/",
        "/admin/articles/claim/?q=Kherson",
        "/admin/sources/source/",
        "/admin/articles/suggestedclaim/",
        f"/admin/articles/article/{article.pk}/change/",
        f"/admin/articles/claim/{claim.pk}/change/",
    ]
    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
    )
    staff = Client()
    staff.force_login(user)

    print(
        f"# Pages at {Claim.objects.count():,} claims on {connection.vendor}, "
        f"{args.runs} runs each (median / slowest, ms; queries)\n"
    )
    width = max(len(url) for url in public + admin)
    for client, urls in ((Client(), public), (staff, admin)):
        for url in urls:
            median, slowest, queries = timed(client, url, args.runs)
            print(f"{url:<{width}}  {median:8.1f}  {slowest:8.1f}  {queries:3d}")


if __name__ == "__main__":
    main()
