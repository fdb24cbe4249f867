"""Constructions a reviewer found lost or misread by running the pipeline on dev texts: the
month "May" taken for the modal, a date after the thing a cancellation calls off, a
called-off event listed twice, and arrivals and visits to a capital. One row per
construction, in sentences of our own; each asserts the exact events produced."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction import pipeline as pipeline_module
from dashboard.extraction.merging import merge_events
from tests.extracted import event_rows

SAT = dt.date(2018, 5, 26)  # a Saturday: "on Thursday" is 2018-05-24
FRI = dt.date(2018, 10, 12)  # a Friday: "on Tuesday" is 2018-10-09


def produced(pipeline, text, published):
    return event_rows(pipeline, text, published)


PK = (("Kim Yong-chol", "participant"), ("Mike Pompeo", "participant"))


@pytest.mark.parametrize(
    "text,expected",
    [
        # "In May" opening a report (kp2-014 s18 tells its summit "On 26 May"; a chronology
        # line opens with the month and a day).
        ("In May Pompeo met Kim Yong-chol in Pyongyang.", [("meeting", "occurred", "2018-05", PK)]),
        ("2018\nMay 3 -- Pompeo met Kim Yong-chol in Pyongyang.",
         [("meeting", "occurred", "2018-05-03", PK)]),
        ("On May 3 Pompeo met Kim Yong-chol in Pyongyang.",
         [("meeting", "occurred", "2018-05-03", PK)]),
        ("By May 2018 Pompeo had met Kim Yong-chol in Pyongyang.",
         [("meeting", "occurred", "2018-05", PK)]),
        # The modal still raises a happening without asserting it.
        ("Pompeo may meet Kim Yong-chol in Pyongyang on May 30.", []),
        ("May Pompeo meet Kim Yong-chol in Pyongyang on May 30?", []),
    ],
)  # fmt: skip
def test_the_month_may_is_no_modal(pipeline, text, expected):
    assert produced(pipeline, text, SAT) == expected


TRUMP = ("Donald Trump", "initiator")
TK = (("Donald Trump", "participant"), ("Kim Jong-un", "participant"))


@pytest.mark.parametrize(
    "text,expected",
    [
        # A called-off summit with a date of its own: a date after it dates the calling-off.
        ("Trump called off the June 12 summit with Kim Jong-un on Thursday.",
         [("cancellation", "occurred", "2018-05-24", (("Donald Trump", "initiator"),
                                                      ("Kim Jong-un", "participant"))),
          ("summit", "cancelled", "2018-06-12", TK)]),
        # Without a date of its own: the same, and the thing called off takes the month.
        ("Trump called off Pompeo's meeting with Kim Yong-chol on Thursday.",
         [("cancellation", "occurred", "2018-05-24", (TRUMP, *PK)),
          ("meeting", "cancelled", "2018-05", PK)]),
        # "the upcoming summit on 12 June" (kp2-014 s19): a planned thing, dated by the date
        # after it. The calling-off has no day of its own; told as a dated text's lead
        # news it was done lately: the publication month (docs/annotation.md, "just done,
        # undated"; events._lead_news).
        ("Trump cancelled the upcoming summit with Kim Jong-un on June 12.",
         [("cancellation", "occurred", "2018-05", (("Donald Trump", "initiator"),
                                                   ("Kim Jong-un", "participant"))),
          ("summit", "cancelled", "2018-06-12", TK)]),
    ],
)  # fmt: skip
def test_a_date_after_the_thing_called_off(pipeline, text, expected):
    assert produced(pipeline, text, SAT) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A called-off summit, then "The summit ..." about it (kp3-016 s1-s2: the meeting
        # put off, then what "the meeting" was to be).
        "On Thursday Trump called off the summit with Kim Jong-un in Singapore. "
        "The summit was to be the first between the two leaders.",
        "Trump put off his meeting with Moon Jae-in on Monday. "
        "The meeting would have been their third.",
    ],
)  # fmt: skip
def test_a_called_off_event_referred_back_to_is_listed_once(pipeline, text, monkeypatch):
    listed = []

    def spy(events, *args, **kwargs):
        listed.extend(events)
        return merge_events(events, *args, **kwargs)

    monkeypatch.setattr(pipeline_module, "merge_events", spy)
    pipeline.extract(text, SAT)
    assert len({id(e) for e in listed}) == len(listed)
    # one called-off meeting or summit ("his meeting with Moon Jae-in" is Trump's own with
    # Moon, a summit of two leaders once Trump counts among its parties)
    called_off = [e.type for e in listed if e.status in {"cancelled", "postponed"}]
    assert len(called_off) == 1 and called_off[0] in {"meeting", "summit"}


POMPEO_NK = (("Mike Pompeo", "initiator"), ("North Korea", "target"))


@pytest.mark.parametrize(
    "text,expected",
    [
        # An arrival in a capital (kp3-003 s3): a visit to the capital's state.
        ("Pompeo arrived in Pyongyang on Tuesday.",
         [("visit", "occurred", "2018-10-09", POMPEO_NK)]),
        ("Mike Pompeo arrives in Pyongyang on Tuesday.",
         [("visit", "occurred", "2018-10-09", POMPEO_NK)]),
        # A visit or trip to a capital (kp3-001 s2, kp4-006 s15), behind a hyphenated
        # modifier too.
        ("Mike Pompeo began a two-day visit to Pyongyang on Tuesday.",
         [("visit", "occurred", "2018-10-09", POMPEO_NK)]),
        ("Mike Pompeo made a trip to Pyongyang on Tuesday.",
         [("visit", "occurred", "2018-10-09", POMPEO_NK)]),
        ("Pompeo arrived in Pyongyang on Tuesday on a two-day visit.",
         [("visit", "occurred", "2018-10-09", POMPEO_NK)]),
        # Who arrives for talks takes part in them (kp2-029 s6: arriving for a dinner
        # meeting).
        ("Mike Pompeo arrived in Pyongyang on Tuesday for talks with Kim Yong-chol.",
         [("visit", "occurred", "2018-10-09",
           (("Kim Yong-chol", "participant"), ("Mike Pompeo", "initiator"),
            ("North Korea", "target")))]),
    ],
)  # fmt: skip
def test_arrivals_and_visits_to_a_capital(pipeline, text, expected):
    assert produced(pipeline, text, FRI) == expected
