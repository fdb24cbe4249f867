from __future__ import annotations

import datetime as dt
import itertools

import pytest

from dashboard.extraction.ontology import EVENT_TYPES, STATUSES, cameo_code, chart_group
from dashboard.extraction.records import DateValue, date_label
from dashboard.models import Event
from dashboard.queries import CHART_GROUP, period_counts

pytestmark = pytest.mark.django_db


def test_the_sql_chart_groups_mirror_the_python_rule():
    combos = list(itertools.product(EVENT_TYPES, STATUSES))
    Event.objects.bulk_create(
        Event(event_type=t, status=s, date="2018-06-01", date_precision="day") for t, s in combos
    )
    in_sql = {
        (e["event_type"], e["status"]): e["group"] or None
        for e in Event.objects.annotate(group=CHART_GROUP).values("event_type", "status", "group")
    }
    assert in_sql == {(t, s): chart_group(t, s) for t, s in combos}


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        # A month-precision event has no week, a year-precision one no month: each is a row
        # without a period, saying its precision, never counted in a made-up period.
        ("week", [(None, "month", 1), (None, "year", 1), ("2018-08-20", "", 1)]),
        ("month", [(None, "year", 1), ("2018-08-01", "", 2)]),
        ("quarter", [(None, "year", 1), ("2018-07-01", "", 2)]),
        ("year", [("2018-01-01", "", 3)]),
    ],
)
def test_each_unit_counts_only_the_events_its_precision_places(unit, expected):
    Event.objects.create(event_type="sanction", date="2018-08-22", date_precision="day")
    Event.objects.create(event_type="sanction", date="2018-08-01", date_precision="month")
    Event.objects.create(event_type="sanction", date="2018-01-01", date_precision="year")
    rows = period_counts(Event.objects.all(), unit)
    found = [(r["period"] and r["period"].isoformat(), r["coarse"], r["n"]) for r in rows]
    assert sorted(found, key=str) == sorted(expected, key=str)
    assert {r["group"] for r in rows} == {"sanctions"}


def test_counts_by_type_include_every_type_and_status():
    Event.objects.create(event_type="statement", date="2018-08-22")
    Event.objects.create(event_type="statement", date="2018-08-23", status="planned")
    Event.objects.create(event_type="meeting", date="2018-08-24", status="cancelled")
    rows = period_counts(Event.objects.all(), "month", by="type")
    assert {(r["group"], r["n"]) for r in rows} == {("statement", 2), ("meeting", 1)}


def _python_period(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "quarter":
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if unit == "year":
        return dt.date(day.year, 1, 1)
    return day.replace(day=1)


EDGE_DAYS = [
    dt.date(2018, 1, 1),  # a Monday, first day of a year and a quarter
    dt.date(2017, 12, 31),  # a Sunday: its week began in the same year
    dt.date(2019, 1, 1),  # a Tuesday: its week began in 2018
    dt.date(2018, 3, 31),
    dt.date(2018, 4, 1),
    dt.date(2018, 6, 30),
    dt.date(2018, 9, 15),
    dt.date(2018, 11, 30),
    dt.date(2018, 12, 31),
    dt.date(2016, 2, 29),
]


@pytest.mark.parametrize("unit", ["week", "month", "quarter", "year"])
def test_periods_truncated_in_the_database_match_the_calendar(unit):
    Event.objects.bulk_create(
        Event(event_type="sanction", date=day, date_precision="day") for day in EDGE_DAYS
    )
    expected: dict[dt.date, int] = {}
    for day in EDGE_DAYS:
        period = _python_period(day, unit)
        expected[period] = expected.get(period, 0) + 1
    # visible() adds parameters to the query, as every page does.
    rows = period_counts(Event.objects.visible(), unit)
    assert {r["period"]: r["n"] for r in rows} == expected


@pytest.mark.parametrize(
    ("event_type", "related", "code"),
    [
        ("cancellation", "visit", "161"),  # a trip called off reduces relations
        ("postponement", "visit", "161"),
        ("cancellation", "summit", "164"),  # talks called off halt negotiations
        ("meeting", "visit", "040"),  # only a cancellation takes its subject's code into account
        ("sanction", None, "163"),
    ],
)
def test_one_cameo_code_for_exports_and_extraction(event_type, related, code):
    assert cameo_code(event_type, related) == code


@pytest.mark.parametrize(
    ("precision", "label"), [("day", "2018-06-12"), ("month", "2018-06"), ("year", "2018")]
)
def test_one_date_label_for_pages_exports_and_extraction(precision, label):
    day = dt.date(2018, 6, 12)
    assert date_label(day, precision) == label == DateValue(day, precision).formatted()
