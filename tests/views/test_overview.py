"""/: one negotiation's totals, charts and latest events (the first negotiation with events,
or ?negotiation=slug, or every negotiation with ?negotiation=all)."""

from __future__ import annotations

import re

import pytest

from tests.factories import make_actor, make_article, make_event
from tests.views.reading import get_counting_queries

pytestmark = pytest.mark.django_db


def totals(html: str) -> dict[str, int]:
    """The headline figures as the page shows them: {"events": 3, "meetings held": 1, ...}."""
    figures = html.split('<ul class="counts" aria-label="Totals">')[1].split("</ul>")[0]
    return {
        label: int(n)
        for n, label in re.findall(r"<li><strong>(\d+)</strong> ([^<]+)</li>", figures)
    }


def latest(response) -> list[str]:
    return [event.summary for event in response.context["latest"]]


@pytest.fixture
def two_negotiations(pompeo, kim) -> None:
    """Three US–DPRK events and two US–Iran ones, each reported by an article of its own."""
    dprk, iran = (make_article(negotiation=slug) for slug in ("us-dprk", "us-iran"))
    zarif = make_actor("Javad Zarif", country="IR")
    for kind, date, summary in [
        ("meeting", "2018-07-06", "Pompeo meets Kim Yong-chol"),
        ("cancellation", "2018-08-24", "Trump calls off the trip"),
        ("sanction", "2018-08-22", "Treasury sanctions a shipper"),
    ]:
        make_event(
            kind, date, summary=summary, actors=[pompeo, kim], sources=[dprk], negotiation="us-dprk"
        )
    for kind, date, summary in [
        ("cancellation", "2018-05-08", "The US leaves the nuclear deal"),
        ("sanction", "2018-08-07", "Sanctions return"),
    ]:
        make_event(kind, date, summary=summary, actors=[pompeo, zarif], sources=[iran],
                   negotiation="us-iran")  # fmt: skip


def test_it_shows_the_first_negotiation_with_events_and_says_which(client, two_negotiations):
    response = client.get("/")
    html = response.content.decode()
    assert "<h1>United States – North Korea, 2017–2019</h1>" in html
    assert "Every figure on this page counts this negotiation only." in html
    assert totals(html) == {"events": 3, "meetings held": 1, "cancelled or postponed": 1,
                            "sanctions": 1, "articles": 1, "actors": 2}  # fmt: skip
    assert latest(response) == [
        "Trump calls off the trip", "Treasury sanctions a shipper", "Pompeo meets Kim Yong-chol",
    ]  # fmt: skip


def test_the_first_negotiation_in_the_files_order_that_has_events_is_shown(client):
    make_event("sanction", "2018-08-07", summary="Sanctions return", negotiation="us-iran")
    html = client.get("/").content.decode()
    assert "<h1>United States – Iran" in html and totals(html)["sanctions"] == 1


def test_it_shows_the_negotiation_asked_for(client, two_negotiations):
    response = client.get("/", {"negotiation": "us-iran"})
    assert totals(response.content.decode()) == {
        "events": 2, "meetings held": 0, "cancelled or postponed": 1, "sanctions": 1,
        "articles": 1, "actors": 2,
    }  # fmt: skip
    assert latest(response) == ["Sanctions return", "The US leaves the nuclear deal"]


def test_it_shows_every_negotiation_together_when_asked(client, two_negotiations):
    make_event("meeting", "2019-01-01", summary="No negotiation")
    response = client.get("/", {"negotiation": "all"})
    html = response.content.decode()
    assert "<h1>All negotiations</h1>" in html
    assert totals(html)["events"] == 6 and totals(html)["articles"] == 2
    assert latest(response)[0] == "No negotiation"


def test_an_unknown_negotiation_is_not_found(client, two_negotiations):
    assert client.get("/", {"negotiation": "us-mars"}).status_code == 404


def test_the_negotiations_are_offered_with_their_counts(client, two_negotiations):
    html = client.get("/").content.decode()
    assert (
        '<a href="?negotiation=us-dprk" aria-current="page" class="active">'
        'United States – North Korea <span class="n">3</span></a>'
    ) in html
    assert (
        '<a href="?negotiation=us-iran">United States – Iran <span class="n">2</span></a>' in html
    )


def test_it_counts_only_the_actors_of_visible_events(client, two_negotiations):
    before = totals(client.get("/", {"negotiation": "all"}).content.decode())["actors"]
    kept = make_event(actors=[make_actor("Visible Once")])
    make_event(actors=[make_actor("Only Rejected")], review="rejected")
    make_event(actors=[make_actor("Only Merged")], merged_into=kept)
    after = totals(client.get("/", {"negotiation": "all"}).content.decode())["actors"]
    assert (before, after) == (3, 4)


def test_it_draws_its_charts_with_our_own_plotly(client, two_negotiations):
    html = client.get("/").content.decode()
    assert 'src="/static/vendor/plotly/plotly.min.js"' in html
    for chart in ("chart-periods", "chart-stalling", "chart-matrix"):
        assert f'id="{chart}"' in html
    assert "Cancelled or postponed" in html
    assert "://cdn" not in html and "https://" not in html


def test_it_offers_the_negotiations_events_as_a_table_csv_and_json(client, two_negotiations):
    html = client.get("/").content.decode()
    assert (
        '<a href="/events/?negotiation=us-dprk">All United States – North Korea events →</a>'
        in (html)
    )
    assert 'href="/events.csv?negotiation=us-dprk"' in html
    assert 'href="/api/events?negotiation=us-dprk"' in html


def test_with_no_events_it_says_how_to_load_some(client):
    assert "No events yet." in client.get("/").content.decode()


def test_it_takes_as_many_queries_for_many_events_as_for_few(client, pompeo, kim, story):
    make_event(
        "meeting", "2019-03-01", actors=[pompeo, kim], sources=[story], negotiation="us-dprk"
    )
    _, few = get_counting_queries(client, "/")
    for day in range(2, 25):
        make_event("meeting", f"2019-03-{day:02}", actors=[pompeo, kim], sources=[story],
                   negotiation="us-dprk")  # fmt: skip
    response, many = get_counting_queries(client, "/")
    assert totals(response.content.decode())["events"] == 24 and len(latest(response)) == 10
    assert many == few


def test_a_repeated_request_reuses_the_aggregates_and_shows_the_same_page(client, two_negotiations):
    first, cold = get_counting_queries(client, "/")
    second, warm = get_counting_queries(client, "/")
    assert warm < cold and second.content == first.content
