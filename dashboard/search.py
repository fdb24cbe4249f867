"""Text search for the `q` filter: full-text on PostgreSQL and on SQLite.

Both databases match words by their English stem ("summits" finds "summit", any case) and
read the box as a web search: the words must all appear in one summary or one sentence,
"a quoted phrase" in that order; -word leaves out every event whose summary or evidence
has the word anywhere; `or` between words accepts either side. The box is parsed here
(parse_search) and each term handed to the database as a phrase of word characters, so no
input is read as query syntax. PostgreSQL answers from GIN indexes on stored tsvector
columns (migration 0008), SQLite from FTS5 indexes with the Porter stemmer (migration
0005). One difference remains: PostgreSQL ignores English stop words ("the").

Bounds (SEARCH_LIMITS, checked by the form before any search runs). The work of a search
grows with its index look-ups: one for all the alternatives that leave nothing out, and two
more for each alternative that does (its wanted phrases, its unwanted ones), in each of the
two indexes; a look-up of a common word returns nearly every row. Unbounded, a few
hundred `or` alternatives took seconds of CPU and failed. The box takes at most 200 characters, 4
alternatives and 8 words (phrase words included): more than the questions readers ask,
and at most 8 look-ups of each index. `manage.py benchmark_scale` times the costliest
searches the bounds allow.

Evaluation. The matching events are found once per request, however many queries of the
page use the filter (the table, the count, each facet and chart): `SearchMatch` runs the
look-ups when the first of them is compiled, combines the id sets in Python, and hands
every query the ids found, or the ids that do not match when those are fewer.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db import connections, transaction
from django.db.models import BooleanField, Expression, F, QuerySet

from .models import Event

CONFIG = "english"  # as in migration 0008's documents
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
    """The events the search box asks for (found when a query first runs; see SearchMatch)."""
    if not parse_search(text):
        return events.none()
    return events.filter(SearchMatch(text))


@dataclass(frozen=True)
class Found:
    """Event ids a search found: `ids`, or with `excluded` every event but `ids`."""

    ids: frozenset[int]
    excluded: bool = False

    def __or__(self, other: Found) -> Found:
        if not self.excluded and not other.excluded:
            return Found(self.ids | other.ids)
        if self.excluded and other.excluded:
            return Found(self.ids & other.ids, excluded=True)
        kept, left_out = (other, self) if self.excluded else (self, other)
        return Found(left_out.ids - kept.ids, excluded=True)


def find_events(text: str, using: str = "default") -> Found:
    """The events (visible or not) the search matches: one statement per group of phrases,
    the sets combined here.

    A group is the phrases that must share one summary or sentence (an alternative's wanted
    words), or any of which leaves an event out (its unwanted words). Alternatives that
    leave nothing out form one group together. Combining sets here, not in SQL, keeps
    PostgreSQL away from `NOT IN (subquery)` over many rows, which it evaluates row by row
    when the ids do not fit in work_mem: minutes on a large table."""
    alternatives = parse_search(text)
    looked_up: dict[str, frozenset[int]] = {}  # a group asked twice is looked up once

    def ids(groups: list[list[str]]) -> frozenset[int]:
        key = json.dumps(groups)
        if key not in looked_up:
            looked_up[key] = _ids(groups, using)
        return looked_up[key]

    plain = [a.wanted for a in alternatives if not a.unwanted]
    found = Found(ids(plain)) if plain else Found(frozenset())
    for alternative in alternatives:
        if alternative.unwanted:
            unwanted = ids([[p] for p in alternative.unwanted])
            if alternative.wanted:
                found |= Found(ids([alternative.wanted]) - unwanted)
            else:
                found |= Found(unwanted, excluded=True)
    return found


def matching_ids(groups: list[list[str]], using: str = "default") -> tuple[str, list]:
    """The statement for one or more groups of phrases: ids of the events with a summary or a
    sentence holding every phrase of a group (duplicates possible), as SQL and parameters.
    Summaries and evidence are asked apart, one index look-up each, and united (an OR of the
    two would test every event)."""
    if connections[using].vendor == "postgresql":
        # Stored tsvector columns with GIN indexes (migration 0008): a phrase is checked
        # against each candidate's stored positions instead of its text parsed again.
        query = " || ".join(
            "(" + " && ".join([f"phraseto_tsquery('{CONFIG}', %s)"] * len(phrases)) + ")"
            for phrases in groups
        )
        params = [phrase for phrases in groups for phrase in phrases]
        sql = (
            f"SELECT id FROM dashboard_event WHERE summary_document @@ ({query}) UNION ALL "
            f"SELECT event_id FROM dashboard_mention WHERE sentence_document @@ ({query})"
        )
        return sql, params * 2
    # An FTS5 table's rowid is its row's id (external content, migration 0005).
    query = " OR ".join(
        "(" + " AND ".join(f'"{phrase}"' for phrase in phrases) + ")" for phrases in groups
    )
    sql = (
        "SELECT rowid AS id FROM dashboard_event_fts WHERE dashboard_event_fts MATCH %s UNION ALL "
        "SELECT m.event_id FROM dashboard_mention_fts f JOIN dashboard_mention m "
        "ON m.id = f.rowid WHERE dashboard_mention_fts MATCH %s"
    )
    return sql, [query, query]


def _ids(groups: list[list[str]], using: str) -> frozenset[int]:
    sql, params = matching_ids(groups, using)
    connection = connections[using]
    words_only = all(" " not in phrase for phrases in groups for phrase in phrases)
    with connection.cursor() as cursor, _index_scans_only(connection, cursor, words_only):
        # One row holding every id: far cheaper to fetch than a row per id.
        if connection.vendor == "postgresql":
            cursor.execute(f"SELECT array_agg(id) FROM ({sql}) AS found(id)", params)
            (ids,) = cursor.fetchone()
            return frozenset(ids or ())
        cursor.execute(f"SELECT json_group_array(id) FROM ({sql})", params)
        return frozenset(json.loads(cursor.fetchone()[0]))


@contextlib.contextmanager
def _index_scans_only(connection, cursor, words_only: bool) -> Iterator[None]:
    """PostgreSQL: no sequential scan for a look-up of single words in the full-text indexes.

    For a word found in most rows the planner prefers to read the whole table over the GIN
    index, which for words (not phrases) answers far sooner (docs/benchmarks.md). A phrase
    needs each candidate row's tsvector for word positions either way, and there the
    planner's parallel scan is quicker. Set for this statement only, inside a transaction
    (the setting is transaction-local), and restored after it."""
    if connection.vendor != "postgresql" or not words_only:
        yield
        return
    with transaction.atomic(using=connection.alias):
        cursor.execute("SELECT current_setting('enable_seqscan')")
        (before,) = cursor.fetchone()
        cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
        try:
            yield
        finally:
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [before])


# With more matches than this, hand the database the events that do not match, if fewer.
COMPLEMENT_FROM = 10_000


class SearchMatch(Expression):
    """`pk IN (the ids the search found)`: the search runs when a query using the filter is
    first compiled, and only then. A page's count, facets, charts and table each compile the
    filter; each used to run every index look-up of the search again."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, text: str, pk=None) -> None:
        super().__init__()
        self.text = text
        self.pk = pk if pk is not None else F("pk")
        self.found: dict[str, Found] = {}  # by database alias; shared by every copy

    def get_source_expressions(self) -> list:
        return [self.pk]

    def set_source_expressions(self, exprs) -> None:
        (self.pk,) = exprs

    def as_sql(self, compiler, connection):
        found = self._find(connection.alias)
        column, params = compiler.compile(self.pk)
        operator = "NOT IN" if found.excluded else "IN"
        ids = sorted(found.ids)
        if connection.vendor == "postgresql":
            return f"{column} {operator} (SELECT unnest(%s::bigint[]))", [*params, ids]
        return f"{column} {operator} (SELECT value FROM json_each(%s))", [*params, json.dumps(ids)]

    def _find(self, using: str) -> Found:
        if using not in self.found:
            found = find_events(self.text, using)
            if len(found.ids) > COMPLEMENT_FROM:  # the other side may be shorter
                every = Event.objects.using(using).order_by()
                if 2 * len(found.ids) > every.count():
                    others = frozenset(every.values_list("id", flat=True)) - found.ids
                    found = Found(others, excluded=not found.excluded)
            self.found[using] = found
        return self.found[using]
