"""/chronology/, /chronology.md and /chronology.csv: the events table's filtered events, one
line per event, oldest first, dates as precise as they are known, each source named by
outlet, title and link. (The reference chronology's loader is tested in test_chronology.py.)"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dashboard.event_chronology import CSV_COLUMNS, description
from tests.bad_filters import BAD_FILTER_IDS, BAD_FILTERS
from tests.factories import make_article, make_event, make_mention
from tests.views.reading import body, csv_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def year(pompeo, kim, story) -> dict:
    """A year of events in every precision, stored out of date order."""
    cited = make_event("summit", "2019-02-27", end_date=dt.date(2019, 2, 28), actors=[pompeo, kim],
                       summary="Hanoi summit", negotiation="us-dprk")  # fmt: skip
    cited.references.create(url="https://example.org/hanoi (day 2)", outlet="Example Wire",
                            title="Talks [cut] short", published="2019-02-28")  # fmt: skip
    return {
        "hanoi": cited,
        "trip": make_event(
            "visit",
            "2018-08",
            status="cancelled",
            actors=[pompeo],
            summary="Pompeo's fourth trip",
            negotiation="us-dprk",
            sources=[story],
        ),
        "letter": make_event(
            "letter",
            "2018-09-06",
            summary="Kim writes to Trump",
            date_inferred=True,
            negotiation="us-dprk",
        ),
        "talks": make_event("negotiation", "2019", summary="", negotiation="us-dprk"),
        "iran": make_event(
            "sanction", "2018-11-05", summary="Sanctions return", negotiation="us-iran"
        ),
        "rejected": make_event("meeting", "2018-10-01", review="rejected", negotiation="us-dprk"),
    }


def lines(response) -> list[tuple[str, str]]:
    return [(line.when, line.description) for line in response.context["lines"]]


def test_one_line_per_event_oldest_first_with_dates_as_precise_as_known(client, year):
    response = client.get("/chronology/", {"negotiation": "us-dprk"})
    assert response.status_code == 200
    assert lines(response) == [
        ("2018-08", "Visit (cancelled): Pompeo's fourth trip"),
        ("~2018-09-06", "Letter: Kim writes to Trump"),
        ("2019", "Negotiation round"),
        ("27–28 Feb 2019", "Summit: Hanoi summit"),
    ]
    html = response.content.decode()
    assert "4 events where negotiation is United States – North Korea, oldest first." in html
    assert 'title="Date inferred: not stated in full by the sources">~2018-09-06</span>' in html


def test_a_line_names_its_actors_and_each_source_with_outlet_title_and_link(client, year, story):
    html = client.get("/chronology/").content.decode()
    hanoi = html[html.index(f'id="event-{year["hanoi"].pk}"') :].split("</li>")[0]
    assert (
        '<a href="/actors/mike-pompeo/">Mike Pompeo</a>, '
        '<a href="/actors/kim-yong-chol/">Kim Yong-chol</a>'
    ) in hanoi
    assert (
        '<cite>Example Wire, <a href="https://example.org/hanoi (day 2)" rel="noopener '
        'noreferrer">Talks [cut] short</a> (2019-02-28)</cite>'
    ) in hanoi
    trip = html[html.index(f'id="event-{year["trip"].pk}"') :].split("</li>")[0]
    assert (
        '<cite>The Hill, <a href="https://example.org/pyongyang" rel="noopener noreferrer">'
        "Pompeo in Pyongyang</a> (2018-07-08)</cite>"
    ) in trip


def test_an_article_without_a_web_address_links_to_its_page_here(client):
    article = make_article("Envoys met.", title="Envoys meet", outlet="Wire",
                           url="javascript:alert(1)")  # fmt: skip
    make_event("meeting", "2018-07-01", sources=[article])
    html = client.get("/chronology/").content.decode()
    assert f'<cite>Wire, <a href="/articles/{article.pk}/">Envoys meet</a> (2018-08-25)' in html
    assert "javascript:" not in html


def test_an_article_reporting_twice_is_one_source(client, meeting, story):
    make_mention(meeting, story, "The talks went on for two days.")
    [line] = client.get("/chronology/").context["lines"]
    assert [source["article"] for source in line.sources] == [story.pk]
    assert line.sources[0]["evidence"] == [
        "Mike Pompeo met Kim Yong-chol in Pyongyang.",
        "The talks went on for two days.",
    ]


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"type": "visit"},
        {"status": "cancelled"},
        {"actor": "mike-pompeo"},
        {"country": "KP"},
        {"outlet": "the hill"},
        {"negotiation": "us-iran"},
        {"date_after": "2018-09-01", "date_before": "2018-12-31"},
        {"review": "rejected"},
        {"q": "summit"},
    ],
    ids=lambda query: "&".join(f"{k}={v}" for k, v in query.items()) or "none",
)
def test_it_holds_exactly_the_events_the_table_shows(client, year, query):
    table = client.get("/events/", query).context["page"].object_list
    chronology = client.get("/chronology/", query).context["lines"]
    assert sorted(line.event["id"] for line in chronology) == sorted(e.pk for e in table)
    dates = [line.event["date"] for line in chronology]
    assert [line.event["id"] for line in chronology] == [
        e.pk for e in sorted(table, key=lambda e: (e.date, e.pk))
    ] and len(dates) == len(table)


def test_rejected_and_merged_away_events_are_left_out_as_in_the_table(client, year):
    merged = make_event("meeting", "2018-08-02", merged_into=year["hanoi"])
    ids = {line.event["id"] for line in client.get("/chronology/").context["lines"]}
    assert year["rejected"].pk not in ids and merged.pk not in ids
    assert year["hanoi"].pk in ids


def test_the_events_table_links_to_the_chronology_of_its_filter_and_the_nav_to_all(client, year):
    html = client.get("/events/", {"type": "visit", "negotiation": "us-dprk"}).content.decode()
    assert '<a href="/chronology/?type=visit&amp;negotiation=us-dprk">Chronology of these' in html
    assert '<a href="/chronology/">Chronology</a>' in html
    page = client.get("/chronology/", {"type": "visit", "negotiation": "us-dprk"})
    html = page.content.decode()
    assert '<a href="/chronology.md?type=visit&amp;negotiation=us-dprk">Markdown</a>' in html
    assert '<a href="/chronology.csv?type=visit&amp;negotiation=us-dprk">CSV</a>' in html
    assert '<a href="/events/?type=visit&amp;negotiation=us-dprk">Change the filter' in html


def test_the_markdown_export_has_the_lines_in_order_with_links(client, year):
    response = client.get("/chronology.md", {"negotiation": "us-dprk"})
    assert response.streaming and response["Content-Type"] == "text/markdown; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="parley-chronology-us-dprk.md"'
    )
    text = body(response)
    assert text.startswith(
        "# Chronology\n\nEvents where negotiation is United States – North Korea.\n\n\\~ marks"
    )
    items = [line for line in text.splitlines() if line.startswith("- ")]
    assert items == [
        "- **2018-08** — Visit (cancelled): Pompeo's fourth trip Actors: Mike Pompeo. Sources: "
        "The Hill, [Pompeo in Pyongyang](https://example.org/pyongyang) (2018-07-08).",
        "- **\\~2018-09-06** — Letter: Kim writes to Trump",
        "- **2019** — Negotiation round",
        "- **27–28 Feb 2019** — Summit: Hanoi summit Actors: Mike Pompeo, Kim Yong-chol. "
        "Sources: Example Wire, [Talks \\[cut\\] short](https://example.org/hanoi%20%28day%202%29)"
        " (2019-02-28).",
    ]


def test_the_csv_export_has_the_lines_in_order(client, year, story):
    response = client.get(
        "/chronology.csv", {"negotiation": "us-dprk", "type": ["visit", "summit"]}
    )
    assert response["Content-Type"] == "text/csv"
    assert response["Content-Disposition"] == (
        'attachment; filename="parley-chronology-us-dprk-visit-summit.csv"'
    )
    text = body(response)
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    assert list(csv.DictReader(io.StringIO(text))) == [
        {"when": "2018-08", "description": "Visit (cancelled): Pompeo's fourth trip",
         "actors": "Mike Pompeo",
         "sources": f"[{story.pk}] The Hill: Pompeo in Pyongyang (2018-07-08) "
                    "<https://example.org/pyongyang>",
         "id": str(year["trip"].pk), "date": "2018-08", "date_precision": "month",
         "end_date": "", "date_inferred": "false", "type": "visit", "status": "cancelled"},
        {"when": "27–28 Feb 2019", "description": "Summit: Hanoi summit",
         "actors": "Mike Pompeo, Kim Yong-chol",
         "sources": "Example Wire: Talks [cut] short (2019-02-28) "
                    "<https://example.org/hanoi (day 2)>",
         "id": str(year["hanoi"].pk), "date": "2019-02-27", "date_precision": "day",
         "end_date": "2019-02-28", "date_inferred": "false", "type": "summit",
         "status": "occurred"},
    ]  # fmt: skip


def test_a_csv_cell_that_would_start_a_formula_is_text(client):
    make_event("statement", "2018-07-01", summary="=HYPERLINK(1)")
    [row] = csv_rows(client.get("/chronology.csv"))
    assert row["description"] == "Statement: =HYPERLINK(1)"  # the type's label comes first
    make_event("statement", "2018-07-02", actors=["@Someone"])
    assert csv_rows(client.get("/chronology.csv"))[1]["actors"] == "'@Someone"


@pytest.mark.parametrize(("query", "field", "message"), BAD_FILTERS, ids=BAD_FILTER_IDS)
def test_a_bad_filter_exports_nothing_and_the_page_shows_the_errors(client, query, field, message):
    for url in ("/chronology.md", "/chronology.csv"):
        response = client.get(url, query)
        assert response.status_code == 400 and not response.streaming
        assert response.content.decode() == (
            f"The filter has errors, so nothing was exported:\n{field}: {message}\n"
        )
    page = client.get("/chronology/", query)
    assert page.status_code == 400 and "lines" not in page.context
    assert message in page.content.decode()


def queries_to_read(client, url: str, query: dict) -> int:
    """The SQL statements of a GET and of reading its whole body (a streamed export reads
    the database as it is sent)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, query)
        assert response.status_code == 200
        body(response)
    return len(queries)


