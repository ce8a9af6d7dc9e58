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
