"""The figures are pure functions of aggregated rows: tables of rows in, figure dicts out."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import charts
from dashboard.extraction.ontology import EVENT_TYPES
from dashboard.places import Place, PlaceCount

D = dt.date
OKABE_ITO = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"}


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
    rows = [{"period": D(2018, 6, 1), "group": "meetings", "coarse": "", "n": 1}]
    figure = charts.period_figure(rows, "month", "Per month")
    meetings = next(t for t in figure["data"] if t["name"] == "Meetings held")
    assert meetings["x"] == ["2018-06"] and meetings["y"] == [1]
    assert figure["layout"]["yaxis"]["dtick"] == 1


def test_gaps_between_periods_are_shown_as_zero():
    rows = [
        {"period": D(2018, 1, 1), "group": "sanctions", "coarse": "", "n": 2},
        {"period": D(2018, 7, 1), "group": "sanctions", "coarse": "", "n": 1},
    ]
    figure = charts.period_figure(rows, "quarter", "Per quarter")
    sanctions = next(t for t in figure["data"] if t["name"] == "Sanctions")
    assert sanctions["x"] == ["2018 Q1", "2018 Q2", "2018 Q3"] and sanctions["y"] == [2, 0, 1]


def point(pk: int, day: dt.date, event_type: str = "meeting", **given) -> dict:
    row = {"id": pk, "date": day, "date_precision": "day", "date_inferred": False,
           "end_date": None, "event_type": event_type, "status": "occurred",
           "summary": f"Event {pk}", "sources": 1}  # fmt: skip
    return {**row, **given}


def markers(figure: dict, name: str) -> dict:
    return next(t for t in figure["data"] if t["name"] == name and t["mode"] == "markers")


def test_the_timeline_links_each_point_to_its_event():
    points = [
        point(7, D(2018, 8, 24), "cancellation"),
        point(9, D(2018, 11, 8), status="cancelled"),
    ]
    figure = charts.timeline_figure(points, lambda pk: f"/events/{pk}/")
    urls = [row[0] for trace in figure["data"] for row in trace.get("customdata", [])]
    assert sorted(urls) == ["/events/7/", "/events/9/"]
    assert markers(figure, "Meeting")["marker"]["symbol"] == ["x"]  # not held


def test_the_timeline_marks_status_and_inferred_dates_and_says_so_in_its_legend():
    points = [
        point(1, D(2018, 6, 12)),
        point(2, D(2018, 6, 13), status="planned"),
        point(3, D(2018, 6, 14), status="postponed", date_inferred=True),
        point(4, D(2018, 6, 15), date_inferred=True),
    ]
    figure = charts.timeline_figure(points, str)
    assert markers(figure, "Meeting")["marker"]["symbol"] == [
        "circle", "square", "x-open", "circle-open",
    ]  # fmt: skip
    legend = [t["name"] for t in figure["data"] if t["x"] == [None]]
    assert "Hollow: date inferred, not stated" in legend
    assert "Bar: dated only to a month or year" in legend
    assert "2018-06-14, date inferred" in [c[2] for c in markers(figure, "Meeting")["customdata"]]


def test_a_month_or_year_precision_event_is_a_span_over_its_period_not_a_day():
    points = [
        point(1, D(2018, 2, 1), "sanction", date_precision="month"),
        point(2, D(2019, 1, 1), "sanction", date_precision="year"),
        point(3, D(2018, 6, 12), "sanction"),
    ]
    figure = charts.timeline_figure(points, str)
    spans = next(t for t in figure["data"] if t["name"] == "Sanction spans")
    assert spans["x"] == ["2018-02-01", "2018-02-28", None, "2019-01-01", "2019-12-31", None]
    dots = markers(figure, "Sanction")
    # the marker stands in the middle of its month or year, not on a made-up first day
    assert dots["x"] == ["2018-02-14", "2019-07-02", "2018-06-12"]
    assert [c[2] for c in dots["customdata"]] == [
        "2018-02 (month only)", "2019 (year only)", "2018-06-12",
    ]  # fmt: skip


def test_every_type_has_its_own_colour_and_pattern_from_okabe_ito():
    assert set(charts.TYPE_STYLES) == set(EVENT_TYPES)
    looks = {(s.colour, s.pattern) for s in charts.TYPE_STYLES.values()}
    assert len(looks) == len(EVENT_TYPES)  # two types of one colour differ by pattern
    assert {s.colour for s in charts.TYPE_STYLES.values()} <= OKABE_ITO


def test_the_series_take_the_colours_of_their_types():
    assert {
        "meetings": charts.TYPE_STYLES["meeting"].colour,
        "cancellations": charts.TYPE_STYLES["cancellation"].colour,
        "sanctions": charts.TYPE_STYLES["sanction"].colour,
    } == charts.COLOURS


def bars(figure: dict) -> dict[str, dict]:
    return {trace["name"]: trace for trace in figure["data"]}


def test_a_type_keeps_its_colour_whatever_else_is_filtered():
    alone = [{"period": D(2018, 6, 1), "group": "statement", "coarse": "", "n": 2}]
    together = alone + [
        {"period": D(2018, 6, 1), "group": g, "coarse": "", "n": 1}
        for g in ("agreement", "meeting", "cancellation")
    ]
    colours = [
        bars(charts.period_figure(rows, "month", "t", by="type"))["Statement"]["marker"]["color"]
        for rows in (alone, together)
    ]
    assert colours == [charts.TYPE_STYLES["statement"].colour] * 2
    figure = charts.period_figure(together, "month", "t", by="type")
    assert bars(figure)["Meeting"]["marker"]["color"] == charts.COLOURS["meetings"]


def test_the_chart_by_type_draws_statements():
    rows = [{"period": D(2018, 6, 1), "group": "statement", "coarse": "", "n": 37}]
    figure = charts.period_figure(rows, "month", "Per month", by="type")
    assert bars(figure)["Statement"]["y"] == [37]
    assert "annotations" not in figure["layout"] and figure["layout"]["barmode"] == "stack"


def test_events_too_coarse_for_the_unit_are_counted_apart_and_said():
    rows = [
        {"period": D(2018, 6, 4), "group": "sanction", "coarse": "", "n": 1},
        {"period": None, "group": "sanction", "coarse": "month", "n": 3},
        {"period": None, "group": "statement", "coarse": "year", "n": 1},
    ]
    figure = charts.period_figure(rows, "week", "Per week", by="type")
    assert list(bars(figure)) == ["Sanction"] and bars(figure)["Sanction"]["y"] == [1]
    assert figure["note"] == (
        "Not drawn per week (their week is unknown): 3 events dated only to a month"
        " and 1 event dated only to a year."
    )
    only_coarse = charts.period_figure(rows[1:], "week", "Per week", by="type")
    assert "No event matching is dated to a week" in only_coarse["layout"]["annotations"][0]["text"]


def test_each_bar_opens_the_table_of_its_period_and_type():
    rows = [
        {"period": D(2018, 1, 1), "group": "sanction", "coarse": "", "n": 1},
        {"period": D(2018, 7, 1), "group": "sanction", "coarse": "", "n": 1},
    ]
    figure = charts.period_figure(
        rows, "quarter", "t", by="type", link=lambda g, a, b, u: f"{g} {a} {b} {u}"
    )
    assert bars(figure)["Sanction"]["customdata"] == [
        ["sanction 2018-01-01 2018-03-31 quarter"],
        ["sanction 2018-04-01 2018-06-30 quarter"],
        ["sanction 2018-07-01 2018-09-30 quarter"],
    ]


def test_years_are_labelled_by_their_number():
    rows = [
        {"period": D(2017, 1, 1), "group": "meetings", "coarse": "", "n": 1},
        {"period": D(2019, 1, 1), "group": "meetings", "coarse": "", "n": 2},
    ]
    figure = charts.period_figure(rows, "year", "Per year")
    assert bars(figure)["Meetings held"]["x"] == ["2017", "2018", "2019"]
    assert bars(figure)["Meetings held"]["y"] == [1, 0, 2]


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
    assert set(charts.PALETTE) <= OKABE_ITO and set(charts.COLOURS.values()) <= OKABE_ITO
