"""The facets beside the events table, read from the rendered page: each value of the filtered
rows with its count, as a link that adds the value to the filter or removes it."""

from __future__ import annotations

import html as html_module
import re

import pytest

from tests.factories import make_actor, make_event

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
    assert response.status_code == 200
    page = response.content.decode()
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


def test_a_negotiation_country_or_month_replaces_the_one_chosen_before(client, talks):
    found = facets(client, {"negotiation": "us-dprk", "country": "KP"})
    assert found["Negotiations"] == [("✓ United States – North Korea", "?country=KP", 2)]
    assert found["Countries"] == [
        ("✓ KP", "?negotiation=us-dprk", 2),
        ("US", "?negotiation=us-dprk&country=US", 2),
    ]
    july = {"date_after": "2018-07-01", "date_before": "2018-07-31"}
    months = facets(client, july)["Months"]
    assert months == [("✓ 2018-07", "?", 2)]


def test_a_facet_link_drops_the_page_number(client, talks):
    found = facets(client, {"type": "meeting", "_page": "1"})
    assert ("Mike Pompeo", "?type=meeting&actor=mike-pompeo", 2) in found["Actors"]


def test_a_filter_with_errors_shows_no_facets(client, talks):
    assert facets(client, {"type": "meetings"}) == {}
