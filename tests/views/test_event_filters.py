"""The events filter's questions about parties (issue 15): actors all of / any of, the role
they play, a pair of countries; each read the same on the page, in its heading (describe())
and in its canonical address. The actor filter's other tests: test_event_list.py."""

from __future__ import annotations

import pytest

from tests.factories import make_actor, make_event
from tests.views.reading import listed

pytestmark = pytest.mark.django_db


@pytest.fixture
def cast(pompeo, kim) -> dict:
    """Treasury sanctions (target: a KP body), OFAC designates, the two envoys meet."""
    treasury = make_actor("US Treasury", kind="body", country="US")
    ofac = make_actor("OFAC", kind="body", country="US")
    bank = make_actor("Foreign Trade Bank", kind="organisation", country="KP")
    return {
        "treasury": make_event("sanction", "2018-08-03", actors=[(treasury, "initiator"),
                                                                 (bank, "target")]),
        "ofac": make_event("sanction", "2018-08-21", actors=[(ofac, "initiator")]),
        "meeting": make_event("meeting", "2018-07-06", actors=[pompeo, (kim, "target")]),
        "statement": make_event("statement", "2018-07-09", actors=[(kim, "initiator")]),
    }  # fmt: skip


def shown(client, query: dict) -> tuple[list[int], str]:
    response = client.get("/events/", query)
    assert response.status_code == 200, response.get("Location")
    return listed(response), response.context["description"]


def test_actors_all_of_is_the_default_and_asks_for_events_of_every_one(client, cast):
    rows, description = shown(client, {"actor": ["us-treasury", "ofac"]})
    assert rows == []
    assert description == "US Treasury and OFAC take part"


def test_actors_any_of_lists_the_events_of_either(client, cast):
    rows, description = shown(client, {"actor": ["us-treasury", "ofac"], "actor_match": "any"})
    assert rows == [cast["ofac"].pk, cast["treasury"].pk]
    assert description == "US Treasury or OFAC takes part"


def test_any_of_three_names_them_in_a_list(client, cast):
    query = {"actor": ["us-treasury", "ofac", "kim-yong-chol"], "actor_match": "any"}
    rows, description = shown(client, query)
    assert len(rows) == 4
    assert description == "US Treasury, OFAC or Kim Yong-chol takes part"


def test_a_role_applies_to_the_chosen_actor(client, cast):
    rows, description = shown(client, {"actor": "kim-yong-chol", "role": "target"})
    assert rows == [cast["meeting"].pk]
    assert description == "Kim Yong-chol takes part as target"
    rows, _ = shown(client, {"actor": "kim-yong-chol", "role": "initiator"})
    assert rows == [cast["statement"].pk]


def test_a_role_applies_to_each_actor_of_any_of(client, cast):
    query = {"actor": ["kim-yong-chol", "foreign-trade-bank"], "actor_match": "any",
             "role": "target"}  # fmt: skip
    rows, description = shown(client, query)
    assert rows == [cast["treasury"].pk, cast["meeting"].pk]
    assert description == "Kim Yong-chol or Foreign Trade Bank takes part as target"


def test_a_role_alone_lists_events_where_some_party_has_it(client, cast):
    rows, description = shown(client, {"role": "target"})
    assert rows == [cast["treasury"].pk, cast["meeting"].pk]
    assert description == "some party takes part as target"


def test_two_countries_ask_for_events_between_them(client, cast):
    rows, description = shown(client, {"country": ["US", "KP"]})
    assert rows == [cast["treasury"].pk, cast["meeting"].pk]  # not OFAC's, not Kim's alone
    assert description == "parties from US and from KP (each country takes part)"
    rows, description = shown(client, {"country": "KP"})
    assert len(rows) == 3 and description == "country is KP"


def test_more_than_four_countries_is_an_error(client, cast):
    response = client.get("/events/", {"country": ["US", "KP", "CN", "JP", "RU"]})
    assert "At most 4 countries at once." in response.content.decode()
    assert response.context.get("page") is None


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ({"actor": ["OFAC", "US Treasury"], "actor_match": "any"},
         "actor=ofac&actor=us-treasury&actor_match=any"),
        ({"actor": "OFAC", "actor_match": "all"}, "actor=ofac"),  # the default goes
        ({"actor_match": "all", "role": "", "country": ["us", "kp", ""]}, "country=US&country=KP"),
        ({"country": ["US", "US"]}, "country=US"),
    ],
)  # fmt: skip
def test_the_canonical_address_of_a_parties_filter(client, cast, given, canonical):
    response = client.get("/events/", given)
    assert response.status_code == 302
    assert response["Location"] == f"/events/?{canonical}"
    assert client.get(response["Location"]).status_code == 200


def test_the_form_ticks_all_of_unless_any_of_was_asked(client, cast):
    html = client.get("/events/").content.decode()
    assert 'name="actor_match" value="all" id="id_actor_match_0" checked' in html
    html = client.get("/events/", {"actor": "ofac", "actor_match": "any"}).content.decode()
    assert 'name="actor_match" value="any" id="id_actor_match_1" checked' in html
    assert '<option value="target">Target</option>' in html


def test_the_second_country_survives_a_resubmitted_form(client, cast):
    html = client.get("/events/", {"country": ["US", "KP"]}).content.decode()
    assert 'name="country" value="US"' in html
    assert '<input type="hidden" name="country" value="KP">' in html


def test_the_filters_are_the_same_through_the_api(client, cast):
    query = {"actor": ["us-treasury", "ofac"], "actor_match": "any", "role": "initiator"}
    found = client.get("/api/events", query).json()
    assert [event["id"] for event in found["events"]] == [cast["ofac"].pk, cast["treasury"].pk]
    assert client.get("/api/events", {"role": "boss"}).status_code == 400


def test_any_of_and_all_of_are_cached_apart(client, cast, computed):
    both = {"actor": ["us-treasury", "ofac"]}
    assert shown(client, both)[0] == []
    assert len(shown(client, {**both, "actor_match": "any"})[0]) == 2
    assert computed.count("events") == 2
