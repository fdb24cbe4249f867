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
from django.db.models import Exists, OuterRef, Q, QuerySet

from .models import Event, Mention

CONFIG = "english"


def text_matches(events: QuerySet[Event], text: str) -> QuerySet[Event]:
    """The events whose summary or evidence contains the text."""
    if connections[events.db].vendor == "postgresql":
        query = SearchQuery(text, config=CONFIG, search_type="websearch")
        by_summary = (
            Event.objects.annotate(document=SearchVector("summary", config=CONFIG))
            .filter(document=query)
            .order_by()
            .values("id")
        )
        by_evidence = (
            Mention.objects.annotate(document=SearchVector("sentence", config=CONFIG))
            .filter(document=query)
            .order_by()
            .values("event_id")
        )
        # A union of two index scans; an OR of the two would scan every event.
        return events.filter(pk__in=by_summary.union(by_evidence))
    evidence = Mention.objects.filter(event=OuterRef("pk"), sentence__icontains=text)
    return events.filter(Q(summary__icontains=text) | Q(Exists(evidence)))
