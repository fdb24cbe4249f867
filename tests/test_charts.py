"""The figures are pure functions of aggregated rows: tables of rows in, figure dicts out."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import charts
from dashboard.places import Place, PlaceCount

D = dt.date


@pytest.mark.parametrize(
    "first,last,unit",
    [
        (None, None, "month"),
        (D(2018, 6, 1), D(2018, 7, 15), "week"),
        (D(2018, 1, 1), D(2019, 12, 31), "month"),
        (D(2015, 1, 1), D(2019, 12, 31), "quarter"),
    ],
)
def test_the_period_follows_the_range(first, last, unit):
    assert charts.choose_unit(first, last) == unit


def test_no_rows_draws_empty_axes_with_a_message():
    figure = charts.period_figure([], "month", "Per month")
    assert all(trace["x"] == [] for trace in figure["data"])
    assert figure["layout"]["annotations"][0]["text"] == "No dated events match"


def test_one_row_draws_one_bar_with_whole_number_ticks():
    rows = [{"period": D(2018, 6, 1), "group": "meetings", "n": 1}]
    figure = charts.period_figure(rows, "month", "Per month")
    meetings = next(t for t in figure["data"] if t["name"] == "Meetings held")
    assert meetings["x"] == ["2018-06"] and meetings["y"] == [1]
    assert figure["layout"]["yaxis"]["dtick"] == 1


def test_gaps_between_periods_are_shown_as_zero():
    rows = [
        {"period": D(2018, 1, 1), "group": "sanctions", "n": 2},
        {"period": D(2018, 7, 1), "group": "sanctions", "n": 1},
    ]
    figure = charts.period_figure(rows, "quarter", "Per quarter")
    sanctions = next(t for t in figure["data"] if t["name"] == "Sanctions")
    assert sanctions["x"] == ["2018 Q1", "2018 Q2", "2018 Q3"] and sanctions["y"] == [2, 0, 1]


def test_the_timeline_links_each_point_to_its_event():
    points = [
        {"id": 7, "date": D(2018, 8, 24), "date_precision": "day", "event_type": "cancellation",
         "status": "occurred", "summary": "Trump cancels the trip", "sources": 3},
        {"id": 9, "date": D(2018, 11, 8), "date_precision": "day", "event_type": "meeting",
         "status": "cancelled", "summary": "Meeting of Pompeo and Kim Yong-chol", "sources": 1},
    ]  # fmt: skip
    figure = charts.timeline_figure(points, lambda pk: f"/events/{pk}/")
    urls = [row[0] for trace in figure["data"] for row in trace["customdata"]]
    assert sorted(urls) == ["/events/7/", "/events/9/"]
    meeting = next(t for t in figure["data"] if t["name"] == "Meeting")
    assert meeting["marker"]["symbol"] == ["circle-open"]  # not held


def _pair(a: str, b: str, meetings: int) -> dict:
    return {"a_name": a, "a_slug": a.lower().replace(" ", "-"), "b_name": b,
            "b_slug": b.lower().replace(" ", "-"), "meetings": meetings,
            "first": D(2018, 6, 1), "last": D(2019, 2, 28)}  # fmt: skip


def test_the_matrix_is_symmetric_and_links_each_cell_to_its_pair():
    pairs = [_pair("Kim Jong-un", "Mike Pompeo", 4), _pair("Donald Trump", "Kim Jong-un", 3)]
    totals = {"Kim Jong-un": 6, "Mike Pompeo": 4, "Donald Trump": 3}
    figure = charts.meeting_matrix_figure(
        pairs, totals, lambda a, b: f"/events/?actor={a}&actor={b}"
    )
    heatmap = figure["data"][0]
    assert heatmap["type"] == "heatmap"
    # Most meetings first, the total in brackets; the same order down and across.
    assert heatmap["y"] == ["Kim Jong-un (6)", "Mike Pompeo (4)", "Donald Trump (3)"]
    assert heatmap["x"] == heatmap["y"]
    assert heatmap["z"] == [[None, 4, 3], [4, None, None], [3, None, None]]
    assert heatmap["customdata"][2][0] == ["/events/?actor=donald-trump&actor=kim-jong-un"]
    assert heatmap["customdata"][0][2] == heatmap["customdata"][2][0]
    assert "%{z} meeting(s)" in heatmap["hovertemplate"] and heatmap["texttemplate"] == "%{z}"


def test_the_matrix_keeps_only_the_actors_with_the_most_meetings():
    names = [f"Person {i:02}" for i in range(charts.MATRIX_ACTORS + 5)]
    pairs = [_pair(names[0], name, 1) for name in names[1:]]
    totals = {name: 1 for name in names} | {names[0]: len(names) - 1}
    figure = charts.meeting_matrix_figure(pairs, totals, lambda a, b: "/")
    shown = figure["data"][0]["y"]
    assert len(shown) == charts.MATRIX_ACTORS and shown[0] == f"{names[0]} ({len(names) - 1})"
    # Ties are broken by name, so the same data always draws the same matrix.
    assert shown[1:] == [f"{name} (1)" for name in names[1 : charts.MATRIX_ACTORS]]


def test_the_matrix_with_nobody_says_so():
    figure = charts.meeting_matrix_figure([], {}, lambda a, b: "/")
    assert figure["data"] == []
    assert "No meetings" in figure["layout"]["annotations"][0]["text"]


def test_the_map_puts_each_place_at_its_coordinates_with_its_count_and_link():
    counts = [PlaceCount(Place("Singapore", 1.35, 103.82, ("Singapore",)), 4),
              PlaceCount(Place("Hanoi", 21.03, 105.83, ("Hanoi",)), 1)]  # fmt: skip
    figure = charts.map_figure(counts, lambda name: f"/events/?location={name}")
    points = figure["data"][0]
    assert points["type"] == "scattergeo"
    assert (points["lat"], points["lon"]) == ([1.35, 21.03], [103.82, 105.83])
    assert points["text"] == ["Singapore", "Hanoi"]
    assert points["customdata"] == [
        ["/events/?location=Singapore", 4],
        ["/events/?location=Hanoi", 1],
    ]
    assert points["marker"]["size"][0] > points["marker"]["size"][1]
    assert points["hovertemplate"].startswith("%{text}: %{customdata[1]} event(s)")
    geo = figure["layout"]["geo"]
    assert geo["scope"] == "world" and geo["resolution"] == 50  # the files fetch_map_data writes
    assert geo["fitbounds"] == "locations" and "height" not in figure["layout"]  # the page's
    views = figure["layout"]["updatemenus"][0]["buttons"]
    assert [v["label"] for v in views] == ["All places", "Korean peninsula", "East Asia"]
    korea = views[1]["args"][0]
    assert korea["geo.fitbounds"] is False and 38 < korea["geo.center.lat"] < 40


def test_the_map_with_no_place_says_so():
    figure = charts.map_figure([], lambda name: "/")
    assert (
        figure["data"] == []
        and "No event of a known place" in figure["layout"]["annotations"][0]["text"]
    )


def test_the_palette_is_okabe_ito():
    okabe_ito = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"}
    assert set(charts.PALETTE) <= okabe_ito and set(charts.COLOURS.values()) <= okabe_ito
