"""One export schema for the JSON API, `export_events` and CSV downloads.

A source is a page that reports an event: a loaded article (named by its id, title, outlet,
publication date and web address, never by the file it was loaded from: file names are paths
on the server, and an article a curator added in the admin is filed under their user name)
with its evidence, the sentences of it that report the event; or a page the reference
chronology cites (no id, no evidence). "Sources" means that on every page and in every export.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from django.db.models import QuerySet

from .extraction.ontology import EVENT_TYPES, cameo_code
from .extraction.records import date_label
from .models import Event, Mention, Participant, ReferenceSource

CSV_COLUMNS = [
    "id", "negotiation", "type", "status", "date", "date_precision", "end_date",
    "date_inferred", "location", "summary", "confidence", "review", "related_event", "plover",
    "cameo", "actors", "sources", "evidence",
]  # fmt: skip
CHUNK = 500


# What an event row needs, read as plain values: no model instances, no reference cycles.
EVENT_VALUES = (
    "id", "event_type", "status", "date", "date_precision", "end_date", "date_inferred",
    "location", "summary", "confidence", "review", "related_event_id",
    "related_event__event_type", "negotiation__slug",
)  # fmt: skip


SOURCE_VALUES = ("event_id", "article_id", "article__url", "article__title", "article__outlet",
                 "article__published", "sentence")  # fmt: skip


def web_url(url: str | None) -> str:
    """The address if it is a web page's (http or https, with a host), else "": what may be
    shown as a link. A `javascript:` or `data:` address stored before the loader refused
    them must never become one."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in {"http", "https"} and parts.netloc else ""


def event_dicts_for(events: QuerySet[Event]) -> list[dict]:
    """The export schema of these events (ordered, possibly sliced), in their order: three
    queries for any number of events."""
    return _with_details(list(events.values(*EVENT_VALUES)))


def event_dicts_for_ids(ids: list[int]) -> list[dict]:
    """The export schema of the events with these ids, in the order of the ids."""
    rows = {row["id"]: row for row in Event.objects.filter(pk__in=ids).values(*EVENT_VALUES)}
    return _with_details([rows[event_id] for event_id in ids if event_id in rows])


def event_dicts(events: QuerySet[Event]) -> Iterator[dict]:
    """The export of a whole queryset, streamed CHUNK events at a time, so memory stays flat
    on large exports (four queries a chunk)."""
    chunk: list[int] = []
    for event_id in events.values_list("id", flat=True).iterator(chunk_size=CHUNK):
        chunk.append(event_id)
        if len(chunk) == CHUNK:
            yield from event_dicts_for_ids(chunk)
            chunk = []
    if chunk:
        yield from event_dicts_for_ids(chunk)


def _with_details(rows: list[dict]) -> list[dict]:
    ids = [row["id"] for row in rows]
    actors: dict[int, list[dict]] = defaultdict(list)
    for event_id, name, slug, role in (
        Participant.objects.filter(event_id__in=ids)
        .order_by("id")
        .values_list("event_id", "actor__name", "actor__slug", "role")
    ):
        actors[event_id].append({"name": name, "slug": slug, "role": role})
    sources: dict[int, list[dict]] = defaultdict(list)
    mentions = Mention.objects.filter(event_id__in=ids).order_by("article_id", "start")
    for event_id, article, url, title, outlet, published, sentence in mentions.values_list(
        *SOURCE_VALUES
    ):
        # Mentions come in article order: an article's sentences are the evidence of one source.
        found = sources[event_id]
        if not found or found[-1]["article"] != article:
            found.append(_source(article, url, title, outlet, published))
        found[-1]["evidence"].append(sentence)
    # The pages the reference chronology cites: sources too, with no article or sentence.
    cited = ReferenceSource.objects.filter(event_id__in=ids).order_by("published", "id")
    for event_id, url, title, outlet, published in cited.values_list(
        "event_id", "url", "title", "outlet", "published"
    ):
        sources[event_id].append(_source(None, url, title, outlet, published))
    return [_event_dict(row, actors[row["id"]], sources[row["id"]]) for row in rows]


def _event_dict(row: dict, actors: list[dict], sources: list[dict]) -> dict:
    """The export schema."""
    return {
        "id": row["id"],
        "negotiation": row["negotiation__slug"],
        "type": row["event_type"],
        "status": row["status"],
        "date": date_label(row["date"], row["date_precision"]),
        "date_precision": row["date_precision"],
        "end_date": row["end_date"].isoformat() if row["end_date"] else None,
        # The date is not stated in full by the sources: taken from context or a default.
        "date_inferred": row["date_inferred"],
        "location": row["location"],
        "summary": row["summary"],
        "confidence": row["confidence"],
        "review": row["review"],
        "related_event": row["related_event_id"],
        "plover": EVENT_TYPES[row["event_type"]].plover,
        "cameo": cameo_code(row["event_type"], row["related_event__event_type"]),
        "actors": actors,
        "sources": sources,
    }


