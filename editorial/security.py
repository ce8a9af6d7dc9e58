"""Which address a login attempt comes from, for django-axes' lockout.

Behind a reverse proxy REMOTE_ADDR is the proxy's, and the left of
X-Forwarded-For is whatever the client chose to send. With TRUSTED_PROXY_COUNT
proxies in front of the app, each appends the address it saw, so the client's
real address is the TRUSTED_PROXY_COUNT-th entry from the right: the entries to
its left may be forged and are ignored.
"""

from django.conf import settings


def client_ip(request) -> str | None:
    proxies = settings.TRUSTED_PROXY_COUNT
    remote = request.META.get("REMOTE_ADDR")
    if proxies <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < proxies:
        # Not come through all our proxies: only the peer's address is known.
        return remote
    return forwarded[-proxies]
