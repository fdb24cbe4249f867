"""Counts use the one definition of a visible event (models.visible_events_q): events a curator
rejected or merged away count nowhere."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dashboard import queries
from dashboard.models import Actor, Event, Participant

pytestmark = pytest.mark.django_db


def _actor(name: str) -> Actor:
    return Actor.objects.create(name=name)


def _event(*actors: Actor, **fields) -> Event:
    fields = {"event_type": "meeting", "date": dt.date(2018, 10, 1), "summary": "Talks", **fields}
    event = Event.objects.create(**fields)
    for actor in actors:
        Participant.objects.create(event=event, actor=actor)
    return event


def test_counterparts_met_only_in_rejected_or_merged_away_events_are_left_out(client):
    envoy, met, rejected, merged = (
        _actor(name) for name in ("Test Envoy", "Met Twice", "Met Rejected", "Met Merged")
    )
    kept = _event(envoy, met)
    _event(envoy, met)
    _event(envoy, rejected, review="rejected")
    _event(envoy, merged, merged_into=kept)
    counterparts = queries.top_counterparts(envoy)
    assert [(actor.name, actor.shared) for actor in counterparts] == [("Met Twice", 2)]
    html = client.get(f"/actors/{envoy.slug}/").content.decode()
    assert "Met Twice</a> (2)" in html
    assert "Met Rejected" not in html and "Met Merged" not in html


def test_the_overview_counts_only_actors_of_visible_events(client):
    def shown() -> int:
        return client.get("/", {"negotiation": "all"}).context["counts"]["actors"]

    before = shown()
    assert (
        before
        == Actor.objects.filter(participations__event__in=Event.objects.visible())
        .distinct()
        .count()
    )
    kept = _event(_actor("Visible Once"))
    _event(_actor("Only Rejected"), review="rejected")
    _event(_actor("Only Merged"), merged_into=kept)
    assert shown() == before + 1


def test_the_actor_page_takes_as_many_queries_for_many_events_as_for_one(client):
    envoy = _actor("Busy Envoy")
    others = [_actor(f"Counterpart {n}") for n in range(12)]
    _event(envoy, others[0])

    def count() -> int:
        with CaptureQueriesContext(connection) as queries_run:
            assert client.get(f"/actors/{envoy.slug}/").status_code == 200
        return len(queries_run)

    one = count()
    for day in range(1, 25):
        _event(envoy, others[day % 12], others[(day + 1) % 12], date=dt.date(2018, 11, day))
    _event(envoy, others[3], review="rejected")
    assert count() == one
