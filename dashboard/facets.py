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
from .models import Event, Mention, Participant
from .queries import MonthStart

LIMIT = 12  # values shown per facet, the most frequent first, unless ?_facet_size=all
MORE = "_facet_size"  # the control parameter that shows every value


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
    limited = True  # LIMIT values unless every one is asked for; False: few, all shown

    def counts(self, events: QuerySet[Event], limit: int | None) -> list[tuple[str, str, int]]:
        """(value, label, count) rows over these events, in display order: at most `limit`
        (None: all) where values are many."""
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
    limited = False

    def counts(self, events, limit):
        rows = (
            events.exclude(negotiation=None)
            .values_list("negotiation__slug", "negotiation__name")
            .annotate(n=Count("id"))
            .order_by("-n", "negotiation__name")
        )
        return list(rows)


class TypeFacet(Facet):
    name, label = "type", "Type"
    limited = False

    def counts(self, events, limit):
        rows = events.values_list("event_type").annotate(n=Count("id")).order_by("-n")
        return [(key, EVENT_TYPES[key].label, n) for key, n in rows]


class StatusFacet(Facet):
    name, label = "status", "Status"
    limited = False

    def counts(self, events, limit):
        rows = events.values_list("status").annotate(n=Count("id")).order_by("-n")
        return [(key, STATUSES[key], n) for key, n in rows]


class ActorFacet(Facet):
    name, label = "actor", "Actors"

    def counts(self, events, limit):
        rows = (
            Participant.objects.filter(event__in=events.values("id"))
            .values_list("actor__slug", "actor__name")
            .annotate(n=Count("event", distinct=True))
            .order_by("-n", "actor__name")
        )
        return list(rows[:limit])


class CountryFacet(Facet):
    name, label = "country", "Countries"  # several: parties from each

    def counts(self, events, limit):
        rows = (
            Participant.objects.filter(event__in=events.values("id"))
            .exclude(actor__country="")
            .values_list("actor__country")
            .annotate(n=Count("event", distinct=True))
            .order_by("-n", "actor__country")
        )
        return [(code, code, n) for code, n in rows[:limit]]


class OutletFacet(Facet):
    """The outlets whose articles report the events (the outlet filter takes one)."""

    name, label, single = "outlet", "Outlets", True

    def counts(self, events, limit):
        rows = (
            Mention.objects.filter(event__in=events.values("id"))
            .exclude(article__outlet="")
            .values_list("article__outlet")
            .annotate(n=Count("event", distinct=True))
            .order_by("-n", "article__outlet")
        )
        return [(outlet, outlet, n) for outlet, n in rows[:limit]]


class MonthFacet(Facet):
    """A month is a date range: choosing it sets date_after and date_before."""

    name, label = "month", "Months"

    def counts(self, events, limit):
        rows = (
            events.exclude(date_precision="year")
            .annotate(month=MonthStart("date"))
            .values_list("month")
            .annotate(n=Count("id"))
            .order_by("-month")[:limit]
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
    NegotiationFacet(), TypeFacet(), StatusFacet(), ActorFacet(), CountryFacet(),
    OutletFacet(), MonthFacet(),
]  # fmt: skip
BY_NAME = {facet.name: facet for facet in FACETS}


def every_value(query: QueryDict) -> bool:
    """Whether the request asks for every value of each facet (?_facet_size=all)."""
    return query.get(MORE) == "all"


def facet_counts(
    events: QuerySet[Event], names: list[str] | None = None, every: bool = False
) -> dict[str, list]:
    """name -> its count rows, for every facet (or those named): LIMIT values and one more
    (which tells that there are more), or with `every` all of them."""
    chosen = FACETS if names is None else [BY_NAME[n] for n in names if n in BY_NAME]
    limit = None if every else LIMIT + 1
    return {facet.name: facet.counts(events, limit) for facet in chosen}


@dataclass(frozen=True)
class FacetShown:
    facet: Facet
    values: list[FacetValue]
    more: str  # the link ("?query") showing every value, or "" when all are shown
    fewer: str  # the link back to LIMIT values, or "" when no values were hidden

    def __iter__(self):  # (facet, values), as callers unpacked it before "more"
        return iter((self.facet, self.values))


def facet_values(counts: dict[str, list], query: QueryDict) -> list[FacetShown]:
    """Each counted facet with values, its FacetValues for this request (LIMIT of them when
    there are more, with the link that shows all), in display order."""
    shown = []
    every = every_value(query)
    for facet in FACETS:
        rows = counts.get(facet.name)
        if not rows:
            continue
        hidden = facet.limited and len(rows) > LIMIT
        values = facet.values(rows if every or not hidden else rows[:LIMIT], query)
        more = "?" + _with(query, MORE, "all") if hidden and not every else ""
        fewer = "?" + _with(query, MORE, None) if every and hidden else ""
        shown.append(FacetShown(facet, values, more, fewer))
    return shown


def _with(query: QueryDict, name: str, value: str | None) -> str:
    params = query.copy()
    params.pop(name, None)
    if value is not None:
        params[name] = value
    return params.urlencode()
