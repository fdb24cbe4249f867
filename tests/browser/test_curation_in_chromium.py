"""A curator reviews and verifies an event in the admin, in a real browser."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User

from dashboard.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_curator_logs_in_and_verifies_an_event_that_needs_review(page, live_server, talks):
    user = User.objects.create_user("curator", password="a-long-passphrase", is_staff=True)
    user.groups.add(Group.objects.get(name="curators"))
    queued = Event.objects.needs_review().count()
    assert queued == len(talks)  # one source or none each

    page.goto(live_server.url + "/admin/dashboard/event/?needs_review=yes")
    page.get_by_label("Username").fill("curator")
    page.get_by_label("Password").fill("a-long-passphrase")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**needs_review=yes**")
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == queued

    first = rows.first
    event_id = int(first.locator("input.action-select").get_attribute("value"))
    first.locator("input.action-select").check()
    page.locator("select[name=action]").select_option("mark_verified")
    page.get_by_role("button", name="Go", exact=True).click()
    assert "1 marked verified." in page.locator(".messagelist").inner_text()
    assert Event.objects.get(pk=event_id).review == "verified"
    assert page.locator("#result_list tbody tr").count() == queued - 1  # off the queue

    page.goto(f"{live_server.url}/admin/dashboard/event/{event_id}/history/")
    assert "Marked verified." in page.locator("#change-history").inner_text()
