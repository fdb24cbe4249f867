"""False alarms of round 8: a report's own day given to what it tells, a document named by
how it came about, a plan dated by the past happening told before it, and "the upcoming
summit" read as the meeting just told. Each construction is a row, cited by dev text and
sentence, in sentences of our own; the plain report beside it still makes its event."""

from __future__ import annotations

import datetime as dt

import pytest

MON = dt.date(2019, 8, 12)  # a Monday
# Two lead sentences first: the rules below hold outside a news lead.
LEAD = "Diplomacy picked up again this summer. Envoys travelled across the region. "
MET_FRIDAY = LEAD + "On Friday Pompeo met Kim Jong-un in Pyongyang. "
MET_SUNDAY = LEAD + "On Sunday Pompeo met Kim Jong-un in Pyongyang. "
FRIDAY_MEETING = ("meeting", "occurred", "2019-08-09", ("Kim Jong-un", "Mike Pompeo"))
SUNDAY_MEETING = ("meeting", "occurred", "2019-08-11", ("Kim Jong-un", "Mike Pompeo"))


def produced(pipeline, text, published=MON):
    return sorted(
        (e.type, e.status, e.date.formatted(), tuple(sorted({p.actor for p in e.participants})))
        for e in pipeline.extract(text, published).events
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # The day of a news report is not the day of what it tells (kp4-016 s8, JMH): the
        # launch stays on Saturday, and no second launch appears on Sunday.
        (LEAD + "North Korea fired two short-range missiles early on Saturday. Papers quoted "
         "a state media report on Sunday claiming that the North test fired new missiles.",
         [("weapons_test", "occurred", "2019-08-10", ("North Korea",))]),
        (LEAD + "North Korea fired two short-range missiles early on Saturday. Papers cited a "
         "report on Sunday saying North Korea had launched a new type of missile.",
         [("weapons_test", "occurred", "2019-08-10", ("North Korea",))]),
        # A document named by who signed it, after its noun with no auxiliary (kp3-003 s11,
        # State): the text recalls it, and the meeting's day is not its date.
        (MET_FRIDAY + "They went over the joint statement signed by Trump and Kim.",
         [FRIDAY_MEETING]),
        (MET_FRIDAY + "The two men reviewed the declaration signed by Trump and Moon Jae-in.",
         [FRIDAY_MEETING]),
        # A plan told right after a dated meeting does not take that meeting's past day
        # (kp3-003 s12, State): undated, it is dropped like any plan without a date.
        (MET_SUNDAY + "They also talked about the upcoming second summit between Trump and "
         "Kim.", [SUNDAY_MEETING]),
        # "the upcoming summit" is not the meeting just told (kp3-003 s12): no Trump joins
        # Pompeo's meeting, which would then pass for a summit.
        (MET_SUNDAY + "They also talked about the upcoming summit between Trump and Kim.",
         [SUNDAY_MEETING]),
    ],
)  # fmt: skip
def test_a_passing_reference_makes_no_event(pipeline, text, expected):
    assert produced(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A report's day still dates a happening the report's words place on it.
        (LEAD + "North Korea launched a new missile on Sunday, a state media report said.",
         [("weapons_test", "occurred", "2019-08-11", ("North Korea",))]),
        # Signing told as the news: active, or passive with its auxiliary.
        (LEAD + "Trump and Kim signed a joint statement in Singapore on June 12, 2018.",
         [("agreement", "occurred", "2018-06-12", ("Donald Trump", "Kim Jong-un"))]),
        (LEAD + "The joint statement was signed by Trump and Kim on Tuesday.",
         [("agreement", "occurred", "2019-08-06", ("Donald Trump", "Kim Jong-un"))]),
        # A plan with its own date stays.
        (MET_SUNDAY + "They also talked about the upcoming summit between Trump and Kim, set "
         "for October 20.",
         [SUNDAY_MEETING,
          ("summit", "planned", "2019-10-20", ("Donald Trump", "Kim Jong-un"))]),
        # "That summit" without a plan word is the summit just told.
        (LEAD + "Trump and Kim held a summit in Singapore on June 12, 2018. That summit was "
         "the first of its kind.",
         [("summit", "occurred", "2018-06-12", ("Donald Trump", "Kim Jong-un"))]),
    ],
)  # fmt: skip
def test_the_plain_report_beside_it_stays(pipeline, text, expected):
    assert produced(pipeline, text) == expected
