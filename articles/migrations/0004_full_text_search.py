"""Full-text search: fill the claims' copies of source names, date public claims,
and on PostgreSQL add weighted tsvector columns with GIN indexes.

The tsvector columns are GENERATED ALWAYS ... STORED, so PostgreSQL keeps them in
step with every write (bulk ones included); Django does not map them as fields,
the querysets reach them by name (articles.querysets.search_document). SQLite
has no tsvector: there the portable word search is used and nothing is added.
"""

from django.db import migrations

CLAIM_SQL = """
ALTER TABLE articles_claim ADD COLUMN search_document tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(search_names, '')), 'A')
        || setweight(to_tsvector('english', coalesce(text, '')), 'B')
    ) STORED;
CREATE INDEX articles_claim_search_gin ON articles_claim USING gin (search_document);
"""

ARTICLE_SQL = """
ALTER TABLE articles_article ADD COLUMN search_document tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(headline, '')), 'A')
        || setweight(to_tsvector('english', coalesce(standfirst, '')), 'B')
        || setweight(to_tsvector('english', coalesce(body, '')), 'C')
    ) STORED;
CREATE INDEX articles_article_search_gin ON articles_article USING gin (search_document);
"""

REVERSE_SQL = """
DROP INDEX IF EXISTS articles_claim_search_gin;
ALTER TABLE articles_claim DROP COLUMN IF EXISTS search_document;
DROP INDEX IF EXISTS articles_article_search_gin;
ALTER TABLE articles_article DROP COLUMN IF EXISTS search_document;
"""


def add_search_columns(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CLAIM_SQL)
        schema_editor.execute(ARTICLE_SQL)


def drop_search_columns(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(REVERSE_SQL)


def fill_claims(apps, schema_editor):
    Claim = apps.get_model("articles", "Claim")
    claims = Claim.objects.select_related("source", "via", "article")
    for claim in claims.iterator(chunk_size=2000):
        names = [claim.source.name, *claim.source.aliases.splitlines()]
        if claim.via_id:
            names += [claim.via.name, *claim.via.aliases.splitlines()]
        claimed_on = claim.claimed_on
        if claimed_on is None and claim.article.published_at is not None:
            claimed_on = claim.article.published_at.date()
        Claim.objects.filter(pk=claim.pk).update(
            search_names="\n".join(n.strip() for n in names if n.strip()),
            claimed_on=claimed_on,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_claim_search_names"),
    ]

    operations = [
        migrations.RunPython(fill_claims, migrations.RunPython.noop),
        migrations.RunPython(add_search_columns, drop_search_columns),
    ]
