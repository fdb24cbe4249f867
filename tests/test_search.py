"""The `q` filter: full-text search, the same on PostgreSQL and on SQLite."""

from __future__ import annotations

import csv
import io
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dashboard.models import Article, Event, Mention
from dashboard.search import matching_ids, parse_search, text_matches

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeds")]

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


def test_words_match_by_their_stem_and_whole():
    assert _found("summits") == _found("summit") == _reported_by("summit")
    assert _found("Treas") == set()  # part of a word is not a word


def test_the_box_reads_as_a_web_search():
    summit, treasury = _found("summit"), _found("Treasury")
    pompeo = _found("Pompeo")
    assert summit and treasury and pompeo
    assert _found("summit -treasury") == summit - treasury
    # Left out: every event that has the word anywhere, not only the sentences that have it.
    singapore = _found("Singapore")
    assert summit & singapore and summit - singapore
    assert _found("summit -Singapore") == summit - singapore
    everything = set(Event.objects.visible().values_list("pk", flat=True))
    assert _found("-Singapore") == everything - singapore
    assert _found("summit or Treasury") == summit | treasury
    assert _found("summit Pompeo") <= summit & pompeo
    trip = _found('"Pompeo\'s trip"')
    assert trip and trip <= pompeo and trip < _found("Pompeo trip")


@pytest.mark.parametrize(
    "text",
    ['"', "NEAR(a b", "summit*", "a AND", "-", "OR OR", "summary:summit", "^summit", "(", ")",
     "'", "\\", "🙂", "-kim -moon", "the summit", "!!!", '"" ""', "AND", "NOT summit"],
)  # fmt: skip
def test_no_input_is_read_as_query_syntax(text):
    found = _found(text)  # no error on either database
    assert found <= set(Event.objects.visible().values_list("pk", flat=True))


def test_a_nul_byte_is_refused_by_the_form_before_any_search(client):
    assert client.get("/events/", {"q": "summit\x00"}).status_code == 200
    assert client.get("/api/events", {"q": "summit\x00"}).status_code == 400


@pytest.mark.parametrize(
    ("text", "alternatives"),
    [
        ("summit", [(["summit"], [])]),
        ("Summits -treasury", [(["Summits"], ["treasury"])]),
        ('"working-level talks" kim', [(["working level talks", "kim"], [])]),
        ("kim or moon -trump", [(["kim"], []), (["moon"], ["trump"])]),
        ('-"hard line" summit', [(["summit"], ["hard line"])]),
        ('"unclosed phrase', [(["unclosed phrase"], [])]),
        ("NEAR(a b)", [(["NEAR a", "b"], [])]),
        ("-kim", [([], ["kim"])]),
        ("!!! or OR", []),
    ],
)
def test_the_box_as_alternatives_of_phrases(text, alternatives):
    assert [(a.wanted, a.unwanted) for a in parse_search(text)] == alternatives


def test_the_full_text_index_follows_every_write():
    event = Event.objects.create(event_type="meeting", date="2019-05-01", summary="Zyzzyva talks")
    assert _found("zyzzyva") == {event.pk}
    event.summary = "Quokka talks"
    event.save()
    assert _found("zyzzyva") == set() and _found("quokkas") == {event.pk}
    article = Article.objects.first()
    Mention.objects.create(event=event, article=article, sentence="Wombats met.", start=0, end=1)
    assert _found("wombat") == {event.pk}
    event.delete()
    assert _found("quokka") == _found("wombat") == set()


def test_the_search_uses_the_full_text_indexes():
    sql, params = matching_ids([["summit"], ["Pompeo", "Kim"]])
    with connection.cursor() as cursor:
        if POSTGRES:  # the test data is tiny: make the planner show whether it *can*
            cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(("EXPLAIN " if POSTGRES else "EXPLAIN QUERY PLAN ") + sql, params)
        plan = "\n".join(" ".join(str(cell) for cell in row) for row in cursor.fetchall())
    names = (
        ("event_summary_document", "mention_sentence_document")
        if POSTGRES
        else (
            "SCAN dashboard_event_fts VIRTUAL TABLE INDEX",
            "SCAN f VIRTUAL TABLE INDEX",
        )
    )
    assert [name in plan for name in names] == [True, True], plan