def test_the_page_and_exports_take_as_many_queries_for_30_events_as_for_1(client, pompeo, kim):
    """No query per event: its actors, articles and cited pages are read once for all."""

    def add_event(day: int) -> None:
        article = make_article(f"Report {day}.", title=f"Report {day}", outlet="Wire",
                               url=f"https://example.org/{day}")  # fmt: skip
        event = make_event("meeting", f"2019-01-{day:02}", actors=[pompeo, kim],
                           sources=[article], summary=f"Talks {day}")  # fmt: skip
        event.references.create(url="https://example.org/c", outlet="C", title="Cited")

    urls = ("/chronology/", "/chronology.md", "/chronology.csv")
    query = {"actor": "mike-pompeo"}
    add_event(1)
    for_one = {url: queries_to_read(client, url, query) for url in urls}
    for day in range(2, 31):
        add_event(day)
    for_thirty = {url: queries_to_read(client, url, query) for url in urls}
    assert for_thirty == for_one
    # The actor filter, the count, the events, their actors, articles and cited pages.
    assert for_one["/chronology/"] == 6
    # The actor filter, the ids, then per chunk of 500: events, actors, articles, cited pages.
    assert for_one["/chronology.md"] == for_one["/chronology.csv"] == 6
    assert len(client.get("/chronology/", query).context["lines"]) == 30
    assert len(csv_rows(client.get("/chronology.csv", query))) == 30


