import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from hypothesis import settings as hypothesis_settings

# Property-based tests explore new examples on every local run; CI runs a fixed
# sequence, so that a submission's result does not depend on a random draw.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


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
    import_module("editorial.migrations.0002_roles").assign_roles(Group, Permission)
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


# --- Browser tests: Debian's Chromium driven by Playwright (never a download) ---
# Where /usr/bin/chromium is missing they are skipped with a note, except under CI
# (the CI environment variable set), where a missing browser is a failure.

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: install Debian's chromium package"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (required under CI)")
        pytest.skip(f"browser tests skipped: {message}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own
    # database work is synchronous and safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def site(chromium, live_server, demo):
    """A browser tab on the live demo archive, at desktop width."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield live_server.url, page
    context.close()
