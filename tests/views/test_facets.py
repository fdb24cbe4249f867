"""Facets (dashboard/facets.py): counts over the filtered events, each value a link that adds
it to the filter or, when it is in the filter already, takes it out; the events page shows
them beside the table (read here from the rendered page) and /api/events gives the ones
asked for with ?_facet=."""

from __future__ import annotations

import html as html_module
import re

import pytest
from django.http import QueryDict

from dashboard.facets import BY_NAME, facet_values
from tests.factories import make_actor, make_article, make_event
from tests.views.reading import get_counting_queries

pytestmark = pytest.mark.django_db

SECTION = re.compile(r"<section>\s*<h3>(?P<label>[^<]+)</h3>\s*<ul>(?P<items>.*?)</ul>", re.S)
ITEM = re.compile(
    r'<li><a href="(?P<href>[^"]*)"(?P<active> class="active" aria-current="true")?>'
    r'(?P<text>[^<]*)</a> <span class="n">(?P<n>\d+)</span></li>'
)


def facets(client, query: dict | None = None) -> dict[str, list[tuple[str, str, int]]]:
    """Facet heading -> [(value as shown, its link, count)], as the page renders them; a value
    in the filter shows as "✓ value"."""
    response = client.get("/events/", query)
    page = response.content.decode()
    # 200, or 400 for a filter with errors (the page says them, with no facets)
    assert response.status_code == (400 if "the filter has errors" in page else 200)
    if '<aside class="facets"' not in page:
        return {}
    aside = page.split('<aside class="facets"', 1)[1].split("</aside>")[0]
    found = {}
    for section in SECTION.finditer(aside):
        items = [
            (html_module.unescape(item["text"]), html_module.unescape(item["href"]), int(item["n"]))
            for item in ITEM.finditer(section["items"])
        ]
        assert len(items) == section["items"].count("<li>"), section["items"]
        assert all(bool(item["active"]) == item["text"].startswith("✓ ")
                   for item in ITEM.finditer(section["items"]))  # fmt: skip
        found[section["label"]] = items
    return found


@pytest.fixture
def talks(pompeo, kim) -> None:
    """Two meetings and a cancellation of US–DPRK talks, one sanction of US–Iran."""
    trump = make_actor("Donald Trump", country="US")
    make_event("meeting", "2018-07-06", actors=[pompeo, kim], negotiation="us-dprk")
    make_event("meeting", "2018-07-07", status="planned", actors=[pompeo, kim],
               negotiation="us-dprk")  # fmt: skip
    make_event("cancellation", "2018-08-24", actors=[trump, pompeo], negotiation="us-dprk")
    make_event("sanction", "2018-08-07", actors=[trump], negotiation="us-iran")


def test_every_facet_counts_the_events_of_each_value(client, talks):
    assert facets(client) == {
        "Negotiations": [("United States – North Korea", "?negotiation=us-dprk", 3),
                         ("United States – Iran", "?negotiation=us-iran", 1)],
        "Type": [("Meeting", "?type=meeting", 2), ("Cancellation", "?type=cancellation", 1),
                 ("Sanction", "?type=sanction", 1)],
        "Status": [("Occurred", "?status=occurred", 3), ("Planned", "?status=planned", 1)],
        "Actors": [("Mike Pompeo", "?actor=mike-pompeo", 3),
                   ("Donald Trump", "?actor=donald-trump", 2),
                   ("Kim Yong-chol", "?actor=kim-yong-chol", 2)],
        "Countries": [("US", "?country=US", 4), ("KP", "?country=KP", 2)],
        "Months": [("2018-08", "?date_after=2018-08-01&date_before=2018-08-31", 2),
                   ("2018-07", "?date_after=2018-07-01&date_before=2018-07-31", 2)],
    }  # fmt: skip


def test_facets_count_only_the_filtered_rows(client, talks):
    found = facets(client, {"type": "cancellation"})
    assert found["Type"] == [("✓ Cancellation", "?", 1)]
    assert found["Actors"] == [
        ("Donald Trump", "?type=cancellation&actor=donald-trump", 1),
        ("Mike Pompeo", "?type=cancellation&actor=mike-pompeo", 1),
    ]
    assert found["Countries"] == [("US", "?type=cancellation&country=US", 1)]
    assert found["Status"] == [("Occurred", "?type=cancellation&status=occurred", 1)]


def test_a_facet_value_links_to_the_filter_with_it_added_or_removed(client, talks):
    found = facets(client, {"status": "occurred"})
    assert ("Sanction", "?status=occurred&type=sanction", 1) in found["Type"]
    html = client.get("/events/", {"status": "occurred"}).content.decode()
    assert '<a href="?status=occurred&amp;type=sanction">Sanction</a>' in html
    html = client.get("/events/", {"type": "sanction"}).content.decode()
    assert '<a href="?" class="active" aria-current="true">✓ Sanction</a>' in html
    two = facets(client, {"type": ["sanction", "meeting"]})["Type"]
    assert two == [("✓ Meeting", "?type=sanction", 2), ("✓ Sanction", "?type=meeting", 1)]


def test_a_negotiation_or_month_replaces_the_one_chosen_before(client, talks):
    found = facets(client, {"negotiation": "us-dprk", "country": "KP"})
    assert found["Negotiations"] == [("✓ United States – North Korea", "?country=KP", 2)]
    july = {"date_after": "2018-07-01", "date_before": "2018-07-31"}
    months = facets(client, july)["Months"]
    assert months == [("✓ 2018-07", "?", 2)]


