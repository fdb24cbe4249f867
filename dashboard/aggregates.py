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

import json

from django.conf import settings
from django.http import QueryDict
from django.urls import reverse

from . import caching, charts, queries
from .facets import facet_counts
from .filters import Validated, validated_events
from .models import Negotiation


def event_url(pk: int) -> str:
    return reverse("dashboard:event", args=[pk])


def negotiations() -> list[Negotiation]:
    return caching.cached("negotiations", "", queries.negotiations_with_counts)


def overview(negotiation: Negotiation | None) -> dict:
    """The overview's headline figures and charts, for one negotiation or (None) all."""
    events = queries.visible_events()
    if negotiation is not None:
        events = events.filter(negotiation=negotiation)
    key = negotiation.slug if negotiation else "all"
    return caching.cached("overview", key, lambda: _overview(events, negotiation))


def _overview(events, negotiation) -> dict:
    unit = charts.choose_unit(*queries.date_span(events))
    return {
        "counts": queries.overview_counts(events, negotiation),
        "periods": charts.period_figure(
            queries.period_counts(events, unit),
            unit,
            f"Meetings, cancellations and sanctions per {unit}",
        ),
        "stalling": charts.stalling_figure(queries.period_counts(events, "quarter")),
        "network": charts.network_figure(queries.meeting_pairs(events)),
        "undated": queries.undated_count(events),
    }


def event_list(found: Validated, every_facet_value: bool = False) -> dict:
    """The events table's count, facet counts and charts for a valid filter (with every
    value of each facet, if asked: ?_facet_size=all)."""
    key = json.dumps([found.key, "all"]) if every_facet_value else found.key
    return caching.cached("events", key, lambda: _event_list(found.rows, every_facet_value))


def _event_list(events, every_facet_value: bool = False) -> dict:
    unit = charts.choose_unit(*queries.date_span(events))
    return {
        "count": events.count(),
        "facets": facet_counts(events, every=every_facet_value),
        "periods": charts.period_figure(
            queries.period_counts(events, unit), unit, f"Filtered events per {unit}"
        ),
        "timeline": charts.timeline_figure(queries.timeline_points(events), event_url),
        "undated": queries.undated_count(events),
    }


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
                f"{actor.name}: events per month",
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
