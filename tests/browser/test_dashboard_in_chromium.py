"""The dashboard in a real browser: charts drawn by our own plotly.js, filters through the form."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_overview_draws_the_chart_and_loads_nothing_from_other_hosts(page, live_server):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page.goto(live_server.url + "/")
    page.wait_for_selector("#main .plot .main-svg")
    assert page.locator("#main .plot .bars path").count() > 0
    assert page.locator("#main .plot .legendtext").all_text_contents() == [
        "Meetings held", "Cancelled or postponed", "Sanctions",
    ]  # fmt: skip
    assert hosts == {urlparse(live_server.url).netloc}


def test_filtering_by_type_through_the_form_changes_url_table_and_chart(page, live_server):
    page.goto(live_server.url + "/events/")
    all_rows = page.locator("table.events tbody tr").count()
    page.get_by_label("Cancellation").check()
    page.get_by_role("button", name="Filter").click()
    page.wait_for_selector("#main .plot .main-svg")
    assert parse_qs(urlparse(page.url).query)["type"] == ["cancellation"]
    types = page.locator("table.events tbody tr td:nth-child(2)").all_text_contents()
    assert types and set(types) == {"Cancellation"} and len(types) < all_rows
    assert "where type is cancellation" in page.locator(".lede").text_content()
    assert page.locator("#main .plot .bars path").count() > 0
