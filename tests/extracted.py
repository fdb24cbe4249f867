"""What the extraction tables compare: each event the pipeline finds in a text, as
(type, status, date label, sorted (actor, role) pairs), sorted; or, for tables written as
"meeting planned 2018-11-08 [A, B]", the expected events not produced and the produced
events not expected (`unmatched`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection

from dashboard.extraction.pipeline import Pipeline


def event_rows(
    pipeline: Pipeline,
    text: str,
    published: dt.date,
    types: Collection[str] | None = None,
    announcers: bool = True,
) -> list[tuple]:
    """`announcers=False` leaves out who only tells of an event."""
    return sorted(
        (
            e.type,
            e.status,
            e.date.formatted(),
            tuple(
                sorted(
                    (p.actor, p.role) for p in e.participants if announcers or p.role != "announcer"
                )
            ),
        )
        for e in pipeline.extract(text, published).events
        if types is None or e.type in types
    )


EXPECTED = re.compile(r"(?P<type>\w+) (?P<status>\w+) (?P<date>[\d-]+) \[(?P<actors>[^\]]*)\]")


def _expected(text: str) -> tuple[str, str, str, frozenset[str]]:
    """ "meeting planned 2018-11-08 [A, B]": type, status, date, principal parties."""
    match = EXPECTED.fullmatch(text)
    assert match, text
    actors = frozenset(a.strip() for a in match["actors"].split(",") if a.strip())
    return match["type"], match["status"], match["date"], actors


def unmatched(
    pipeline: Pipeline,
    text: str,
    expected: list[str],
    published: dt.date,
    keep: Callable[[str], bool],
) -> tuple[list, list]:
    """The expected events not produced, and the produced events whose type `keep` admits
    not expected: type, status and date exact; the listed actors among the principal
    parties (announcers aside)."""
    produced = [
        (e.type, e.status, e.date.formatted(),
         frozenset(p.actor for p in e.participants if p.role != "announcer"))
        for e in pipeline.extract(text, published).events
        if keep(e.type)
    ]  # fmt: skip
    missing = []
    for kind, status, date, actors in map(_expected, expected):
        found = next(
            (p for p in produced if p[:3] == (kind, status, date) and actors <= p[3]), None
        )
        if found is None:
            missing.append((kind, status, date, sorted(actors)))
        else:
            produced.remove(found)
    return missing, produced


def unmatched_document(
    pipeline: Pipeline,
    document: str,
    expected: list[str],
    published: str,
    kinds: Collection[str],
) -> tuple[list, list]:
    """`unmatched` for a row of a table of short documents published on `published` (ISO):
    the produced events compared are those of `kinds` and of every type the row expects."""
    admitted = set(kinds) | {line.split()[0] for line in expected}
    return unmatched(
        pipeline, document, expected, dt.date.fromisoformat(published), admitted.__contains__
    )
