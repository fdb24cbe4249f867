"""What the extraction tables compare: each event the pipeline finds in a text, as
(type, status, date label, sorted (actor, role) pairs), sorted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

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
