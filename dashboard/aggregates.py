"""The aggregates of the main pages — counts, facets, chart figures, the first ids of a list
in order — computed once per data version and kept in Django's cache (caching.py), and
computed ahead of visitors by `warm()` right after a load.

The views read them through here, and so does warm(), so both use the same cache keys. With a
cache shared between web processes (REDIS_URL: Django's Redis cache), the first visitor
after a load finds the main pages ready; with the default per-process memory cache each web
process computes them on its first request, as before (warming in the loading process would
only fill that process's memory).
"""

from __future__ import annotations

import datetime as dt
import json

from django.conf import settings
from django.http import QueryDict
from django.urls import reverse

from . import caching, charts, queries
from .extraction.ontology import MEETING_TYPES
from .facets import facet_counts
from .filters import Validated, validated_events
from .models import Negotiation
from .places import place_counts


def event_url(pk: int) -> str:
    return reverse("dashboard:event", args=[pk])


def negotiations() -> list[Negotiation]:
    return caching.cached("negotiations", "", queries.negotiations_with_counts)


def overview(negotiation: Negotiation | None, unit: str | None = None) -> dict:
    """The overview's headline figures and charts, for one negotiation or (None) all, per
    `unit` (one of charts.UNITS; None: the one charts.choose_unit picks for the dates)."""
    events = queries.visible_events()
    if negotiation is not None:
        events = events.filter(negotiation=negotiation)
    key = f"{negotiation.slug if negotiation else 'all'}:{unit or 'auto'}"
    return caching.cached("overview", key, lambda: _overview(events, negotiation, unit))


def _overview(events, negotiation, unit: str | None) -> dict:
    unit = unit or charts.choose_unit(*queries.date_span(events))
    base = QueryDict(mutable=True)
    if negotiation is not None:
        base["negotiation"] = negotiation.slug
    link = table_link(base, "series")
    rows = queries.period_counts(events, unit)  # both charts: one query
    return {
        "counts": queries.overview_counts(events, negotiation),
        "unit": unit,
        "periods": charts.period_figure(
            rows, unit, f"Meetings held, called off, sanctions per {unit}",
            link=link,
        ),
        "stalling": charts.stalling_figure(rows, unit, link=link),
        **_who_met_whom(events, queries.pair_kinds([])[1], QueryDict(_of(negotiation))),
    }  # fmt: skip


def _of(negotiation: Negotiation | None) -> str:
    return f"negotiation={negotiation.slug}" if negotiation else ""


# The pairs the who-met-whom table lists (the most meetings first); the overview shows fewer.
PAIR_LIMIT = 100


def meetings(found: Validated, kinds: tuple[str, ...]) -> dict:
    """Who met whom among the filtered events, counting actors of these kinds."""
    key = json.dumps([found.key, kinds])
    return caching.cached("meetings", key, lambda: _who_met_whom(found.rows, kinds, found.data))


def _who_met_whom(events, kinds: tuple[str, ...], data: QueryDict) -> dict:
    """The ranked pairs (each with the link to its meetings) and the adjacency matrix."""
    pairs = queries.meeting_pairs(events, kinds)

    def pair_url(a_slug: str, b_slug: str) -> str:
        return reverse("dashboard:events") + "?" + meetings_query(data, [a_slug, b_slug])

    for pair in pairs[:PAIR_LIMIT]:
        pair["events_url"] = pair_url(pair["a_slug"], pair["b_slug"])
    totals = queries.meeting_totals(events, kinds)
    return {
        "pairs": pairs[:PAIR_LIMIT],
        "pair_count": len(pairs),
        "matrix": charts.meeting_matrix_figure(pairs, totals, pair_url),
    }


def meetings_query(data: QueryDict, slugs: list[str]) -> str:
    """The events table's query string for the held meetings these actors all took part
    in, within the filter `data` (its own types kept where they are meeting types)."""
    query = data.copy()
    for control in ("with", "_page", "_sort", "_limit"):
        query.pop(control, None)
    types = [t for t in query.getlist("type") if t in MEETING_TYPES]
    query.setlist("type", types or sorted(MEETING_TYPES))
    query.setlist("status", ["occurred"])
    query.setlist("actor", list(dict.fromkeys([*query.getlist("actor"), *slugs])))
    return query.urlencode()


def places(found: Validated) -> dict:
    """The events map of the filtered events: its figure and the places' counts."""
    return caching.cached("places", found.key, lambda: _places(found.rows, found.data))


