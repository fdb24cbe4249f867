"""PARLEY_LOGIN_REQUIRED=1 makes the dashboard and its API private; by default they are open."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse

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
