"""Site-wide request handling: an optional login wall, the Content-Security-Policy header, a
fresh read of the data version (dashboard/caching.py) for every request, and on SQLite a
turn for requests that write before a running load's next transaction (dashboard/locking.py).

PARLEY_LOGIN_REQUIRED=1 makes the dashboard and its API private; by default they are open.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse

from . import caching
from .locking import interactive_write

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

OPEN_PATHS = ("/admin/", "/static/")


class LoginRequiredMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.PARLEY_LOGIN_REQUIRED
            and not request.user.is_authenticated
            and not request.path.startswith(OPEN_PATHS)
        ):
            if request.path.startswith("/api/"):
                return JsonResponse({"error": "login required"}, status=401)
            return redirect_to_login(request.get_full_path(), "/admin/login/")
        return self.get_response(request)


class ContentSecurityPolicyMiddleware:
    """Send settings.PARLEY_CONTENT_SECURITY_POLICY unless a view set its own policy.

    With no inline script allowed, markup that slipped into a page still cannot run.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = settings.PARLEY_CONTENT_SECURITY_POLICY
        if policy:
            response.headers.setdefault("Content-Security-Policy", policy)
        return response


class DataVersionMiddleware:
    """Each request reads the data version anew (once), whatever its thread served before."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        caching.start_request()
        try:
            return self.get_response(request)
        finally:
            caching.start_request()


class WritersFirstMiddleware:
    """A request that may write (a curator's save) goes before a running load's next
    transaction on SQLite, instead of waiting for the whole load (see locking.py)."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        with interactive_write():
            return self.get_response(request)
