"""Latency of the read API against a hand-written SQL + orjson baseline.

Run with ``make bench`` (which seeds ``nr_bench`` on first use) or directly:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/nr_bench python bench/api_bench.py

Requests go through Django's test client in-process (the whole middleware and
DRF stack, no network), so the figures are server time per request. Each case is
warmed up, then timed ``--runs`` times; the median and 95th percentile are printed.
The EXPLAIN ANALYZE of every search ordering follows, to catch the planner walking
the date index for a rare term (SPEC.md, "Known traps").
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
os.environ.setdefault("API_ANON_RATE", "")  # no throttling while measuring

import django  # noqa: E402

django.setup()

import orjson  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.urls import include, path  # noqa: E402

from articles.filters import ClaimFilter  # noqa: E402
from articles.models import Claim  # noqa: E402
from newsroom.api.pagination import KeysetPagination  # noqa: E402
from sources.models import Source  # noqa: E402

BASELINE_SQL = """
SELECT c.id, c.text, c.is_direct_quote, c.cue, c.claimed_on, c.rationale, c.start,
       c."end", c.updated_at, s.slug, s.name, s.kind, v.slug, v.name, v.kind,
       a.slug, a.headline, a.published_at, l.code, l.label, l.rank
FROM articles_claim c
JOIN sources_source s ON s.id = c.source_id
LEFT JOIN sources_source v ON v.id = c.via_id
JOIN articles_article a ON a.id = c.article_id
JOIN articles_confidencelevel l ON l.code = c.confidence_id
WHERE c.review_status = 'accepted' AND a.status IN ('published', 'retracted')
  AND c.source_id = %s AND c.confidence_id IN ('1', '2', '3')
