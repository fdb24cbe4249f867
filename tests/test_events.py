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


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # Dated statements by known actors; a speech verb reporting another event is that
        # event's announcement, not a statement of its own.
        ("“The issues are tough,” Biegun said Thursday when he was named to his new role.", SAT,
         [("appointment", "occurred", "2018-08-23", ["Stephen Biegun"]),
          ("statement", "occurred", "2018-08-23", ["Stephen Biegun"])]),
        ("Kazianis said the talks were doomed.", SAT, []),
        # Context: "Afterward" continues the last date told.
        ("Mr. Pompeo met Kim Yong-chol in July. Afterward, the North Korean government "
         "accused the United States of bad faith.", WED,
         [("meeting", "occurred", "2018-07",
           ["Kim Yong-chol", "Mike Pompeo", "North Korea", "United States"]),
          ("statement", "occurred", "2018-07", ["North Korea", "United States"])]),
        # A clause framed by a dated event shares its date.
        ("Trump and Kim Jong-un held a summit in June, at which the two leaders signed a "
         "joint statement.", SAT,
         [("summit", "occurred", "2018-06", ["Donald Trump", "Kim Jong-un"]),
          ("agreement", "occurred", "2018-06", ["Donald Trump", "Kim Jong-un"])]),
        # "N weeks after <clause>" dates the clause, counting back from the last day told.
        ("Trump wrote to Kim Jong-un on Thursday, two weeks after Kim Yong-chol hosted Mike "
         "Pompeo in Pyongyang.", dt.date(2018, 5, 25),
         [("statement", "occurred", "2018-05-24", ["Donald Trump", "Kim Jong-un"]),
          ("meeting", "occurred", "2018-05", ["Kim Yong-chol", "Mike Pompeo"])]),
        # "since 2016" dates nothing: in a lead, the event is recent (publication month).
        ("North Korea demanded that the United States lift sanctions imposed since 2016.", SAT,
         [("demand", "occurred", "2018-08", ["North Korea", "United States"])]),
        # Officials act for their states, whatever the state.
        ("Hungarian and Romanian officials agreed on Tuesday to inspect ships.", SAT,
         [("agreement", "occurred", "2018-08-21", ["Hungary", "Romania"])]),
        # Passive postponement of the meeting named before it, announced on a date.
        ("The State Department said early Wednesday that a meeting set for Thursday between "
         "Mike Pompeo and Kim Yong-chol had been postponed.", dt.date(2018, 11, 8),
         [("meeting", "postponed", "2018-11-08", ["Kim Yong-chol", "Mike Pompeo"]),
          ("postponement", "occurred", "2018-11-07", ["Kim Yong-chol", "Mike Pompeo"])]),
        # A news lead's undated event is recent: the publication month.
        ("U.S.-North Korea talks in Pyongyang hit a stumbling block.", dt.date(2018, 7, 8),
         [("negotiation", "occurred", "2018-07", ["North Korea", "United States"])]),
    ],
)  # fmt: skip
def test_context_rules(pipeline, text, published, expected):
    assert sorted(events(pipeline, text, published)) == sorted(expected)


def test_two_kims_the_new_one_is_found_by_his_full_name(pipeline):
    text = (
        "Kim Jong-un watched. North Korea's chief negotiator, Kim Myong-gil, said on Saturday "
        "that talks had failed. Mr. Kim also said Pyongyang would wait."
    )
    result = pipeline.extract(text, dt.date(2019, 10, 6))
    kims = [m.key for m in result.actors if m.text in {"Kim Myong-gil", "Kim"}]
    assert kims == ["Kim Myong-gil", "Kim Myong-gil"]
    [statement] = [e for e in result.events if e.type == "statement"]
    # his state, which the text names, speaks beside him (events.add_states)
    assert statement.actor_keys() == {"Kim Myong-gil", "North Korea"}
    assert statement.date.formatted() == "2019-10-05"


def test_the_two_leaders_are_the_last_two_people_named(pipeline):
    text = "Trump met Kim Jong-un on Sunday. The two leaders agreed to resume talks."
    [agreement] = [e for e in pipeline.extract(text, dt.date(2019, 7, 1)).events
                   if e.type == "agreement"]  # fmt: skip
    assert agreement.actor_keys() == {"Donald Trump", "Kim Jong-un"}
    assert agreement.date.formatted() == "2019-06-30"
