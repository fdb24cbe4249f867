"""The dashboard in a real browser: charts drawn by our own plotly.js, filters through the
form, a click on the timeline, the CSV download."""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_overview_draws_its_charts_and_loads_nothing_from_other_hosts(page, live_server, talks):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page.goto(live_server.url + "/")
    page.wait_for_selector("[data-figure=chart-periods] .main-svg")
    periods = page.locator("[data-figure=chart-periods]")
    assert periods.locator(".bars path").count() > 0
    assert periods.locator(".legendtext").all_text_contents() == [
        "Meetings held", "Cancelled or postponed", "Sanctions",
    ]  # fmt: skip
    for chart in ("chart-stalling", "chart-matrix"):
        assert page.locator(f"[data-figure={chart}] .main-svg").count() > 0
    assert hosts == {urlparse(live_server.url).netloc}


def test_filtering_through_the_form_changes_url_table_facets_and_chart(page, live_server, talks):
    page.goto(live_server.url + "/events/")
    all_rows = page.locator("table.events tbody tr").count()
    page.get_by_label("Cancellation").check()
    actor_box = page.locator("#id_actor")  # the "add an actor" box
    actor_box.press_sequentially("pomp")  # suggestions come from /api/actors
    page.wait_for_selector('#id_actor-suggestions option[value="Mike Pompeo"]', state="attached")
    actor_box.fill("Mike Pompeo")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_selector("[data-figure=chart-periods] .main-svg")
    query = parse_qs(urlparse(page.url).query)
    assert query["type"] == ["cancellation"] and query["actor"] == ["mike-pompeo"]
    assert all_rows == 9
    summaries = page.locator("table.events tbody tr td:nth-child(4)").all_text_contents()
    assert summaries == ["Pompeo's meeting is called off", "Trump calls off Pompeo's trip"]
    assert (
        "where type is cancellation, Mike Pompeo takes part" in page.locator(".lede").inner_text()
    )
    type_facet = page.locator(".facets section", has_text="Type")
    assert "Cancellation" in type_facet.inner_text() and "Meeting" not in type_facet.inner_text()
    assert page.locator("[data-figure=chart-periods] .bars path").count() > 0


def test_a_facet_link_narrows_and_a_second_click_widens(page, live_server, talks):
    page.goto(live_server.url + "/events/")
    assert page.locator(".lede").inner_text() == "9 events."
    page.locator(".facets a", has_text="Sanction").first.click()
    assert parse_qs(urlparse(page.url).query)["type"] == ["sanction"]
    assert page.locator(".lede").inner_text() == "3 events where type is sanction."
    page.locator(".facets a.active", has_text="Sanction").click()
    assert "type" not in parse_qs(urlparse(page.url).query)
    assert page.locator(".lede").inner_text() == "9 events."


def test_clicking_a_timeline_point_opens_its_event_page(page, live_server, talks):
    page.goto(live_server.url + "/events/?type=sanction")
    page.wait_for_selector("[data-figure=chart-timeline] .scatterlayer .point")
    point = page.locator("[data-figure=chart-timeline] .scatterlayer .point").first
    with page.expect_navigation():
        point.click(force=True)
    sanctions = {talks[s].pk: s for s in ("Treasury sanctions two firms", "Sanctions return",
                                          "Treasury sanctions a shipping firm")}  # fmt: skip
    opened = int(urlparse(page.url).path.rstrip("/").split("/")[-1])
    assert urlparse(page.url).path == f"/events/{opened}/" and opened in sanctions
    assert page.locator("h1").inner_text() == sanctions[opened]
    assert page.locator("h2", has_text="Sources (").count() == 1


def test_the_csv_download_holds_exactly_the_filtered_rows(page, live_server, talks):
    page.goto(live_server.url + "/events/?type=cancellation")
    shown = page.locator("table.events tbody tr").count()
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    body = download.value.path().read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == shown == 4 and {row["type"] for row in rows} == {"cancellation"}
    assert sorted(int(row["id"]) for row in rows) == sorted(
        event.pk for event in talks.values() if event.event_type == "cancellation"
    )


def test_choosing_a_negotiation_redraws_the_overview_and_the_table_follows(
    page, live_server, talks
):
    page.goto(live_server.url + "/")
    page.wait_for_selector("[data-figure=chart-periods] .main-svg")
    assert page.locator("h1").inner_text().startswith("United States – North Korea")
    dprk_bars = page.locator("[data-figure=chart-periods] .bars path").count()
    page.locator("nav.negotiations a", has_text="United States – Iran").click()
    page.wait_for_selector("[data-figure=chart-periods] .main-svg")
    assert page.locator("h1").inner_text().startswith("United States – Iran")
    assert page.locator("[data-figure=chart-periods] .bars path").count() != dprk_bars
    page.locator("nav.negotiations a", has_text="United States – North Korea").click()
    page.get_by_role("link", name="All United States – North Korea events →").click()
    assert parse_qs(urlparse(page.url).query)["negotiation"] == ["us-dprk"]
    page.wait_for_selector("[data-figure=chart-periods] .main-svg")
    assert "negotiation is United States – North Korea" in page.locator(".lede").inner_text()
    facet = page.locator(".facets section", has_text="Negotiations")
    assert facet.locator("a.active").inner_text().startswith("✓ United States – North Korea")
