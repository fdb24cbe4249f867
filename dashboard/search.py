"""Text search for the `q` filter: full-text on PostgreSQL and on SQLite.

Both databases match words by their English stem ("summits" finds "summit", any case) and
read the box as a web search: the words must all appear in one summary or one sentence,
"a quoted phrase" in that order; -word leaves out every event whose summary or evidence
has the word anywhere; `or` between words accepts either side. The box is parsed here
(parse_search) and each term handed to the database as a phrase of word characters, so no
input is read as query syntax. PostgreSQL answers from GIN indexes on the very expressions
queried here (migration 0004), SQLite from FTS5 indexes with the Porter stemmer (migration
0005). One difference remains: PostgreSQL ignores English stop words ("the").

Bounds (SEARCH_LIMITS, checked by the form before any search runs). The work of a search
grows with its index look-ups, up to two for each alternative (its wanted phrases, its
unwanted ones) in each of the two indexes, and a look-up of a common word returns nearly
every row. Unbounded, 600 `or` alternatives took 8 s of CPU and failed. The box takes at
most 200 characters, 4 alternatives and 8 words (phrase words included): more than the
questions readers ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

from .models import Event, Mention

CONFIG = "english"
# A quoted phrase (its closing quote optional) or a run of other characters.
_TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchLimits:
    characters: int = 200
    alternatives: int = 4
    words: int = 8


SEARCH_LIMITS = SearchLimits()


@dataclass
class Alternative:
    """One side of an `or`: every wanted phrase, none of the unwanted ones. A phrase is
    words separated by single spaces."""

    wanted: list[str] = field(default_factory=list)
    unwanted: list[str] = field(default_factory=list)


def parse_search(text: str) -> list[Alternative]:
    """The search box as alternatives; an empty list when it names no word."""
    alternatives = [Alternative()]
    for match in _TERM.finditer(text):
        negated, phrase, bare = match.groups()
        if bare is not None and bare.lower() == "or":
            alternatives.append(Alternative())
            continue
        if bare is not None:
            negated, phrase = ("-", bare[1:]) if bare.startswith("-") else ("", bare)
        words = _WORD.findall(phrase)
        if words:
            side = alternatives[-1].unwanted if negated else alternatives[-1].wanted
            side.append(" ".join(words))
    return [a for a in alternatives if a.wanted or a.unwanted]


def search_problem(text: str) -> str | None:
    """Why the box is beyond SEARCH_LIMITS, or None. (Its length is the form field's
    max_length; a longer text is not parsed.)"""
    if len(text) > SEARCH_LIMITS.characters:
        return None
    alternatives = parse_search(text)
    if len(alternatives) > SEARCH_LIMITS.alternatives:
        return (
            f"A search joins at most {SEARCH_LIMITS.alternatives} alternatives with “or” "
            f"(this one has {len(alternatives)})."
        )
    words = sum(len(phrase.split()) for a in alternatives for phrase in (*a.wanted, *a.unwanted))
    if words > SEARCH_LIMITS.words:
        return f"A search has at most {SEARCH_LIMITS.words} words (this one has {words})."
    return None


def text_matches(events: QuerySet[Event], text: str) -> QuerySet[Event]:
    """The events the search box asks for.

    Ids matching in summaries and in evidence are found apart and united: two index
    look-ups (an OR of the two would test every event)."""
    alternatives = parse_search(text)
    if not alternatives:
        return events.none()
    postgres = connections[events.db].vendor == "postgresql"
    find = _postgres_ids if postgres else _sqlite_ids
    conditions = []
    for alternative in alternatives:
        condition = Q(pk__in=find(alternative.wanted, every=True)) if alternative.wanted else Q()
        if alternative.unwanted:
            condition &= ~Q(pk__in=find(alternative.unwanted, every=False))
        conditions.append(condition)
    return events.filter(reduce(lambda a, b: a | b, conditions))


def _postgres_ids(phrases: list[str], *, every: bool) -> QuerySet:
    """Ids of the events with a summary or a sentence holding every phrase (or any)."""
    terms = [SearchQuery(p, config=CONFIG, search_type="phrase") for p in phrases]
    query = reduce((lambda a, b: a & b) if every else (lambda a, b: a | b), terms)
    summaries = Event.objects.annotate(document=SearchVector("summary", config=CONFIG))
    evidence = Mention.objects.annotate(document=SearchVector("sentence", config=CONFIG))
    return _united(summaries.filter(document=query), evidence.filter(document=query))


def _sqlite_ids(phrases: list[str], *, every: bool) -> QuerySet:
    query = (" AND " if every else " OR ").join(f'"{phrase}"' for phrase in phrases)
    by_summary = Event.objects.filter(pk__in=_fts5("dashboard_event_fts", query))
    by_evidence = Mention.objects.filter(pk__in=_fts5("dashboard_mention_fts", query))
    return _united(by_summary, by_evidence)


def _united(by_summary: QuerySet, by_evidence: QuerySet) -> QuerySet:
    return by_summary.order_by().values("id").union(by_evidence.order_by().values("event_id"))


def _fts5(index: str, query: str) -> RawSQL:
    # The index name is ours; the query is a parameter made of quoted word characters.
    return RawSQL(f"SELECT rowid FROM {index} WHERE {index} MATCH %s", [query])
