"""/actors/<slug>/: who an actor is, their events over time and their most frequent
counterparts, of every negotiation or of one (?negotiation=slug)."""

from __future__ import annotations

import pytest

from dashboard.models import ActorRole
from tests.factories import make_actor, make_event
from tests.views.reading import get_counting_queries

pytestmark = pytest.mark.django_db


def events(response) -> list[str]:
    return [event.summary for event in response.context["events"]]


def test_it_shows_who_the_actor_is(client, pompeo):
    ActorRole.objects.create(actor=pompeo, title="Secretary of State", start="2018-04-26")
    html = client.get("/actors/mike-pompeo/").content.decode()
    assert "<h1>Mike Pompeo</h1>" in html and "<dd>Person · US</dd>" in html
    assert "<dt>Also</dt><dd>Pompeo</dd>" in html
    assert "<dt>Title</dt><dd>Secretary of State (2018-04-26 – …)</dd>" in html


def test_an_unknown_actor_is_not_found(client):
    assert client.get("/actors/nobody/").status_code == 404


def test_it_lists_the_actors_visible_events_newest_first(client, pompeo, kim):
    make_event("meeting", "2018-07-06", actors=[pompeo, kim], summary="Meets Kim Yong-chol")
    make_event("visit", "2018-10-07", actors=[pompeo], summary="Fourth visit")
    make_event("meeting", "2018-09-01", actors=[pompeo], summary="Rejected", review="rejected")
    make_event("statement", "2018-09-02", actors=[kim], summary="Not his")
    response = client.get("/actors/mike-pompeo/")
    assert events(response) == ["Fourth visit", "Meets Kim Yong-chol"]
    assert 'id="chart-actor"' in response.content.decode()


def test_counterparts_are_counted_over_visible_events_only(client):
    envoy, met, rejected, merged = (
        make_actor(name) for name in ("Test Envoy", "Met Twice", "Met Rejected", "Met Merged")
    )
    kept = make_event(actors=[envoy, met])
    make_event(actors=[envoy, met])
    make_event(actors=[envoy, rejected], review="rejected")
    make_event(actors=[envoy, merged], merged_into=kept)
    html = client.get(f"/actors/{envoy.slug}/").content.decode()
    assert "Most frequent counterparts" in html
    assert '<li><a href="/actors/met-twice/">Met Twice</a> (2)</li>' in html
    assert "Met Rejected" not in html and "Met Merged" not in html


def test_it_can_keep_one_negotiation(client, pompeo, kim):
    zarif = make_actor("Javad Zarif", country="IR")
    make_event("meeting", "2018-07-06", actors=[pompeo, kim], negotiation="us-dprk",
               summary="Meets Kim Yong-chol")  # fmt: skip
    make_event("sanction", "2018-08-07", actors=[pompeo, zarif], negotiation="us-iran",
               summary="Sanctions return")  # fmt: skip
    everything = client.get("/actors/mike-pompeo/")
    assert events(everything) == ["Sanctions return", "Meets Kim Yong-chol"]
    only_iran = client.get("/actors/mike-pompeo/", {"negotiation": "us-iran"})
    assert events(only_iran) == ["Sanctions return"]
    html = only_iran.content.decode()
    assert '<li><a href="/actors/javad-zarif/">Javad Zarif</a> (1)</li>' in html
    assert "Kim Yong-chol" not in html
    assert client.get("/actors/mike-pompeo/", {"negotiation": "x"}).status_code == 404


def test_it_offers_the_actors_events_as_a_table_csv_and_json(client, pompeo):
    html = client.get("/actors/mike-pompeo/").content.decode()
    assert '<a href="/events/?actor=mike-pompeo">These events in the table →</a>' in html
    assert 'href="/events.csv?actor=mike-pompeo"' in html
    assert 'href="/api/events?actor=mike-pompeo"' in html


def test_it_takes_as_many_queries_for_many_events_as_for_one(client):
    envoy = make_actor("Busy Envoy")
    others = [make_actor(f"Counterpart {n}") for n in range(12)]
    make_event(actors=[envoy, others[0]])
    _, one = get_counting_queries(client, f"/actors/{envoy.slug}/")
    for day in range(1, 25):
        make_event("meeting", f"2018-11-{day:02}",
                   actors=[envoy, others[day % 12], others[(day + 1) % 12]])  # fmt: skip
    make_event(actors=[envoy, others[3]], review="rejected")
    response, many = get_counting_queries(client, f"/actors/{envoy.slug}/")
    assert len(response.context["events"]) == 25 and len(response.context["counterparts"]) == 10
    assert many == one


def test_a_repeated_request_reuses_the_aggregates_and_shows_the_same_page(client, pompeo, kim):
    make_event("meeting", "2018-07-06", actors=[pompeo, kim])
    first, cold = get_counting_queries(client, "/actors/mike-pompeo/")
    second, warm = get_counting_queries(client, "/actors/mike-pompeo/")
    assert warm < cold and second.content == first.content