def _places(events, data: QueryDict) -> dict:
    counts, unplaced = place_counts(events)

    def place_url(name: str) -> str:
        query = data.copy()
        query.pop("_page", None)
        query["location"] = name
        return reverse("dashboard:events") + "?" + query.urlencode()

    return {
        "map": charts.map_figure(counts, place_url),
        "places": [(c.place.name, c.count, place_url(c.place.name)) for c in counts],
        "placed": sum(c.count for c in counts),
        "unplaced": unplaced,
    }


def event_list(found: Validated, every_facet_value: bool = False, unit: str | None = None) -> dict:
    """The events table's count, facet counts and charts for a valid filter (with every
    value of each facet, if asked: ?_facet_size=all), per `unit` (None: charts.choose_unit
    picks one for the dates)."""
    key = found.key
    if every_facet_value or unit:
        key = json.dumps([found.key, "all" if every_facet_value else "", unit or "auto"])
    return caching.cached("events", key, lambda: _event_list(found, every_facet_value, unit))


def _event_list(found: Validated, every_facet_value: bool = False, unit: str | None = None) -> dict:
    events = found.rows
    unit = unit or charts.choose_unit(*queries.date_span(events))
    dates = found.filterset.form.cleaned_data.get("date")
    link = table_link(found.filterset.data, "type", dates.start if dates else None,
                      dates.stop if dates else None)  # fmt: skip
    return {
        "count": events.count(),
        "unit": unit,
        "facets": facet_counts(events, every=every_facet_value),
        "periods": charts.period_figure(
            queries.period_counts(events, unit, by="type"), unit,
            f"Filtered events per {unit}, by type (every status)", by="type", link=link,
        ),
        "timeline": charts.timeline_figure(queries.timeline_points(events), event_url),
    }  # fmt: skip


def table_link(query, field: str, after=None, before=None) -> charts.Link:
    """The click target of a chart's bars: the events table with the same filter, the bar's
    series or type (`field` set to it) and period, and only the events dated precisely
    enough to be counted in that period. `after`/`before` (the filter's own dates) narrow
    the period, so the table lists exactly the bar's events."""
    kept, asked = QueryDict(mutable=True), query.getlist("precision")
    for key, values in query.lists():
        if not key.startswith("_") and key not in {field, "date_after", "date_before",
                                                   "precision"}:  # fmt: skip
            kept.setlist(key, values)

    def link(group: str, start: dt.date, end: dt.date, unit: str) -> str:
        target = kept.copy()
        target[field] = group
        target["date_after"] = max(start, _day(after) or start).isoformat()
        target["date_before"] = min(end, _day(before) or end).isoformat()
        counted = [p for p in queries.PLACED_BY[unit] if not asked or p in asked]
        if unit != "year" or asked:
            target.setlist("precision", counted)
        return f"{reverse('dashboard:events')}?{target.urlencode()}"

    return link


def _day(value) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def first_ids(found: Validated, rows, sort: str) -> list[int]:
    """The first ids of a filtered list in the given order (queries.EventsInOrder)."""
    key = json.dumps([found.key, sort])
    return caching.cached("events-order", key, lambda: queries.first_ids(rows))


def actor(actor, negotiation: Negotiation | None, key: str) -> dict:
    """An actor page's counterparts and chart (of one negotiation, if given)."""

    def compute() -> dict:
        return {
            "counterparts": list(queries.top_counterparts(actor, negotiation)),
            "periods": charts.period_figure(
                queries.actor_periods(actor, negotiation), "month",
                f"{actor.name}: events per month, by type", by="type",
                link=table_link(QueryDict(key), "type"),
            ),
        }  # fmt: skip

    return caching.cached("actor", key, compute)


def api_count(found: Validated, rows) -> int:
    return caching.cached("api-events", found.key, rows.count)


def warm() -> list[str]:
    """Compute the main pages' aggregates for the current data version: the overview of
    every negotiation with events and of all together, the unfiltered events table and the
    first page of /api/events. Returns what was computed, for the command to say."""
    caching.start_request()  # read the data version the load just committed
    done = []
    listed = negotiations()
    for negotiation in [n for n in listed if n.event_count] + [None]:
        overview(negotiation)
        done.append(f"/?negotiation={negotiation.slug if negotiation else 'all'}")
    found = validated_events(QueryDict(""))
    event_list(found)
    rows, sort = queries.sorted_events(found.rows, None)
    first_ids(found, rows, sort)
    api_count(found, found.rows.order_by("-date", "id"))
    done += ["/events/", "/api/events"]
    return done


def shared() -> bool:
    """Whether the cache is shared between processes (not Django's per-process memory)."""
    backend = settings.CACHES["default"]["BACKEND"]
    return not backend.endswith(("LocMemCache", "DummyCache"))
