"""Text search for the `q` filter: full-text on PostgreSQL and on SQLite.

Both databases match words by their English stem ("summits" finds "summit", any case) and
read the box as a web search: words must all appear, "a quoted phrase" in that order, -word
must not appear, `or` between words accepts either. PostgreSQL answers with its own parser
(websearch_to_tsquery) from GIN indexes on the very expressions queried here (migration
0004); SQLite from FTS5 indexes with the Porter stemmer (migration 0005), the box translated
by fts5_query(). What differs: PostgreSQL ignores English stop words ("the"), and a search
made only of exclusions ("-kim") finds everything else on PostgreSQL, nothing on SQLite.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from .models import Event, Mention

CONFIG = "english"
# A quoted phrase (its closing quote optional) or a run of other characters.
_TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


def text_matches(events: QuerySet[Event], text: str) -> QuerySet[Event]:
    """The events whose summary or evidence contains the text.

    The ids matching in summaries and in evidence are found apart and united: two index
    look-ups (an OR of the two would test every event)."""
    if connections[events.db].vendor == "postgresql":
        query = SearchQuery(text, config=CONFIG, search_type="websearch")
        summaries = Event.objects.annotate(document=SearchVector("summary", config=CONFIG))
        evidence = Mention.objects.annotate(document=SearchVector("sentence", config=CONFIG))
        by_summary, by_evidence = summaries.filter(document=query), evidence.filter(document=query)
    else:
        query = fts5_query(text)
        if query is None:
            return events.none()
        by_summary = Event.objects.filter(pk__in=_fts5("dashboard_event_fts", query))
        by_evidence = Mention.objects.filter(pk__in=_fts5("dashboard_mention_fts", query))
    ids = by_summary.order_by().values("id").union(by_evidence.order_by().values("event_id"))
    return events.filter(pk__in=ids)


def _fts5(index: str, query: str) -> RawSQL:
    return RawSQL(
        f"SELECT rowid FROM {index} WHERE {index} MATCH %s", [query]
    )  # the index name is ours; the text a parameter


def fts5_query(text: str) -> str | None:
    """The search box as an FTS5 query with the meaning websearch_to_tsquery gives it, or
    None when it asks for no word. Every word is passed as an FTS5 string made of word
    characters only, so no input can be read as FTS5 syntax."""
    alternatives: list[str] = []
    wanted: list[str] = []
    unwanted: list[str] = []

    def close() -> None:
        if wanted:  # a part made only of exclusions is dropped (see the module docstring)
            clause = " AND ".join(wanted)
            if unwanted:
                clause = f"({clause}) NOT ({' OR '.join(unwanted)})"
            alternatives.append(f"({clause})")
        wanted.clear()
        unwanted.clear()

    for match in _TERM.finditer(text):
        negated, phrase, bare = match.groups()
        if bare is not None and bare.lower() == "or":
            close()
            continue
        if bare is not None:
            negated, phrase = ("-", bare[1:]) if bare.startswith("-") else ("", bare)
        words = _WORD.findall(phrase)
        if words:
            (unwanted if negated else wanted).append(f'"{" ".join(words)}"')
    close()
    return " OR ".join(alternatives) or None
