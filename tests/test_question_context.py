"""An answer takes its referent from the question before it. A journalist's question asserts
nothing, but when it names a calling-off and its parties ("when did you learn the summit with
the Houthis had been scrapped?"), the guest's answer that someone "made the decision" with no
decided thing of its own tells that calling-off, by that person, against the question's
parties, as the interview's news (the publication month). af-010_pompeo… s8-9, a Sunday-show
transcript. Sentences of our own, one row per phrasing; the last rows show what must stay
without an event."""

from __future__ import annotations

import datetime as dt

import pytest

SUNDAY = dt.date(2021, 3, 14)


def cancellations(pipeline, text):
    return [
        (e.type, e.status, e.date.formatted(), sorted((p.actor, p.role) for p in e.participants))
        for e in pipeline.extract(text, SUNDAY).events
        if e.type == "cancellation"
    ]


CALLED_OFF = [
    (
        "cancellation",
        "occurred",
        "2021-03",
        [("Donald Trump", "initiator"), ("Taliban", "target")],
    )
]


@pytest.mark.parametrize(
    "text",
    [
        # the passive pluperfect in a wh-question; "President X made the right decision"
        "QUESTION: Welcome to the program. When did you learn that the talks with the Taliban "
        "had been canceled?\n\nSECRETARY SMITH: Well, the attacks went on, and President "
        "Trump made the right decision to end it.",
        # a noun of calling-off in a yes/no question; "the President ... took the decision"
        "QUESTION: Thanks for joining us. Was the cancellation of the meeting with the "
        "Taliban your idea?\n\nSECRETARY SMITH: No. President Trump took the decision "
        "himself, and I support it.",
        # "called off" in the active voice; a pronoun subject after a named one
        "QUESTION: Good morning. Why did the President call off the summit with the Taliban "
        "at the last minute?\n\nSECRETARY SMITH: You have to ask what they did. President "
        "Trump listened to his team, and he made the decision after the bombing.",
        # "Q" label, a short answer naming the decision-maker first
        "Q  Secretary, why were the Taliban talks canceled this weekend?\n\nSECRETARY SMITH: "
        "President Trump made a decision that the killing of a soldier cannot stand.",
    ],
)
def test_an_answer_tells_the_calling_off_the_question_names(pipeline, text):
    assert cancellations(pipeline, text) == CALLED_OFF


@pytest.mark.parametrize(
    "text",
    [
        # the question alone: no event
        "QUESTION: When did you learn that the talks with the Taliban had been canceled?\n\n"
        "SECRETARY SMITH: I won't go into the timeline this morning.",
        # the decision names a thing decided of its own ("a decision on troop levels")
        "QUESTION: When did you learn that the talks with the Taliban had been canceled?\n\n"
        "SECRETARY SMITH: President Trump made a decision on troop levels months ago.",
        # the question named no calling-off
        "QUESTION: How are the talks with the Taliban going?\n\nSECRETARY SMITH: President "
        "Trump made the right decision to keep talking.",
        # the decision comes in a later answer, after another question
        "QUESTION: When did you learn that the talks with the Taliban had been canceled?\n\n"
        "SECRETARY SMITH: Late on Saturday.\n\nQUESTION: And how is the family of the "
        "soldier?\n\nSECRETARY SMITH: President Trump made the right decision to call them.",
    ],
)
def test_what_an_answer_does_not_tell(pipeline, text):
    assert cancellations(pipeline, text) == []
