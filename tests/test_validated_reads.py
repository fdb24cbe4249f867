"""One validated path from the query string to rows: the events page, the CSV download, the
API and `export_events` read a filter the same way, and a filter that cannot be read gives
its errors and no rows anywhere."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from dashboard import caching, views
from dashboard.filters import ARTICLE_ID_ERROR, MAX_ID
from dashboard.models import Actor, Article, Event, Mention, Participant

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeds")]

BAD_FILTERS = [
    ({"actor": "nobody"}, "actor", "No actor is called nobody."),
    ({"date_after": "2018-02-30"}, "date", "Enter a valid date."),
    (
        {"type": "meetings"},
        "type",
        "Select a valid choice. meetings is not one of the available choices.",
    ),
    ({"article": "abc"}, "article", ARTICLE_ID_ERROR),
    ({"article": "99999999999999999999"}, "article", ARTICLE_ID_ERROR),
    ({"article": str(MAX_ID + 1)}, "article", ARTICLE_ID_ERROR),
    ({"article": "0"}, "article", ARTICLE_ID_ERROR),
    ({"article": "-4"}, "article", ARTICLE_ID_ERROR),
    (
        {"date_after": "2018-06-02", "date_before": "2018-06-01"},
        "date",
        "The start date 2018-06-02 is after the end date 2018-06-01.",
    ),
    ({"country": "USA"}, "country", "A country is a two-letter ISO code, such as US."),
]
IDS = [next(iter(query)) + "=" + next(iter(query.values())) for query, _, _ in BAD_FILTERS]


@pytest.fixture
def zebra() -> Event:
    """An event of our own, whose summary no seed has: it must show only when asked for."""
    article = Article.objects.create(
        source_key="test/zebra.txt", source_file="test/zebra.txt", title="Zebra talks",
        text="The zebra accord was signed.", content_hash="zebra",
    )  # fmt: skip
    event = Event.objects.create(
        event_type="agreement", date=dt.date(2018, 6, 1), summary="Zebra accord signed"
    )
    Mention.objects.create(event=event, article=article, sentence=article.text, start=0, end=28)
    Participant.objects.create(event=event, actor=Actor.objects.get(slug="mike-pompeo"))
    return event


@pytest.mark.parametrize(("query", "field", "message"), BAD_FILTERS, ids=IDS)
def test_the_events_page_shows_the_error_of_a_bad_filter_and_no_rows(
    client, zebra, query, field, message
):
    response = client.get("/events/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and "No events are shown: the filter has errors." in html
    assert "Zebra accord signed" not in html  # not the unfiltered table
    for unfiltered in ("page", "facets", "count", "periods", "timeline"):
        assert unfiltered not in response.context, unfiltered
    assert 'id="chart-periods"' not in html and 'class="facets"' not in html
    assert 'href="/events.csv' not in html  # no export of rows that are not shown


@pytest.mark.parametrize(("query", "field", "message"), BAD_FILTERS, ids=IDS)
def test_the_csv_download_of_a_bad_filter_is_a_400_listing_the_errors(
    client, query, field, message
):
    response = client.get("/events.csv", query)
    assert response.status_code == 400 and not response.streaming
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        f"The filter has errors, so nothing was exported:\n{field}: {message}\n"
    )


@pytest.mark.parametrize(("query", "field", "message"), BAD_FILTERS, ids=IDS)
def test_the_api_answers_a_bad_filter_with_400_and_its_errors(client, query, field, message):
    response = client.get("/api/events", query)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert list(errors) == [field] and [e["message"] for e in errors[field]] == [message]


@pytest.mark.parametrize(("query", "field", "message"), BAD_FILTERS, ids=IDS)
def test_export_events_refuses_a_bad_filter_naming_its_errors(query, field, message):
    arguments = [f"{key}={value}" for key, value in query.items()]
    with pytest.raises(CommandError) as refused:
        call_command("export_events", *arguments, stdout=StringIO())
    assert f"{field}: {message}" in str(refused.value)


def test_a_hidden_field_error_shows_beside_the_other_errors(client):
    html = client.get("/events/", {"article": "abc", "type": "meetings"}).content.decode()
    assert f"Article (id): {ARTICLE_ID_ERROR}" in html
    assert "Type: Select a valid choice. meetings is not one of the available choices." in html


def test_the_largest_64_bit_article_id_is_a_filter_that_finds_nothing(client, zebra):
    response = client.get("/events/", {"article": str(MAX_ID)})
    assert "the filter has errors" not in response.content.decode()
    assert response.context["page"].paginator.count == 0
    assert client.get("/api/events", {"article": str(MAX_ID)}).json()["count"] == 0
    csv = b"".join(client.get("/events.csv", {"article": str(MAX_ID)}).streaming_content)
    assert csv.decode().count("\n") == 1  # the header only


def test_a_good_article_filter_lists_exactly_its_events_everywhere(client, zebra):
    article = zebra.mentions.get().article_id
    page = client.get("/events/", {"article": article}).context["page"]
    assert [event.pk for event in page.object_list] == [zebra.pk]
    assert [e["id"] for e in client.get("/api/events", {"article": article}).json()["events"]] == [
        zebra.pk
    ]
    exported = json.loads(_export(f"article={article}"))
    assert [e["id"] for e in exported["events"]] == [zebra.pk]


def test_more_actors_than_the_limit_is_an_error(client):
    actors = list(Actor.objects.values_list("slug", flat=True)[:21])
    assert len(actors) == 21
    response = client.get("/api/events", {"actor": actors})
    assert response.status_code == 400
    assert response.json()["errors"]["actor"][0]["message"] == "At most 20 actors at once."


@pytest.mark.parametrize(
    ("path", "query", "field", "message"),
    [
        ("/api/actors", {"new": "maybe"}, "new", "Enter true or false."),
        ("/api/actors", {"kind": "alien"}, "kind",
         "Select a valid choice. alien is not one of the available choices."),
        ("/api/actors", {"country": "K"}, "country",
         "A country is a two-letter ISO code, such as US."),
        ("/api/articles", {"published_after": "2018-13-01"}, "published", "Enter a valid date."),
        ("/api/articles", {"published_after": "2018-06-02", "published_before": "2018-06-01"},
         "published", "The start date 2018-06-02 is after the end date 2018-06-01."),
    ],
)  # fmt: skip
def test_the_actor_and_article_apis_answer_a_bad_filter_with_400(
    client, path, query, field, message
):
    response = client.get(path, query)
    assert response.status_code == 400
    assert [e["message"] for e in response.json()["errors"][field]] == [message]


def test_the_actor_api_reads_new_as_a_boolean(client):
    new = client.get("/api/actors", {"new": "true", "_size": 1000}).json()["actors"]
    known = client.get("/api/actors", {"new": "false", "_size": 1000}).json()["actors"]
    assert new and known and all(a["new"] for a in new) and not any(a["new"] for a in known)


def _export(*arguments: str) -> str:
    out = StringIO()
    call_command("export_events", *arguments, stdout=out)
    return out.getvalue()


# ---------------------------------------------------------------------- the cache key
@pytest.fixture
def computed(monkeypatch) -> list[str]:
    """The names of the cached values computed (not found in the cache) during the test."""
    names: list[str] = []
    cached = caching.cached

    def spy(name: str, key: str, compute):
        def counted():
            names.append(name)
            return compute()

        return cached(name, key, counted)

    monkeypatch.setattr(caching, "cached", spy)
    return names


def test_spellings_of_one_filter_share_one_cache_entry_on_the_page(client, computed):
    actor = Actor.objects.get(slug="mike-pompeo")
    other = Actor.objects.get(slug="kim-yong-chol")
    for query in [
        f"type=meeting&status=occurred&actor={actor.slug}&actor={other.slug}",
        f"actor={other.slug}&status=occurred&type=meeting&actor={actor.slug}",  # another order
        f"type=meeting&status=occurred&actor={actor.slug}&actor={other.slug}&utm_source=mail",
        f"type=meeting&type=meeting&status=occurred&actor={actor.slug}&actor={other.slug}",
        f"status=occurred&type=meeting&actor={actor.slug}&actor={other.slug}&_page=1",
    ]:
        assert client.get(f"/events/?{query}").status_code == 200, query
    assert computed == ["events", "events-order"]
    client.get("/events/?type=meeting&status=occurred")  # another filter: its own entry
    assert computed == ["events", "events-order"] * 2


def test_spellings_of_one_filter_share_one_cache_entry_in_the_api(client, computed):
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


def test_the_cache_key_is_built_from_the_cleaned_filter(client, computed, monkeypatch):
    keys: list[str] = []
    aggregates = views._list_aggregates
    monkeypatch.setattr(views, "_list_aggregates", lambda rows: keys.append(1) or aggregates(rows))
    client.get("/events/?country=us")
    client.get("/events/?country=US")
    assert len(keys) == 1  # the code is read in capitals
