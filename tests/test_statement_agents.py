"""The agent of a statement noun's participle is its speaker ("remarks made ... by X",
kp1-026_embassy… s2 and s5, kp3-026_jmh… s2); a heading's "Press Conference by X" is the
text's own occasion (kp2-009_trump… s1). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2018, 2, 14)  # a Wednesday


def statements(pipeline, text):
    return sorted(
        (e.date.formatted(), tuple(sorted((p.actor, p.role) for p in e.participants)))
        for e in pipeline.extract(text, PUBLISHED).events
        if e.type == "statement"
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # a press digest citing what an official said, with place, day and title between
        (
            "The newspaper stressed remarks made in Paris on Monday by Secretary of State "
            "Tillerson, who answered a question on talks.",
            [("2018-02-12", (("Rex Tillerson", "initiator"),))],
        ),
        (
            "Two dailies covered remarks made on Tuesday by South Korean President Moon, who "
            "spoke while hosting a guest.",
            [("2018-02-13", (("Moon Jae-in", "initiator"),))],
        ),
        # a regular participle after a statement noun
        (
            "A statement issued on Monday by Secretary of State Tillerson surprised Seoul.",
            [("2018-02-12", (("Rex Tillerson", "initiator"),))],
        ),
        # a heading naming the text's own occasion: no participle, no statement
        ("Press Conference by President Trump on Monday", []),
    ],
)
def test_statement_agent(pipeline, text, expected):
    assert statements(pipeline, text) == expected
