"""Facets of the events table, as datasette has them: counts over the filtered events, each
value a link that adds it to the filter or, when it is in the filter already, takes it out.

Each Facet knows its query parameter, its label, how to count its values in the database
(`counts`: plain rows, cached with the page's other aggregates) and how to show them for a
request (`values`: labels and toggle links). The events page, its template and
`/api/events?_facet=…` all use them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.http import QueryDict

from .extraction.ontology import EVENT_TYPES, STATUSES
from .models import Event, Participant
from .queries import MonthStart

LIMIT = 12  # values shown per facet, the most frequent first


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    query: str  # the request's query string with this value toggled
    selected: bool


class Facet:
    name = ""  # the query parameter
    label = ""
    single = False  # the filter takes one value: choosing one replaces the other

    def counts(self, events: QuerySet[Event]) -> list[tuple[str, str, int]]:
        """(value, label, count) rows over these events, in display order."""
        raise NotImplementedError

    def values(self, rows: list[tuple[str, str, int]], query: QueryDict) -> list[FacetValue]:
        return [FacetValue(value, label, n, *self.toggle(query, value)) for value, label, n
                in rows]  # fmt: skip

    def toggle(self, query: QueryDict, value: str) -> tuple[str, bool]:
        """The query string with `value` added (or swapped in), or removed if present."""
        params = query.copy()
        params.pop("_page", None)
        chosen = params.getlist(self.name)
        selected = value.casefold() in {v.casefold() for v in chosen}
        if selected:
            params.setlist(self.name, [v for v in chosen if v.casefold() != value.casefold()])
        else:
            params.setlist(self.name, [value] if self.single else [*chosen, value])
        return params.urlencode(), selected


class NegotiationFacet(Facet):
    name, label, single = "negotiation", "Negotiations", True

    def counts(self, events):
        rows = (
            events.exclude(negotiation=None)
            .values_list("negotiation__slug", "negotiation__name")
            .annotate(n=Count("id"))
            .order_by("-n", "negotiation__name")
        )
        return list(rows)


class TypeFacet(Facet):
    name, label = "type", "Type"

    def counts(self, events):
        rows = events.values_list("event_type").annotate(n=Count("id")).order_by("-n")
        return [(key, EVENT_TYPES[key].label, n) for key, n in rows]


class StatusFacet(Facet):
    name, label = "status", "Status"

    def counts(self, events):
        rows = events.values_list("status").annotate(n=Count("id")).order_by("-n")
        return [(key, STATUSES[key], n) for key, n in rows]


class ActorFacet(Facet):
    name, label = "actor", "Actors"

    def counts(self, events):
        rows = (
            Participant.objects.filter(event__in=events.values("id"))
            .values_list("actor__slug", "actor__name")
            .annotate(n=Count("event", distinct=True))
            .order_by("-n", "actor__name")[:LIMIT]
        )
        return list(rows)


class CountryFacet(Facet):
    name, label, single = "country", "Countries", True

    def counts(self, events):
        rows = (
            Participant.objects.filter(event__in=events.values("id"))
            .exclude(actor__country="")
            .values_list("actor__country")
            .annotate(n=Count("event", distinct=True))
            .order_by("-n", "actor__country")[:LIMIT]
        )
        return [(code, code, n) for code, n in rows]


class MonthFacet(Facet):
    """A month is a date range: choosing it sets date_after and date_before."""

    name, label = "month", "Months"

    def counts(self, events):
        rows = (
            events.exclude(date_precision="year")
            .annotate(month=MonthStart("date"))
            .values_list("month")
            .annotate(n=Count("id"))
            .order_by("-month")[:LIMIT]
        )
        # A date on SQLite, a datetime from PostgreSQL's DATE_TRUNC: both print alike.
        return [(month.strftime("%Y-%m"), month.strftime("%Y-%m"), n) for month, n in rows]

    def toggle(self, query: QueryDict, value: str) -> tuple[str, bool]:
        first = dt.date.fromisoformat(f"{value}-01")
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        params = query.copy()
        params.pop("_page", None)
        selected = (params.get("date_after"), params.get("date_before")) == (
            first.isoformat(), last.isoformat(),
        )  # fmt: skip
        if selected:
            params.pop("date_after", None)
            params.pop("date_before", None)
        else:
            params["date_after"], params["date_before"] = first.isoformat(), last.isoformat()
        return params.urlencode(), selected


FACETS: list[Facet] = [
    NegotiationFacet(), TypeFacet(), StatusFacet(), ActorFacet(), CountryFacet(), MonthFacet(),
]  # fmt: skip
BY_NAME = {facet.name: facet for facet in FACETS}


def facet_counts(events: QuerySet[Event], names: list[str] | None = None) -> dict[str, list]:
    """name -> its count rows, for every facet (or those named)."""
    chosen = FACETS if names is None else [BY_NAME[n] for n in names if n in BY_NAME]
    return {facet.name: facet.counts(events) for facet in chosen}


def facet_values(counts: dict[str, list], query: QueryDict) -> list[tuple[Facet, list]]:
    """(facet, its FacetValues for this request) for each counted facet with values."""
    return [(f, f.values(counts[f.name], query)) for f in FACETS if counts.get(f.name)]
