"""Plans, postponements and cancellations in many phrasings (round 13, variation tables;
the whole table with the rows that still fail: /work/notes/13-plans13-table.txt). Sentences
of our own words; each block varies a construction found in dev texts, cited per block.
Every row is a whole article published on a Wednesday. A plan is dated to when it is to
happen, a calling-off to when it was done (the publication month when the text's news tells
it without a day), the thing called off to when it was due (docs/annotation.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import unmatched

WED = dt.date(2018, 11, 7)
KINDS = frozenset(
    {"meeting", "summit", "visit", "negotiation", "cancellation", "postponement"}
    | {"military_exercise"}
)


def _unmatched(
    pipeline, text: str, expected: list[str], published: dt.date = WED
) -> tuple[list, list]:
    """The expected events not produced, and the produced events of these kinds not
    expected (tests/extracted.unmatched)."""
    return unmatched(pipeline, text, expected, published, KINDS.__contains__)


@pytest.mark.parametrize(
    "text,expected",
    [
        # C1: "is scheduled/slated/set to meet", "hold talks" (kp1-025 s5, kp3-016 s7, kp2-029 s7)
        ("Mike Pompeo is scheduled to meet Kim Yong-chol in New York on Thursday.",
         ["meeting planned 2018-11-08 [Mike Pompeo, Kim Yong-chol]"]),
        ("Mike Pompeo is set to hold talks with Kim Yong-chol on Thursday in New York.",
         ["meeting planned 2018-11-08 [Mike Pompeo, Kim Yong-chol]"]),
        ("Secretary of State Mike Pompeo is expected to meet North Korean official Kim Yong-chol "
         "on Thursday, the State Department said.",
         ["meeting planned 2018-11-08 [Mike Pompeo, Kim Yong-chol]"]),
        ("Mike Pompeo and Kim Yong-chol are due to meet in New York on Thursday.",
         ["meeting planned 2018-11-08 [Mike Pompeo, Kim Yong-chol]"]),
        ("Mike Pompeo and Kim Yong-chol are slated to hold talks next week.",
         ["meeting planned 2018-11 [Mike Pompeo, Kim Yong-chol]"]),
        ("Mike Pompeo met Kang Kyung-wha in Washington on Monday. He is scheduled to meet Kim "
         "Yong-chol on Thursday.",
         ["meeting occurred 2018-11-05 [Mike Pompeo, Kang Kyung-wha]",
          "meeting planned 2018-11-08 [Mike Pompeo, Kim Yong-chol]"]),
        ("Kim Yong-chol, who is scheduled to meet Mike Pompeo on Thursday, arrived in New York on"
         " Tuesday.",
         ["meeting planned 2018-11-08 [Mike Pompeo, Kim Yong-chol]",
          "visit occurred 2018-11-06 [Kim Yong-chol]"]),
        ("Mike Pompeo was scheduled to meet Kim Yong-chol on Thursday, officials said.",
         ["meeting planned 2018-11-08 [Mike Pompeo, Kim Yong-chol]"]),
        # C2: "will visit <capital> in <month>"; headline "X to visit ..." (kp3-002 s1, s2)
        ("Mike Pompeo will visit Pyongyang next month.",
         ["visit planned 2018-12 [Mike Pompeo]"]),
        ("Pompeo to visit Pyongyang next month\nSecretary of State Mike Pompeo will travel to "
         "Pyongyang in December, the State Department said on Tuesday.",
         ["visit planned 2018-12 [Mike Pompeo]"]),
        ("Mike Pompeo plans to visit Pyongyang later this month.",
         ["visit planned 2018-11 [Mike Pompeo]"]),
        ("Mike Pompeo is planning a trip to Pyongyang in December.",
         ["visit planned 2018-12 [Mike Pompeo]"]),
        ("The State Department announced on Tuesday that Mike Pompeo will travel to Pyongyang "
         "next month.",
         ["visit planned 2018-12 [Mike Pompeo]"]),
        ("Mike Pompeo will make his fourth trip to Pyongyang on December 3.",
         ["visit planned 2018-12-03 [Mike Pompeo]"]),
        ("Mike Pompeo is expected to travel to Pyongyang next month, according to the State "
         "Department.",
         ["visit planned 2018-12 [Mike Pompeo]"]),
        # C3: "will host/hold ... meetings with", "will be meeting" (kp4-014 s4, s11; kp3-030 s17)
        ("Mike Pompeo will host Kang Kyung-wha at the State Department on Friday.",
         ["meeting planned 2018-11-09 [Mike Pompeo, Kang Kyung-wha]"]),
        ("Donald Trump will hold a summit with Moon Jae-in on Friday.",
         ["summit planned 2018-11-09 [Donald Trump, Moon Jae-in]"]),
        ("Later today, Donald Trump will hold a meeting with Moon Jae-in.",
         ["summit planned 2018-11-07 [Donald Trump, Moon Jae-in]"]),
        ("Donald Trump is to hold talks with Moon Jae-in in Seoul on Friday.",
         ["summit planned 2018-11-09 [Donald Trump, Moon Jae-in]"]),
        ("Donald Trump and Moon Jae-in will meet in Seoul on Friday, the White House said.",
         ["summit planned 2018-11-09 [Donald Trump, Moon Jae-in]"]),
        ("Moon Jae-in will be meeting Donald Trump on Friday.",
         ["summit planned 2018-11-09 [Donald Trump, Moon Jae-in]"]),
        ("Donald Trump will meet Moon Jae-in next month.",
         ["summit planned 2018-12 [Donald Trump, Moon Jae-in]"]),
        # C4: a noun "slated/set for <time>", "upcoming" (kp2-010 s2, kp4-019 s2, kp3-016 s1)
        ("A summit between Donald Trump and Kim Jong-un set for December 3 will take place in "
         "Hanoi.",
         ["summit planned 2018-12-03 [Donald Trump, Kim Jong-un]"]),
        ("Mike Pompeo's meeting with Kim Yong-chol, slated for early December, is expected to "
         "cover sanctions.",
         ["meeting planned 2018-12 [Mike Pompeo, Kim Yong-chol]"]),
        ("Joint drills of the United States and South Korea planned for later this month will go "
         "ahead.",
         ["military_exercise planned 2018-11 [United States, South Korea]"]),
        ("Donald Trump's planned summit with Kim Jong-un on December 3 is still on.",
         ["summit planned 2018-12-03 [Donald Trump, Kim Jong-un]"]),
        # C5: postponed / put off / delayed, the thing with its own date (kp3-016 s1, kp4-019 s1-2)
        ("Mike Pompeo's planned meeting with Kim Yong-chol on Thursday in New York has been "
         "postponed.",
         ["postponement occurred 2018-11 []",
          "meeting postponed 2018-11-08 [Mike Pompeo, Kim Yong-chol]"]),
        ("A meeting between Mike Pompeo and Kim Yong-chol set for Thursday has been put off, the "
         "State Department said on Wednesday.",
         ["postponement occurred 2018-11-07 []",
          "meeting postponed 2018-11-08 [Mike Pompeo, Kim Yong-chol]"]),
        ("The State Department said on Wednesday that the meeting between Mike Pompeo and Kim "
         "Yong-chol planned for Thursday would be postponed.",
         ["postponement occurred 2018-11-07 []",
          "meeting postponed 2018-11-08 [Mike Pompeo, Kim Yong-chol]"]),
        ("Donald Trump on Tuesday put off Mike Pompeo's trip to Pyongyang.",
         ["postponement occurred 2018-11-06 [Donald Trump]",
          "visit postponed 2018-11 [Mike Pompeo]"]),
        ("Donald Trump postponed his summit with Kim Jong-un set for December 3.",
         ["postponement occurred 2018-11 [Donald Trump]",
          "summit postponed 2018-12-03 [Donald Trump, Kim Jong-un]"]),
        ("Donald Trump and Kim Jong-un have pushed back their summit planned for December 3.",
         ["postponement occurred 2018-11 [Donald Trump, Kim Jong-un]",
          "summit postponed 2018-12-03 [Donald Trump, Kim Jong-un]"]),
        # C6: cancelled / called off / halted (kp2-014 s19, kp2-010 s2, kp3-016 s4)
        ("Donald Trump called off the December 3 summit with Kim Jong-un on Tuesday.",
         ["cancellation occurred 2018-11-06 [Donald Trump]",
          "summit cancelled 2018-12-03 [Donald Trump, Kim Jong-un]"]),
        ("The summit between Donald Trump and Kim Jong-un planned for December 3 has been "
         "cancelled, the White House said on Tuesday.",
         ["cancellation occurred 2018-11-06 []",
          "summit cancelled 2018-12-03 [Donald Trump, Kim Jong-un]"]),
        ("Trump Calls Off Summit With Kim\nDonald Trump on Tuesday called off his December 3 "
         "summit with Kim Jong-un.",
         ["cancellation occurred 2018-11-06 [Donald Trump]",
          "summit cancelled 2018-12-03 [Donald Trump, Kim Jong-un]"]),
        ("In a letter to Kim Jong-un on Tuesday, Donald Trump cancelled their summit planned for "
         "December 3.",
         ["cancellation occurred 2018-11-06 [Donald Trump]",
          "summit cancelled 2018-12-03 [Donald Trump, Kim Jong-un]"]),
        ("The United States has halted joint drills with South Korea that were slated for later "
         "this month.",
         ["cancellation occurred 2018-11 [United States]",
          "military_exercise cancelled 2018-11 [United States, South Korea]"]),
        ("The United States suspended the joint exercise with South Korea planned for "
         "December, the Pentagon said on Tuesday.",
         ["cancellation occurred 2018-11-06 [United States]",
          "military_exercise cancelled 2018-12 [United States, South Korea]"]),
        ("Mike Pompeo's trip to Pyongyang next week was cancelled by Donald Trump on Tuesday.",
         ["cancellation occurred 2018-11-06 [Donald Trump]",
          "visit cancelled 2018-11 [Mike Pompeo]"]),
        ("Donald Trump abruptly cancelled the upcoming summit with Kim Jong-un on December 3.",
         ["cancellation occurred 2018-11 [Donald Trump]",
          "summit cancelled 2018-12-03 [Donald Trump, Kim Jong-un]"]),
        # C7: a calling-off told by its noun or a passive (kp3-001 s2-3, kp3-027 s28)
        ("The postponement of Mike Pompeo's visit to Pyongyang next week was announced by the "
         "State Department on Tuesday.",
         ["postponement occurred 2018-11-06 []", "visit postponed 2018-11 [Mike Pompeo]"]),
        ("Mike Pompeo's visit to Pyongyang, planned for next week, was postponed on Tuesday.",
         ["postponement occurred 2018-11-06 []", "visit postponed 2018-11 [Mike Pompeo]"]),
        ("Donald Trump's cancellation of Mike Pompeo's trip to Pyongyang on Tuesday surprised "
         "Seoul.",
         ["cancellation occurred 2018-11-06 [Donald Trump]",
          "visit cancelled 2018-11 [Mike Pompeo]"]),
        # C8: talks that continue or resume "next week" (cn-008 s9)
        ("Talks between the United States and China will resume next week in Washington.",
         ["negotiation planned 2018-11 [United States, China]"]),
        ("The next round of trade talks between the United States and China is set for Thursday "
         "in Washington.",
         ["negotiation planned 2018-11-08 [United States, China]"]),
        ("U.S. and Chinese negotiators will meet again in Beijing next week.",
         ["negotiation planned 2018-11 [United States, China]"]),
        # C9: "plan to visit <capital>" (ir-011 s11)
        ("Mike Pompeo plans to travel to Seoul next week.",
         ["visit planned 2018-11 [Mike Pompeo]"]),
        ("Mike Pompeo said on Tuesday he intends to visit Seoul next month.",
         ["visit planned 2018-12 [Mike Pompeo]"]),
    ],
)  # fmt: skip
def test_plans_and_callings_off_in_many_phrasings(pipeline, text, expected):
    assert _unmatched(pipeline, text, expected) == ([], [])


MON = dt.date(2019, 11, 18)


@pytest.mark.parametrize(
    "text,expected",
    [
        # A headline's "X to <calling-off verb>" tells a decision taken; "joint"/"bilateral"
        # training is an exercise of those who hold it (kp4-019 s1).
        ("U.S., South Korea to put off joint air training\nOfficials gave no new date.",
         ["postponement occurred 2019-11 [United States, South Korea]",
          "military_exercise postponed 2019-11 [United States, South Korea]"]),
        ("United States, South Korea to postpone bilateral training\nNo new date was given.",
         ["postponement occurred 2019-11 [United States, South Korea]",
          "military_exercise postponed 2019-11 [United States, South Korea]"]),
        ("Trump to cancel summit with Kim Jong-un\nOfficials gave no reason.",
         ["cancellation occurred 2019-11 [Donald Trump]",
          "summit cancelled 2019-11 [Donald Trump, Kim Jong-un]"]),
        # An undated saying right after "following/after <event> on <day>," is of that day,
        # and so is the calling-off it announces (kp4-019 s2); the headline's decision
        # takes that day, and the passive's subject is the noun next to it.
        ("U.S., South Korea to put off joint air training\nFollowing his meeting with Kang "
         "Kyung-wha in Bangkok on Sunday, Mike Pompeo told the press that the joint drills "
         "will be postponed.",
         ["postponement occurred 2019-11-17 [United States, South Korea]",
          "military_exercise postponed 2019-11 [United States, South Korea]",
          "meeting occurred 2019-11-17 [Kang Kyung-wha]"]),
        ("After talks with Kang Kyung-wha in Seoul on Sunday, Mike Pompeo said that the summit "
         "between Donald Trump and Kim Jong-un planned for December 3 would be postponed.",
         ["postponement occurred 2019-11-17 []",
          "summit postponed 2019-12-03 [Donald Trump, Kim Jong-un]",
          "negotiation occurred 2019-11-17 [Kang Kyung-wha]"]),
        ("Following a phone call with Moon Jae-in on Sunday, Donald Trump told reporters that "
         "joint drills of the United States and South Korea would be suspended.",
         ["cancellation occurred 2019-11-17 []",
          "military_exercise cancelled 2019-11 [United States, South Korea]"]),
        # "slated/set/scheduled/planned for <month>": the month the plan is for (kp4-019 s2,
        # kp2-010 s2: "slated for later this month/summer")
        ("A summit between Donald Trump and Moon Jae-in set for December will take place in "
         "Seoul.",
         ["summit planned 2019-12 [Donald Trump, Moon Jae-in]"]),
        ("Mike Pompeo's trip to Pyongyang, scheduled for January, will focus on sanctions.",
         ["visit planned 2020-01 [Mike Pompeo]"]),
        ("Talks between Stephen Biegun and Choe Son-hui are slated for February in Stockholm.",
         ["negotiation planned 2020-02 [Stephen Biegun, Choe Son-hui]"]),
        ("After a meeting with Kang Kyung-wha on Sunday, Mike Pompeo told reporters that the "
         "joint drills of the United States and South Korea planned for December had been "
         "called off.",
         ["cancellation occurred 2019-11-17 []",
          "military_exercise cancelled 2019-12 [United States, South Korea]"]),
    ],
)  # fmt: skip
def test_headline_decisions_sayings_after_an_occasion_and_months_planned_for(
    pipeline, text, expected
):
    assert _unmatched(pipeline, text, expected, MON) == ([], [])
