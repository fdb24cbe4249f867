"""An undated report told again of one happening the article dated joins it; when two of
the article's happenings fit, it joins neither and is left out as their summary
(merging._told_again_of, merge_events).

Rows in our own words, after dev constructions: a meeting dated in a headline and told in
full later without a date, naming one leader more (ir-003 s1, s3); a trip told as a whole
beside two of its legs (kp3-003 s1); an envoy's talks told beside a leaders' summit
(kp2-007 s3).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.merging import merge_events
from dashboard.extraction.records import DateValue, Event, Evidence, Participant

SIDES = {
    "United States": "United States",
    "North Korea": "North Korea",
    "Japan": "Japan",
    "Germany": "Germany",
    "France": "France",
    "United Kingdom": "United Kingdom",
    "Donald Trump": "United States",
    "Mike Pompeo": "United States",
    "Kim Jong-un": "North Korea",
    "Kim Yong-chol": "North Korea",
    "Angela Merkel": "Germany",
    "Emmanuel Macron": "France",
    "Theresa May": "United Kingdom",
    "Shinzo Abe": "Japan",
}


def told(kind, date, *parties, said="", status="occurred", place="", sentence=""):
    """A report; `said` is the date's own words ("" for a date only guessed); each report
    is told in a sentence of its own unless `sentence` says which."""
    sentence = sentence or f"{kind} {date} {' '.join(map(str, parties))} {status} {said}"
    parts = [int(x) for x in date.split("-")]
    precision = ("year", "month", "day")[len(parts) - 1]
    value = DateValue(dt.date(*(parts + [1] * (3 - len(parts)))), precision)
    participants = [
        Participant(*(p if isinstance(p, tuple) else (p, "participant"))) for p in parties
    ]
    evidence = [Evidence(sentence, 0, len(sentence), "t", 0, 1)]
    return Event(kind, status, value, said, participants, evidence, place)


@pytest.mark.parametrize(
    ("reports", "told"),
    [
        # A headline dates the meeting of two leaders; the body tells it without a date and
        # names the host as well: one meeting (ir-003 s1, s3).
        ([told("summit", "2018-05-17", "Angela Merkel", "Emmanuel Macron", said="17 May"),
          told("summit", "2018", "Angela Merkel", "Emmanuel Macron", "Theresa May",
               place="Sofia")],
         ["2018-05-17 occurred 2"]),
        # A talk planned for Thursday, later "was due to hold talks with" the same envoy.
        ([told("meeting", "2018-11-08", "Mike Pompeo", "North Korea", said="Thursday",
               status="postponed"),
          told("meeting", "2018", "Mike Pompeo", "Kim Yong-chol", status="planned")],
         ["2018-11-08 postponed 2"]),
        # A visit dated in the lead, and told again with its month guessed.
        ([told("visit", "2018-10-07", ("Mike Pompeo", "initiator"), ("North Korea", "target"),
               said="Sunday", place="Pyongyang"),
          told("visit", "2018-10", ("Mike Pompeo", "initiator"), ("North Korea", "target"),
               ("Kim Jong-un", "target"))],
         ["2018-10-07 occurred 2"]),
        # A trip told as a whole beside two of its legs: it is neither leg, and sums them
        # up (left out).
        ([told("visit", "2018-10-06", ("Mike Pompeo", "initiator"), ("Japan", "target"),
               said="October 6", place="Tokyo"),
          told("visit", "2018-10-07", ("Mike Pompeo", "initiator"), ("North Korea", "target"),
               said="October 7", place="Pyongyang"),
          told("visit", "2018-10", ("Mike Pompeo", "initiator"), ("Japan", "target"),
               ("North Korea", "target"), place="Japan")],
         ["2018-10-06 occurred 1", "2018-10-07 occurred 1"]),
        # An envoy's talks told without a date are no part of the leaders' summit.
        ([told("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", said="June 12"),
          told("meeting", "2018", "Mike Pompeo", "Kim Yong-chol", "Donald Trump",
               "Kim Jong-un")],
         ["2018-06-12 occurred 1", "2018 occurred 1"]),
        # Two triggers of one sentence: the undated one (a topic naming another state) is
        # no second report of the dated one.
        ([told("summit", "2018-05-17", "Angela Merkel", "Emmanuel Macron", said="Thursday",
               place="Sofia", sentence="met to discuss"),
          told("summit", "2018-05", "Angela Merkel", "Emmanuel Macron", "United States",
               place="Sofia", sentence="met to discuss")],
         ["2018-05-17 occurred 1", "2018-05 occurred 1"]),
        # A summit called off, and told again as what "had been set to" happen.
        ([told("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", said="June 12",
               status="cancelled"),
          told("summit", "2018", "Donald Trump", "Kim Jong-un", "North Korea",
               status="planned")],
         ["2018-06-12 cancelled 2"]),
        # A letter dated in the lead, told again later with its envoy as a party.
        ([told("letter", "2018-05-31", ("Kim Jong-un", "initiator"), ("Donald Trump", "target"),
               said="Thursday"),
          told("letter", "2018-05", ("Kim Jong-un", "initiator"), ("Donald Trump", "target"),
               ("Kim Yong-chol", "initiator"))],
         ["2018-05-31 occurred 2"]),
        # The answer to a letter goes the other way: a letter of its own.
        ([told("letter", "2018-05-31", ("Kim Jong-un", "initiator"), ("Donald Trump", "target"),
               said="Thursday"),
          told("letter", "2018-05", ("Donald Trump", "initiator"), ("Kim Jong-un", "target"),
               ("North Korea", "target"))],
         ["2018-05-31 occurred 1", "2018-05 occurred 1"]),
        # A meeting that never took place is not the one planned beside it: the plan keeps
        # its status (the report that it did not happen is left out as a year repeat).
        ([told("meeting", "2019-02-27", "Mike Pompeo", "Kim Yong-chol", said="Wednesday",
               status="planned"),
          told("meeting", "2019", "Mike Pompeo", "Kim Yong-chol", "North Korea",
               status="did_not_occur")],
         ["2019-02-27 planned 1"]),
        # A report with a date of its own is not a second report by this rule.
        ([told("summit", "2018-05-17", "Angela Merkel", "Emmanuel Macron", said="17 May"),
          told("summit", "2018", "Angela Merkel", "Emmanuel Macron", "Theresa May",
               said="in 2018", place="Sofia")],
         ["2018-05-17 occurred 1", "2018 occurred 1"]),
    ],
)  # fmt: skip
def test_an_undated_report_joins_the_one_happening_it_tells_again(reports, told):
    """Each event as "date status sentences": a report joined adds its sentence, one left
    out (a year repeat, merging._repeats) does not."""
    merged = merge_events(reports, SIDES)
    assert [f"{e.date.formatted()} {e.status} {len(e.evidence)}" for e in merged] == told
