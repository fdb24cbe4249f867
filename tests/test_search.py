"""The `q` filter: full-text search on PostgreSQL, substring search on SQLite."""

from __future__ import annotations

import pytest
from django.db import connection

from dashboard.models import Event
from dashboard.search import text_matches

pytestmark = pytest.mark.django_db

POSTGRES = connection.vendor == "postgresql"


def _found(text: str) -> set[int]:
    return set(text_matches(Event.objects.visible(), text).values_list("pk", flat=True))


def _reported_by(*words: str) -> set[int]:
    """Events whose summary or some evidence sentence contains any of the words."""
    found: set[int] = set()
    for word in words:
        found |= set(
            Event.objects.visible()
            .filter(mentions__sentence__icontains=word)
            .values_list("pk", flat=True)
        )
        found |= set(
            Event.objects.visible().filter(summary__icontains=word).values_list("pk", flat=True)
        )
    return found


def test_a_word_finds_every_event_it_reports_on_both_databases():
    treasury = _reported_by("Treasury")
    assert treasury and _found("Treasury") == treasury
    assert _found("treasury") == treasury  # any case


@pytest.mark.parametrize(
    ("text", "postgres", "sqlite"),
    [
        # PostgreSQL matches the stem: "summits" finds "summit" and "Summit".
        ("summits", ("summit",), ("summits",)),
        # SQLite matches part of a word; PostgreSQL whole words only.
        ("Treas", (), ("Treas",)),
    ],
)
def test_how_words_match_differs_by_database(text, postgres, sqlite):
    assert _found(text) == _reported_by(*(postgres if POSTGRES else sqlite))


def test_postgres_reads_the_box_as_a_web_search():
    summit = _found("summit")
    without_treasury = _found("summit -treasury")
    if POSTGRES:
        assert without_treasury == summit - _reported_by("Treasury")
    else:  # SQLite looks for the text as written, minus sign and all
        assert without_treasury == _reported_by("summit -treasury")


def test_the_search_uses_the_full_text_indexes_on_postgres():
    query = text_matches(Event.objects.visible(), "summit")
    with connection.cursor() as cursor:
        if POSTGRES:  # the test data is tiny: make the planner show whether it *can*
            cursor.execute("SET LOCAL enable_seqscan = off")
        plan = query.explain()
    used = {name for name in ("event_summary_search", "mention_sentence_search") if name in plan}
    assert used == ({"event_summary_search", "mention_sentence_search"} if POSTGRES else set())


def test_the_events_page_and_api_search_the_same_way(client):
    expected = _found("summit")
    api = client.get("/api/events", {"q": "summit", "_size": 1000}).json()
    assert {row["id"] for row in api["events"]} == expected
    page = client.get("/events/", {"q": "summit"})
    assert page.context["page"].paginator.count == len(expected)
