"""A statement that judges an event the article has told stays a statement of its own
(kp4-018_jmh… s3 and s13): "condemned the launch" just after the dated launch is the
reaction of that day, and "told the press ... that the missile launch posed a threat" does
not report the launch again. Who did what it judges is the statement's target; a speaker's
state, where the article names it, speaks with them (docs/annotation.md: a person and their
state may both be listed). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 10, 2)  # a Wednesday
LAUNCH = "North Korea fired a ballistic missile into the sea on Wednesday morning. "
TEST = ("weapons_test", "2019-10-02", (("North Korea", "initiator"),))


def events(pipeline, text):
    return sorted(
        (e.type, e.date.formatted(), tuple(sorted((p.actor, p.role) for p in e.participants)))
        for e in pipeline.extract(text, PUBLISHED).events
    )


def judged_by(*speakers, day="2019-10-02"):
    roles = [(speaker, "initiator") for speaker in speakers] + [("North Korea", "target")]
    return ("statement", day, tuple(sorted(roles)))


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb of judgment whose object is the event just told: that event's day
        (
            LAUNCH + "Prime Minister Abe condemned the launch as a clear breach of the rules.",
            [judged_by("Shinzo Abe"), TEST],
        ),
        (
            LAUNCH + "Prime Minister Abe of Japan criticized the launch in strong terms.",
            [judged_by("Japan", "Shinzo Abe"), TEST],
        ),
        # the day is the judged event's, not the publication's
        (
            "North Korea fired a ballistic missile on Monday. Prime Minister Abe condemned "
            "the launch in strong terms.",
            [
                judged_by("Shinzo Abe", day="2019-09-30"),
                ("weapons_test", "2019-09-30", (("North Korea", "initiator"),)),
            ],
        ),
        # only the sentence just before: a judgement further on has no day to take
        (
            "North Korea fired a ballistic missile on Monday. It was the first in a month. "
            "Prime Minister Abe condemned the launch in strong terms.",
            [("weapons_test", "2019-09-30", (("North Korea", "initiator"),))],
        ),
        # a judgement with nothing told before it has no day either
        ("Prime Minister Abe condemned the launch in strong terms.", []),
        # a reporting verb is no judgement: undated, it stays no event
        (LAUNCH + "Prime Minister Abe of Japan said the launch was regrettable.", [TEST]),
        # a speech verb's words about the event told: a statement dated by the speech
        (
            LAUNCH + "Defense Minister Taro Kono told reporters this morning that the missile "
            "launch posed a grave danger.",
            [judged_by("Taro Kono"), TEST],
        ),
        (
            LAUNCH + "Defense Minister Taro Kono told reporters this morning that the missile "
            "launch posed a grave danger to Japan.",
            [judged_by("Japan", "Taro Kono"), TEST],
        ),
        # words that tell a launch not told before only announce it
        (
            "Defense Minister Taro Kono told reporters that North Korea fired a ballistic "
            "missile on Wednesday.",
            [
                (
                    "weapons_test",
                    "2019-10-02",
                    (("North Korea", "initiator"), ("Taro Kono", "announcer")),
                )
            ],
        ),
    ],
)
def test_a_judgement_of_an_event_told_is_a_statement(pipeline, text, expected):
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the state the article names speaks beside its official
        (
            "Japan is on alert. Defense Minister Taro Kono told reporters on Wednesday that "
            "the region was calm.",
            [("statement", "2019-10-02", (("Japan", "initiator"), ("Taro Kono", "initiator")))],
        ),
        # a state the article does not name is not added
        (
            "Defense Minister Taro Kono told reporters on Wednesday that the region was calm.",
            [("statement", "2019-10-02", (("Taro Kono", "initiator"),))],
        ),
    ],
)
def test_a_speakers_state_speaks_with_them(pipeline, text, expected):
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a dated rejection by a state is its statement (af-013_wikipedia… s10)
        (
            "On Monday, Afghanistan rejected the plan put forward by the United States.",
            [("statement", "2019-09-30", (("Afghanistan", "initiator"),))],
        ),
        # undated, a rejection is no event, like any statement
        ("Afghanistan rejected the plan.", []),
    ],
)
def test_a_dated_rejection_is_a_statement(pipeline, text, expected):
    assert events(pipeline, text) == expected


def statements(pipeline, text, published=dt.date(2019, 3, 1)):
    return sorted(
        (e.date.formatted(), tuple(sorted(p.actor for p in e.participants)))
        for e in pipeline.extract(text, published).events
        if e.type == "statement"
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # a photo caption: the conference "after" the dated summit shares its day
        # (kp4-004_voa… s2)
        (
            "President Trump speaks at a news conference after his summit with Chairman Kim "
            "Jong Un in Hanoi, Feb. 28, 2019.",
            [("2019-02-28", ("Donald Trump",))],
        ),
        (
            "Trump held a news conference after the talks with Kim Jong Un in Hanoi on Thursday.",
            [("2019-02-28", ("Donald Trump",))],
        ),
        # a dated event of another sentence frames nothing
        ("Trump held a news conference. He met Kim Jong Un in Hanoi on Thursday.", []),
    ],
)
def test_a_statement_framed_by_a_dated_event_of_its_sentence(pipeline, text, expected):
    assert statements(pipeline, text) == expected


HEADED = "{title}\n\nThank you, Madam President. The Council speaks with one voice tonight."
ADOPTED_ON = dt.date(2019, 6, 14)


def council_statements(pipeline, text, published=ADOPTED_ON):
    return [
        (e.date.formatted(), tuple(sorted((p.actor, p.role) for p in e.participants)))
        for e in pipeline.extract(text, published).events
        if e.type == "statement"
    ]


COUNCIL = ("United Nations Security Council", "initiator")


@pytest.mark.parametrize(
    "title,expected",
    [
        # a heading's occasion that adopts a statement: the Council's statement of that day,
        # against the state whose act it condemns
        (
            "Remarks Following the Adoption of a Security Council Statement Condemning North "
            "Korea's Latest Missile Launch",
            [("2019-06-14", (("North Korea", "target"), COUNCIL))],
        ),
        (
            "Remarks at the Adoption of a UN Security Council Statement Criticizing Iran's "
            "Seizure of a Tanker",
            [("2019-06-14", (("Iran", "target"), COUNCIL))],
        ),
        # adopted, but no verb of judgement: a statement with no target
        (
            "Remarks at the Adoption of a Security Council Presidential Statement on "
            "Peacekeeping",
            [("2019-06-14", (COUNCIL,))],
        ),
        # no adoption word: the statement the heading names has no day of its own
        (
            "Remarks on a Security Council Statement Condemning North Korea's Missile Launch",
            [],
        ),
    ],
)  # fmt: skip
def test_a_statement_adopted_at_the_headed_occasion_is_of_its_day(pipeline, title, expected):
    assert council_statements(pipeline, HEADED.format(title=title)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a dated statement noun and a participle of judgement: the actor after it is judged
        (
            "On Monday the Security Council issued a statement condemning North Korea's "
            "missile launch.",
            [("2019-06-10", (("North Korea", "target"), COUNCIL))],
        ),
        (
            "On Monday Japan released a statement rejecting China's claims.",
            [("2019-06-10", (("China", "target"), ("Japan", "initiator")))],
        ),
        # a capital standing for its state
        (
            "On Monday the Security Council issued a statement condemning Pyongyang's launch.",
            [("2019-06-10", (("North Korea", "target"), COUNCIL))],
        ),
        # a statement about a matter, judging no one: no target
        (
            "On Monday the Security Council issued a statement on the situation in the region.",
            [("2019-06-10", (COUNCIL,))],
        ),
    ],
)  # fmt: skip
def test_a_statement_condemning_a_party_targets_it(pipeline, text, expected):
    assert council_statements(pipeline, text) == expected


def sayings(pipeline, text):
    return [
        (e.date.formatted(), tuple(sorted(p.actor for p in e.participants)))
        for e in pipeline.extract(text, dt.date(2019, 6, 12)).events
        if e.type == "statement"
    ]


KONO_MET_POMPEO = "Foreign Minister Kono met Secretary Pompeo in Tokyo on June 3, 2019. "


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Before ..." frames the saying by the event just dated, whose party speaks
        (
            KONO_MET_POMPEO + "Before he met Pompeo, Kono told reporters he was hopeful.",
            [("2019-06-03", ("Taro Kono",))],
        ),
        (
            "Secretary Mattis welcomes Oman's foreign minister to the Pentagon, June 3, 2019. "
            "Before he welcomed his guest, Mattis said he was pleased with the progress.",
            [("2019-06-03", ("Jim Mattis",))],
        ),
        (
            "President Moon welcomed Prime Minister Abe to Seoul on Monday. Before the two "
            "sat down, Abe said the region needed calm.",
            [("2019-06-10", ("Shinzo Abe",))],
        ),
        # the speaker took no part in the event just told: no day to take
        (KONO_MET_POMPEO + "Before Kono arrived, Secretary Mnuchin said he was hopeful.", []),
        # the event before is not dated: nor is the saying
        (
            "Foreign Minister Kono met Secretary Pompeo in Tokyo. Before he met Pompeo, Kono "
            "said he was hopeful.",
            [],
        ),
        # no framing clause: an undated saying stays no event, as before
        (KONO_MET_POMPEO + "Kono said he was hopeful.", []),
        # ... but told to the press it is a public statement of its own
        # (tests/test_press_occasions.py): the time the sentence before is at
        (
            KONO_MET_POMPEO + "Before Kono arrived, Secretary Mnuchin told reporters he was "
            "hopeful.",
            [("2019-06-03", ("Steven Mnuchin",))],
        ),
        (KONO_MET_POMPEO + "Kono told reporters he was hopeful.", [("2019-06-03", ("Taro Kono",))]),
        # or, with nothing dated before it, the report's month
        (
            "Foreign Minister Kono met Secretary Pompeo in Tokyo. Before he met Pompeo, Kono "
            "told reporters he was hopeful.",
            [("2019-06", ("Taro Kono",))],
        ),
    ],
)
def test_a_saying_framed_by_the_event_just_told_takes_its_day(pipeline, text, expected):
    assert sayings(pipeline, text) == expected
