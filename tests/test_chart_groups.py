from __future__ import annotations

import itertools

import pytest

from dashboard.extraction.ontology import EVENT_TYPES, STATUSES, chart_group
from dashboard.models import Event
from dashboard.queries import CHART_GROUP, period_counts

pytestmark = pytest.mark.django_db


def test_the_sql_chart_groups_mirror_the_python_rule():
    Event.objects.all().delete()
    combos = list(itertools.product(EVENT_TYPES, STATUSES))
    Event.objects.bulk_create(
        Event(event_type=t, status=s, date="2018-06-01", date_precision="day") for t, s in combos
    )
    in_sql = {
        (e["event_type"], e["status"]): e["group"] or None
        for e in Event.objects.annotate(group=CHART_GROUP).values("event_type", "status", "group")
    }
    assert in_sql == {(t, s): chart_group(t, s) for t, s in combos}


def test_monthly_counts_leave_out_year_only_dates():
    Event.objects.all().delete()
    Event.objects.create(event_type="sanction", date="2018-08-22", date_precision="day")
    Event.objects.create(event_type="sanction", date="2018-08-01", date_precision="month")
    Event.objects.create(event_type="sanction", date="2018-01-01", date_precision="year")
    rows = period_counts(Event.objects.all(), "month")
    assert [(r["period"].isoformat(), r["group"], r["n"]) for r in rows] == [
        ("2018-08-01", "sanctions", 2)
    ]
