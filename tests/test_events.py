"""Sentences in, events out: the extraction rules as a table."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.merging import events_match
from dashboard.extraction.records import DateValue, Event, Participant

WED = dt.date(2018, 11, 7)
SAT = dt.date(2018, 8, 25)


def events(pipeline, text, published):
    return [
        (e.type, e.status, e.date.formatted(), sorted(e.actor_keys()))
        for e in pipeline.extract(text, published).events
    ]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("Mr. Pompeo was kept waiting when he met with Kim Yong-chol in July in Pyongyang.", WED,
         [("meeting", "occurred", "2018-07", ["Kim Yong-chol", "Mike Pompeo"])]),
        ("The Treasury Department on Wednesday targeted a Chinese shipping firm for violating "
         "sanctions.", SAT,
         [("sanction", "occurred", "2018-08-22", ["China", "U.S. Department of the Treasury"])]),
        ("Jim Mattis is expected to meet on Friday with Wei Fenghe.", WED,
         [("meeting", "planned", "2018-11-09", ["Jim Mattis", "Wei Fenghe"])]),
        ("Notably, Kim Jong Un didn’t meet with Pompeo on Saturday.", WED,
         [("meeting", "did_not_occur", "2018-11-03", ["Kim Jong-un", "Mike Pompeo"])]),
        ("Mr. Biegun was supposed to meet with Choe Son-hui. But that never happened.", WED,
         [("meeting", "did_not_occur", "2018", ["Choe Son-hui", "Stephen Biegun"])]),
        ("“Canceling talks won’t help,” Martin said.", WED, []),
        ("Could Trump cancel the summit with Kim Jong-un?", WED, []),
    ],
)  # fmt: skip
def test_sentence_events(pipeline, text, published, expected):
    assert events(pipeline, text, published) == expected


def test_a_cancellation_points_at_the_trip_it_cancelled(pipeline):
    text = (
        "Just last Thursday, Mike Pompeo said he would be taking his fourth trip to North Korea "
        "this week. A day later, President Trump cancelled the trip."
    )
    found = pipeline.extract(text, dt.date(2018, 8, 27)).events
    [cancellation] = [e for e in found if e.type == "cancellation"]
    assert cancellation.date.formatted() == "2018-08-24"
    assert {p.actor: p.role for p in cancellation.participants}["Donald Trump"] == "initiator"
    trip = cancellation.related
    assert (trip.type, trip.status) == ("visit", "cancelled")
    assert "Mike Pompeo" in trip.actor_keys() and trip.location == "North Korea"


def test_evidence_offsets_point_into_the_original_text(pipeline):
    text = "Getty Images\n\nPompeo met with Kim Yong-chol in July."
    [event] = pipeline.extract(text, WED).events
    [evidence] = event.evidence
    assert text[evidence.start : evidence.end] == evidence.sentence
    assert text[evidence.trigger_start : evidence.trigger_end] == "met"


def test_a_sentence_inside_a_related_articles_block_yields_nothing(pipeline):
    text = (
        "Talks continue.\n\nRelated Articles\n\n"
        "Trump cancels his meeting with Kim Jong-un on Friday\n"
    )
    assert pipeline.extract(text, WED).events == []


def _event(kind, status, date, precision, actors, location=""):
    return Event(
        kind,
        status,
        DateValue(date, precision),
        "",
        [Participant(a, "participant") for a in actors],
        [],
        location,
    )


@pytest.mark.parametrize(
    "a,b,same",
    [
        (_event("cancellation", "occurred", dt.date(2018, 8, 24), "day", ["Trump"]),
         _event("cancellation", "occurred", dt.date(2018, 8, 1), "month", ["Trump", "Pompeo"]),
         True),
        (_event("meeting", "occurred", dt.date(2018, 6, 12), "day", ["Trump", "Kim"]),
         _event("summit", "occurred", dt.date(2018, 6, 1), "month", ["Kim"]), True),
        (_event("meeting", "occurred", dt.date(2018, 6, 12), "day", ["Trump", "Kim"]),
         _event("meeting", "occurred", dt.date(2018, 6, 13), "day", ["Trump", "Kim"]), False),
        (_event("meeting", "occurred", dt.date(2018, 7, 1), "month", ["Pompeo", "Kim"]),
         _event("meeting", "did_not_occur", dt.date(2018, 7, 1), "month", ["Pompeo", "Kim"]),
         False),
        (_event("meeting", "occurred", dt.date(2018, 7, 1), "month", ["Pompeo"]),
         _event("sanction", "occurred", dt.date(2018, 7, 1), "month", ["Pompeo"]), False),
        (_event("visit", "occurred", dt.date(2018, 1, 1), "year", ["Pompeo"]),
         _event("visit", "occurred", dt.date(2018, 7, 1), "month", ["Pompeo"]), False),
        (_event("visit", "occurred", dt.date(2018, 1, 1), "year", ["Pompeo"], "Pyongyang"),
         _event("visit", "occurred", dt.date(2018, 7, 1), "month", ["Pompeo"], "Pyongyang"), True),
        (_event("meeting", "occurred", dt.date(2018, 7, 1), "month", ["Pompeo"]),
         _event("meeting", "occurred", dt.date(2018, 7, 1), "month", ["Bolton"]), False),
    ],
)  # fmt: skip
def test_merging_rules(a, b, same):
    assert events_match(a, b) is same
    assert events_match(b, a) is same
