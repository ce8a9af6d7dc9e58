import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, RequestFactory, override_settings

from editorial.security import client_ip

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


def _try(client, password, **extra):
    return client.post(LOGIN, {"username": "boss", "password": password}, **extra)


def test_repeated_failed_logins_lock_the_account_out(superuser):
    """After five wrong passwords, even the right one is refused with 429."""
    client = Client()
    for _ in range(4):
        assert _try(client, "wrong").status_code == 200
    assert _try(client, "wrong").status_code == 429
    response = _try(client, "pw")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_address(superuser):
    """A lockout from one address does not lock the user out from another."""
    client = Client()
    for _ in range(5):
        _try(client, "wrong", REMOTE_ADDR="203.0.113.9")
    assert _try(client, "pw", REMOTE_ADDR="203.0.113.9").status_code == 429
    assert _try(Client(), "pw", REMOTE_ADDR="198.51.100.7").status_code == 302


def test_a_correct_login_still_works(superuser):
    """The login form logs a user in through the axes backend."""
    client = Client()
    assert _try(client, "pw").status_code == 302
    assert client.get("/admin/").status_code == 200


def test_force_login_works_with_axes(admin_client):
    """Tests that log in with force_login are unaffected by the axes backend."""
    assert admin_client.get("/admin/").status_code == 200


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "1.1.1.1", "10.0.0.2"),  # no proxy: the header is the client's, ignored
        (1, "1.1.1.1, 192.0.2.5", "192.0.2.5"),  # forged left entry ignored
        (2, "1.1.1.1, 192.0.2.5, 10.0.0.3", "192.0.2.5"),
        (1, "", "10.0.0.2"),  # bypassed the proxy: fall back to the peer
    ],
)
def test_client_ip_trusts_only_the_configured_proxies(proxies, forwarded, expected):
    """The address axes keys on is the one our own proxies saw, never a forged one."""
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded
    )
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert client_ip(request) == expected


def test_lockout_behind_a_proxy_keys_on_the_client_not_the_proxy(superuser):
    """Behind one proxy, one client's failures do not lock out another client."""
    with override_settings(TRUSTED_PROXY_COUNT=1):
        attacker = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
        colleague = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
        for _ in range(5):
            _try(Client(), "wrong", **attacker)
        assert _try(Client(), "pw", **attacker).status_code == 429
        assert _try(Client(), "pw", **colleague).status_code == 302


def test_production_settings_secure_the_session_and_csrf_cookies():
    """`check --deploy` with production defaults finds no cookie or session issue."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        SECRET_KEY="x" * 60 + "production-like-key-for-the-check",
        ALLOWED_HOSTS="news.example.org",
    )
    manage = Path(__file__).resolve().parents[2] / "manage.py"
    result = subprocess.run(
        [sys.executable, str(manage), "check", "--deploy"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = result.stdout + result.stderr
    assert "System check identified" in report or "no issues" in report
    for check in ("W010", "W011", "W012", "W013", "W016", "W017"):
        assert f"security.{check}" not in report, report
