"""Happenings the dev part told with words no trigger knew (round 8, `recall8`). Sentences of
our own; each row gives the events of the construction's type the sentence must produce.

- A transcript's speaker tells, before the first question, where they head next: "we head
  to South Korea" in a departure gaggle (kp1-024_wh… s9) is the speaker's trip of the
  text's day; "I came here to Japan" (s8) is a visit on the report's day, as "X is in
  Japan" is (kp4-014_voa… s3). The same words in a journalist's turn, undated in an answer,
  or without a person just before and a state just after, make no trip.
- "This week, X talked about ..." (kp3-008_state… s17) is a dated statement of X's; "a story
  we've talked about for quite some time" (kp3-027_state… s13) is a topic, no occasion.
- "Kim Jong-un has said he's ready ..." (kp3-007_state… s15-16): an undated saying in the
  present perfect is, in an interview, one of late, dated to the publication month; the
  transcript speaker's own "We have said many times" (kp4-021_usun… s11) restates a
  position, and in a story's prose such a saying is set against the facts (a seed's case).
- "the Secretary's announcement earlier today. The Secretary announced that X joined our team
  as ..." (kp3-013_state… s26-27): the undated verb takes the one time of the sentence
  before, which names the same act by its noun.
- "On Friday, you said the peace talks were making progress" (af-009_pompeo… s7): a
  journalist's "you" in a question turn is the person who answers; "the speech you made
  today" (kp1-024_wh… s16): who made it is the speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import event_rows

PUBLISHED = dt.date(2018, 2, 14)  # a Wednesday


def visits(pipeline, text):
    return event_rows(pipeline, text, PUBLISHED, {"visit"})


@pytest.mark.parametrize(
    "text,expected",
    [
        # the speaker's opening statement: a trip of the text's day
        (
            "THE VICE PRESIDENT: Thank you all. Tonight we head to Japan for two days.\n\n"
            "Q    Sir, a question about the Olympics?\n",
            [
                (
                    "visit",
                    "occurred",
                    "2018-02-14",
                    (("Japan", "target"), ("Mike Pence", "initiator")),
                )
            ],
        ),
        # a reported trip in news prose, dated by its own day word
        (
            "Secretary of State Rex Tillerson headed to Japan on Thursday.",
            [
                (
                    "visit",
                    "occurred",
                    "2018-02-08",
                    (("Japan", "target"), ("Rex Tillerson", "initiator")),
                )
            ],
        ),
        # "came here to" a state: the speaker is visiting it now
        (
            "THE VICE PRESIDENT: Thank you. I came here to Japan to meet our allies.\n\n"
            "Q    Sir, a question about the Olympics?\n",
            [
                (
                    "visit",
                    "occurred",
                    "2018-02-14",
                    (("Japan", "target"), ("Mike Pence", "initiator")),
                )
            ],
        ),
        # near misses: no state right after it, or no person right before it
        ("THE VICE PRESIDENT: Thank you. I came here to thank our troops.\n", []),
        ("North Korea came here to Japan on Monday.", []),
        # near miss: in an answer after the first question, an undated trip is no event
        (
            "THE VICE PRESIDENT: Thank you.\n\nQ    Sir, what comes next?\n\n"
            "THE VICE PRESIDENT: We head to Japan.\n",
            [],
        ),
        # near miss: a journalist's question asserts nothing
        ("Q    Sir, do you head to Japan tonight?\n", []),
    ],
)
def test_trips_the_speaker_heads_on(pipeline, text, expected):
    assert visits(pipeline, text) == expected


def statements(pipeline, text):
    return event_rows(pipeline, text, PUBLISHED, {"statement"})


@pytest.mark.parametrize(
    "text,expected",
    [
        # a dated saying in the simple past
        (
            "On Monday, President Moon Jae-in talked about reopening the railway line.",
            [("statement", "occurred", "2018-02-12", (("Moon Jae-in", "initiator"),))],
        ),
        # near misses: a topic of long standing in the present perfect, either spelling
        ("THE VICE PRESIDENT: Today I return to a subject we've talked about.\n", []),
        ("THE VICE PRESIDENT: Today I return to a subject we’ve talked about.\n", []),
        ("On Monday, President Moon Jae-in has talked about the railway line.", []),
        # an undated saying is no statement (docs/extraction.md, statements)
        ("President Moon Jae-in talked about reopening the railway line.", []),
    ],
)
def test_topics_talked_about(pipeline, text, expected):
    assert statements(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # in an interview, a saying in the present perfect with no date: said lately, the
        # publication month
        (
            "QUESTION: Chairman Kim Jong-un has said he is ready to give up his weapons.\n\n"
            "SECRETARY POMPEO: We will see.\n",
            [("statement", "occurred", "2018-02", (("Kim Jong-un", "initiator"),))],
        ),
        (
            "Q    President Moon Jae-in has said that a formal end to the war is a good idea.\n",
            [("statement", "occurred", "2018-02", (("Moon Jae-in", "initiator"),))],
        ),
        # near miss: in a story's prose the same words set a claim against the facts
        ("President Moon Jae-in has said the talks go well, but the facts say otherwise.", []),
        # near misses: the transcript's speaker restating a position, in either spelling
        ("THE VICE PRESIDENT: We have said many times that we are ready.\n", []),
        ("THE VICE PRESIDENT: I\u2019ve said that to my colleagues.\n", []),
        # an "as" clause cites a saying; a simple past without a date tells no occasion
        ("As President Moon Jae-in has said, the alliance is strong.", []),
        ("President Moon Jae-in said he is ready.", []),
    ],
)
def test_sayings_of_late(pipeline, text, expected):
    assert statements(pipeline, text) == expected


APPOINTMENT = (
    "Secretary of State Mike Pompeo announced that Stephen Biegun would be his special "
    "representative for North Korea."
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # the sentence before names the act by its noun and dates it: the verb takes the day
        (
            "Reporters waited for the announcement on Tuesday. " + APPOINTMENT,
            [
                (
                    "appointment",
                    "occurred",
                    "2018-02-13",
                    (("Mike Pompeo", "announcer"), ("Stephen Biegun", "target")),
                )
            ],
        ),
        # near misses: the noun undated, a dated sentence without the noun, two times
        ("Reporters waited for the announcement. " + APPOINTMENT, []),
        ("Reporters waited for the briefing on Tuesday. " + APPOINTMENT, []),
        ("Reporters waited for the announcement on Tuesday and on Friday. " + APPOINTMENT, []),
    ],
)
def test_acts_named_the_sentence_before(pipeline, text, expected):
    assert event_rows(pipeline, text, PUBLISHED, {"appointment"}) == expected


def addressed(pipeline, text):
    return [
        (m.text, m.key)
        for m in pipeline.extract(text, PUBLISHED).actors
        if m.text.lower() in {"you", "your"}
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a journalist's "you": whoever answers, the turn before it, else the turn after it
        (
            "SECRETARY POMPEO: Good morning.\n\nQUESTION: Last week you said the talks went "
            "well.\n",
            [("you", "Mike Pompeo")],
        ),
        (
            "QUESTION: Your trip was long.\n\nSECRETARY TILLERSON: It was.\n",
            [("Your", "Rex Tillerson")],
        ),
        # near misses: "you" in an answer, and outside any transcript
        ("SECRETARY POMPEO: Thank you, Margaret.\n", []),
        ("You said last week that the talks went well.", []),
    ],
)
def test_the_person_a_question_goes_to(pipeline, text, expected):
    assert addressed(pipeline, text) == expected


def test_a_saying_the_question_recalls(pipeline):
    """af-009_pompeo… s7: the interviewer recalls the guest's saying of a day."""
    text = (
        "SECRETARY POMPEO: Good morning.\n\n"
        "QUESTION: On Friday, you said the talks went well. What happened since?\n"
    )
    assert statements(pipeline, text) == [
        ("statement", "occurred", "2018-02-09", (("Mike Pompeo", "initiator"),))
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a relative clause without "that": who made the speech is its speaker
        (
            "On Monday, the speech President Moon Jae-in made in Seoul drew praise.",
            [("statement", "occurred", "2018-02-12", (("Moon Jae-in", "initiator"),))],
        ),
        (
            "SECRETARY POMPEO: Good morning.\n\nQUESTION: The speech you made yesterday "
            "surprised many.\n",
            [("statement", "occurred", "2018-02-13", (("Mike Pompeo", "initiator"),))],
        ),
        # near miss: one who heard the speech did not make it
        ("On Monday, the speech President Moon Jae-in heard in Seoul drew praise.", []),
    ],
)
def test_speeches_someone_made(pipeline, text, expected):
    assert statements(pipeline, text) == expected
