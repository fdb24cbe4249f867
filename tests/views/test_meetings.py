"""/meetings/: who met whom among the filtered events, as pairs ranked by the number of
distinct held meetings (people only unless ?with= asks for states or offices), and the
adjacency matrix; the overview shows the first pairs."""

from __future__ import annotations

import pytest
from django.db import connection

from dashboard import queries
from dashboard.extraction.ontology import MEETING_TYPES
from dashboard.models import Event
from tests.factories import make_actor, make_article, make_event
from tests.views.reading import get_counting_queries, listed

pytestmark = pytest.mark.django_db


@pytest.fixture
def cast() -> dict:
    trump = make_actor("Donald Trump", country="US")
    kim = make_actor("Kim Jong-un", country="KP")
    pompeo = make_actor("Mike Pompeo", country="US")
    moon = make_actor("Moon Jae-in", country="KR")
    usa = make_actor("United States", kind="state", country="US")
    dprk = make_actor("North Korea", kind="state", country="KP")
    ofac = make_actor("Office of Foreign Assets Control", kind="body", country="US")
    return {"trump": trump, "kim": kim, "pompeo": pompeo, "moon": moon, "usa": usa,
            "dprk": dprk, "ofac": ofac}  # fmt: skip


@pytest.fixture
def meetings(cast) -> None:
    """Trump and Kim meet three times (a summit, talks, a visit), Pompeo and Kim twice (one
    of them named twice with two roles), Moon and Kim once; a cancelled summit, a
    statement and a rejected meeting of Trump and Kim do not count; states take part in
    two of them."""
    c = cast
    us = "us-dprk"
    make_event("summit", "2018-06-12", actors=[c["trump"], c["kim"], c["usa"], c["dprk"]],
               negotiation=us, location="Singapore")  # fmt: skip
    make_event("negotiation", "2019-02-27", actors=[c["trump"], c["kim"], c["pompeo"], c["usa"]],
               negotiation=us, location="Hanoi")  # fmt: skip
    make_event("visit", "2019-06-30", actors=[c["trump"], c["kim"], c["moon"]], negotiation=us)
    kim_twice = [(c["kim"], "target"), (c["kim"], "participant")]
    make_event("meeting", "2018-05-09", actors=[c["pompeo"], *kim_twice], negotiation=us)
    make_event("summit", "2018-05-24", status="cancelled", actors=[c["trump"], c["kim"]],
               negotiation=us)  # fmt: skip
    make_event("statement", "2018-09-01", actors=[c["trump"], c["kim"]], negotiation=us)
    make_event("meeting", "2018-10-07", actors=[c["trump"], c["kim"]], review="rejected",
               negotiation=us)  # fmt: skip
    make_event("meeting", "2019-03-01", actors=[c["ofac"], c["pompeo"]], negotiation=us)


def pairs(response) -> list[tuple[str, str, int, str, str]]:
    return [(p["a_name"], p["b_name"], p["meetings"], p["first"].isoformat(),
             p["last"].isoformat()) for p in response.context["pairs"]]  # fmt: skip


def test_pairs_of_people_are_ranked_by_distinct_held_meetings(client, meetings):
    response, queries = get_counting_queries(client, "/meetings/")
    assert pairs(response) == [
        ("Donald Trump", "Kim Jong-un", 3, "2018-06-12", "2019-06-30"),
        ("Kim Jong-un", "Mike Pompeo", 2, "2018-05-09", "2019-02-27"),
        ("Donald Trump", "Moon Jae-in", 1, "2019-06-30", "2019-06-30"),
        ("Kim Jong-un", "Moon Jae-in", 1, "2019-06-30", "2019-06-30"),
        ("Donald Trump", "Mike Pompeo", 1, "2019-02-27", "2019-02-27"),
    ]
    # The data version, the pairs, the totals of the matrix: nothing per pair or event.
    assert queries == 3
    html = response.content.decode()
    assert "North Korea" not in html and "Office of Foreign Assets Control" not in html
    assert 'href="/actors/donald-trump/"' in html and 'href="/actors/kim-jong-un/"' in html


def test_the_query_count_does_not_grow_with_the_pairs(client, meetings, cast):
    _, before = get_counting_queries(client, "/meetings/", {"negotiation": "us-dprk"})
    people = [make_actor(f"Delegate {i}", country="KP") for i in range(12)]
    make_event("meeting", "2019-04-01", actors=[cast["pompeo"], *people], negotiation="us-dprk")
    response, after = get_counting_queries(client, "/meetings/", {"negotiation": "us-dprk"})
    assert response.context["pair_count"] > 5 + 60 and after == before


def test_states_and_offices_count_only_when_asked_for(client, meetings):
    with_states = pairs(client.get("/meetings/", {"with": "states"}))
    assert ("North Korea", "United States", 1, "2018-06-12", "2018-06-12") in with_states
    assert ("Donald Trump", "United States", 2, "2018-06-12", "2019-02-27") in with_states
    assert not any("Office" in a + b for a, b, *_ in with_states)
    with_offices = pairs(client.get("/meetings/", {"with": "offices"}))
    assert ("Mike Pompeo", "Office of Foreign Assets Control", 1, "2019-03-01",
            "2019-03-01") in with_offices  # fmt: skip
    assert not any("United States" in a + b for a, b, *_ in with_offices)


