"""The Content-Security-Policy in a real browser: nothing it blocks, scripts still run."""

import pytest

from articles.tests.test_pages_browser import DEMO_ARTICLE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def csp_violations(page):
    """Collect the console's reports of anything the policy refused."""
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return refused


def test_public_pages_break_no_rule(site):
    """The home page, an article and a source load with no CSP violation."""
    base, page = site
    refused = csp_violations(page)
    for path in ("/", DEMO_ARTICLE, "/sources/meduza/", "/claims/?confidence_min=3"):
        response = page.goto(base + path)
        assert "default-src 'self'" in response.headers["content-security-policy"]
    assert refused == []


def test_api_docs_render_under_the_policy(site):
    """Swagger UI starts (its script is a file, not inline) and shows the API's title."""
    base, page = site
    refused = csp_violations(page)
    page.goto(base + "/api/docs/")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "newsroom API" in page.inner_text(".swagger-ui .info .title")
    assert refused == []


def test_admin_scripts_run_under_the_policy(site, django_user_model):
    """The admin's own scripts work: the slug is filled in from the headline."""
    base, page = site
    django_user_model.objects.create_superuser("csp", "csp@example.org", "pw-for-csp")
    refused = csp_violations(page)
    page.goto(base + "/admin/login/")
    page.fill("#id_username", "csp")
    page.fill("#id_password", "pw-for-csp")
    page.click("input[type=submit]")
    page.goto(base + "/admin/articles/article/add/")
    # Typed key by key: prepopulate.js listens for keyup, not for a programmatic fill.
    page.locator("#id_headline").press_sequentially("Bridge reopens in May")
    assert page.input_value("#id_slug") == "bridge-reopens-in-may"
    assert refused == []
