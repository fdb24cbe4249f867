"""Every page, figure, facet and export can be restricted to one negotiation, and the
overview says which one it shows."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from dashboard.models import Actor, Event, Negotiation, Participant

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeds")]


@pytest.fixture
def iran():
    """Two US–Iran events of our own beside the seeds' US–DPRK ones."""
    negotiation = Negotiation.objects.get(slug="us-iran")
    zarif = Actor.objects.create(name="Javad Zarif", kind="person", country="IR")
    trump = Actor.objects.get(name="Donald Trump")
    for day, kind, summary in [(8, "cancellation", "The US leaves the nuclear deal"),
                               (7, "sanction", "Sanctions return")]:  # fmt: skip
        event = Event.objects.create(
            event_type=kind, date=dt.date(2018, 5 if kind == "cancellation" else 8, day),
            summary=summary, negotiation=negotiation,
        )  # fmt: skip
        Participant.objects.create(event=event, actor=trump, role="initiator")
        Participant.objects.create(event=event, actor=zarif, role="target")
    return negotiation


def test_the_overview_shows_one_negotiation_and_says_which(client, iran):
    response = client.get("/")
    dprk = Event.objects.visible().filter(negotiation__slug="us-dprk")
    assert response.context["negotiation"].slug == "us-dprk"  # the first with events
    assert response.context["counts"]["events"] == dprk.count()
    html = response.content.decode()
    assert "<h1>United States – North Korea" in html and "counts this negotiation only" in html
    iran_page = client.get("/", {"negotiation": "us-iran"})
    assert iran_page.context["counts"]["events"] == 2
    assert iran_page.context["counts"]["sanctions"] == 1
    assert [e.summary for e in iran_page.context["latest"]] == [
        "Sanctions return", "The US leaves the nuclear deal",
    ]  # fmt: skip
    everything = client.get("/", {"negotiation": "all"})
    assert everything.context["counts"]["events"] == Event.objects.visible().count()
    assert "<h1>All negotiations</h1>" in everything.content.decode()
    assert client.get("/", {"negotiation": "us-mars"}).status_code == 404


def test_the_events_table_its_facets_and_exports_follow_the_negotiation(client, iran):
    response = client.get("/events/", {"negotiation": "us-iran"})
    rows = response.context["page"].object_list
    assert sorted(e.summary for e in rows) == ["Sanctions return", "The US leaves the nuclear deal"]
    assert "negotiation is United States – Iran" in response.context["description"]
    facets = dict(client.get("/events/").context["facets"])
    [negotiations] = [values for facet, values in facets.items() if facet.name == "negotiation"]
    counts = {v.value: v.count for v in negotiations}
    assert counts["us-iran"] == 2 and counts["us-dprk"] > 0
    api = client.get("/api/events", {"negotiation": "us-iran"}).json()
    assert {e["negotiation"] for e in api["events"]} == {"us-iran"} and api["count"] == 2
    body = b"".join(client.get("/events.csv", {"negotiation": "us-iran"}).streaming_content)
    exported = list(csv.DictReader(io.StringIO(body.decode())))
    assert {r["negotiation"] for r in exported} == {"us-iran"} and len(exported) == 2
    bad = client.get("/api/events", {"negotiation": "us-mars"})
    assert bad.status_code == 400 and "negotiation" in bad.json()["errors"]


def test_an_actor_page_can_keep_one_negotiation(client, iran):
    trump = Actor.objects.get(name="Donald Trump")
    everything = client.get(f"/actors/{trump.slug}/").context["events"]
    only_iran = client.get(f"/actors/{trump.slug}/", {"negotiation": "us-iran"})
    assert len(only_iran.context["events"]) == 2 < len(everything)
    assert [a.name for a in only_iran.context["counterparts"]] == ["Javad Zarif"]
    assert client.get(f"/actors/{trump.slug}/", {"negotiation": "x"}).status_code == 404


def test_articles_say_their_negotiation_and_filter_by_it(client):
    api = client.get("/api/articles", {"negotiation": "us-dprk"}).json()
    assert api["count"] == 4 and {a["negotiation"] for a in api["articles"]} == {"us-dprk"}
    assert client.get("/api/articles", {"negotiation": "us-iran"}).json()["count"] == 0