def test_a_second_country_is_added_to_the_first_and_asks_for_both(client, talks):
    found = facets(client, {"negotiation": "us-dprk", "country": "KP"})
    assert found["Countries"] == [
        ("✓ KP", "?negotiation=us-dprk", 2),
        ("US", "?negotiation=us-dprk&country=KP&country=US", 2),
    ]


def test_a_facet_link_drops_the_page_number(client, talks):
    found = facets(client, {"type": "meeting", "_page": "1"})
    assert ("Mike Pompeo", "?type=meeting&actor=mike-pompeo", 2) in found["Actors"]


def test_a_filter_with_errors_shows_no_facets(client, talks):
    assert facets(client, {"type": "meetings"}) == {}
    assert client.get("/events/", {"type": "meetings"}).status_code == 400


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


def test_facet_values_leave_out_facets_without_values():
    counts = {"type": [("meeting", "Meeting", 2)], "actor": []}
    assert [f.name for f, _ in facet_values(counts, QueryDict(""))] == ["type"]


def test_the_api_gives_the_facets_it_is_asked_for(client):
    zarif = make_actor("Javad Zarif", country="IR")
    for day in ("2019-07-01", "2019-07-02"):
        make_event("meeting", day, actors=[zarif], negotiation="us-iran")
    make_event("sanction", "2019-07-03", negotiation="us-dprk")
    answer = client.get(
        "/api/events", {"negotiation": "us-iran", "_facet": ["type", "actor", "nonsense"]}
    ).json()
    assert set(answer["facets"]) == {"type", "actor"}
    [meetings] = answer["facets"]["type"]
    assert (meetings["value"], meetings["label"], meetings["count"]) == ("meeting", "Meeting", 2)
    assert meetings["toggle"].endswith("?negotiation=us-iran&_facet=type&_facet=actor"
                                       "&_facet=nonsense&type=meeting")  # fmt: skip
    assert [(a["label"], a["count"]) for a in answer["facets"]["actor"]] == [("Javad Zarif", 2)]
    assert "facets" not in client.get("/api/events", {"negotiation": "us-iran"}).json()


# ---------------------------------------------------------------------- more, outlets
@pytest.fixture
def crowd() -> None:
    """14 actors, the first with 14 events, the next with 13, … the last with one."""
    envoys = [make_actor(f"Envoy {n:02}", country="US") for n in range(14)]
    for day in range(14):
        make_event("meeting", f"2019-03-{day + 1:02}", actors=envoys[: 14 - day])


def test_a_facet_shows_twelve_values_and_a_link_to_all_of_them(client, crowd):
    response = client.get("/events/")
    found = facets(client)["Actors"]
    assert [(label, n) for label, _, n in found] == [(f"Envoy {n:02}", 14 - n) for n in range(12)]
    assert '<a href="?_facet_size=all">More actors…</a>' in response.content.decode()
    every = facets(client, {"_facet_size": "all"})["Actors"]
    assert [(label, n) for label, _, n in every] == [(f"Envoy {n:02}", 14 - n) for n in range(14)]
    assert every[13][1] == "?_facet_size=all&actor=envoy-13"  # choosing one keeps them all
    html = client.get("/events/", {"_facet_size": "all"}).content.decode()
    assert "More actors" not in html and '<a href="?">Fewer</a>' in html


def test_every_type_is_shown_without_a_more_link():
    rows = [(f"type{n}", f"Type {n}", 20 - n) for n in range(16)]
    [shown] = facet_values({"type": rows}, QueryDict(""))
    assert len(shown.values) == 16 and shown.more == "" and shown.fewer == ""


def test_a_facet_of_twelve_values_has_no_more_link(client):
    for n in range(12):
        make_event("meeting", f"2019-04-{n + 1:02}", actors=[make_actor(f"Envoy {n:02}")])
    html = client.get("/events/").content.decode()
    assert len(facets(client)["Actors"]) == 12 and "More actors" not in html


def test_every_value_is_counted_in_the_database_in_a_fixed_number_of_queries(client, crowd):
    _, few = get_counting_queries(client, "/events/", {"_facet_size": "all", "type": "meeting"})
    make_event("meeting", "2019-05-01", actors=[make_actor(f"Envoy {n}") for n in range(20, 40)])
    _, many = get_counting_queries(client, "/events/", {"_facet_size": "all", "type": "meeting"})
    assert len(facets(client, {"_facet_size": "all", "type": "meeting"})["Actors"]) == 34
    assert many == few


def test_the_api_gives_every_value_when_asked(client, crowd):
    twelve = client.get("/api/events", {"_facet": "actor"}).json()["facets"]["actor"]
    every = client.get("/api/events", {"_facet": "actor", "_facet_size": "all"}).json()
    assert len(twelve) == 12 and len(every["facets"]["actor"]) == 14


def test_the_outlet_facet_counts_the_events_each_outlet_reports(client):
    hill = [make_article("Talks.", outlet="The Hill") for _ in range(2)]
    kcna = make_article("Talks.", outlet="KCNA")
    make_event("meeting", "2018-07-06", sources=hill)  # two articles, one event
    make_event("meeting", "2018-07-07", sources=[hill[0], kcna])
    make_event("meeting", "2018-07-08", sources=[make_article("Talks.")])  # no outlet
    assert facets(client)["Outlets"] == [("The Hill", "?outlet=The+Hill", 2),
                                         ("KCNA", "?outlet=KCNA", 1)]  # fmt: skip
    chosen = facets(client, {"outlet": "KCNA"})
    assert chosen["Outlets"] == [("✓ KCNA", "?", 1), ("The Hill", "?outlet=The+Hill", 1)]
    response = client.get("/events/", {"outlet": "KCNA"})
    assert response.context["description"] == "reported by KCNA"
