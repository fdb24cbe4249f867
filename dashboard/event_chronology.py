"""The chronology of the filtered events: one line per event, oldest first, as a page, as
Markdown and as CSV.

Not the reference chronology: that is loaded by `chronology.py` from corpus/chronology/.
This module only writes lines from the events the events table shows (its filter, through
`filters.validated_events`), read through the one export schema (`exports.py`).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db.models import QuerySet

from .exports import Echo, csv_cell, event_dicts, event_dicts_for, source_label
from .extraction.ontology import EVENT_TYPES, STATUSES
from .models import Event

# Put before a date the sources do not state in full (Event.date_inferred).
INFERRED_MARK = "~"
INFERRED_NOTE = (
    f"{INFERRED_MARK} marks a date the sources do not state in full: inferred from the "
    "publication date or the text around it."
)


def in_date_order(events: QuerySet[Event]) -> QuerySet[Event]:
    """Oldest first; events of one day in the order they were stored."""
    return events.order_by("date", "id")


@dataclass(frozen=True)
class Line:
    """One event of the chronology. `event` is its export dict (exports._event_dict)."""

    event: dict
    when: str
    description: str

    @property
    def inferred(self) -> bool:
        return self.event["date_inferred"]

    @property
    def sources(self) -> list[dict]:
        return self.event["sources"]

    @property
    def people(self) -> list[dict]:
        """Each actor once (one may take part in two roles), in the participants' order."""
        return list({actor["slug"]: actor for actor in self.event["actors"]}.values())


def lines_for(events: QuerySet[Event]) -> list[Line]:
    """The lines of these events (ordered, possibly sliced): four queries for any number."""
    return [line_of(event) for event in event_dicts_for(events)]


def all_lines(events: QuerySet[Event]) -> Iterator[Line]:
    """Every line of these events, in date order, read a chunk at a time (the exports')."""
    for event in event_dicts(in_date_order(events)):
        yield line_of(event)


def line_of(event: dict) -> Line:
    return Line(event, when_label(event), description(event))


# ---------------------------------------------------------------------- the words
def when_label(event: dict) -> str:
    """The date as precisely as it is known: "2018-06-12", "2018-08" (month), "2019"
    (year), "27–28 Feb 2019" (several days), with INFERRED_MARK before an inferred one."""
    label = event["date"]
    if event["end_date"] and event["date_precision"] == "day":
        start = dt.date.fromisoformat(event["date"])
        end = dt.date.fromisoformat(event["end_date"])
        if end > start:
            label = day_span(start, end)
    return f"{INFERRED_MARK}{label}" if event["date_inferred"] else label


def day_span(start: dt.date, end: dt.date) -> str:
    """27–28 Feb 2019; 30 Jun – 2 Jul 2018; 30 Dec 2018 – 2 Jan 2019."""
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def description(event: dict) -> str:
    """What happened: "Meeting (cancelled): Pompeo's trip to Pyongyang"."""
    what = EVENT_TYPES[event["type"]].label
    if event["status"] != "occurred":
        what += f" ({STATUSES[event['status']].lower()})"
    summary = event["summary"] or ""
    # Extracted summaries open with their type already ("Agreement: Trump and Xi"): once.
    said = EVENT_TYPES[event["type"]].label + ":"
    if summary.casefold().startswith(said.casefold()):
        summary = summary[len(said) :].lstrip()
    return f"{what}: {summary}" if summary else what


def actor_names(line: Line) -> str:
    """Each actor once, in the order of the event's participants."""
    return ", ".join(actor["name"] for actor in line.people)


# ---------------------------------------------------------------------- Markdown
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>~|])")


def markdown_text(text: str) -> str:
    """Text that Markdown shows as written: its special characters escaped, on one line."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


URL_ESCAPES = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"})


def markdown_url(url: str) -> str:
    """An address safe inside `(…)`: spaces, parentheses and angle brackets percent-encoded."""
    return url.translate(URL_ESCAPES)


def markdown_source(source: dict) -> str:
    """`The Hill, [Pompeo in Pyongyang](https://…) (2018-07-08)`."""
    title = markdown_text(source["title"] or f"Article {source['article'] or ''}".strip())
    if source["url"]:
        title = f"[{title}]({markdown_url(source['url'])})"
    outlet = markdown_text(source["outlet"]) + ", " if source["outlet"] else ""
    published = f" ({source['published']})" if source["published"] else ""
    return f"{outlet}{title}{published}"


def markdown_line(line: Line) -> str:
    text = f"- **{markdown_text(line.when)}** — {markdown_text(line.description)}"
    if line.people:
        text += f" Actors: {markdown_text(actor_names(line))}."
    if line.sources:
        text += " Sources: " + "; ".join(markdown_source(s) for s in line.sources) + "."
    return text


def markdown_lines(lines: Iterable[Line], heading: str, described: str) -> Iterator[str]:
    """The whole document, a line at a time (each ends with a newline)."""
    yield f"# {markdown_text(heading)}\n\n"
    if described:
        yield f"Events where {markdown_text(described)}.\n\n"
    yield markdown_text(INFERRED_NOTE) + "\n\n"
    for line in lines:
        yield markdown_line(line) + "\n"


# ---------------------------------------------------------------------- CSV
CSV_COLUMNS = [
    "when", "description", "actors", "sources", "id", "date", "date_precision", "end_date",
    "date_inferred", "type", "status",
]  # fmt: skip


EVENT_COLUMNS = ("id", "date", "date_precision", "end_date", "type", "status")


def csv_row(line: Line) -> list:
    event = line.event
    row = {
        "when": line.when,
        "description": line.description,
        "actors": actor_names(line),
        "sources": "; ".join(source_label(source) for source in line.sources),
        "date_inferred": "true" if event["date_inferred"] else "false",
        **{name: event[name] for name in EVENT_COLUMNS},
    }
    return [csv_cell(row[column]) for column in CSV_COLUMNS]


def csv_lines(lines: Iterable[Line]) -> Iterator[str]:
    writer = csv.writer(Echo())
    yield writer.writerow(CSV_COLUMNS)
    for line in lines:
        yield writer.writerow(csv_row(line))
