"""Test settings: the project's settings with a throwaway key and plain static storage."""

from __future__ import annotations

import os

os.environ.setdefault("SECRET_KEY", "insecure-key-for-the-test-suite-only")
# The test client and the live server speak plain HTTP; tests/test_settings.py checks the
# HTTPS settings of a production start.
os.environ.setdefault("HTTPS", "0")

from parley.settings import *  # noqa: F403

# collectstatic is not run for tests; serve files straight from the finders.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Serve static files from the finders, as `runserver` does, so pages load plotly.js in tests.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
