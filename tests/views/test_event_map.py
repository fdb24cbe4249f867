"""/map/: the places of the filtered events on a world map drawn from our own static files,
with the events of no known place counted in words; ?location= filters the events table to a
place by any of its spellings."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.db.models import Count
from django.db.models.functions import Lower

from dashboard.models import Event
from dashboard.places import location_q
from dashboard.staticfinders import map_data_dir
from tests.factories import make_event
from tests.views.reading import get_counting_queries, listed

pytestmark = pytest.mark.django_db
POSTGRES = connection.vendor == "postgresql"


@pytest.fixture
def placed() -> dict:
    """Events at Singapore (written two ways), Hanoi, Panmunjom under another of its names,
    in a whole province (an area, not a place of the table) and at no place given."""
    return {
        "singapore": make_event("summit", "2018-06-12", location="Singapore"),
        "singapore2": make_event("statement", "2018-06-13", location="singapore"),
        "hanoi": make_event("summit", "2019-02-27", location="Hanoi", negotiation="us-dprk"),
        "dmz": make_event("meeting", "2019-06-30", location="Joint Security Area"),
        "province": make_event("weapons_test", "2019-05-04", location="Kangwon Province"),
        "nowhere": make_event("statement", "2019-07-01"),
    }


def figure(response) -> dict:
    return response.context["map"]


def test_it_counts_events_per_place_in_one_query_and_says_how_many_have_no_place(client, placed):
    response, queries = get_counting_queries(client, "/map/")
    assert queries == 2  # the data version and one grouped count of locations
    assert [(name, n) for name, n, _ in response.context["places"]] == [
        ("Singapore", 2), ("Hanoi", 1), ("Panmunjom", 1),
    ]  # fmt: skip
    points = figure(response)["data"][0]
    assert points["text"] == ["Singapore", "Hanoi", "Panmunjom"]
    assert points["lat"][2] == pytest.approx(37.96) and points["lon"][2] == pytest.approx(126.68)
    html = response.content.decode()
    assert "4 events at 3 places." in html
    assert "2 events have no known place" in html


def test_the_map_reads_its_world_from_our_static_files(client, placed):
    html = client.get("/map/").content.decode()
    assert 'data-topojson="/static/vendor/topojson/"' in html
    assert "cdn.plot.ly" not in html and "https://" not in html
    geo = figure(client.get("/map/"))["layout"]["geo"]
    served = client.get(f"/static/vendor/topojson/world_{geo['resolution']}m.json")
    assert served.status_code == 200, f"no map data in {map_data_dir()}: run make map-data"
    topology = json.loads(b"".join(served.streaming_content))
    assert topology["type"] == "Topology" and "countries" in topology["objects"]


def test_the_map_follows_the_filter_and_its_links_keep_it(client, placed):
    response = client.get("/map/", {"type": "summit"})
    assert [(name, n) for name, n, _ in response.context["places"]] == [
        ("Hanoi", 1), ("Singapore", 1),
    ]  # fmt: skip
    links = figure(response)["data"][0]["customdata"]
    assert links[0] == ["/events/?type=summit&location=Hanoi", 1]
    assert "2 events at 2 places, among the events where type is summit." in (
        response.content.decode()
    )


def test_a_place_link_opens_its_events_by_any_spelling(client, placed):
    response = client.get("/events/", {"location": "Singapore"})
    assert set(listed(response)) == {placed["singapore"].pk, placed["singapore2"].pk}
    assert "where place is Singapore" in response.content.decode()
    dmz = client.get("/events/", {"location": "Panmunjom"})
    assert listed(dmz) == [placed["dmz"].pk]
    unknown = client.get("/events/", {"location": "kangwon province"})
    assert listed(unknown) == [placed["province"].pk]


def test_with_no_placed_event_it_says_so(client):
    make_event("statement", "2019-07-01")
    response = client.get("/map/")
    assert "No event of a known place" in figure(response)["layout"]["annotations"][0]["text"]
    assert "1 event has no known place" in response.content.decode()


def test_a_filter_with_errors_is_a_400_without_a_map(client, placed):
    response = client.get("/map/", {"type": "picnic"})
    assert response.status_code == 400 and "map" not in response.context


def test_the_events_page_links_to_its_map_and_pairs(client, placed):
    html = client.get("/events/", {"type": "summit"}).content.decode()
    assert 'href="/map/?type=summit"' in html and 'href="/meetings/?type=summit"' in html


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if POSTGRES:  # the test data is tiny: make the planner show whether it *can*
            cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(("EXPLAIN " if POSTGRES else "EXPLAIN QUERY PLAN ") + sql, params)
        return "\n".join(" ".join(str(cell) for cell in row) for row in cursor.fetchall())


def test_the_place_filter_and_the_counts_per_place_read_the_place_index(placed):
    # On a table of a few rows PostgreSQL picks among the usable indexes by cost (it once
    # took the review index for visible()); without that filter the place index is the only
    # one that can answer, so the plan shows whether the index's expression is the query's.
    events = Event.objects.all() if POSTGRES else Event.objects.visible()
    assert "event_by_place" in plan(events.filter(location_q("Panmunjom")))
    # Without it, a place's events took 1.2 s at 200,000 events, 0.01 s with it.
    counts = events.order_by().annotate(text=Lower("location")).values("text")
    assert "event_by_place" in plan(counts.annotate(n=Count("id")))