def test_the_events_page_api_csv_and_export_search_the_same_way(client):
    text = "summit -Singapore or Treasury"
    expected = (_found("summit") - _found("Singapore")) | _found("Treasury")
    assert expected
    api = client.get("/api/events", {"q": text, "_size": 1000}).json()
    assert {row["id"] for row in api["events"]} == expected
    page = client.get("/events/", {"q": text})
    assert page.context["page"].paginator.count == len(expected)
    # The CSV streams through a server-side cursor on PostgreSQL; the search runs first.
    body = b"".join(client.get("/events.csv", {"q": text}).streaming_content).decode()
    assert {int(row["id"]) for row in csv.DictReader(io.StringIO(body))} == expected
    out = StringIO()
    call_command("export_events", f"q={text}", stdout=out)
    assert {event["id"] for event in json.loads(out.getvalue())["events"]} == expected


# ---------------------------------------------------------------------- bounds
TOO_LONG = "summit " * 28 + "talks"  # 201 characters, 29 words


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (TOO_LONG, "A search is at most 200 characters long (this one has 201)."),
        ("kim or moon or trump or pompeo or bolton",
         "A search joins at most 4 alternatives with “or” (this one has 5)."),
        (" or ".join(["summit"] * 600),  # the tester's probe: a 500 after 8 s of CPU
         "A search is at most 200 characters long (this one has 5996)."),
        ("a or b or c or d or e or f",
         "A search joins at most 4 alternatives with “or” (this one has 6)."),
        ('"Kim Jong-un" met Pompeo in Hanoi -Trump -Moon',
         "A search has at most 8 words (this one has 9)."),
    ],
)  # fmt: skip
def test_a_search_beyond_its_bounds_is_refused_before_any_search_runs(client, text, message):
    def searches(response_of) -> tuple:
        with CaptureQueriesContext(connection) as queries:
            response = response_of()
        ran = [q for q in queries if "_fts" in q["sql"] or "to_tsvector" in q["sql"]]
        return response, ran

    page, ran = searches(lambda: client.get("/events/", {"q": text}))
    html = page.content.decode()
    assert page.status_code == 200 and not ran
    assert message in html and "No events are shown: the filter has errors." in html
    api, ran = searches(lambda: client.get("/api/events", {"q": text}))
    assert api.status_code == 400 and not ran
    assert [e["message"] for e in api.json()["errors"]["q"]] == [message]
    assert client.get("/events.csv", {"q": text}).status_code == 400


def test_a_search_at_its_bounds_is_answered(client):
    text = 'summit -Singapore or Treasury or "Pompeo\'s trip" or Kim -Moon'  # 4 sides, 8 words
    expected = (
        (_found("summit") - _found("Singapore"))
        | _found("Treasury")
        | _found('"Pompeo\'s trip"')
        | (_found("Kim") - _found("Moon"))
    )
    assert expected
    api = client.get("/api/events", {"q": text, "_size": 1000})
    assert api.status_code == 200
    assert {row["id"] for row in api.json()["events"]} == expected


def test_a_page_runs_the_search_once_however_many_queries_use_it(client):
    # Three groups of phrases: the plain side (Treasury), and summit without Singapore.
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/events/", {"q": "summit -Singapore or Treasury"})
    assert response.context["count"] > 0
    searched = [q for q in queries if "_fts" in q["sql"] or "_document @@" in q["sql"]]
    filtered = [q for q in queries if "json_each" in q["sql"] or "unnest" in q["sql"]]
    assert len(searched) == 3 and len(filtered) >= 8  # count, facets, charts, table


def test_the_events_that_do_not_match_may_stand_for_those_that_do(monkeypatch):
    from dashboard import search

    texts = ["summit", "-Singapore", "summit or -Singapore", "summit -Singapore or -Treasury"]
    direct = {text: _found(text) for text in texts}
    monkeypatch.setattr(search, "COMPLEMENT_FROM", 0)  # always the shorter side
    assert {text: _found(text) for text in texts} == direct
    assert direct["-Singapore"] and direct["summit or -Singapore"] > direct["-Singapore"]


def test_found_sets_unite_as_sets_do():
    from dashboard.search import Found

    both, left_out = Found(frozenset({1, 2})), Found(frozenset({2, 3}), excluded=True)
    assert both | Found(frozenset({3})) == Found(frozenset({1, 2, 3}))
    assert both | left_out == Found(frozenset({3}), excluded=True)
    assert left_out | both == Found(frozenset({3}), excluded=True)
    assert left_out | Found(frozenset({3, 4}), excluded=True) == Found(frozenset({3}), True)