def test_the_toggles_add_and_remove_a_kind_and_keep_the_filter(client, meetings):
    html = client.get("/meetings/", {"negotiation": "us-dprk", "with": "states"}).content.decode()
    assert 'href="?negotiation=us-dprk"' in html  # states off again
    assert 'href="?negotiation=us-dprk&amp;with=states&amp;with=offices"' in html
    assert 'aria-pressed="true">states and governments' in html


def test_a_pairs_count_links_to_exactly_its_meetings_in_the_events_table(client, meetings):
    response = client.get("/meetings/", {"negotiation": "us-dprk"})
    first = response.context["pairs"][0]
    assert first["events_url"].startswith("/events/?negotiation=us-dprk&")
    table = client.get(first["events_url"])
    assert table.status_code == 200 and len(listed(table)) == first["meetings"] == 3
    assert {e.event_type for e in table.context["page"].object_list} <= MEETING_TYPES


def test_the_pairs_follow_the_events_filter(client, meetings):
    response = client.get("/meetings/", {"date_after": "2019-01-01"})
    assert pairs(response)[0] == ("Donald Trump", "Kim Jong-un", 2, "2019-02-27", "2019-06-30")
    assert "2019-01-01 to …" in response.content.decode()


def test_a_filter_with_errors_shows_them_and_no_pairs(client, meetings):
    response = client.get("/meetings/", {"date_after": "not a date"})
    assert response.status_code == 400
    assert "The filter has errors" in response.content.decode() and "pairs" not in response.context


def test_no_meetings_says_so(client, cast):
    make_event("statement", "2018-09-01", actors=[cast["trump"], cast["kim"]])
    html = client.get("/meetings/").content.decode()
    assert "No meeting that took place has two of these actors" in html


def test_the_overview_lists_the_first_pairs_and_links_to_every_pair(client, meetings):
    make_article(negotiation="us-dprk")
    response, queries = get_counting_queries(client, "/", {"negotiation": "us-dprk"})
    html = response.content.decode()
    assert response.context["pairs"][0]["a_name"] == "Donald Trump"
    assert 'href="/meetings/?negotiation=us-dprk"' in html
    assert 'id="chart-matrix"' in html and "chart-network" not in html
    matrix = response.context["matrix"]["data"][0]
    assert matrix["y"][:2] == ["Kim Jong-un (4)", "Donald Trump (3)"]
    assert queries <= 15  # the who-met-whom part is two of them


def test_the_pairs_start_from_the_held_meetings_not_from_every_person(meetings):
    # Through the index on Actor.kind, SQLite probed every held meeting for every person:
    # 17 s at 200,000 events instead of 0.4 s (queries._kind_in).
    kinds = queries.pair_kinds([])[1]
    rows = queries._co_participants(Event.objects.visible(), kinds).values("actor_id")
    sql, params = rows.query.sql_with_params()
    sqlite = connection.vendor == "sqlite"
    with connection.cursor() as cursor:
        cursor.execute(("EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN ") + sql, params)
        plan = "\n".join(str(row[-1]) for row in cursor.fetchall())
    assert "dashboard_actor_kind" not in plan, plan
    if sqlite:
        assert "SEARCH dashboard_participant USING COVERING INDEX" in plan, plan
        assert "(event_id=?)" in plan, plan


def test_a_meeting_dated_only_to_a_year_is_counted_but_gives_no_first_day(client, meetings, cast):
    """Stored on 1 January, a meeting "in 2018" would show as the pair's first meeting on
    2018-01-01, a day nobody met: first and last come from meetings known to the day."""
    make_event("meeting", "2018", negotiation="us-dprk",
               actors=[cast["trump"], cast["kim"]])  # fmt: skip
    make_event("meeting", "2018-03", negotiation="us-dprk",
               actors=[cast["moon"], cast["pompeo"]])  # fmt: skip
    response = client.get("/meetings/")
    found = {(p["a_name"], p["b_name"]): p for p in response.context["pairs"]}
    trump_kim = found[("Donald Trump", "Kim Jong-un")]
    assert (trump_kim["meetings"], trump_kim["vague"]) == (4, 1)
    assert (trump_kim["first"].isoformat(), trump_kim["last"].isoformat()) == (
        "2018-06-12", "2019-06-30")  # fmt: skip
    moon_pompeo = found[("Mike Pompeo", "Moon Jae-in")]
    assert (moon_pompeo["first"], moon_pompeo["last"], moon_pompeo["vague"]) == (None, None, 1)
    html = response.content.decode()
    assert "2018-01-01" not in html and "2018-03-01" not in html
    assert "1 not dated to the day" in html
