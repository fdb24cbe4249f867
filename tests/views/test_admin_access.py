"""Who may use the admin: staff in the curators group curate (but manage no users), other
staff and anonymous visitors are turned away; signing in takes a CSRF token."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from dashboard.models import ActorRole, Event
from tests.factories import make_event, make_mention

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_the_admins_login(client):
    response = client.get("/admin/dashboard/event/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/dashboard/event/"


def test_signing_in_needs_a_csrf_token():
    anonymous = Client(enforce_csrf_checks=True)
    User.objects.create_superuser("admin", password="a-long-passphrase")
    forged = anonymous.post("/admin/login/", {"username": "admin", "password": "a-long-passphrase"})
    assert forged.status_code == 403  # no CSRF token: refused, not logged in
    assert "_auth_user_id" not in anonymous.session


def test_curators_may_curate_but_not_manage_users(curator):
    assert curator.get("/admin/dashboard/event/").status_code == 200
    assert curator.get("/admin/dashboard/actor/").status_code == 200
    assert curator.get("/admin/dashboard/article/add/").status_code == 200
    assert curator.get("/admin/auth/user/").status_code == 403


def test_staff_outside_the_curators_group_may_not_curate(client):
    outsider = User.objects.create_user("outsider", password="a-long-passphrase", is_staff=True)
    client.force_login(outsider)
    assert client.get("/admin/dashboard/event/").status_code == 403
    event = make_event()
    response = client.post(
        "/admin/dashboard/event/", {"action": "mark_verified", "_selected_action": [event.pk]}
    )
    assert response.status_code == 403 and Event.objects.get(pk=event.pk).review == "auto"


@pytest.mark.parametrize(
    ("model", "shown"),
    [
        ("event", "Pompeo meets Kim Yong-chol"),
        ("actor", "Kim Yong-chol"),
        ("article", "Pompeo in Pyongyang"),
        ("participant", "Mike Pompeo (participant)"),
        ("mention", "Mike Pompeo met Kim Yong-chol in Pyongyang."),
        ("actorrole", "Secretary of State"),
        ("negotiation", "United States – North Korea"),
    ],
)
def test_a_superuser_lists_every_model(admin_client, pompeo, kim, story, model, shown):
    event = make_event(
        "meeting", "2018-07-06", actors=[pompeo], summary="Pompeo meets Kim Yong-chol"
    )
    make_mention(event, story, "Mike Pompeo met Kim Yong-chol in Pyongyang.")
    ActorRole.objects.create(actor=pompeo, title="Secretary of State")
    response = admin_client.get(f"/admin/dashboard/{model}/")
    assert response.status_code == 200
    assert shown in response.content.decode()
