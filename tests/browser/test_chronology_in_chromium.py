"""The chronology in Chromium: reached from the filtered events table, and printed (print
media) as its lines alone, as the events table is printed as its rows alone."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_tables_link_opens_the_chronology_of_its_filter(page, live_server, talks):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page.goto(live_server.url + "/events/?type=cancellation&negotiation=us-dprk")
    with page.expect_navigation():
        page.get_by_role("link", name="Chronology of these events").click()
    assert urlparse(page.url).path == "/chronology/"
    assert parse_qs(urlparse(page.url).query) == {
        "type": ["cancellation"],
        "negotiation": ["us-dprk"],
    }
    whens = page.locator("ol.chronology .when").all_inner_texts()
    assert whens == ["2018-08-24", "2018-10-01", "2018-11-07"]  # oldest first
    assert hosts == {urlparse(live_server.url).netloc}


def test_printing_the_chronology_prints_its_lines_not_the_navigation(page, live_server, talks):
    page.goto(live_server.url + "/chronology/?negotiation=us-dprk")
    hidden_in_print = ["header.site", "footer.site", ".chronology-tools"]
    for selector in hidden_in_print:
        assert page.locator(selector).is_visible(), selector  # on screen they are there
    page.emulate_media(media="print")
    for selector in hidden_in_print:
        assert page.locator(selector).is_hidden(), selector
    lines = page.locator("ol.chronology > li")
    assert lines.count() == 7 and lines.first.is_visible() and lines.last.is_visible()
    assert page.locator("h1").inner_text() == "Chronology"


def test_printing_the_events_table_leaves_out_filters_facets_and_charts(page, live_server, talks):
    page.goto(live_server.url + "/events/?negotiation=us-dprk")
    page.wait_for_selector("[data-figure=chart-timeline] .main-svg")
    hidden_in_print = ["header.site", "form.filters", ".facets", ".chart", "p.exports"]
    for selector in hidden_in_print:
        assert page.locator(selector).first.is_visible(), selector
    page.emulate_media(media="print")
    for selector in hidden_in_print:
        assert page.locator(selector).first.is_hidden(), selector
    table = page.locator("table.events")
    assert table.is_visible() and page.locator("table.events tbody tr").count() == 7
    # The table takes the page's width, no longer beside an empty column.
    assert table.bounding_box()["x"] < 60


def test_printing_the_overview_keeps_its_charts(page, live_server, talks):
    """Only the events table's charts give way to its rows; the overview is its charts."""
    page.goto(live_server.url + "/")
    page.wait_for_selector("[data-figure=chart-periods] .main-svg")
    page.emulate_media(media="print")
    assert page.locator(".chart").first.is_visible()
    assert page.locator("header.site").is_hidden()
