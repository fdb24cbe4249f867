"""/events/: the filtered, sorted, paged table of visible events, with its filter form, its
errors and its exports. Facets: test_facets.py."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dashboard import queries
from dashboard.filters import ARTICLE_ID_ERROR, MAX_ID
from tests.bad_filters import BAD_FILTER_IDS, BAD_FILTERS
from tests.factories import make_article, make_event
from tests.views.reading import get_counting_queries, listed

pytestmark = pytest.mark.django_db


@pytest.fixture
def three() -> dict:
    """Three events that differ in every sortable column."""
    articles = [make_article(f"Report {n}.") for n in range(3)]
    return {
        "meeting": make_event("meeting", "2018-06-12", confidence=0.9, sources=articles[:1]),
        "sanction": make_event("sanction", "2018-08-22", status="planned", confidence=0.4,
                               sources=articles),
        "cancellation": make_event("cancellation", "2018-07-01", status="cancelled",
                                   confidence=0.6, sources=articles[:2]),
    }  # fmt: skip


def test_it_lists_the_visible_events_newest_first(client, three):
    kept = three["meeting"]
    make_event("meeting", "2018-09-01", review="rejected")
    make_event("meeting", "2018-09-02", merged_into=kept)
    response = client.get("/events/")
    assert listed(response) == [three[k].pk for k in ("sanction", "cancellation", "meeting")]
    assert '<p class="lede">3 events.</p>' in response.content.decode()


def test_it_lists_only_the_events_of_the_chosen_type_and_says_so(client, three):
    response = client.get("/events/", {"type": "sanction"})
    assert listed(response) == [three["sanction"].pk]
    html = response.content.decode()
    assert "1 event where type is sanction." in html
    assert 'This data as <a href="/events.csv?type=sanction">CSV</a>' in html
    assert '<a href="/api/events?type=sanction">JSON</a>' in html


def test_a_filter_by_several_actors_lists_the_events_where_all_of_them_take_part(
    client, pompeo, kim
):
    both = make_event("meeting", "2018-07-06", actors=[pompeo, kim])
    make_event("visit", "2018-07-05", actors=[pompeo])
    make_event("statement", "2018-07-07", actors=[kim])
    response = client.get("/events/", {"actor": ["mike-pompeo", "kim-yong-chol"]})
    assert listed(response) == [both.pk]
    assert "where Mike Pompeo and Kim Yong-chol take part" in response.content.decode()


def test_the_article_filter_lists_the_events_that_article_reports(client, story):
    reported = make_event("meeting", "2018-07-06", sources=[story])
    make_event("meeting", "2018-07-05", sources=[make_article("Elsewhere.")])
    response = client.get("/events/", {"article": story.pk})
    assert listed(response) == [reported.pk]
    assert f"where reported in article {story.pk}." in response.content.decode()


def test_the_negotiation_filter_lists_that_negotiations_events(client):
    iran = [make_event("sanction", "2018-08-07", negotiation="us-iran"),
            make_event("cancellation", "2018-05-08", negotiation="us-iran")]  # fmt: skip
    make_event("meeting", "2018-06-12", negotiation="us-dprk")
    response = client.get("/events/", {"negotiation": "us-iran"})
    assert listed(response) == [event.pk for event in iran]
    assert "where negotiation is United States – Iran." in response.content.decode()


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("date", ["meeting", "cancellation", "sanction"]),
        ("-date", ["sanction", "cancellation", "meeting"]),
        ("type", ["cancellation", "meeting", "sanction"]),
        ("status", ["cancellation", "meeting", "sanction"]),  # cancelled, occurred, planned
        ("-confidence", ["meeting", "cancellation", "sanction"]),
        ("sources", ["meeting", "cancellation", "sanction"]),  # 1, 2 and 3 articles
        ("-sources", ["sanction", "cancellation", "meeting"]),
    ],
)
def test_the_table_sorts_by_the_column_asked_for(client, three, sort, order):
    assert listed(client.get("/events/", {"_sort": sort})) == [three[k].pk for k in order]


def test_an_unknown_sort_falls_back_to_newest_first(client, three):
    response = client.get("/events/", {"_sort": "password"})
    assert listed(response) == [three[k].pk for k in ("sanction", "cancellation", "meeting")]


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        (["Mike Pompeo"], "actor=mike-pompeo"),
        (["mike pompeo", "KIM YONG-CHOL"], "actor=mike-pompeo&actor=kim-yong-chol"),
        (["mike-pompeo", ""], "actor=mike-pompeo"),  # the empty "add an actor" box
        (["mike-pompeo", "Mike Pompeo"], "actor=mike-pompeo"),
    ],
)
def test_actors_named_by_name_lead_to_the_same_filter_by_slug(
    client, pompeo, kim, given, canonical
):
    response = client.get("/events/", {"type": "meeting", "actor": given})
    assert response.status_code == 302
    assert response["Location"] == f"/events/?type=meeting&{canonical}"


def test_a_submitted_form_leaves_its_empty_fields_out_of_the_address(client):
    form = {"q": "", "type": "meeting", "date_after": " ", "actor": "", "_sort": "-date"}
    response = client.get("/events/", {**form, "_page": ""})
    assert response.status_code == 302
    assert response["Location"] == "/events/?type=meeting&_sort=-date"
    assert client.get(response["Location"]).status_code == 200


def test_the_actor_box_shows_the_chosen_actors_and_refuses_an_unknown_name(client, pompeo):
    html = client.get("/events/", {"actor": "mike-pompeo"}).content.decode()
    assert '<input type="checkbox" name="actor" value="mike-pompeo" checked> Mike Pompeo' in html
    assert 'data-suggest="/api/actors"' in html
    response = client.get("/events/", {"actor": "Nobody Atall"})
    assert response.status_code == 400
    assert "No actor is called Nobody Atall." in response.content.decode()


def test_an_empty_result_says_how_to_widen_it(client, three):
    html = client.get(
        "/events/", {"date_after": "1990-01-01", "date_before": "1990-12-31"}
    ).content.decode()
    assert "0 events where 1990-01-01 to 1990-12-31." in html
    assert "No events match" in html and "clear every filter" in html


# ---------------------------------------------------------------------- a filter with errors


@pytest.mark.parametrize(("query", "field", "message"), BAD_FILTERS, ids=BAD_FILTER_IDS)
def test_a_bad_filter_shows_its_error_and_no_rows_facets_charts_or_exports(
    client, query, field, message
):
    make_event("agreement", "2018-06-01", summary="Zebra accord signed")
    assert "Zebra accord signed" in client.get("/events/").content.decode()  # shown unfiltered
    response = client.get("/events/", query)
    assert response.status_code == 400  # as on the API, the CSV and the other pages
    html = response.content.decode()
    assert message in html and "No events are shown: the filter has errors." in html
    assert "Zebra accord signed" not in html  # not the unfiltered table
    for unfiltered in ("page", "facets", "count", "periods", "timeline"):
        assert unfiltered not in response.context, unfiltered
    assert 'id="chart-periods"' not in html and 'class="facets"' not in html
    assert 'href="/events.csv' not in html  # no export of rows that are not shown


def test_a_hidden_field_error_shows_beside_the_other_errors(client):
    html = client.get("/events/", {"article": "abc", "type": "meetings"}).content.decode()
    assert f"<li>Article (id): {ARTICLE_ID_ERROR}</li>" in html
    assert (
        "<li>Type: Select a valid choice. meetings is not one of the available choices.</li>"
        in html
    )


def test_the_largest_64_bit_article_id_is_a_filter_that_finds_nothing(client, three):
    response = client.get("/events/", {"article": str(MAX_ID)})
    assert "the filter has errors" not in response.content.decode()
    assert listed(response) == [] and response.context["count"] == 0


# ---------------------------------------------------------------------- pages and queries
def test_the_page_takes_as_many_queries_for_many_rows_as_for_few(client, pompeo, kim, story):
    for day in (1, 2):
        make_event("meeting", f"2019-01-{day:02}", actors=[pompeo, kim], sources=[story])
    urls = ["/events/", "/events/?type=meeting&actor=mike-pompeo"]
    few = [get_counting_queries(client, url)[1] for url in urls]
    for day in range(3, 25):
        make_event("meeting", f"2019-01-{day:02}", actors=[pompeo, kim], sources=[story])
    responses = [get_counting_queries(client, url) for url in urls]
    assert [len(listed(response)) for response, _ in responses] == [24, 24]
    assert [count for _, count in responses] == few


@pytest.fixture
def many(pompeo) -> None:
    """22 events of several types, dates and numbers of sources (0 to 3)."""
    articles = [make_article(f"Report {n}.") for n in range(3)]
    kinds = ["meeting", "sanction", "visit", "summit"]
    for n in range(22):
        make_event(kinds[n % 4], f"2018-{n % 12 + 1:02}-{n % 5 + 1:02}",
                   sources=articles[: n % 4], summary=f"Pompeo event {n}")  # fmt: skip


@pytest.mark.parametrize(
    "limit", [0, 5, 20_000], ids=["database", "cached-first-rows", "cached-order"]
)
@pytest.mark.parametrize("sort", ["-date", "sources", "type"])
def test_the_pages_together_hold_the_sorted_rows_once_each(
    client, settings, monkeypatch, many, sort, limit
):
    monkeypatch.setattr(queries, "ORDER_CACHE_LIMIT", limit)  # the first `limit` ids cached
    settings.PARLEY_PAGE_SIZE = 4
    rows, _ = queries.sorted_events(queries.visible_events(), sort)
    expected = list(rows.values_list("id", flat=True))
    assert len(expected) == 22
    client.get("/events/", {"_sort": sort})  # the aggregates and the first ids cached
    seen = []
    for number in range(1, 7):
        with CaptureQueriesContext(connection) as queries_run:
            page = client.get("/events/", {"_sort": sort, "_page": number}).context["page"]
        # A page within the cached ids reads its rows by primary key; a later one asks the
        # database for that stretch of the sorted list.
        sorted_again = [
            q for q in queries_run if 'FROM "dashboard_event"' in q["sql"] and "LIMIT" in q["sql"]
        ]
        assert bool(sorted_again) == (page.end_index() > limit), number
        seen += [event.pk for event in page.object_list]
    assert seen == expected


def test_a_later_page_of_a_search_reads_only_its_own_rows(client, settings, many):
    settings.PARLEY_PAGE_SIZE = 2
    assert client.get("/events/", {"q": "Pompeo"}).context["count"] == 22
    with CaptureQueriesContext(connection) as queries_run:
        page = client.get("/events/", {"q": "Pompeo", "_page": 2}).context["page"]
    assert not [q["sql"] for q in queries_run if "pompeo" in q["sql"].lower()]  # no new search
    rows = [(event.summary, event.source_count) for event in page.object_list]
    assert rows == [("Pompeo event 9", 1), ("Pompeo event 21", 1)]  # 2018-10-05, 2018-10-02


def test_the_cached_order_follows_a_change(client, many):
    before = listed(client.get("/events/", {"q": "Pompeo"}))
    event = make_event("meeting", "2030-01-01", summary="Pompeo again")
    after = listed(client.get("/events/", {"q": "Pompeo"}))
    assert after == [event.pk, *before]


# ---------------------------------------------------------------------- the cache
def test_a_repeated_request_reuses_the_aggregates_and_shows_the_same_page(client, three):
    for url in ("/events/", "/events/?type=meeting&status=occurred"):
        first, cold = get_counting_queries(client, url)
        second, warm = get_counting_queries(client, url)
        assert warm < cold and second.content == first.content, url


def test_spellings_of_one_filter_share_one_cache_entry(client, computed, pompeo, kim):
    for query in [
        "type=meeting&status=occurred&actor=mike-pompeo&actor=kim-yong-chol",
        "actor=kim-yong-chol&status=occurred&type=meeting&actor=mike-pompeo",  # another order
        "type=meeting&status=occurred&actor=mike-pompeo&actor=kim-yong-chol&utm_source=mail",
        "type=meeting&type=meeting&status=occurred&actor=mike-pompeo&actor=kim-yong-chol",
        "status=occurred&type=meeting&actor=mike-pompeo&actor=kim-yong-chol&_page=1",
    ]:
        assert client.get(f"/events/?{query}").status_code == 200, query
    assert computed == ["events", "events-order"]
    client.get("/events/?type=meeting&status=occurred")  # another filter: its own entry
    assert computed == ["events", "events-order"] * 2


def test_the_cache_key_is_built_from_the_cleaned_filter(client, computed):
    client.get("/events/?country=us")
    client.get("/events/?country=US")
    assert computed == ["events", "events-order"]  # the code is read in capitals
