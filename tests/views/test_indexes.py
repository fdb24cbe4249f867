"""/actors/ and /articles/: every actor and every article (those no event cites too), with a
search box, filters and pages; and /api/events/<id>, one event in the export schema."""

from __future__ import annotations

import pytest

from tests.factories import make_actor, make_article, make_event, make_mention
from tests.views.reading import get_counting_queries

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    return [str(row) for row in response.context["page"].object_list]


# ---------------------------------------------------------------------- actors
def test_the_actor_index_lists_every_actor_with_kind_country_and_events(client, meeting):
    make_actor("OFAC", kind="body", country="US")
    gone = make_actor("Pompeo (dup)")
    gone.merged_into = meeting.participants.first().actor
    gone.save()
    response = client.get("/actors/")
    assert names(response) == ["Kim Yong-chol", "Mike Pompeo", "OFAC"]  # not merged away
    html = response.content.decode()
    assert '<p class="lede">3 actors.</p>' in html
    assert '<a href="/events/?actor=kim-yong-chol">1</a>' in html
    assert "<td>Government body</td><td>US</td>" in html
    assert '<a href="/actors/">Actors</a>' in html and '<a href="/articles/">Articles</a>' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "pomp"}, ["Mike Pompeo"]),
        ({"kind": "body"}, ["OFAC"]),
        ({"country": "us"}, ["Mike Pompeo", "OFAC"]),
        ({"q": "kim", "country": "US"}, []),
    ],
)
def test_the_actor_index_searches_and_filters(client, meeting, query, expected):
    make_actor("OFAC", kind="body", country="US")
    assert names(client.get("/actors/", query)) == expected


def test_a_bad_actor_filter_shows_its_error(client, meeting):
    response = client.get("/actors/", {"country": "USA"})
    assert response.status_code == 400
    assert "A country is a two-letter ISO code, such as US." in response.content.decode()
    assert "page" not in response.context
    articles = client.get("/articles/", {"published_after": "2018-02-30"})
    assert articles.status_code == 400 and "page" not in articles.context


def test_the_actor_index_pages_in_two_queries_for_any_number_of_rows(client, settings):
    settings.PARLEY_PAGE_SIZE = 30
    make_event("meeting", "2019-01-01", actors=[make_actor("Envoy 0")])
    _, one = get_counting_queries(client, "/actors/")
    make_event("meeting", "2019-01-02", actors=[make_actor(f"Envoy {n}") for n in range(1, 45)])
    response, thirty = get_counting_queries(client, "/actors/")
    assert len(names(response)) == 30 and thirty == one
    assert "Page 1 of 2" in response.content.decode()
    second = client.get("/actors/", {"_page": 2})
    assert len(names(second)) == 15


# ---------------------------------------------------------------------- articles
def test_the_article_index_lists_articles_without_events_too(client, meeting, story):
    bare = make_article("Nothing happened.", title="A quiet day", outlet="KCNA",
                        published="2018-07-09")  # fmt: skip
    response = client.get("/articles/")
    assert names(response) == ["A quiet day", "Pompeo in Pyongyang"]
    html = response.content.decode()
    assert f'<a href="/articles/{bare.pk}/">A quiet day</a>' in html
    assert f'<a href="/events/?article={story.pk}">1</a>' in html
    assert "<td>KCNA</td>" in html and '<td class="num">0</td>' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "quiet"}, ["A quiet day"]),
        ({"q": "Pyongyang"}, ["Pompeo in Pyongyang"]),  # the text too
        ({"outlet": "the hill"}, ["Pompeo in Pyongyang"]),
        ({"published_after": "2018-07-09"}, ["A quiet day"]),
    ],
)
def test_the_article_index_searches_and_filters(client, meeting, query, expected):
    make_article("Nothing happened.", title="A quiet day", outlet="KCNA", published="2018-07-09")
    assert names(client.get("/articles/", query)) == expected


def test_the_article_index_pages_in_a_fixed_number_of_queries(client, settings):
    settings.PARLEY_PAGE_SIZE = 30
    make_article("One.", title="Report 0", negotiation="us-dprk")
    _, one = get_counting_queries(client, "/articles/")
    for n in range(1, 40):
        event = make_event("meeting", "2019-01-02")
        make_mention(event, make_article(f"Report {n}.", title=f"Report {n}",
                                         negotiation="us-dprk"))  # fmt: skip
    response, thirty = get_counting_queries(client, "/articles/")
    assert len(names(response)) == 30 and thirty == one


# ---------------------------------------------------------------------- one event's JSON
def test_one_event_is_given_in_the_export_schema(client, meeting, story):
    answer = client.get(f"/api/events/{meeting.pk}").json()
    listed = client.get("/api/events").json()["events"][0]
    assert answer == listed
    assert answer["id"] == meeting.pk and answer["sources"][0]["outlet"] == "The Hill"


def test_an_unknown_event_is_a_404_in_json(client, meeting):
    response = client.get(f"/api/events/{meeting.pk + 100}")
    assert response.status_code == 404
    assert response.json() == {"error": f"No event has the id {meeting.pk + 100}."}


def test_a_merged_away_event_redirects_to_the_one_it_was_merged_into(client, meeting):
    gone = make_event("meeting", "2018-07-06", merged_into=meeting)
    response = client.get(f"/api/events/{gone.pk}")
    assert response.status_code == 302 and response["Location"] == f"/api/events/{meeting.pk}"
    assert client.get(response["Location"]).json()["id"] == meeting.pk


def test_one_event_takes_a_fixed_number_of_queries(client, meeting, story, kim):
    _, few = get_counting_queries(client, f"/api/events/{meeting.pk}")
    actors = [kim, *(make_actor(f"E{n}") for n in range(9))]
    sources = [story, *(make_article(f"R{n}.") for n in range(9))]
    many = make_event("meeting", "2018-07-07", actors=actors, sources=sources)
    _, more = get_counting_queries(client, f"/api/events/{many.pk}")
    assert more == few
