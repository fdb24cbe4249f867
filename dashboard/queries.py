"""Reads: what the pages and the API show. Aggregation happens in the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    Exists,
    F,
    Max,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import (
    Coalesce,
    Lower,
    TruncMonth,
    TruncQuarter,
    TruncWeek,
    TruncYear,
)
from django.db.models.lookups import In

from .extraction.ontology import CANCELLATION_TYPES, MEETING_TYPES
from .models import (
    Actor,
    Article,
    Event,
    Mention,
    Negotiation,
    Participant,
    ReferenceSource,
    visible_events_q,
)

# The chart series of an event, as SQL (mirrors ontology.chart_group).
CHART_GROUP = Case(
    When(event_type__in=MEETING_TYPES, status="occurred", then=Value("meetings")),
    When(event_type__in=MEETING_TYPES, status="did_not_occur", then=Value("cancellations")),
    When(event_type__in=CANCELLATION_TYPES, then=Value("cancellations")),
    When(event_type="sanction", then=Value("sanctions")),
    default=Value(""),
    output_field=CharField(),
)
SERIES_LABELS = {
    "meetings": "Meetings held",
    "cancellations": "Cancelled or postponed",
    "sanctions": "Sanctions",
}
# The same series as filters (?series= on the events table, which the overview's bars open).
SERIES_Q = {
    "meetings": Q(event_type__in=MEETING_TYPES, status="occurred"),
    "cancellations": Q(event_type__in=MEETING_TYPES, status="did_not_occur")
    | Q(event_type__in=CANCELLATION_TYPES),
    "sanctions": Q(event_type="sanction"),
}


class _NativeSQLiteTrunc:
    """Truncate a date with SQLite's own date() modifiers.

    Django's SQLite backend truncates through a Python function called once per row, which
    made every chart and the month facet slow on large tables; date() is about three times
    faster (docs/benchmarks.md). PostgreSQL keeps Django's DATE_TRUNC."""

    modifiers: str

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.lhs)
        return f"date({sql}, {self.modifiers})", params


class MonthStart(_NativeSQLiteTrunc, TruncMonth):
    modifiers = "'start of month'"


class WeekStart(_NativeSQLiteTrunc, TruncWeek):
    # Back six days, then forward to the next Monday: the Monday on or before the date.
    modifiers = "'-6 days', 'weekday 1'"


class YearStart(_NativeSQLiteTrunc, TruncYear):
    modifiers = "'start of year'"


class QuarterStart(_NativeSQLiteTrunc, TruncQuarter):
    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.lhs)
        # Months since the quarter began, (month - 1) mod 3, without "%" (which would clash
        # with the parameter placeholders).
        month0 = f"(CAST(substr({sql}, 6, 2) AS INTEGER) - 1)"
        back = f"'-' || ({month0} - {month0} / 3 * 3) || ' months'"
        return f"date({sql}, 'start of month', {back})", params * 3


def visible_events() -> QuerySet[Event]:
    return Event.objects.visible()


def _of_visible_events(rows: QuerySet) -> QuerySet:
    """Participations or mentions of visible events, as a join on the event's key (a
    `event__in=` subquery here is re-run for every outer row on SQLite)."""
    return rows.filter(visible_events_q(through="event__"))


def overview_counts(events: QuerySet[Event], negotiation: Negotiation | None = None) -> dict:
    """Headline figures of these events; articles and actors of the negotiation, if one."""
    totals = events.annotate(group=CHART_GROUP).aggregate(
        events=Count("id"),
        meetings=Count("id", filter=Q(group="meetings")),
        cancellations=Count("id", filter=Q(group="cancellations")),
        sanctions=Count("id", filter=Q(group="sanctions")),
    )
    articles = Article.objects.all()
    if negotiation is not None:
        articles = articles.filter(negotiation=negotiation)
    totals["articles"] = articles.count()
    # Actors taking part in at least one event the dashboard shows (not one only rejected
    # or merged away). EXISTS stops at an actor's first such event, where counting distinct
    # actors of every visible participation walks them all.
    shown = _of_visible_events(Participant.objects.filter(actor=OuterRef("pk")))
    if negotiation is not None:
        shown = shown.filter(event__negotiation=negotiation)
    totals["actors"] = Actor.objects.filter(Exists(shown)).count()
    return totals


def negotiations_with_counts() -> list[Negotiation]:
    """Every negotiation with `event_count`, the number of its visible events, in order."""
    counts = dict(
        visible_events()
        .exclude(negotiation=None)
        .values_list("negotiation")
        .annotate(n=Count("id"))
    )
    found = list(Negotiation.objects.all())
    for negotiation in found:
        negotiation.event_count = counts.get(negotiation.pk, 0)
    return found


