"""Text search for the `q` filter: full-text on PostgreSQL, substring match on SQLite.

PostgreSQL matches words by their English stem ("summits" finds "summit"), reads the box as
a web search ("kim -jong" excludes, "\"working-level talks\"" is a phrase) and answers from
GIN indexes on the very expressions queried here (migration 0004, PostgreSQL only).
SQLite, the zero-setup default, has no such index in Django; there the text is found as a
case-insensitive substring of the event's summary or of any sentence that reports it.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections
from django.db.models import QuerySet

from .models import Event, Mention

CONFIG = "english"


def text_matches(events: QuerySet[Event], text: str) -> QuerySet[Event]:
    """The events whose summary or evidence contains the text.

    The ids matching in summaries and in evidence are found apart and united: on PostgreSQL
    two index scans (an OR of the two would scan every event); on SQLite two scans of
    bounded cost, where testing each event in date order took a second and more for a rare
    word at 200,000 events."""
    if connections[events.db].vendor == "postgresql":
        query = SearchQuery(text, config=CONFIG, search_type="websearch")
        summaries = Event.objects.annotate(document=SearchVector("summary", config=CONFIG))
        evidence = Mention.objects.annotate(document=SearchVector("sentence", config=CONFIG))
        by_summary, by_evidence = summaries.filter(document=query), evidence.filter(document=query)
    else:
        by_summary = Event.objects.filter(summary__icontains=text)
        by_evidence = Mention.objects.filter(sentence__icontains=text)
    ids = by_summary.order_by().values("id").union(by_evidence.order_by().values("event_id"))
    return events.filter(pk__in=ids)
