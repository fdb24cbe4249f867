"""Site-wide request handling: an optional login wall, the Content-Security-Policy header, a
fresh read of the data version (dashboard/caching.py) for every request, and on SQLite a
turn for requests that write before a running load's next transaction (dashboard/locking.py).

PARLEY_LOGIN_REQUIRED=1 makes the dashboard and its API private; by default they are open.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import middleware as auth_middleware
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse

from . import caching
from .locking import interactive_write

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class LoginRequiredMiddleware(auth_middleware.LoginRequiredMiddleware):
    """Django's login wall (views marked `login_not_required` stay open), switched on by
    PARLEY_LOGIN_REQUIRED. Readers sign in at settings.LOGIN_URL, any active account will do;
    the API answers 401 with JSON instead of redirecting a program to a form. The admin is
    left to its own login, which admits staff only."""

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if not settings.PARLEY_LOGIN_REQUIRED or request.path.startswith(reverse("admin:index")):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)

    def handle_no_permission(self, request: HttpRequest, view_func) -> HttpResponse:
        if request.path.startswith("/api/"):
            return JsonResponse({"error": "login required"}, status=401)
        return super().handle_no_permission(request, view_func)


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
