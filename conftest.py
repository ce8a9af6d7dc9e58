import io

import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db):
    """The curated demo archive, loaded as `make run` loads it."""
    call_command("load_demo", stdout=io.StringIO())
    from articles.models import Article

    return Article.objects.get(slug="russia-withdraws-from-kherson-kremlin-checklist")


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture(autouse=True)
def _migration_data_in_transactional_tests(request):
    """Transactional tests flush every table after they run, with the data the
    migrations made: put the confidence scale and the editorial roles back for
    those that need a database. (serialized_rollback would also restore them, but
    it clashes with the content types a previous test's flush recreated.)"""
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker and marker.kwargs.get("transaction")) or any(
        name in request.fixturenames for name in ("transactional_db", "live_server")
    )
    if not transactional:
        yield
        return
    request.getfixturevalue("transactional_db")
    from importlib import import_module

    from django.apps import apps
    from django.contrib.auth.models import Group, Permission

    import_module("articles.migrations.0002_seed_confidence_levels").seed(apps, None)
    roles = import_module("editorial.migrations.0002_roles")
    for name, spec in (("Reporter", roles.REPORTER), ("Editor", roles.EDITOR)):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in roles.codenames(spec)
        )
    yield


# --- API (issue 3): what is kept per process (the confidence scale, public slugs)
# must not outlive a test's rollback (a level or slug made in one test would stay
# "known" in the next).
@pytest.fixture(autouse=True)
def _fresh_process_caches():
    from articles.filters import public_slugs
    from articles.scale import forget_confidence_levels

    forget_confidence_levels()
    public_slugs.forget()
    yield
    forget_confidence_levels()
    public_slugs.forget()