def test_a_long_chronology_is_paged_and_the_exports_hold_every_line(client, settings, monkeypatch):
    from dashboard import views

    monkeypatch.setattr(views, "CHRONOLOGY_PAGE_SIZE", 2)
    events = [make_event("meeting", f"2018-07-{day:02}", summary=f"Day {day}") for day in (3, 1, 2)]
    second = client.get("/chronology/", {"_page": 2})
    assert [line.event["id"] for line in second.context["lines"]] == [events[0].pk]
    assert "Page 2 of 2" in second.content.decode()
    assert len(csv_rows(client.get("/chronology.csv"))) == 3


def test_the_downloads_are_named_after_the_filter(client, pompeo):
    make_event("meeting", "2018-07-01", actors=[pompeo], negotiation="us-dprk")
    query = {"negotiation": "us-dprk", "q": "summit", "date_after": "2018-06-01",
             "date_before": "2018-12-31"}  # fmt: skip
    names = {
        url: re.search(r'filename="([^"]+)"', client.get(url, query)["Content-Disposition"])[1]
        for url in ("/events.csv", "/chronology.csv", "/chronology.md")
    }
    assert names == {
        "/events.csv": "parley-events-us-dprk-summit-2018-06-01-to-2018-12-31.csv",
        "/chronology.csv": "parley-chronology-us-dprk-summit-2018-06-01-to-2018-12-31.csv",
        "/chronology.md": "parley-chronology-us-dprk-summit-2018-06-01-to-2018-12-31.md",
    }
    assert client.get("/events.csv")["Content-Disposition"] == (
        'attachment; filename="parley-events.csv"'
    )


