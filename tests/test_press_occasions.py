"""A saying made at a press occasion or to the press ("said at a news conference",
"said at a joint press conference", "told reporters": kp2-007_voa… s7, kp3-025_voa… s6,
kp4-014_voa… s13) is a public statement of its own even when its sentence gives no date: it
is of the time the sentence before is at, or else of the report's month. Sentences of our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import event_rows

PUBLISHED = dt.date(2018, 5, 31)  # a Thursday


@pytest.mark.parametrize(
    "text,expected",
    [
        # a news conference after a meeting the sentence before dates: that day
        (
            "Secretary Pompeo hosted the North Korean envoy for dinner on Wednesday in New "
            "York. Pompeo said at a news conference that both sides had much work ahead.",
            [("statement", "occurred", "2018-05-30", (("Mike Pompeo", "initiator"),))],
        ),
        # told to the press, nothing dated before: the report's month
        (
            "Japanese Foreign Minister Taro Kono told reporters the proposal was premature.",
            # his title names Japan, whose word it is too (docs/annotation.md: the states
            # whose officials act when the text makes them clear)
            [
                (
                    "statement",
                    "occurred",
                    "2018-05",
                    (("Japan", "initiator"), ("Taro Kono", "initiator")),
                )
            ],
        ),
        # "during" and a modifier before the occasion noun
        (
            "President Moon Jae-in said during a joint press conference that the accord was "
            "a turning point.",
            [("statement", "occurred", "2018-05", (("Moon Jae-in", "initiator"),))],
        ),
        # the sentence before dates only a plan: a saying in the past is not of that day
        (
            "Trump will receive the envoy at the White House on Friday. Pompeo said at a "
            "press conference that progress was real.",
            [("statement", "occurred", "2018-05", (("Mike Pompeo", "initiator"),))],
        ),
        # a date of its own wins
        (
            "Pompeo told reporters on Tuesday that progress was real.",
            [("statement", "occurred", "2018-05-29", (("Mike Pompeo", "initiator"),))],
        ),
    ],
)
def test_a_saying_at_a_press_occasion_is_a_statement(pipeline, text, expected):
    assert event_rows(pipeline, text, PUBLISHED, types={"statement"}) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no occasion and no date: still no statement
        "Pompeo said that both sides had much work ahead.",
        # the speaker is not the person or body named right before the verb
        "Everyone expects a deal, the president of France earlier told reporters.",
        # what the press is told is another event's announcement, not a statement row
        "Pompeo told reporters that the summit would take place on June 12.",
    ],
)
def test_no_statement_without_an_occasion_and_its_speaker(pipeline, text):
    assert event_rows(pipeline, text, PUBLISHED, types={"statement"}) == []
