"""The confidence scale seeded by migration."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles.models import ConfidenceLevel

pytestmark = pytest.mark.django_db

EXPECTED = [
    ("1", "Confirmed", 5, 5),
    ("2", "Probably true", 4, 4),
    ("3", "Possibly true", 3, 3),
    ("4", "Doubtful", 2, 2),
    ("5", "Improbable", 1, 1),
    ("6", "Cannot be judged", 0, None),
]


def test_six_levels_seeded_exactly():
    """The migration seeds codes 1–6 with the spec's labels, ranks and ratings."""
    rows = list(
        ConfidenceLevel.objects.order_by("code").values_list(
            "code", "label", "rank", "rating_value"
        )
    )
    assert rows == EXPECTED


def test_levels_have_descriptions_and_colours():
    """Every level carries a description and a hex badge colour."""
    for level in ConfidenceLevel.objects.all():
        assert level.description
        level.full_clean()


def test_scale_orders_by_rank():
    """The default order runs from most to least confident."""
    assert [level.code for level in ConfidenceLevel.objects.all()] == list("123456")


@pytest.mark.django_db(transaction=True)
def test_seed_migration_is_reversible():
    """Migrating back removes the levels; forward seeds them again."""
    executor = MigrationExecutor(connection)
    executor.migrate([("articles", "0001_initial")])
    assert not ConfidenceLevel.objects.exists()
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert ConfidenceLevel.objects.count() == 6
