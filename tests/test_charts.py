"""The figures are pure functions of aggregated rows: tables of rows in, figure dicts out."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import charts

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


def test_the_network_weights_lines_by_shared_meetings():
    pairs = [("Kim Jong-un", "Mike Pompeo", 4), ("Donald Trump", "Kim Jong-un", 1)]
    figure = charts.network_figure(pairs)
    widths = [t["line"]["width"] for t in figure["data"] if t["mode"] == "lines"]
    assert widths[0] > widths[1]
    nodes = figure["data"][-1]
    assert sorted(nodes["text"]) == ["Donald Trump", "Kim Jong-un", "Mike Pompeo"]


def test_the_network_with_nobody_says_so():
    figure = charts.network_figure([])
    assert "No meetings" in figure["layout"]["annotations"][0]["text"]


def test_the_palette_is_okabe_ito():
    okabe_ito = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"}
    assert set(charts.PALETTE) <= okabe_ito and set(charts.COLOURS.values()) <= okabe_ito
