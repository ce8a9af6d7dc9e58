from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousThrottle(AnonRateThrottle):
    """Per-IP rate for anonymous clients, read from ``NEWSROOM_API_ANON_RATE``
    (e.g. "120/min") at each request, so it can be changed by environment or in
    a test; ``None`` turns throttling off."""

    def get_rate(self):
        return settings.NEWSROOM_API_ANON_RATE
