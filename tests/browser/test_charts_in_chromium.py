"""The charts in a real browser: a bar opens the table of its period and type, the overview's
period switch redraws its charts, and a type looks the same in the chart and in the table."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def bar(page, chart: str, name: str, label: str):
    """The bar of trace `name` at x `label` of a drawn chart, and its height."""
    trace, index, height = page.evaluate(
        """([chart, name, label]) => {
            const plot = document.querySelector(`[data-figure=${chart}]`);
            const t = plot.data.findIndex((trace) => trace.name === name);
            const i = plot.data[t].x.indexOf(label);
            return [t, i, plot.data[t].y[i]];
        }""",
        [chart, name, label],
    )
    traces = page.locator(f"[data-figure={chart}] .barlayer .trace")
    return traces.nth(trace).locator(".point").nth(index), height


def test_clicking_a_bar_opens_the_table_of_that_period_and_type(page, live_server, talks):
    page.goto(live_server.url + "/events/?negotiation=us-dprk&type=sanction&type=cancellation")
    page.wait_for_selector("[data-figure=chart-periods] .barlayer .point", state="attached")
    # 22 August to 7 November: per week, weeks starting on Monday
    target, height = bar(page, "chart-periods", "Sanction", "2018-08-20")
    assert height == 1
    with page.expect_navigation():
        target.click(force=True)
    query = parse_qs(urlparse(page.url).query)
    assert query["type"] == ["sanction"] and query["negotiation"] == ["us-dprk"]
    assert (query["date_after"], query["date_before"]) == (["2018-08-20"], ["2018-08-26"])
    assert query["precision"] == ["day"]  # what a week's bar counts
    rows = page.locator("table.events tbody tr td:nth-child(4)").all_text_contents()
    assert rows == ["Treasury sanctions a shipping firm"]


def test_the_overview_switches_period_and_its_bars_open_their_series(page, live_server, talks):
    page.goto(live_server.url + "/")
    page.wait_for_selector("[data-figure=chart-periods] .main-svg")
    ticks = page.locator("[data-figure=chart-periods] .xtick text")
    assert "2018-06" in ticks.all_text_contents()  # six months of events: per month
    page.locator("nav.units a", has_text="quarter").click()
    page.wait_for_selector("[data-figure=chart-periods] .main-svg")
    assert parse_qs(urlparse(page.url).query)["unit"] == ["quarter"]
    assert ticks.all_text_contents() == ["2018 Q2", "2018 Q3", "2018 Q4"]
    assert page.locator("nav.units a[aria-current]").inner_text() == "quarter"
    stalling = page.locator("[data-figure=chart-stalling] .xtick text").all_text_contents()
    assert stalling == ["2018 Q2", "2018 Q3", "2018 Q4"]
    page.locator("nav.units a", has_text="year").click()
    page.wait_for_selector("[data-figure=chart-periods] .main-svg")
    assert ticks.all_text_contents() == ["2018"]
    target, height = bar(page, "chart-periods", "Cancelled or postponed", "2018")
    with page.expect_navigation():
        target.click(force=True)
    query = parse_qs(urlparse(page.url).query)
    assert query["series"] == ["cancellations"] and query["date_after"] == ["2018-01-01"]
    assert page.locator("table.events tbody tr").count() == height == 3


def test_a_type_has_the_same_colour_in_the_chart_the_badge_and_the_key(page, live_server, talks):
    page.goto(live_server.url + "/events/")
    page.wait_for_selector("[data-figure=chart-periods] .barlayer .point", state="attached")
    target, _ = bar(page, "chart-periods", "Sanction", "2018-09")
    in_chart = target.locator("path").evaluate("p => getComputedStyle(p).fill")
    badge = page.locator("table.events .type-badge[data-type=sanction] .swatch").first
    in_table = badge.evaluate("s => getComputedStyle(s).backgroundColor")
    assert in_chart == in_table == "rgb(0, 158, 115)"  # Okabe-Ito's bluish green
    meeting = page.locator(".type-key .type-badge[data-type=meeting] .swatch")
    assert meeting.evaluate("s => getComputedStyle(s).backgroundColor") == "rgb(0, 114, 178)"
    legend = page.locator("[data-figure=chart-timeline] .legendtext").all_text_contents()
    assert "Hollow: date inferred, not stated" in legend
