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


def log_in(page, live_server, path: str) -> None:
    User.objects.create_user("curator", password="a-long-passphrase", is_staff=True).groups.add(
        Group.objects.get(name="curators")
    )
    page.goto(live_server.url + path)
    page.get_by_label("Username").fill("curator")
    page.get_by_label("Password").fill("a-long-passphrase")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"**{path}")


def test_the_change_list_fits_a_1280_px_screen(page, live_server, talks):
    log_in(page, live_server, "/admin/dashboard/event/")
    assert page.locator("#result_list tbody tr").count() == len(talks)
    sizes = page.evaluate(
        """() => {
          const results = document.querySelector('#changelist .results');
          const date = document.querySelector('#result_list .field-date_display a');
          return {page: document.documentElement.scrollWidth, shown: results.clientWidth,
                  table: results.scrollWidth, date: date.getClientRects().length,
                  summary: document.querySelector('#result_list td.field-short_summary')
                    .getBoundingClientRect().width};
        }"""
    )
    # No scrolling sideways, in the page or in the table's box; a date is one line.
    assert sizes["page"] <= 1280 and sizes["table"] <= sizes["shown"]
    assert sizes["date"] == 1 and sizes["summary"] >= 250


def test_a_curator_merges_two_reports_and_drops_a_wrong_participant(page, live_server, talks):
    new_york = talks["Pompeo meets Kim Yong-chol in New York"]
    pyongyang = talks["Pompeo meets Kim Yong-chol in Pyongyang"]
    log_in(page, live_server, "/admin/dashboard/event/?event_type__exact=meeting")
    for event in (new_york, pyongyang):
        page.locator(f"input.action-select[value='{event.pk}']").check()
    page.locator("select[name=action]").select_option("merge_events")
    page.get_by_role("button", name="Go", exact=True).click()

    boxes = page.locator("input[name=participants]")
    assert boxes.count() == 4  # both actors of both events, every one ticked
    assert all(boxes.nth(n).is_checked() for n in range(4))
    wrong = page.get_by_label(f"Kim Yong-chol — participant (event {pyongyang.pk})")
    wrong.uncheck()
    page.locator(f"input[name=survivor][value='{pyongyang.pk}']").check()
    page.get_by_role("button", name="Merge").click()
    assert "Merged 1 event(s) into event" in page.locator(".messagelist").inner_text()

    survivor = Event.objects.get(pk=pyongyang.pk)
    assert Event.objects.get(pk=new_york.pk).merged_into_id == survivor.pk
    # Kim's participation came back from the New York report: the same actor and role once.
    assert sorted(survivor.participants.values_list("actor__name", "role")) == [
        ("Kim Yong-chol", "participant"), ("Mike Pompeo", "participant"),
    ]  # fmt: skip
    assert survivor.mentions.count() == 2  # every source kept


def test_after_a_split_the_message_links_to_the_new_event(page, live_server, talks):
    from tests.factories import make_article, make_mention

    event = talks["Trump calls off Pompeo's trip"]
    make_mention(event, make_article("Another outlet on another trip."))
    log_in(page, live_server, "/admin/dashboard/event/?event_type__exact=cancellation")
    page.locator(f"input.action-select[value='{event.pk}']").check()
    page.locator("select[name=action]").select_option("split_event")
    page.get_by_role("button", name="Go", exact=True).click()
    page.get_by_label("Another outlet on another trip.", exact=False).check()
    page.get_by_role("button", name="Split").click()
    page.locator(".messagelist a").click()
    new = Event.objects.exclude(pk__in=[e.pk for e in talks.values()]).get()
    page.wait_for_url(f"**/admin/dashboard/event/{new.pk}/change/")
    assert (new.review, new.edited) == ("auto", False)
    assert "Another outlet on another trip." in page.locator("#mentions-group").inner_text()
