"""On PostgreSQL, a weighted tsvector of a source's names (generated, GIN-indexed).
SQLite has no tsvector: the portable word search is used there."""

from django.db import migrations

FORWARD_SQL = """
ALTER TABLE sources_source ADD COLUMN search_document tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(name, '')), 'A')
        || setweight(to_tsvector('english', coalesce(aliases, '')), 'A')
        || setweight(to_tsvector('english', coalesce(role, '')), 'B')
    ) STORED;
CREATE INDEX sources_source_search_gin ON sources_source USING gin (search_document);
"""

REVERSE_SQL = """
DROP INDEX IF EXISTS sources_source_search_gin;
ALTER TABLE sources_source DROP COLUMN IF EXISTS search_document;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD_SQL)


def reverse(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(REVERSE_SQL)


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0001_initial"),
    ]

    operations = [migrations.RunPython(forward, reverse)]
