"""A calling-off told in a lead without its day, and dated by the announcement of it in the
next sentence (kp3-016 s1-2, VOA: a planned meeting "has been postponed", then the State
Department's statement of Wednesday on it). Sentences of our own, one row per phrasing."""

from __future__ import annotations

import datetime as dt

import pytest

THU = dt.date(2018, 11, 8)


def calling_off(pipeline, text):
    """(type, date, initiators) of the cancellations and postponements of a text."""
    return sorted(
        (
            e.type,
            e.date.formatted(),
            sorted(p.actor for p in e.participants if p.role == "initiator"),
        )
        for e in pipeline.extract(text, THU).events
        if e.type in {"cancellation", "postponement"}
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # a statement issued on a weekday, "saying the meeting ..." (kp3-016 s2)
        ("Mike Pompeo's planned meeting with Kim Yong-chol in New York has been postponed. "
         "The State Department issued a statement on Wednesday saying the meeting would be "
         "held at a later date.",
         [("postponement", "2018-11-07", ["U.S. Department of State"])]),
        # a reporting verb with the day after it, "the talks" named after "that"
        ("Talks between Mike Pompeo and Kim Yong-chol have been called off. The State "
         "Department said on Wednesday that the talks would not go ahead this week.",
         [("cancellation", "2018-11-07", ["U.S. Department of State"])]),
        # the day before the speaker, an announcement noun
        ("A meeting of Mike Pompeo with Kim Yong-chol has been put off. In a statement on "
         "Wednesday, the State Department said the meeting would be rescheduled.",
         [("postponement", "2018-11-07", ["U.S. Department of State"])]),
        # the next sentence dates a statement on something else: the lead keeps its month
        ("Mike Pompeo's planned meeting with Kim Yong-chol in New York has been postponed. "
         "The State Department issued a statement on Wednesday about sanctions.",
         [("postponement", "2018-11", [])]),
    ],
)  # fmt: skip
def test_the_announcement_dates_the_calling_off(pipeline, text, expected):
    assert calling_off(pipeline, text) == expected
