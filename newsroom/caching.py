"""HTTP caching of public pages.

ETags come from ConditionalGetMiddleware, which hashes the rendered page: a page
that changes (an article retracted, a claim rejected) changes its ETag, so a
conditional request never revalidates content the public may no longer see.
No Last-Modified on lists: their newest visible change is not the newest change
(a claim rejected just now vanishes without leaving a newer date behind).
"""

from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_control

# Short enough that a retraction reaches readers within minutes.
PUBLIC_MAX_AGE = 300

public_cache = cache_control(public=True, max_age=PUBLIC_MAX_AGE)


class PublicCacheMixin:
    """Mark a view's responses cacheable by browsers and shared caches."""

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
        return response