def csv_row(data: dict) -> list:
    row = dict(data)
    row["date_inferred"] = "true" if data["date_inferred"] else "false"
    row["actors"] = "; ".join(f"{a['name']} ({a['role']})" for a in data["actors"])
    # One per article or cited page, in order; an article's evidence under the same [id].
    row["sources"] = "; ".join(source_label(s) for s in data["sources"])
    row["evidence"] = "\n".join(
        f"[{s['article']}] {sentence}" for s in data["sources"] for sentence in s["evidence"]
    )
    return [csv_cell(row[column]) for column in CSV_COLUMNS]


def source_label(source: dict) -> str:
    """A source in a few words: `[12] Outlet: Title (2018-08-25) <https://…>`, [12] being the
    article's id (a page the reference chronology cites has none)."""
    label = source["title"] or (f"Article {source['article']}" if source["article"] else "")
    if source["outlet"]:
        label = f"{source['outlet']}: {label}"
    if source["article"]:
        label = f"[{source['article']}] {label}"
    if source["published"]:
        label += f" ({source['published']})"
    if source["url"]:
        label += f" <{source['url']}>"
    return label


# A cell a spreadsheet would read as a formula (OWASP, "CSV injection"): = + - @, and tab or
# carriage return, which some applications skip before looking for one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> object:
    """A CSV cell: text that could start a formula gets a leading apostrophe, which
    spreadsheets show as text; numbers (and None, as "") are written as they are."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class Echo:
    """A file-like object whose write returns the line, for streaming csv.writer output."""

    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(Echo())
    yield writer.writerow(CSV_COLUMNS)
    for row in rows:
        yield writer.writerow(csv_row(row))


def actor_as_dict(actor) -> dict:
    """Expects `queries.actors_with_counts()` (event_count annotated)."""
    return {
        "name": actor.name,
        "slug": actor.slug,
        "kind": actor.kind,
        "country": actor.country,
        "aliases": actor.aliases,
        "description": actor.description,
        "new": actor.is_new,
        "review": actor.review,
        "events": actor.event_count,
    }


def article_as_dict(article) -> dict:
    """Expects `queries.articles_with_counts()` (event_count annotated)."""
    return {
        "id": article.pk,
        "title": article.title,
        "outlet": article.outlet,
        "url": web_url(article.url) or None,
        "published": article.published.isoformat() if article.published else None,
        "published_inferred": article.published_inferred,
        "authors": article.authors,
        "negotiation": article.negotiation.slug if article.negotiation_id else None,
        "events": article.event_count,
    }


def _source(article, url, title, outlet, published) -> dict:
    """One source of an event as exports give it: an article that reports it (its evidence,
    the sentences that do, added by the caller), or a page the reference chronology cites
    (no article id, no evidence)."""
    return {
        "article": article,
        "url": web_url(url) or None,
        "title": title,
        "outlet": outlet,
        "published": published.isoformat() if published else None,
        "evidence": [],
    }


# ---------------------------------------------------------------------- file names
FILENAME_LIMIT = 120  # characters before the extension


def export_filename(filterset, stem: str, extension: str) -> str:
    """A download's name that says what was filtered, built from the cleaned filter:
    `parley-events-us-dprk-meeting-2018-06-01-to-2018-12-31.csv`. Only a-z, 0-9 and hyphens;
    a name longer than FILENAME_LIMIT is cut at a hyphen and ends with a digest of the whole
    filter, so two different filters never share a name."""
    parts = [stem]
    data = filterset.form.cleaned_data if filterset.is_bound and filterset.form.is_valid() else {}
    for name in filterset.form.fields:  # the form's order: negotiation, text, type, …
        parts.extend(_filename_parts(name, data.get(name)))
    name = "-".join(part for part in parts if part)
    if len(name) > FILENAME_LIMIT:
        digest = hashlib.sha256(name.encode()).hexdigest()[:8]
        name = name[: FILENAME_LIMIT - 9].rstrip("-") + "-" + digest
    return f"{name}.{extension}"


def _filename_parts(name: str, value) -> list[str]:
    """A cleaned filter value as name parts; values that would say nothing alone (an id, a
    true/false) carry the filter's name."""
    if value is None or value == "" or value == [] or value == ():
        return []
    if isinstance(value, slice):  # a date range
        start, stop = (_date_part(v) for v in (value.start, value.stop))
        if start and stop:
            return [f"{start}-to-{stop}"]
        return [f"from-{start}"] if start else [f"to-{stop}"] if stop else []
    if isinstance(value, bool):
        return [name if value else f"not-{name}"]
    if isinstance(value, int):
        return [f"{name}-{value}"]
    if isinstance(value, list | tuple | set | QuerySet):
        return [part for item in value for part in _filename_parts(name, item)]
    return [_safe(getattr(value, "slug", None) or str(value))]


def _date_part(value) -> str:
    return (
        value.date().isoformat()
        if isinstance(value, dt.datetime)
        else (value.isoformat() if isinstance(value, dt.date) else "")
    )


def _safe(text: str) -> str:
    """Lower-case ASCII letters, digits and single hyphens (what every file system takes):
    accents dropped, anything else a word break."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