ORDER BY c.claimed_on DESC, c.id DESC
LIMIT 51
"""


def baseline(source_id):
    """The same page by hand: one SQL query, tuples to dicts, orjson."""
    root = "http://testserver/api/v1/"
    with connection.cursor() as cursor:
        cursor.execute(BASELINE_SQL, [source_id])
        rows = cursor.fetchall()
    results = [
        {
            "id": r[0],
            "url": f"{root}claims/{r[0]}/",
            "text": r[1],
            "is_direct_quote": r[2],
            "cue": r[3],
            "claimed_on": r[4],
            "source": {"slug": r[9], "name": r[10], "kind": r[11], "url": f"{root}sources/{r[9]}/"},
            "via": {"slug": r[12], "name": r[13], "kind": r[14], "url": f"{root}sources/{r[12]}/"}
            if r[12]
            else None,
            "article": {"slug": r[15], "headline": r[16], "published_at": r[17], "url": f"{root}articles/{r[15]}/"},
            "confidence": {"code": r[18], "label": r[19], "rank": r[20]},
            "rationale": r[5],
            "span": {"start": r[6], "end": r[7]} if r[6] is not None else None,
            "updated_at": r[8],
        }
        for r in rows[:50]
    ]  # fmt: skip
    return orjson.dumps({"next": None, "previous": None, "results": results})


def baseline_view(request):
    """The hand-written page as a bare Django view, to be reached through the whole
    middleware stack like the API: what any view pays on top of its query."""
    return HttpResponse(
        baseline(int(request.GET["source"])), content_type="application/json"
    )


# The project's URLs plus the bare view (ROOT_URLCONF points here while measuring).
urlpatterns = [
    path("bench/baseline/", baseline_view),
    path("", include("newsroom.urls")),
]


def timed(function, runs):
    for _ in range(max(3, runs // 10)):
        function()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def get(client, url, **headers):
    def request():
        response = client.get(url, headers=headers)
        assert response.status_code in (200, 304), (url, response.status_code)
        if response.streaming:
            for _ in response.streaming_content:
                pass
        return response

    return request


def explain(data, label):
    params = dict(data)
    filterset = ClaimFilter(
        params,
        queryset=Claim.objects.public().for_display().order_by("-claimed_on", "-id"),
    )
    assert filterset.is_valid(), filterset.errors
    queryset = filterset.qs
    paginator = KeysetPagination()  # the order the API pages in
    paginator.key, paginator.descending = paginator.sort_key(queryset)
    queryset = queryset.order_by(*paginator.order(reverse=False))[:51]
    plan = queryset.explain(analyze=True)
    lines = plan.splitlines()
    total = next((ln for ln in lines if ln.startswith("Execution Time")), "")
    print(f"\n## EXPLAIN ANALYZE {label} — {total}")
    for line in lines[:12]:
        print("   ", line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--no-explain", action="store_true")
    args = parser.parse_args()

    claims = Claim.objects.count()
    if claims < 1000:
        sys.exit(
            "Seed the database first: manage.py seed_synthetic --articles N --claims M"
        )
    # A busy synthetic source, a topic and an article with claims, by slug.
    source = (
        Source.objects.filter(slug__startswith="syn-", kind="person")
        .order_by("id")
        .first()
    )
    topic = (
        Claim.objects.public().values_list("article__topics__slug", flat=True).first()
    )
    claim_id = (
        Claim.objects.public().order_by("-id").values_list("id", flat=True).first()
    )
    client = Client()
    etag = client.get(f"/api/v1/claims/?source={source.slug}&confidence_min=3")["ETag"]
    rare, common = "Chornobaivka", "Kherson"

    print(f"# API latency at {claims:,} claims on {connection.vendor}, "
          f"{args.runs} runs each (median / p95, ms)\n")  # fmt: skip
    cases = [
        ("baseline: hand-written SQL + orjson (source + confidence_min)", lambda: baseline(source.pk)),
        ("baseline as a bare Django view, through the middleware", get(client, f"/bench/baseline/?source={source.pk}")),
        ("claims ?source=…&confidence_min=3", get(client, f"/api/v1/claims/?source={source.slug}&confidence_min=3")),
        ("claims (no filter, newest first)", get(client, "/api/v1/claims/")),
        ("claims ?topic=…&confidence=1", get(client, f"/api/v1/claims/?topic={topic}&confidence=1")),
        ("claims ?claimed_after=2020-01-01&source_kind=anonymous", get(client, "/api/v1/claims/?claimed_after=2020-01-01&source_kind=anonymous")),
        ("claims ?ordering=-confidence&source=…", get(client, f"/api/v1/claims/?ordering=-confidence&source={source.slug}")),
        (f"claims ?q={rare} (rare, ranked)", get(client, f"/api/v1/claims/?q={rare}")),
        (f"claims ?q={rare}&ordering=-claimed_on (rare, by date)", get(client, f"/api/v1/claims/?q={rare}&ordering=-claimed_on")),
        (f"claims ?q={common} (10 %, ranked)", get(client, f"/api/v1/claims/?q={common}")),
        (f"claims ?q={common}&ordering=-claimed_on (10 %, by date)", get(client, f"/api/v1/claims/?q={common}&ordering=-claimed_on")),
        ("claims page 2 (cursor)", get(client, client.get("/api/v1/claims/").json()["next"])),
        ("claims 304 (If-None-Match)", get(client, f"/api/v1/claims/?source={source.slug}&confidence_min=3", **{"If-None-Match": etag})),
        ("claim detail", get(client, f"/api/v1/claims/{claim_id}/")),
        ("claim detail as JSON-LD", get(client, f"/api/v1/claims/{claim_id}/?format=jsonld")),
        ("articles (no filter)", get(client, "/api/v1/articles/")),
        (f"articles ?q={common}", get(client, f"/api/v1/articles/?q={common}")),
        ("sources (no filter)", get(client, "/api/v1/sources/")),
        ("source detail with track record", get(client, f"/api/v1/sources/{source.slug}/")),
        ("claims CSV ?source=…&confidence_min=3 (all rows)", get(client, f"/api/v1/claims/?source={source.slug}&confidence_min=3&format=csv")),
    ]  # fmt: skip
    width = max(len(label) for label, _ in cases)
    with override_settings(ROOT_URLCONF=__name__):
        for label, function in cases:
            median, p95 = timed(function, args.runs)
            print(f"{label:<{width}}  {median:8.2f}  {p95:8.2f}")

    if not args.no_explain and connection.vendor == "postgresql":
        for term in (rare, common):
            explain({"q": term}, f"q={term}, ranked")
            explain({"q": term, "ordering": "-claimed_on"}, f"q={term}, by date")


if __name__ == "__main__":
    main()
