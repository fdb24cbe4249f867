"""A tariff the text announces as decided ("the United States will implement a tariff on
goods from China", cn-002_wh… s7) is a sanction of the day it is announced, and the state
whose goods it taxes is its target (docs/annotation.md, sanctions and tariffs). Sentences of
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import event_rows

PUBLISHED = dt.date(2018, 6, 15)


def sanctions(pipeline, text):
    return event_rows(pipeline, text, PUBLISHED, {"sanction", "threat"})


DECIDED = [
    ("sanction", "occurred", "2018-06-15", (("China", "target"), ("United States", "initiator")))
]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a decision announced in the text's own future tense, on goods of a state
        (
            "Because of these practices, the United States will implement a 10 percent tariff "
            "on $20 billion of goods from China.",
            DECIDED,
        ),
        ("The United States will implement a new tariff on imports from China.", DECIDED),
        # a condition after it: a threat, not a decision
        (
            "The United States will implement a 10 percent tariff on goods from China if Beijing "
            "retaliates.",
            [],
        ),
        # implementing sanctions already adopted is enforcing them, not imposing new ones
        (
            "We call on every nation to fully implement all Security Council sanctions on China "
            "this year.",
            [],
        ),
        # implementing a policy is no sanction
        ("The United States will implement new rules on imports from China.", []),
    ],
)
def test_tariff_decision(pipeline, text, expected):
    assert sanctions(pipeline, text) == expected
