"""Statuses and types, in sentences of our own words that reproduce constructions of dev
texts (each row cites the one it varies):

- a happening "to begin" (a headline's infinitive, "set to begin") is still ahead
  (kp4-001_jmh… s1), and "summit talks" are the leaders' summit, not a round of
  delegations' talks (kp4-001 s1-s2);
- a summit "ahead of" which something is told is not held yet (kp2-012_jmh… s2);
- talks someone "calls for" are only proposed (kp1-020_voa… s1);
- a telephone call is a meeting even when a later sentence calls it "the meeting"
  (kp1-021_state… s12-s13);
- "bilateral talks" are two officials' meeting (kp2-030_voa… s7, kp4-014_voa… s12), while a
  meeting also told as the two sides' talks is their round of talks (kp1-022_state… s1-s2).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import event_rows

FRIDAY = dt.date(2018, 6, 1)
WEDNESDAY = dt.date(2019, 2, 27)
TUESDAY = dt.date(2018, 1, 9)
US_DPRK = (("North Korea", "participant"), ("United States", "participant"))
KOREAS = (("North Korea", "participant"), ("South Korea", "participant"))
LEADERS = (("Donald Trump", "participant"), ("Kim Jong-un", "participant"))
CALL = (("Donald Trump", "participant"), ("Moon Jae-in", "participant"))


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # kp4-001 s1: a headline's "summit talks to begin" on the text's own day
        ("Second U.S.-DPRK summit talks to begin this evening", WEDNESDAY,
         [("summit", "planned", "2019-02-27", US_DPRK)]),
        # the same with the leaders as subject and "tonight"
        ("Trump and Kim to begin their summit talks tonight in Hanoi.", WEDNESDAY,
         [("summit", "planned", "2019-02-27", LEADERS)]),
        # a round of talks "to begin" on a weekday: the coming one, not the last
        ("Inter-Korean talks to begin at Panmunjom on Tuesday", WEDNESDAY,
         [("negotiation", "planned", "2019-03-05", KOREAS)]),
        ("Second round of U.S.-China trade talks to begin in Washington on Thursday", FRIDAY,
         [("negotiation", "planned", "2018-06-07",
           (("China", "participant"), ("United States", "participant")))]),
        # control: the headline's present tense tells the news; one summit, not two events
        ("Trump-Kim summit talks begin in Hanoi on Wednesday", FRIDAY,
         [("summit", "occurred", "2018-05-30", LEADERS)]),
    ],
)  # fmt: skip
def test_talks_to_begin_are_ahead(pipeline, text, published, expected):
    assert event_rows(pipeline, text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        # kp2-012 s2: what is told "ahead of the summit" happens before it
        "Pompeo held a press conference in Singapore on Monday ahead of the summit between "
        "Trump and Kim.",
        # kp1-020 s1: a headline's "calls for talks"
        "South Korea Calls for Talks with North Korea on Winter Olympics",
        # the same in the body, with a person as the one who calls
        "Moon calls for military talks with the North",
    ],
)
def test_a_summit_ahead_or_talks_called_for_are_not_held(pipeline, text):
    rows = event_rows(pipeline, text, FRIDAY)
    assert [row for row in rows if row[0] in {"summit", "negotiation"}] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # "a phone call", then "the meeting" after a semicolon
        ("Trump held a phone call with Moon on Tuesday; the meeting focused on the summit.",
         [("meeting", "occurred", "2018-05-29", CALL)]),
    ],
)  # fmt: skip
def test_a_call_between_leaders_stays_a_meeting(pipeline, text, expected):
    assert event_rows(pipeline, text, FRIDAY) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # kp2-030 s7: two ministers' "bilateral talks", planned
        ("Foreign ministers of Japan and China are to hold bilateral talks on Saturday.", FRIDAY,
         [("meeting", "planned", "2018-06-02",
           (("China", "participant"), ("Japan", "participant")))]),
        # kp4-014 s12: with a named counterpart, in the future tense
        ("Pompeo will hold bilateral talks with Chinese Foreign Minister Wang Yi on Friday.",
         FRIDAY,
         [("meeting", "planned", "2018-06-01",
           (("China", "participant"), ("Mike Pompeo", "participant"),
            ("Wang Yi", "participant")))]),
        # held, in the past tense
        ("Pompeo and Kang held bilateral talks in Seoul on Tuesday.", FRIDAY,
         [("meeting", "occurred", "2018-05-29",
           (("Kang Kyung-wha", "participant"), ("Mike Pompeo", "participant")))]),
        # kp1-022 s1-s2: the two sides met, and the text calls it their talks
        ("North Korea and South Korea met at Panmunjom on Tuesday. The talks between North "
         "Korea and South Korea lasted eleven hours.", TUESDAY,
         [("negotiation", "occurred", "2018-01-09", KOREAS)]),
    ],
)  # fmt: skip
def test_bilateral_talks_and_rounds_of_talks(pipeline, text, published, expected):
    assert event_rows(pipeline, text, published) == expected
