"""A body dismissing a claim is a statement of its own ("Japan's Defense Ministry dismissed
the DPRK's claim", kp4-016_jmh… s12), and "on the same day", "the next day" count from the
day their own sentence named before them ("NHK reported on Sunday that ... on the same
day"). The ministry speaks with its state beside it, as kp4-016 e6's gold lists both.
Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.dates import find_time_mentions
from tests.extracted import event_rows

PUBLISHED = dt.date(2019, 8, 13)  # a Tuesday


@pytest.mark.parametrize(
    "text,expected",
    [
        # a ministry of a state, the day after the verb
        (
            "Japan's Defense Ministry dismissed Pyongyang's claim on Monday, calling it a "
            "provocation.",
            [
                (
                    "statement",
                    "occurred",
                    "2019-08-12",
                    (("Japan", "initiator"), ("Japanese Ministry of Defense", "initiator")),
                )
            ],
        ),
        # the day before the verb, a ministry the gazetteer knows
        (
            "South Korea's Unification Ministry on Tuesday dismissed the report as groundless.",
            [
                (
                    "statement",
                    "occurred",
                    "2019-08-13",
                    (
                        ("South Korea", "initiator"),
                        ("South Korean Ministry of Unification", "initiator"),
                    ),
                )
            ],
        ),
        # reported by an outlet: "the same day" is the day the report names
        (
            "Yonhap reported on Sunday that Japan's Defense Ministry dismissed the claim on "
            "the same day.",
            [
                (
                    "statement",
                    "occurred",
                    "2019-08-11",
                    (("Japan", "initiator"), ("Japanese Ministry of Defense", "initiator")),
                )
            ],
        ),
    ],
)
def test_a_body_dismissing_a_claim_makes_a_statement(pipeline, text, expected):
    assert event_rows(pipeline, text, PUBLISHED, types={"statement"}) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Kyodo reported on Saturday that the ministry replied the next day.",
            [("on Saturday", "2019-08-10"), ("the next day", "2019-08-11")],
        ),
        (
            "Officials said on Thursday, August 8, 2019 that the ministry had answered the day "
            "before.",
            [("Thursday, August 8, 2019", "2019-08-08"), ("the day before", "2019-08-07")],
        ),
        # nothing named before it in the sentence: the publication day, as before
        ("The ministry answered on the same day.", [("the same day", "2019-08-13")]),
    ],
)
def test_the_same_day_counts_from_the_day_its_sentence_named(sentence, expected):
    found = find_time_mentions(sentence, 0, PUBLISHED)
    assert [(m.text, m.date.formatted()) for m in found] == expected
