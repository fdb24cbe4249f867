"""Facets: counts over the filtered events, each value a link that adds or removes it; the
same objects serve the events page and /api/events?_facet=…."""

from __future__ import annotations

import datetime as dt

import pytest
from django.http import QueryDict

from dashboard.facets import BY_NAME, facet_values
from dashboard.models import Actor, Event, Negotiation, Participant

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("facet", "query", "value", "expected", "selected"),
    [
        ("type", "status=occurred", "sanction", "status=occurred&type=sanction", False),
        ("type", "type=sanction&type=meeting&_page=3", "sanction", "type=meeting", True),
        # One negotiation or country at a time: choosing one replaces the other.
        ("negotiation", "negotiation=us-iran", "us-dprk", "negotiation=us-dprk", False),
        ("country", "country=us", "US", "", True),  # the filter reads any case
        ("month", "type=meeting", "2018-06",
         "type=meeting&date_after=2018-06-01&date_before=2018-06-30", False),
        ("month", "date_after=2018-02-01&date_before=2018-02-28", "2018-02", "", True),
    ],
)  # fmt: skip
def test_a_value_toggles_itself_in_the_query(facet, query, value, expected, selected):
    assert BY_NAME[facet].toggle(QueryDict(query), value) == (expected, selected)


def test_the_api_gives_the_facets_it_is_asked_for(client):
    iran = Negotiation.objects.get(slug="us-iran")
    zarif = Actor.objects.create(name="Javad Zarif", kind="person", country="IR")
    for day in (1, 2):
        event = Event.objects.create(event_type="meeting", date=dt.date(2019, 7, day),
                                     negotiation=iran)  # fmt: skip
        Participant.objects.create(event=event, actor=zarif, role="participant")
    answer = client.get(
        "/api/events", {"negotiation": "us-iran", "_facet": ["type", "actor", "nonsense"]}
    ).json()
    assert set(answer["facets"]) == {"type", "actor"}
    [meetings] = answer["facets"]["type"]
    assert (meetings["value"], meetings["label"], meetings["count"]) == ("meeting", "Meeting", 2)
    assert meetings["toggle"].endswith("?negotiation=us-iran&_facet=type&_facet=actor"
                                       "&_facet=nonsense&type=meeting")  # fmt: skip
    assert answer["facets"]["actor"][0]["label"] == "Javad Zarif"
    assert "facets" not in client.get("/api/events", {"negotiation": "us-iran"}).json()


def test_facet_values_leave_out_facets_without_values():
    counts = {"type": [("meeting", "Meeting", 2)], "actor": []}
    assert [f.name for f, _ in facet_values(counts, QueryDict(""))] == ["type"]