def overview_choice(asked: str | None, negotiations: list[Negotiation]) -> Negotiation | None:
    """The negotiation the overview shows: the one asked for by slug ("all": every one, so
    None), else the first with events. LookupError for a slug no negotiation has."""
    if asked == "all":
        return None
    if asked:
        for negotiation in negotiations:
            if negotiation.slug == asked:
                return negotiation
        raise LookupError(asked)
    return next((n for n in negotiations if n.event_count), None)


def event_table(events: QuerySet[Event]) -> QuerySet[Event]:
    """The events with their number of sources (articles and cited pages).

    A correlated subquery rather than a join and GROUP BY: the database then counts sources
    only for the rows of the page it returns, walking the date index, instead of grouping
    every event before it can sort."""
    return events.annotate(source_count=_source_count()).with_details()


def _source_count():
    """The outer event's sources, as correlated subqueries: the distinct articles that report
    it and the pages the reference chronology cites for it (a source is a page that reports
    the event, on every page and in every export; its sentences are the evidence)."""
    articles = _correlated_count(Mention.objects.all(), "event", "article")
    return articles + _correlated_count(ReferenceSource.objects.all(), "event", "id")


def _correlated_count(rows: QuerySet, outer: str, counted: str) -> Coalesce:
    """Distinct `counted` among the `rows` whose `outer` is the outer query's row: a
    subquery the database evaluates only for the rows it returns."""
    counts = (
        rows.filter(**{outer: OuterRef("pk")})
        .order_by()
        .values(outer)
        .annotate(n=Count(counted, distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(counts), 0)


def event_details() -> QuerySet[Event]:
    """An event's page: its details, negotiation and the sources the chronology cites."""
    return Event.objects.with_details().select_related("negotiation").prefetch_related("references")


def merge_survivor(pk: int) -> int | None:
    """The event that stands for this one: itself, or the event a curator merged it into,
    followed through later merges to the end. None if there is no such event, or if the
    merges loop back (then no event of the loop survives)."""
    seen: set[int] = set()
    current = pk
    while current not in seen:
        seen.add(current)
        row = Event.objects.filter(pk=current).values_list("merged_into_id", flat=True)
        found = list(row)
        if not found:
            return None
        if found[0] is None:
            return current
        current = found[0]
    return None


def actor_events(actor: Actor, negotiation: Negotiation | None = None) -> QuerySet[Event]:
    events = _of_negotiation(visible_events().filter(participants__actor=actor), negotiation)
    return events.distinct().with_details()


def _of_negotiation(events: QuerySet[Event], negotiation: Negotiation | None) -> QuerySet[Event]:
    return events if negotiation is None else events.filter(negotiation=negotiation)


def top_counterparts(
    actor: Actor, negotiation: Negotiation | None = None, limit: int = 10
) -> list[Actor]:
    """Who this actor appears with most often, across its visible events (of a negotiation,
    if one); each actor with `shared`, the number of those events. Two queries."""
    rows = _of_visible_events(Participant.objects.filter(event__participants__actor=actor))
    if negotiation is not None:
        rows = rows.filter(event__negotiation=negotiation)
    shared = list(
        rows.exclude(actor=actor)
        .values("actor_id")
        .annotate(shared=Count("event_id", distinct=True))
        .order_by("-shared", "actor__name")[:limit]
    )
    actors = Actor.objects.in_bulk([row["actor_id"] for row in shared])
    for row in shared:
        actors[row["actor_id"]].shared = row["shared"]
    return [actors[row["actor_id"]] for row in shared]


# ---------------------------------------------------------------------- the events page

# `_sort` values the table accepts -> ORDER BY; "-" prefix for descending.
SORTS = {
    "date": ("date", "id"),
    "type": ("event_type", "date"),
    "status": ("status", "date"),
    "confidence": ("confidence", "date"),
    "sources": ("source_count", "date"),
}


def sorted_events(events: QuerySet[Event], sort: str | None) -> tuple[QuerySet[Event], str]:
    """The table's rows in the requested order; unknown keys fall back to newest first."""
    key = (sort or "").lstrip("-")
    if key not in SORTS:
        return event_table(events).order_by("-date", "id"), "-date"
    descending = (sort or "").startswith("-")
    fields = [f"-{f}" if descending else f for f in SORTS[key]]
    return event_table(events).order_by(*fields, "id"), sort or key


# The first this many ids of a sorted list are cached (EventsInOrder); pages beyond them are
# read from the database.
ORDER_CACHE_LIMIT = 20_000


def first_ids(rows: QuerySet[Event]) -> list[int]:
    """The ids of the first ORDER_CACHE_LIMIT rows, in order: what the view caches."""
    return list(rows.values_list("id", flat=True)[:ORDER_CACHE_LIMIT])


def events_by_id(ids: list[int]) -> list[Event]:
    """The table's rows of these events, in the order of the ids."""
    found = {event.pk: event for event in event_table(Event.objects.filter(pk__in=ids))}
    return [found[pk] for pk in ids if pk in found]


class EventsInOrder(Sequence):
    """Sorted rows paged from their cached ids: a slice reads only its own events.

    For a text search or a sort on sources, every page otherwise makes the database find,
    join and sort all the matching rows again, and a page of a search that matches most
    events ran the search again. The view caches the first ORDER_CACHE_LIMIT ids in order
    for the data version, so such a page is one look-up by primary key. A longer list
    (`count` rows) reads the pages beyond them from `rest`, the ids of the sorted rows (the
    database again). `read` turns ids into what a page holds (the table's events by
    default)."""

    def __init__(
        self,
        ids: list[int],
        rest: QuerySet | None = None,
        count: int | None = None,
        read: Callable[[list[int]], list] = events_by_id,
    ) -> None:
        self.ids, self.rest, self.read = ids, rest, read
        self.count = len(ids) if count is None else count

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1 or None][0]
        start, stop, _ = index.indices(self.count)
        if stop <= len(self.ids) or self.rest is None:
            return self.read(self.ids[start:stop])
        return self.read(list(self.rest[start:stop]))


class DateCase(Case):
    """A Case whose value is a date on every database. Django turns a truncated date back
    into a date only where the truncation is the selected expression itself: inside a Case,
    PostgreSQL's DATE_TRUNC comes back as a timestamp with a time zone."""

    def get_db_converters(self, connection) -> list:
        return [*super().get_db_converters(connection), _as_date]


def _as_date(value, expression, connection) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


TRUNCATE = {"week": WeekStart, "month": MonthStart, "quarter": QuarterStart, "year": YearStart}
# The date precisions that place an event in one period of each unit: a month-precision event
# has no week, a year-precision one no month or quarter.
PLACED_BY = {
    "week": ("day",),
    "month": ("day", "month"),
    "quarter": ("day", "month"),
    "year": ("day", "month", "year"),
}


def period_counts(events: QuerySet[Event], unit: str, by: str = "series") -> list[dict]:
    """Events per period and series (`by="series"`: meetings held, cancelled or postponed,
    sanctions) or per event type (`by="type"`): [{"period", "group", "coarse", "n"}, ...].

    An event whose date is too coarse for the unit is not put in a made-up period: its row
    has period None and `coarse` its precision ("month", "year"), so the chart can say how
    many it left out. One GROUP BY query."""
    placed = Q(date_precision__in=PLACED_BY[unit])
    group = CHART_GROUP if by == "series" else F("event_type")
    rows = (
        events.annotate(group=group)
        .exclude(group="")
        .annotate(
            period=DateCase(When(placed, then=TRUNCATE[unit]("date")), output_field=DateField()),
            coarse=Case(When(placed, then=Value("")), default=F("date_precision")),
        )
        .values("period", "group", "coarse")
        .annotate(n=Count("id"))
        .order_by("period", "group", "coarse")
    )
    return list(rows)


def date_span(events: QuerySet[Event]) -> tuple:
    span = events.aggregate(first=Min("date"), last=Max("date"))
    return span["first"], span["last"]


TIMELINE_LIMIT = 1000


def timeline_points(events: QuerySet[Event]) -> list[dict]:
    """One point per event (the newest TIMELINE_LIMIT), with what the hover shows."""
    return list(
        events.annotate(sources=_source_count())
        .order_by("-date", "id")
        .values(
            "id",
            "date",
            "date_precision",
            "date_inferred",
            "end_date",
            "event_type",
            "status",
            "summary",
            "sources",
        )[:TIMELINE_LIMIT]
    )


# Who met whom: the actor kinds counted by default, and those a user may add (?with=...).
PAIR_KINDS = {"people": ("person",), "states": ("state", "government"),
              "offices": ("body", "organisation")}  # fmt: skip


def pair_kinds(asked: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """The `with` values understood (in PAIR_KINDS order) and the actor kinds they count:
    people always, states and offices only when asked for."""
    chosen = [name for name in PAIR_KINDS if name != "people" and name in asked]
    kinds = tuple(kind for name in ["people", *chosen] for kind in PAIR_KINDS[name])
    return chosen, kinds


def meetings_held(events: QuerySet[Event]) -> QuerySet[Event]:
    """Meetings, summits, visits and talks that took place (ontology's "meetings" group)."""
    return events.filter(event_type__in=MEETING_TYPES, status="occurred")


def _co_participants(events: QuerySet[Event], kinds: tuple[str, ...]) -> QuerySet:
    """Participations of actors of these kinds in held meetings, each joined to another
    participation of the same meeting by an actor of these kinds (the self-join that pairs
    them). Several roles of one actor in one meeting are counted once: rows count distinct
    events."""
    other = Q(event__participants__actor_id__lt=F("actor_id")) | Q(
        event__participants__actor_id__gt=F("actor_id")
    )
    # One filter() call, so that every condition on the other participation is on one join.
    return Participant.objects.filter(
        _kind_in("actor__kind", kinds),
        _kind_in("event__participants__actor__kind", kinds),
        other,
        event__in=meetings_held(events).values("id"),
    )


def _kind_in(path: str, kinds: tuple[str, ...]) -> In:
    """`path` is one of these kinds, tested on the joined actor row, not through the index on
    Actor.kind. SQLite has no statistics and takes `kind = ?` for a selective index: it then
    started from every person and probed each held meeting for each (17 s at 200,000
    events, docs/benchmarks.md); through LOWER() it walks the held meetings and their
    participants, then looks each actor up by key (0.4 s). The kinds are lower case."""
    return In(Lower(path), list(kinds))


def meeting_pairs(events: QuerySet[Event], kinds: tuple[str, ...]) -> list[dict]:
    """Who met whom: every pair of actors of these kinds with the number of distinct held
    meetings both took part in, and the first and last date; most meetings first, then the
    most recent. One query, grouped in the database."""
    to_the_day = Q(event__date_precision="day")
    rows = (
        Participant.objects.filter(
            _kind_in("actor__kind", kinds),
            _kind_in("event__participants__actor__kind", kinds),
            event__in=meetings_held(events).values("id"),
            event__participants__actor_id__gt=F("actor_id"),
        )
        .values(
            a_name=F("actor__name"),
            a_slug=F("actor__slug"),
            b_name=F("event__participants__actor__name"),
            b_slug=F("event__participants__actor__slug"),
        )
        .annotate(
            meetings=Count("event_id", distinct=True),
            # First and last among the meetings known to the day: a meeting dated only to
            # a month or a year is stored on its first day, which is no date it was held on.
            first=Min("event__date", filter=to_the_day),
            last=Max("event__date", filter=to_the_day),
            vague=Count("event_id", distinct=True, filter=~to_the_day),
        )
        .order_by("-meetings", "-last")
    )
    # Each pair's names in alphabetical order (the database paired them by id).
    pairs = [_alphabetical(row) for row in rows]
    pairs.sort(key=lambda p: (-p["meetings"], -_ordinal(p["last"]), p["a_name"], p["b_name"]))
    return pairs


def _ordinal(day: dt.date | None) -> int:
    return day.toordinal() if day else 0


def _alphabetical(row: dict) -> dict:
    if row["a_name"] <= row["b_name"]:
        return row
    return {**row, "a_name": row["b_name"], "a_slug": row["b_slug"],
            "b_name": row["a_name"], "b_slug": row["a_slug"]}  # fmt: skip


def meeting_totals(events: QuerySet[Event], kinds: tuple[str, ...]) -> dict[str, int]:
    """Actor name -> the number of distinct held meetings it had with at least one other
    actor of these kinds. One query."""
    rows = (
        _co_participants(events, kinds)
        .values("actor__name")
        .annotate(n=Count("event_id", distinct=True))
    )
    return {row["actor__name"]: row["n"] for row in rows}


def actor_periods(actor: Actor, negotiation: Negotiation | None = None) -> list[dict]:
    """The actor's events per month and type. `pk__in` rather than a join and DISTINCT: an
    event where the actor has two roles is counted once."""
    taking_part = Participant.objects.filter(actor=actor).values("event_id")
    events = _of_negotiation(visible_events().filter(pk__in=taking_part), negotiation)
    return period_counts(events, "month", by="type")


def actors_with_counts() -> QuerySet[Actor]:
    """Actors with their number of visible events, counted only for the rows a page returns."""
    participations = _of_visible_events(Participant.objects.all())
    return Actor.objects.annotate(
        event_count=_correlated_count(participations, "actor", "event")
    ).order_by("name")


def articles_with_counts() -> QuerySet[Article]:
    """Articles with their number of visible events, counted only for the rows a page returns."""
    mentions = _of_visible_events(Mention.objects.all())
    return Article.objects.select_related("negotiation").annotate(
        event_count=_correlated_count(mentions, "article", "event")
    )


def actor_index() -> QuerySet[Actor]:
    """The /actors/ page: actors a curator has not merged away, with `event_count`."""
    return actors_with_counts().filter(merged_into__isnull=True)
