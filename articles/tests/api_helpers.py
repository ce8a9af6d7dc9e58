"""Shared set-up for the API tests."""

import json


def get_json(client, url, expect=200, **headers):
    """GET ``url`` and return its decoded JSON body, asserting the status."""
    response = client.get(url, headers=headers)
    assert response.status_code == expect, (
        response.status_code,
        response.content[:500],
    )
    return json.loads(response.content)


def walk(client, url):
    """Every item of a list, following ``next`` links to the end."""
    items, pages = [], 0
    while url:
        page = get_json(client, url)
        items += page["results"]
        url = page["next"]
        pages += 1
        assert pages < 1000, "pagination does not end"
    return items
