"""What every page's template may ask of the site's settings."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def login(request: HttpRequest) -> dict:
    """Whether the header offers signing in and out (only when a login is required)."""
    return {"login_required": settings.PARLEY_LOGIN_REQUIRED}
