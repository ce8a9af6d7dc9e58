"""Fast settings for the test suite: same apps, cheaper hashing, no persistent connections."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production")

from newsroom.settings import *  # noqa: E402,F403
from newsroom.settings import DATABASES  # noqa: E402

DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES["default"]["CONN_MAX_AGE"] = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"handlers": [], "level": "WARNING"},
}
# The API's anonymous rate limit would trip over the suite's many requests; the
# throttling test sets its own rate.
NEWSROOM_API_ANON_RATE = None