def test_a_download_name_has_safe_characters_only_and_a_bounded_length(client, pompeo):
    make_event("meeting", "2018-07-01", actors=[pompeo])
    outlet = 'The "Quoted" Wire/..\\; name=evil.exe ' + "x" * 300
    names = []
    for tail in ("a", "b"):
        response = client.get("/chronology.csv", {"outlet": outlet + tail, "actor": "mike-pompeo"})
        [name] = re.findall(r'filename="([^"]*)"', response["Content-Disposition"])
        names.append(name)
        assert re.fullmatch(r"[a-z0-9-]+\.csv", name) and len(name) <= 124
        assert name.startswith("parley-chronology-mike-pompeo-the-quoted-wire-name-evil-exe-xxx")
    assert names[0] != names[1]  # cut short, told apart by a digest of the whole filter
    response = client.get("/events.csv", {"outlet": "조선중앙통신", "status": "cancelled"})
    assert 'filename="parley-events-cancelled.csv"' in response["Content-Disposition"]


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ("2019-02-27", "2019-02-28", "27–28 Feb 2019"),
        ("2018-06-30", "2018-07-02", "30 Jun – 2 Jul 2018"),
        ("2018-12-30", "2019-01-02", "30 Dec 2018 – 2 Jan 2019"),
        ("2018-06-12", "2018-06-12", "2018-06-12"),  # an end on the first day is no span
    ],
)
def test_a_happening_over_several_days_is_one_span(client, start, end, label):
    make_event("summit", start, end_date=dt.date.fromisoformat(end))
    [line] = client.get("/chronology/").context["lines"]
    assert line.when == label


def test_the_readmes_chronology_addresses_answer_as_it_says(client):
    """Every chronology address the README gives works, with the file name it shows."""
    from django.conf import settings

    make_event("summit", "2018-06-12", negotiation="us-dprk", summary="Singapore")
    readme = (settings.BASE_DIR / "README.md").read_text(encoding="utf-8")
    addresses = re.findall(r"(?:http://127\.0\.0\.1:8000)?(/chronology[^\s'`)]*)", readme)
    assert len(set(addresses)) >= 4
    for address in set(addresses):
        response = client.get(address)
        assert response.status_code == 200, address
        assert "Singapore" in body(response), address
    named = client.get("/chronology.md?negotiation=us-dprk&type=summit")
    assert "parley-chronology-us-dprk-summit.md" in readme
    assert 'filename="parley-chronology-us-dprk-summit.md"' in named["Content-Disposition"]
    assert "parley-events-us-dprk-summit-2018-06-01-to-2018-12-31.csv" in readme
    assert (
        'filename="parley-events-us-dprk-summit-2018-06-01-to-2018-12-31.csv"'
        in client.get(
            "/events.csv?negotiation=us-dprk&q=summit&date_after=2018-06-01&date_before=2018-12-31"
        )["Content-Disposition"]
    )


def test_a_markdown_link_cannot_be_broken_out_of(client):
    event = make_event("meeting", "2018-07-01")
    event.references.create(url="https://example.org/a) <b>[x](javascript:1)", outlet="W",
                            title="T")  # fmt: skip
    [line] = [t for t in body(client.get("/chronology.md")).splitlines() if t.startswith("- ")]
    assert line.endswith("[T](https://example.org/a%29%20%3Cb%3E[x]%28javascript:1%29).")


@pytest.mark.parametrize(
    ("type", "status", "summary", "line"),
    [
        ("agreement", "occurred", "Agreement: Trump and Xi", "Agreement: Trump and Xi"),
        ("agreement", "occurred", "agreement: on trade", "Agreement: on trade"),
        ("summit", "cancelled", "Summit: Trump and Kim", "Summit (cancelled): Trump and Kim"),
        ("meeting", "occurred", "Pompeo meets Kim", "Meeting: Pompeo meets Kim"),
        ("meeting", "occurred", "Meetings resume", "Meeting: Meetings resume"),
        ("meeting", "occurred", "", "Meeting"),
    ],
)
def test_the_type_is_said_once_even_when_the_summary_opens_with_it(type, status, summary, line):
    assert description({"type": type, "status": status, "summary": summary}) == line
