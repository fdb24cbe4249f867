"""Reads: what the pages and the API show. Aggregation happens in the database."""

from __future__ import annotations

from django.db.models import Case, CharField, Count, Q, QuerySet, Value, When
from django.db.models.functions import TruncMonth

from .extraction.ontology import CANCELLATION_TYPES, MEETING_TYPES
from .models import Actor, Article, Event

# The chart series of an event, as SQL (mirrors ontology.chart_group).
CHART_GROUP = Case(
    When(event_type__in=MEETING_TYPES, status="occurred", then=Value("meetings")),
    When(event_type__in=MEETING_TYPES, status="did_not_occur", then=Value("cancellations")),
    When(event_type__in=CANCELLATION_TYPES, then=Value("cancellations")),
    When(event_type="sanction", then=Value("sanctions")),
    default=Value(""),
    output_field=CharField(),
)


def visible_events() -> QuerySet[Event]:
    return Event.objects.visible()


def monthly_counts(events: QuerySet[Event]) -> list[dict]:
    """Meetings, cancellations and sanctions per month: [{"month", "group", "n"}, ...].

    Events dated only to a year have no month and are left out (counted by `undated_count`).
    """
    return list(
        events.exclude(date_precision="year")
        .annotate(group=CHART_GROUP)
        .exclude(group="")
        .annotate(month=TruncMonth("date"))
        .values("month", "group")
        .annotate(n=Count("id"))
        .order_by("month", "group")
    )


def undated_count(events: QuerySet[Event]) -> int:
    return (
        events.filter(date_precision="year").annotate(group=CHART_GROUP).exclude(group="").count()
    )


def overview_counts(events: QuerySet[Event]) -> dict:
    totals = events.annotate(group=CHART_GROUP).aggregate(
        events=Count("id"),
        meetings=Count("id", filter=Q(group="meetings")),
        cancellations=Count("id", filter=Q(group="cancellations")),
        sanctions=Count("id", filter=Q(group="sanctions")),
    )
    totals["articles"] = Article.objects.count()
    totals["actors"] = Actor.objects.filter(participations__isnull=False).distinct().count()
    return totals


def event_table(events: QuerySet[Event]) -> QuerySet[Event]:
    return events.annotate(source_count=Count("mentions__article", distinct=True)).with_details()


def event_details() -> QuerySet[Event]:
    return Event.objects.with_details()


def actor_events(actor: Actor) -> QuerySet[Event]:
    return visible_events().filter(participants__actor=actor).distinct().with_details()


def top_counterparts(actor: Actor, limit: int = 10) -> QuerySet[Actor]:
    """Who this actor appears with most often, across its events."""
    return (
        Actor.objects.filter(participations__event__participants__actor=actor)
        .exclude(pk=actor.pk)
        .annotate(shared=Count("participations__event", distinct=True))
        .order_by("-shared", "name")[:limit]
    )
