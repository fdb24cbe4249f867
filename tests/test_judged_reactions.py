"""A verdict on "it": a verb of judgement whose object is "it" ("called it very positive",
"condemned it") reacts to what the sentence before told and dated, and is a statement of
that time (kp3-008_state… s17-18, a Sunday interview: the host tells the week's news, then
the President's verdict on it). Sentences of our own, one row per phrasing."""

from __future__ import annotations

import datetime as dt

import pytest

SUN = dt.date(2018, 9, 23)


def statements(pipeline, text):
    """(date, initiators, targets) of the statements of a text, in order."""
    return [
        (
            e.date.formatted(),
            sorted(p.actor for p in e.participants if p.role == "initiator"),
            sorted(p.actor for p in e.participants if p.role == "target"),
        )
        for e in pipeline.extract(text, SUN).events
        if e.type == "statement"
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # "called it" + an adjective, after a week's news told by the host
        ("This week, Kim Jong-un talked about closing a missile engine test site. "
         "President Trump called it a big step.",
         [("2018-09", ["Kim Jong-un"], []),
          ("2018-09", ["Donald Trump"], ["Kim Jong-un"])]),
        # "condemned it" after a launch dated by its weekday
        ("North Korea fired two short-range missiles into the sea on Thursday. "
         "Shinzo Abe condemned it in the strongest terms.",
         [("2018-09-20", ["Shinzo Abe"], ["North Korea"])]),
        # "criticized it", the reaction told in a separate paragraph of a release
        ("On Tuesday, Kim Jong-un talked about new weapons.\n\n"
         "Moon Jae-in criticized it as unhelpful.",
         [("2018-09-18", ["Kim Jong-un"], []),
          ("2018-09-18", ["Moon Jae-in"], ["Kim Jong-un"])]),
        # "called it off" is a phrasal verb, no verdict on "it"
        ("On Tuesday, Kim Jong-un talked about new weapons. Mike Pompeo called it off.",
         [("2018-09-18", ["Kim Jong-un"], [])]),
        # nothing dated in the sentence before: the verdict has no time, no event
        ("Kim Jong-un has long talked about new weapons. President Trump called it "
         "very positive.",
         []),
    ],
)  # fmt: skip
def test_a_verdict_on_it_is_the_reaction_to_the_sentence_before(pipeline, text, expected):
    assert statements(pipeline, text) == expected
