"""/api/actors: actors by name or alias, kind, country and whether they are new, each with
the number of visible events they take part in."""

from __future__ import annotations

import pytest

from tests.factories import make_actor, make_event

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    assert response.status_code == 200
    return [actor["name"] for actor in response.json()["actors"]]


def test_an_actor_is_given_with_the_number_of_its_visible_events(client, pompeo, kim):
    kept = make_event(actors=[pompeo, kim])
    make_event(actors=[pompeo])
    make_event(actors=[pompeo], review="rejected")
    make_event(actors=[pompeo], merged_into=kept)
    assert client.get("/api/actors", {"q": "Pompeo"}).json() == {
        "count": 1, "next": None, "previous": None,
        "actors": [{"name": "Mike Pompeo", "slug": "mike-pompeo", "kind": "person",
                    "country": "US", "aliases": ["Pompeo"], "description": "", "new": False,
                    "review": "auto", "events": 2}],
    }  # fmt: skip


def test_a_rejection_counts_at_once(client, pompeo):
    event, _ = make_event(actors=[pompeo]), make_event(actors=[pompeo])
    assert client.get("/api/actors").json()["actors"][0]["events"] == 2
    event.review = "rejected"
    event.save()
    assert client.get("/api/actors").json()["actors"][0]["events"] == 1


def test_it_finds_actors_by_name_or_alias_kind_and_country_in_name_order(client, pompeo, kim):
    make_actor("Kim Jong-un", country="KP")
    make_actor("North Korea", kind="state", country="KP", aliases=["Pyongyang"])
    make_actor("Moon Jae-in", country="KR", aliases=["President Moon"])
    assert names(client.get("/api/actors", {"q": "kim", "kind": "person"})) == [
        "Kim Jong-un", "Kim Yong-chol",
    ]  # fmt: skip
    assert names(client.get("/api/actors", {"q": "pyongyang"})) == ["North Korea"]
    assert names(client.get("/api/actors", {"country": "kp"})) == [
        "Kim Jong-un", "Kim Yong-chol", "North Korea",
    ]  # fmt: skip
    assert names(client.get("/api/actors", {"kind": ["state", "person"], "country": "KR"})) == [
        "Moon Jae-in"
    ]


def test_it_reads_new_as_a_boolean(client, pompeo):
    make_actor("Jung Pak", is_new=True)
    assert names(client.get("/api/actors", {"new": "true"})) == ["Jung Pak"]
    assert names(client.get("/api/actors", {"new": "false"})) == ["Mike Pompeo"]
    assert names(client.get("/api/actors", {"new": "0"})) == ["Mike Pompeo"]


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"new": "maybe"}, "new", "Enter true or false."),
        ({"kind": "alien"}, "kind",
         "Select a valid choice. alien is not one of the available choices."),
        ({"country": "K"}, "country", "A country is a two-letter ISO code, such as US."),
    ],
)  # fmt: skip
def test_a_bad_filter_is_a_400_with_its_errors(client, query, field, message):
    response = client.get("/api/actors", query)
    assert response.status_code == 400
    assert [e["message"] for e in response.json()["errors"][field]] == [message]


def test_it_pages(client):
    for n in range(5):
        make_actor(f"Envoy {n}")
    first = client.get("/api/actors", {"_size": 2, "_page": 3}).json()
    assert first["count"] == 5 and [a["name"] for a in first["actors"]] == ["Envoy 4"]
    assert first["previous"] == "http://testserver/api/actors?_size=2&_page=2"
