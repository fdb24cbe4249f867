"""PARLEY_LOGIN_REQUIRED: readers with any account sign in at /accounts/login/; the admin keeps
its own login, for staff; with the setting off nothing needs a login."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.factories import make_event

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-passphrase"


@pytest.fixture
def reader() -> User:
    return User.objects.create_user("reader", password=PASSWORD)  # not staff


@pytest.fixture
def login_required(settings) -> None:
    settings.PARLEY_LOGIN_REQUIRED = True


def _csrf_token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_with_the_setting_off_nothing_needs_a_login(client, pompeo):
    for url in ["/", "/events/", "/events.csv", "/api/events", "/actors/mike-pompeo/"]:
        assert client.get(url).status_code == 200, url
    html = client.get("/").content.decode()
    assert "Sign in" not in html and "Signed in as" not in html


def test_anonymous_readers_are_sent_to_the_login_page_and_programs_get_401(client, login_required):
    response = client.get("/events/", {"type": "meeting"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/events/%3Ftype%3Dmeeting"
    assert client.get("/events.csv")["Location"] == "/accounts/login/?next=/events.csv"
    for url in ["/api/events", "/api/actors", "/api/articles?outlet=The+Hill"]:
        api = client.get(url)
        assert api.status_code == 401 and api.json() == {"error": "login required"}, url


def test_the_login_page_and_static_files_stay_open(client, login_required):
    page = client.get("/accounts/login/", {"next": "/events/"})
    html = page.content.decode()
    assert page.status_code == 200
    assert '<input type="hidden" name="next" value="/events/">' in html
    assert 'name="username"' in html and 'name="password"' in html
    assert 'href="/accounts/login/">Sign in</a>' in html
    assert client.get("/static/css/parley.css").status_code == 200
    assert client.get("/favicon.ico").status_code == 301


def test_a_reader_who_is_not_staff_signs_in_and_reads_the_dashboard_and_api(reader, login_required):
    meeting = make_event("meeting", "2018-07-06")
    browser = Client(enforce_csrf_checks=True)
    form = browser.get("/accounts/login/", {"next": "/api/events"}).content.decode()
    response = browser.post(
        "/accounts/login/",
        {"username": "reader", "password": PASSWORD, "next": "/api/events",
         "csrfmiddlewaretoken": _csrf_token(form)},
    )  # fmt: skip
    assert response.status_code == 302 and response["Location"] == "/api/events"
    assert [e["id"] for e in browser.get("/api/events").json()["events"]] == [meeting.pk]
    overview = browser.get("/")
    assert overview.status_code == 200
    assert "Signed in as reader" in overview.content.decode()
    assert browser.get("/events/", {"type": "meeting"}).status_code == 200


def test_a_wrong_password_is_refused_on_the_page(client, reader, login_required):
    response = client.post("/accounts/login/", {"username": "reader", "password": "wrong"})
    assert response.status_code == 200
    assert "Please enter a correct username and password." in response.content.decode()
    assert client.get("/").status_code == 302


def test_signing_out_takes_a_post_and_ends_the_session(client, reader, login_required):
    client.force_login(reader)
    assert client.get("/").status_code == 200
    assert client.get("/accounts/logout/").status_code == 405  # a link cannot sign one out
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert client.get("/").status_code == 302


def test_the_admin_keeps_its_own_login_for_staff(client, reader, login_required):
    response = client.get("/admin/dashboard/event/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")
    client.force_login(reader)  # a reader, signed in, is still no curator
    response = client.get("/admin/dashboard/event/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
