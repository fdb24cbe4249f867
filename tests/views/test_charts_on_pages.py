"""The charts of the overview, the events table and an actor page, as the pages serve them:
the types filtered are the types drawn, each bar opens the table of exactly its events, the
overview counts per the period asked for, and the definitions stand beside the charts."""

from __future__ import annotations

import json
import re

import pytest

from dashboard import charts
from tests.factories import make_event
from tests.views.reading import get_counting_queries

pytestmark = pytest.mark.django_db


def figure(response, chart_id: str) -> dict:
    found = re.search(
        rf'<script id="{chart_id}" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    assert found, chart_id
    return json.loads(found.group(1))


def drawn(fig: dict) -> dict[str, dict[str, int]]:
    """{trace name: {x label: y}} of the bars drawn (zeros left out)."""
    return {t["name"]: {x: y for x, y in zip(t["x"], t["y"], strict=True) if y}
            for t in fig["data"]}  # fmt: skip


def targets(fig: dict) -> list[tuple[str, int, str]]:
    """(trace name, bar height, click target) of every bar that is not empty."""
    return [
        (t["name"], y, target[0])
        for t in fig["data"]
        for y, target in zip(t["y"], t["customdata"], strict=True)
        if y
    ]


@pytest.fixture
def mixed(pompeo, kim) -> None:
    """Statements, meetings and a cancellation in 2018, some dated only to a month or a
    year, one of them with an inferred date; one meeting that did not occur."""
    for day in ("2018-06-04", "2018-06-05", "2018-06-20", "2018-07-02"):
        make_event("statement", day, actors=[pompeo], negotiation="us-dprk")
    make_event("statement", "2018-06", actors=[pompeo], negotiation="us-dprk")
    make_event("statement", "2018", actors=[kim], negotiation="us-dprk", date_inferred=True)
    make_event("meeting", "2018-06-12", actors=[pompeo, kim], negotiation="us-dprk")
    make_event("meeting", "2018-06-14", status="did_not_occur", actors=[pompeo, kim],
               negotiation="us-dprk")  # fmt: skip
    make_event("cancellation", "2018-07-10", actors=[pompeo], negotiation="us-dprk")


def test_filtering_to_statements_draws_the_statements(client, mixed):
    response = client.get("/events/", {"type": "statement"})
    periods = figure(response, "chart-periods")
    assert drawn(periods) == {"Statement": {"2018-06": 4, "2018-07": 1}}
    assert "annotations" not in periods["layout"]
    assert "by type" in periods["layout"]["title"]["text"]
    assert "Not drawn per month (their month is unknown): 1 event dated only to a year." in (
        response.content.decode()
    )


def test_a_type_has_one_colour_whatever_the_filter(client, mixed):
    colours = []
    for types in (["statement"], ["meeting", "statement", "cancellation"]):
        fig = figure(client.get("/events/", {"type": types}), "chart-periods")
        colours.append(next(t for t in fig["data"] if t["name"] == "Statement")["marker"]["color"])
        timeline = figure(client.get("/events/", {"type": types}), "chart-timeline")
        dots = next(t for t in timeline["data"] if t["name"] == "Statement" and t["x"] != [None])
        colours.append(dots["marker"]["color"])
    assert set(colours) == {charts.TYPE_STYLES["statement"].colour}


def test_each_bar_of_the_events_chart_opens_the_table_of_exactly_its_events(client, mixed):
    for query in ({}, {"date_after": "2018-06-10"}, {"type": ["statement", "meeting"]}):
        response = client.get("/events/", query)
        fig = figure(response, "chart-periods")
        found = targets(fig)
        assert found
        for name, height, target in found:
            assert "type=" in target and "date_after=" in target and "date_before=" in target
            page = client.get(target)
            assert page.context["page"].paginator.count == height, (name, target)
            assert {e.get_event_type_display() for e in page.context["page"].object_list} == {name}


def test_a_weekly_bar_opens_only_the_events_dated_to_the_day(client, mixed):
    response = client.get("/events/", {"date_after": "2018-06-01", "date_before": "2018-07-31"})
    fig = figure(response, "chart-periods")
    assert fig["layout"]["xaxis"]["title"]["text"] == "Week"
    _, height, target = next(t for t in targets(fig) if t[0] == "Statement")
    assert "precision=day" in target and "precision=month" not in target
    assert (height, client.get(target).context["page"].paginator.count) == (2, 2)
    assert "1 event dated only to a month" in fig["note"]


def test_the_overview_bars_open_the_events_of_their_series(client, mixed):
    fig = figure(client.get("/", {"unit": "month"}), "chart-periods")
    cancelled = [t for t in targets(fig) if t[0] == "Cancelled or postponed"]
    # June: the meeting that did not occur; July: the cancellation
    assert [height for _, height, _ in cancelled] == [1, 1]
    for _, height, target in cancelled:
        assert "series=cancellations" in target and "negotiation=us-dprk" in target
        page = client.get(target)
        assert page.context["page"].paginator.count == height
        assert "counted as cancelled or postponed" in page.content.decode()


@pytest.mark.parametrize(
    ("unit", "labels"),
    [("week", ["2018-06-11", "2018-06-18"]), ("month", ["2018-06", "2018-07"]),
     ("quarter", ["2018 Q2", "2018 Q3"]), ("year", ["2018"])],
)  # fmt: skip
def test_the_overview_counts_per_the_period_asked_for(client, mixed, unit, labels):
    response = client.get("/", {"unit": unit})
    fig = figure(response, "chart-periods")
    assert fig["data"][0]["x"][: len(labels)] == labels
    assert f"per {unit}" in fig["layout"]["title"]["text"]
    assert f'<a href="?negotiation=us-dprk&amp;unit={unit}" aria-current="true"' in (
        response.content.decode()
    )
    assert (
        figure(response, "chart-stalling")["layout"]["xaxis"]["title"]["text"]
        == (charts.UNIT_LABELS[unit])
    )


def test_the_overview_picks_a_period_by_default_and_refuses_an_unknown_one(client, mixed):
    fig = figure(client.get("/"), "chart-periods")
    # the span runs from the year-dated statement (2018-01-01) to July: months
    assert fig["layout"]["xaxis"]["title"]["text"] == "Month"
    assert client.get("/", {"unit": "fortnight"}).status_code == 400


def test_each_period_of_the_overview_is_cached_apart_and_costs_no_more_queries(
    client, mixed, computed
):
    _, cold = get_counting_queries(client, "/?unit=year")
    _, other = get_counting_queries(client, "/?unit=month")
    assert computed.count("overview") == 2
    _, warm = get_counting_queries(client, "/?unit=year")
    assert computed.count("overview") == 2
    # Computed: the negotiations (cached after the first page), the headline counts (3),
    # the period rows (one GROUP BY for both charts: no date span, the unit is given), who
    # met whom (the pairs, each actor's meetings: 2); then the page's own reads (latest
    # events, their actors, the session's user...).
    assert (cold, other, warm) == (12, 10, 4)


def test_the_definitions_stand_beside_the_charts(client, mixed):
    overview = client.get("/").content.decode()
    assert "<dt>Cancelled or postponed" in overview and "“did not occur”" in overview
    table = client.get("/events/").content.decode()
    assert "<dt>Cancelled (status)</dt>" in table


def test_event_types_are_shown_as_badges_in_their_chart_colours(client, mixed):
    html = client.get("/events/", {"type": "statement"}).content.decode()
    colour = charts.TYPE_STYLES["statement"].colour
    assert (
        f'<span class="type-badge" data-type="statement"><span class="swatch swatch-solid" '
        f'style="--type-colour: {colour}" aria-hidden="true"></span>Statement</span>'
    ) in html
    assert 'class="type-key"' in html and 'data-type="military_exercise"' in html


def test_the_actor_chart_counts_every_type_and_opens_the_actors_table(client, mixed, pompeo):
    response = client.get(f"/actors/{pompeo.slug}/")
    fig = figure(response, "chart-actor")
    assert drawn(fig)["Statement"] == {"2018-06": 4, "2018-07": 1}
    for name, height, target in targets(fig):
        assert f"actor={pompeo.slug}" in target
        assert client.get(target).context["page"].paginator.count == height, name


def test_the_events_page_offers_the_overviews_periods_and_keeps_its_filter(client, mixed):
    response = client.get("/events/", {"type": "statement", "unit": "year"})
    periods = figure(response, "chart-periods")
    assert periods["layout"]["xaxis"]["title"]["text"] == "Year"
    # per year the year-dated statement has its period too: all six are drawn
    assert drawn(periods) == {"Statement": {"2018": 6}}
    html = response.content.decode()
    for unit in charts.UNITS:  # each choice keeps the filter and swaps the unit
        assert f'href="?type=statement&amp;unit={unit}"' in html
    assert '<input type="hidden" name="unit" value="year">' in html  # the form keeps it
    by_week = figure(client.get("/events/", {"type": "statement", "unit": "week"}), "chart-periods")
    assert by_week["layout"]["xaxis"]["title"]["text"] == "Week"
    assert client.get("/events/", {"unit": "fortnight"}).status_code == 400
