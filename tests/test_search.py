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

from dashboard.models import Event
from dashboard.search import matching_ids, parse_search, text_matches
from tests.factories import make_article, make_event, make_mention

pytestmark = pytest.mark.django_db

POSTGRES = connection.vendor == "postgresql"


def _event(summary: str, *sentences: str, **fields) -> Event:
    event = make_event(summary=summary, **fields)
    for sentence in sentences:
        make_mention(event, make_article(sentence))
    return event


@pytest.fixture
def reports() -> dict[str, Event]:
    """Events whose summaries and evidence the searches below are about, by name."""
    return {
        "singapore": _event("Trump and Kim Jong-un hold a summit", "The summit was the first.",
                            "It was held in Singapore."),
        "hanoi": _event("Leaders plan two summits", "Two summits were planned, one in Hanoi."),
        "treasury": _event("Treasury sanctions a shipping firm",
                           "The Treasury Department acted before the summit."),
        "trip": _event("Trump cancels the trip", "Trump called off Pompeo's trip to North Korea."),
        "apart": _event("Pompeo meets Kim Yong-chol",
                        "Pompeo said the trip to Pyongyang went well."),
        "moon": _event("Moon Jae-in meets Kim Jong-un", "Kim met Moon in Panmunjom."),
        "split": _event("Pompeo prepares", "Pompeo spoke.", "The summit is near."),
        "joint": _event("Talks", "Pompeo prepares the summit and the near and AND."),
        "rejected": _event("Treasury summit in Singapore", review="rejected"),
    }  # fmt: skip


def _found(text: str) -> set[int]:
    return set(text_matches(Event.objects.visible(), text).values_list("pk", flat=True))


def _ids(reports: dict[str, Event], names: str) -> set[int]:
    return {reports[name].pk for name in names.split()}


SUMMITS = "singapore hanoi treasury split joint"
EVERY_VISIBLE = "singapore hanoi treasury trip apart moon split joint"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Treasury", "treasury"),
        ("treasury", "treasury"),  # any case
        ("summit", SUMMITS),  # a rejected event is never found
        ("summits", SUMMITS),  # by the stem
        ("Treas", ""),  # part of a word is not a word
        ("summit -treasury", "singapore hanoi split joint"),
        # Left out: every event that has the word anywhere, not only the sentences that have it.
        ("summit -Singapore", "hanoi treasury split joint"),
        ("-Singapore", "hanoi treasury trip apart moon split joint"),
        ("summit or Treasury", SUMMITS),
        ("summit or -Singapore", EVERY_VISIBLE),
        # The words of one side must share a summary or a sentence.
        ("summit Pompeo", "joint"),
        ("Pompeo trip", "trip apart"),
        ('"Pompeo\'s trip"', "trip"),  # a phrase: in that order
        ("Kim -Moon", "singapore apart"),
    ],
)
def test_the_box_reads_as_a_web_search_on_both_databases(reports, text, names):
    assert _found(text) == _ids(reports, names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('"', ""), ("NEAR(a b", ""), ("summit*", SUMMITS), ("-", ""), ("OR OR", ""),
        ("summary:summit", ""), ("^summit", SUMMITS), ("(", ""), (")", ""), ("'", ""),
        ("\\", ""), ("🙂", ""), ("-kim -moon", "hanoi treasury trip split joint"), ("!!!", ""),
        ('"" ""', ""),
    ],
)  # fmt: skip
def test_no_input_is_read_as_query_syntax(reports, text, names):
    assert _found(text) == _ids(reports, names)


@pytest.mark.parametrize(
    ("text", "on_sqlite", "on_postgresql"),
    [
        ("the summit", "singapore treasury split joint", SUMMITS),
        ("NOT summit", "", SUMMITS),
        ("a AND", "singapore", ""),
        ("AND", "singapore joint", ""),
    ],
)
def test_postgresql_ignores_english_stop_words_and_sqlite_does_not(
    reports, text, on_sqlite, on_postgresql
):
    assert _found(text) == _ids(reports, on_postgresql if POSTGRES else on_sqlite)


def test_a_nul_byte_is_refused_by_the_form_before_any_search(client):
    assert client.get("/events/", {"q": "summit\x00"}).status_code == 400
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
    event = make_event(summary="Zyzzyva talks")
    assert _found("zyzzyva") == {event.pk}
    event.summary = "Quokka talks"
    event.save()
    assert _found("zyzzyva") == set() and _found("quokkas") == {event.pk}
    make_mention(event, make_article("Wombats met."))
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


def test_the_events_page_api_csv_and_export_search_the_same_way(client, reports):
    text = "summit -Singapore or Treasury"
    expected = _ids(reports, "hanoi treasury split joint")
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
    assert page.status_code == 400 and not ran
    assert message in html and "No events are shown: the filter has errors." in html
    api, ran = searches(lambda: client.get("/api/events", {"q": text}))
    assert api.status_code == 400 and not ran
    assert [e["message"] for e in api.json()["errors"]["q"]] == [message]
    assert client.get("/events.csv", {"q": text}).status_code == 400


def test_a_search_at_its_bounds_is_answered(client, reports):
    text = 'summit -Singapore or Treasury or "Pompeo\'s trip" or Kim -Moon'  # 4 sides, 8 words
    expected = _ids(reports, "hanoi treasury split joint trip singapore apart")
    api = client.get("/api/events", {"q": text, "_size": 1000})
    assert api.status_code == 200
    assert {row["id"] for row in api.json()["events"]} == expected


def test_a_page_runs_the_search_once_however_many_queries_use_it(client, reports):
    # Three groups of phrases: the plain side (Treasury), and summit without Singapore.
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/events/", {"q": "summit -Singapore or Treasury"})
    assert response.context["count"] == 4
    searched = [q for q in queries if "_fts" in q["sql"] or "_document @@" in q["sql"]]
    filtered = [q for q in queries if "json_each" in q["sql"] or "unnest" in q["sql"]]
    assert len(searched) == 3 and len(filtered) >= 8  # count, facets, charts, table


def test_the_events_that_do_not_match_may_stand_for_those_that_do(reports, monkeypatch):
    from dashboard import search

    texts = {
        "summit": SUMMITS,
        "-Singapore": "hanoi treasury trip apart moon split joint",
        "summit or -Singapore": EVERY_VISIBLE,
        "summit -Singapore or -Pompeo": "singapore hanoi treasury split joint moon",
    }
    expected = {text: _ids(reports, names) for text, names in texts.items()}
    assert {text: _found(text) for text in texts} == expected
    monkeypatch.setattr(search, "COMPLEMENT_FROM", 0)  # always the shorter side
    assert {text: _found(text) for text in texts} == expected


def test_found_sets_unite_as_sets_do():
    from dashboard.search import Found

    both, left_out = Found(frozenset({1, 2})), Found(frozenset({2, 3}), excluded=True)
    assert both | Found(frozenset({3})) == Found(frozenset({1, 2, 3}))
    assert both | left_out == Found(frozenset({3}), excluded=True)
    assert left_out | both == Found(frozenset({3}), excluded=True)
    assert left_out | Found(frozenset({3, 4}), excluded=True) == Found(frozenset({3}), True)
