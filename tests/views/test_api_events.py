"""/api/events: the filtered visible events as JSON pages, newest first, in the export schema;
a filter it cannot read is a 400 with its errors."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from dashboard.filters import MAX_ID
from dashboard.models import Article, DataVersion, Event
from tests.bad_filters import BAD_FILTER_IDS, BAD_FILTERS
from tests.factories import make_actor, make_article, make_event
from tests.views.reading import get_counting_queries

pytestmark = pytest.mark.django_db


def ids(response) -> list[int]:
    assert response.status_code == 200
    return [event["id"] for event in response.json()["events"]]


def test_an_event_is_given_in_the_export_schema(client, meeting, story):
    assert client.get("/api/events").json() == {
        "count": 1, "next": None, "previous": None,
        "events": [{
            "id": meeting.pk, "negotiation": "us-dprk", "type": "meeting", "status": "occurred",
            "date": "2018-07", "date_precision": "month", "end_date": None, "date_inferred": False,
            "location": "Pyongyang", "summary": "Pompeo meets Kim Yong-chol", "confidence": 0.75,
            "review": "auto", "related_event": None, "plover": "CONSULT", "cameo": "040",
            "actors": [{"name": "Mike Pompeo", "slug": "mike-pompeo", "role": "participant"},
                       {"name": "Kim Yong-chol", "slug": "kim-yong-chol", "role": "target"}],
            "sources": [{"article": story.pk, "url": "https://example.org/pyongyang",
                         "title": "Pompeo in Pyongyang", "outlet": "The Hill",
                         "published": "2018-07-08",
                         "evidence": ["Mike Pompeo met Kim Yong-chol in Pyongyang."]}],
        }],
    }  # fmt: skip


def test_a_cancellation_names_what_it_cancelled_and_the_chronologys_pages_are_sources(client):
    trip = make_event("visit", "2018-08-27", status="cancelled")
    called_off = make_event("cancellation", "2018-08-24", related_event=trip)
    called_off.references.create(url="https://example.org/called-off", outlet="Example Wire",
                                 title="Trip called off", published="2018-08-24")  # fmt: skip
    [event] = client.get("/api/events", {"type": "cancellation"}).json()["events"]
    assert (event["related_event"], event["plover"], event["cameo"]) == (trip.pk, "SANCTION", "161")
    assert event["sources"] == [
        {"article": None, "url": "https://example.org/called-off", "title": "Trip called off",
         "outlet": "Example Wire", "published": "2018-08-24", "evidence": []},
    ]  # fmt: skip


def test_it_lists_only_visible_events_newest_first(client):
    kept = make_event("meeting", "2018-06-12")
    newer = make_event("sanction", "2018-08-22")
    make_event("meeting", "2018-09-01", review="rejected")
    make_event("meeting", "2018-09-02", merged_into=kept)
    assert ids(client.get("/api/events")) == [newer.pk, kept.pk]


def test_it_lists_only_the_events_of_the_filter(client, pompeo):
    meetings = [make_event("meeting", f"2018-07-{day:02}", actors=[pompeo]) for day in (2, 1)]
    make_event("sanction", "2018-07-03", actors=[pompeo])
    make_event("meeting", "2018-07-04")
    response = client.get("/api/events", {"type": "meeting", "actor": "mike-pompeo"})
    assert ids(response) == [event.pk for event in meetings]
    assert response.json()["count"] == 2


def test_it_pages_with_links_to_the_next_and_previous_pages(client):
    events = [make_event("meeting", f"2018-07-{day:02}") for day in range(12, 0, -1)]
    first = client.get("/api/events", {"type": "meeting", "_size": 5}).json()
    assert first["count"] == 12 and first["previous"] is None
    assert first["next"] == "http://testserver/api/events?type=meeting&_size=5&_page=2"
    assert [e["id"] for e in first["events"]] == [e.pk for e in events[:5]]
    second = client.get(first["next"]).json()
    assert [e["id"] for e in second["events"]] == [e.pk for e in events[5:10]]
    assert second["previous"] == "http://testserver/api/events?type=meeting&_size=5&_page=1"
    last = client.get(second["next"]).json()
    assert [e["id"] for e in last["events"]] == [e.pk for e in events[10:]]
    assert last["next"] is None


@pytest.mark.parametrize(("query", "field", "message"), BAD_FILTERS, ids=BAD_FILTER_IDS)
def test_a_bad_filter_is_a_400_with_its_errors(client, query, field, message):
    response = client.get("/api/events", query)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert list(errors) == [field] and [e["message"] for e in errors[field]] == [message]


def test_more_actors_than_the_limit_is_an_error(client):
    actors = [make_actor(f"Envoy {n}").slug for n in range(21)]
    response = client.get("/api/events", {"actor": actors})
    assert response.status_code == 400
    assert response.json()["errors"]["actor"][0]["message"] == "At most 20 actors at once."
    assert client.get("/api/events", {"actor": actors[:20]}).status_code == 200


def test_the_largest_64_bit_article_id_is_a_filter_that_finds_nothing(client, meeting):
    assert client.get("/api/events", {"article": str(MAX_ID)}).json()["count"] == 0


def test_the_article_filter_lists_exactly_its_events(client, meeting, story):
    make_event("meeting", "2018-07-05", sources=[make_article("Elsewhere.")])
    assert ids(client.get("/api/events", {"article": story.pk})) == [meeting.pk]


def test_the_negotiation_filter_lists_only_that_negotiations_events(client, meeting):
    iran = make_event("sanction", "2018-08-07", negotiation="us-iran")
    response = client.get("/api/events", {"negotiation": "us-iran"})
    assert ids(response) == [iran.pk] and response.json()["events"][0]["negotiation"] == "us-iran"


def test_a_javascript_address_is_no_url(client, meeting, story):
    Article.objects.filter(pk=story.pk).update(url="javascript:alert(1)")
    [source] = client.get("/api/events").json()["events"][0]["sources"]
    assert source["url"] is None


def test_sources_are_named_without_files_or_user_names(client):
    article = make_article("Mike Pompeo met Kim Yong-chol.", source_key="admin/alice/story.txt#1",
                           outlet="Example Wire", published="2018-08-25")  # fmt: skip
    make_event("meeting", "2018-08-24", sources=[article])
    [event] = client.get("/api/events").json()["events"]
    assert event["sources"] == [
        {"article": article.pk, "url": None, "title": "", "outlet": "Example Wire",
         "published": "2018-08-25", "evidence": ["Mike Pompeo met Kim Yong-chol."]},
    ]  # fmt: skip


def test_a_page_takes_as_many_queries_for_many_rows_as_for_two(client, pompeo, kim, story):
    for day in range(1, 41):
        make_event("meeting", f"2019-01-{day % 28 + 1:02}", actors=[pompeo, kim], sources=[story])
    small, few = get_counting_queries(client, "/api/events", {"_size": 2})
    cache.clear()  # the second request computes its count too
    large, many = get_counting_queries(client, "/api/events", {"_size": 40})
    assert (len(small.json()["events"]), len(large.json()["events"])) == (2, 40)
    assert few == many


# ---------------------------------------------------------------------- the cache
def test_a_repeated_request_reuses_the_count_and_gives_the_same_page(client, meeting):
    first, cold = get_counting_queries(client, "/api/events", {"type": "meeting"})
    second, warm = get_counting_queries(client, "/api/events", {"type": "meeting"})
    assert warm < cold and second.content == first.content


def count(client, **query) -> int:
    return client.get("/api/events", {"type": "meeting", **query}).json()["count"]


def test_a_change_through_the_orm_shows_at_once(client):
    event, _ = make_event("meeting", "2018-07-01"), make_event("meeting", "2018-07-02")
    assert count(client) == 2
    event.review = "rejected"
    event.save()
    assert count(client) == 1
    event.participants.all().delete()
    event.review = "auto"
    event.save()
    assert count(client) == 2


def test_a_change_by_another_process_shows_at_once(client):
    """Another process's write changes the token in the database; this process's cache has
    no entry under the new token."""
    make_event("meeting", "2018-07-01")
    make_event("meeting", "2018-07-02")
    assert count(client) == 2
    Event.objects.filter(event_type="meeting").update(event_type="visit")  # no signals
    assert count(client) == 2  # the cached count, for the data version it was computed for
    DataVersion.objects.update(token="written-by-another-process")
    assert count(client) == 0


def test_filter_values_that_look_like_query_strings_get_their_own_entry(client):
    make_event("meeting", "2018-07-01", summary="Pompeo meets Kim Yong-chol")
    assert count(client, q="Pompeo") == 1
    assert client.get("/api/events", {"q": "Pompeo&type=meeting"}).json()["count"] == 0


def test_spellings_of_one_filter_share_one_cache_entry(client, computed):
    for query in [
        "type=meeting&date_after=2018-06-01",
        "date_after=2018-06-01&type=meeting",
        "type=meeting&date_after=2018-06-01&nonsense=1&_size=3",
    ]:
        assert client.get(f"/api/events?{query}").status_code == 200, query
    assert computed == ["api-events", "events-order"]
    # The events page of the same filter in its default order reads the same cached ids.
    client.get("/events/?date_after=2018-06-01&type=meeting")
    assert computed == ["api-events", "events-order", "events"]


def test_the_api_says_which_dates_are_inferred(client):
    make_event("meeting", "2018-11", date_inferred=True)
    [event] = client.get("/api/events").json()["events"]
    assert (event["date"], event["date_inferred"], event["end_date"]) == ("2018-11", True, None)
