"""Settings come from the environment, with safe production defaults."""

import json
import os
import subprocess
import sys

from django.conf import settings

PROBE = (
    "import json, newsroom.settings as s; "
    "print(json.dumps({'debug': s.DEBUG, 'hosts': s.ALLOWED_HOSTS, "
    "'engine': s.DATABASES['default']['ENGINE'], 'name': str(s.DATABASES['default']['NAME']), "
    "'secure_cookie': s.SESSION_COOKIE_SECURE}))"
)


def probe(**env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"}
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**clean, **env},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
    )
    return result


def test_production_refuses_to_start_without_secret_key():
    """With DEBUG off and no SECRET_KEY, settings fail loudly."""
    result = probe()
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_defaults_are_safe():
    """Given only a secret key: DEBUG off, no hosts allowed, secure cookies, SQLite file."""
    result = probe(SECRET_KEY="x" * 50)
    values = json.loads(result.stdout)
    assert values["debug"] is False
    assert values["hosts"] == []
    assert values["secure_cookie"] is True
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"].endswith("db.sqlite3")


def test_debug_mode_runs_without_configuration():
    """DEBUG=1 alone is enough for local development."""
    values = json.loads(probe(DEBUG="1").stdout)
    assert values["debug"] is True and "127.0.0.1" in values["hosts"]


def test_database_url_selects_postgresql():
    """DATABASE_URL switches the database to PostgreSQL through psycopg."""
    values = json.loads(
        probe(
            SECRET_KEY="x" * 50, DATABASE_URL="postgres://u@db.example:5432/news"
        ).stdout
    )
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["name"] == "news"
