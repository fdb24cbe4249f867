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
            # his title names South Korea, whose word it is too (docs/annotation.md)
            [("2018-02-13", (("Moon Jae-in", "initiator"), ("South Korea", "initiator")))],
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


def kinds(pipeline, text):
    return sorted(
        (e.type, e.date.formatted(), tuple(sorted(p.actor for p in e.participants)))
        for e in pipeline.extract(text, PUBLISHED).events
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # a saying whose verb names its medium is a statement besides what it reports
        # (kp4-016_jmh… s6)
        (
            "President Trump tweeted on Monday that Kim Jong Un told him in a letter on "
            "Saturday that the tests would end.",
            [
                ("letter", "2018-02-10", ("Donald Trump", "Kim Jong-un")),
                ("statement", "2018-02-12", ("Donald Trump",)),
            ],
        ),
        # so is one made "in a public address" (kp2-014_wikipedia… s17)
        (
            "On Monday, President Moon Jae-in stated in a public address that he and Kim "
            "Jong Un had agreed on Sunday to meet again.",
            [
                ("agreement", "2018-02-11", ("Kim Jong-un", "Moon Jae-in")),
                ("statement", "2018-02-12", ("Moon Jae-in",)),
            ],
        ),
        # a plain "said that" only announces what it reports
        (
            "President Moon Jae-in said on Monday that he and Kim Jong Un had agreed on "
            "Sunday to meet again.",
            [("agreement", "2018-02-11", ("Kim Jong-un", "Moon Jae-in"))],
        ),
        # a tweeted photo shows; it says nothing of its own (kp2-029_voa… s2)
        (
            "Pompeo tweeted a photo on Monday showing him shaking hands with Kim Yong Chol.",
            [],
        ),
    ],
)
def test_a_saying_in_a_medium_is_a_statement(pipeline, text, expected):
    assert kinds(pipeline, text) == expected
