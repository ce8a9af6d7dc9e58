from django.db import models

from articles.querysets import FullTextQuerySet


class SourceQuerySet(FullTextQuerySet):
    def public(self):
        """Sources reachable from the public archive.

        A source is public when it is the claimant or the relay of a public claim,
        or the publisher of a public article. A source named only in drafts,
        in-review articles or unaccepted claims stays hidden.
        """
        from articles.models import Article, Claim

        # EXISTS, not IN: asked of a few sources (a slug filter, a page of 50) it
        # probes the claims' (source, claimed_on) index instead of collecting the
        # source ids of every public claim first (seconds at a million claims).
        public_claims = Claim.objects.public()
        return self.filter(
            models.Exists(public_claims.filter(source_id=models.OuterRef("pk")))
            | models.Exists(public_claims.filter(via_id=models.OuterRef("pk")))
            | models.Exists(
                Article.objects.public().filter(publisher_id=models.OuterRef("pk"))
            )
        )

    def search(self, q: str):
        """Sources whose name, aliases or role match ``q``: full text on PostgreSQL,
        every word found somewhere elsewhere."""
        from articles.querysets import all_terms_match

        if self.has_full_text:
            return self.alias(_document=self._document()).filter(
                self._full_text_match(q)
            )
        return self.filter(all_terms_match(q, ["name", "aliases", "role"]))

    # What the API shows of a source in a list, as values() paths (its public
    # affiliation comes from api_affiliations(); newsroom.api.representations
    # writes the JSON).
    API_FIELDS = (
        "id",
        "slug",
        "name",
        "kind",
        "role",
        "affiliation_id",
        "country",
        "aliases",
        "reliability",
        "wikidata_id",
        "updated_at",
    )

    def for_api(self):
        """The sources as ``values()`` rows of ``API_FIELDS`` (no model instances)."""
        return self.values(*self.API_FIELDS)

    def api_affiliations(self, ids) -> dict[int, dict]:
        """{id: {slug, name, kind}} of those of ``ids`` that are public sources: a
        source's affiliation is named only when it is itself public. One query."""
        public = self.model.objects.public().filter(pk__in=ids).order_by()
        return {row["id"]: row for row in public.values("id", "slug", "name", "kind")}

    def for_api_detail(self):
        """A source as the API shows it: its affiliation only when that is public."""
        return self.prefetch_related(
            models.Prefetch(
                "affiliation",
                queryset=self.model.objects.public(),
                to_attr="public_affiliation",
            )
        )

    def with_claim_count(self):
        """Annotate ``claim_count``: claims the source makes (as claimant), all statuses."""
        return self.annotate(claim_count=models.Count("claims", distinct=True))

    def with_public_claim_count(self):
        """Annotate ``public_claim_count``: the public claims the source makes,
        counted for the rows fetched only (a GROUP BY over the join counted every
        public claim of every source before a page of 50 was cut: 0.75 s at a
        million claims)."""
        from articles.models import Claim

        return self.annotate(
            public_claim_count=Claim.objects.public().count_for("source")
        )

    def most_quoted(self, n: int) -> list:
        """The ``n`` sources among these with the most public claims, most first,
        then by name, each with ``public_claim_count``. Two queries: the public
        claims counted per source in one pass, then the sources that can make the
        list (every one tied with the last place, so that names break ties)."""
        from articles.models import Claim

        counts = dict(
            Claim.objects.public()
            .order_by()
            .values_list("source_id")
            .annotate(n=models.Count("pk"))
        )
        if not counts or n < 1:
            return []
        ranked = sorted(counts.values(), reverse=True)
        floor = ranked[min(n, len(ranked)) - 1]
        candidates = list(
            self.filter(pk__in=[pk for pk, c in counts.items() if c >= floor])
        )
        for source in candidates:
            source.public_claim_count = counts[source.pk]
        candidates.sort(key=lambda source: (-source.public_claim_count, source.name))
        return candidates[:n]

    def matching_name(self, name: str):
        """Sources whose name or one alias equals ``name`` (case-insensitive)."""
        return self.filter(
            models.Q(name__iexact=name)
            | models.Q(aliases__iregex=rf"(^|\n){_regex_escape(name)}(\r?\n|$)")
        )


def _regex_escape(text: str) -> str:
    # Portable between SQLite (Python re) and PostgreSQL (ARE) for literal text.
    return "".join("\\" + c if not c.isalnum() and c != " " else c for c in text)
