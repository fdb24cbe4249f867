"""Parties a sentence leaves to its document: a head of state's measure is his state's.

Official releases and transcripts tell a sanction in the head's own words ("I announced
tariffs", cn-003_wh… s4) or as his state's act announced by him ("the President announced
that the United States would reimpose sanctions", ir-001_state… s13); the gold lists the
head and the state as initiators together. Sentences of our own, one row per construction.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.event_types import measures_of_heads
from dashboard.extraction.records import DateValue, Event, Evidence, Participant

MONDAY = dt.date(2018, 7, 9)


def parties(pipeline, text, published=MONDAY):
    events = [e for e in pipeline.extract(text, published).events if e.type == "sanction"]
    return [{(p.actor, p.role) for p in e.participants} for e in events]


TRUMP_AND_STATE = {
    ("Donald Trump", "initiator"),
    ("United States", "initiator"),
    ("China", "target"),
}


@pytest.mark.parametrize(
    "text,expected",
    [
        # The head speaks in his own statement: "I"/"we" under a heading that names him
        # (cn-003_wh… s4, White House).
        ("Statement from the President on Trade with China\n\nOn Monday, I announced tariffs "
         "on $34 billion worth of goods from China.", [TRUMP_AND_STATE]),
        ("Statement from the President on Trade with China\n\nLast Friday we announced new "
         "tariffs on imports from China.", [TRUMP_AND_STATE]),
        # A report of the same: the head names the measure in his own clause.
        ("President Trump announced new tariffs on Chinese goods on Monday.",
         [TRUMP_AND_STATE]),
        # The head announces something else in another clause: he only announces, and his
        # state is not brought in (ir-008_voa… s9, VOA).
        ("Trump announced the withdrawal on Monday, and new sanctions on Iran were imposed "
         "in June.",
         [{("Donald Trump", "announcer"), ("Iran", "target")}] * 2),
    ],
)  # fmt: skip
def test_a_heads_announced_measure_is_his_states(pipeline, text, expected):
    assert parties(pipeline, text) == expected


def test_titles_are_dated(pipeline):
    """In 2015 Trump headed no state: his announcing makes him no initiator."""
    text = "Trump announced new tariffs on Chinese goods on Monday."
    found = parties(pipeline, text, dt.date(2015, 7, 6))
    assert found == [{("Donald Trump", "announcer"), ("China", "target")}]


def _event(kind, participants, sentence="The President announced it.", trigger="it"):
    at = sentence.index(trigger)
    return Event(
        type=kind,
        status="occurred",
        date=DateValue(dt.date(2019, 6, 24), "day"),
        date_text="June 24",
        evidence=[Evidence(sentence, 0, len(sentence), trigger, at, at + len(trigger))],
        participants=[Participant(actor, role) for actor, role in participants],
    )


@pytest.mark.parametrize(
    "kind,before,after",
    [
        # The head announces what his state does (ir-001_state… s13): he takes it too.
        ("sanction",
         [("Donald Trump", "announcer"), ("United States", "initiator"), ("Iran", "target")],
         {("Donald Trump", "initiator"), ("United States", "initiator"), ("Iran", "target")}),
        # A head's own state is never his measure's target (ir-014_executive… s1).
        ("sanction",
         [("Donald Trump", "initiator"), ("United States", "target")],
         {("Donald Trump", "initiator"), ("United States", "initiator")}),
        ("sanction_relief",
         [("Donald Trump", "initiator"), ("China", "target")],
         {("Donald Trump", "initiator"), ("United States", "initiator"), ("China", "target")}),
        # Another state's measure, only reported by the head: he stays its announcer.
        ("sanction",
         [("Donald Trump", "announcer"), ("China", "initiator"), ("United States", "target")],
         {("Donald Trump", "announcer"), ("China", "initiator"), ("United States", "target")}),
        # A minister is no head of state; a threat is a person's words, not a state's act.
        ("sanction",
         [("Mike Pompeo", "initiator"), ("Iran", "target")],
         {("Mike Pompeo", "initiator"), ("Iran", "target")}),
        ("threat",
         [("Donald Trump", "initiator"), ("North Korea", "target")],
         {("Donald Trump", "initiator"), ("North Korea", "target")}),
    ],
)  # fmt: skip
def test_measures_of_heads(pipeline, kind, before, after):
    event = _event(kind, before)
    measures_of_heads([event], pipeline.gazetteer)
    assert {(p.actor, p.role) for p in event.participants} == after


@pytest.mark.parametrize(
    "text,expected",
    [
        # An order to prepare tariffs is a threat of the day it is given, made by the one who
        # orders (cn-003_wh… s13, White House; cn-001_ustr… s2, USTR: "consider").
        ("Statement from the President on China\n\nToday, I directed the Secretary of "
         "Commerce to identify $60 billion of Chinese imports for additional tariffs.",
         [("threat", "occurred", "2018-07-09",
           {("Donald Trump", "initiator"), ("China", "target")})]),
        # The head's own state, read in the office he directs, is on his side, not the target.
        ("Statement from the President on China\n\nThis morning I directed the United States "
         "Trade Representative to identify more Chinese goods for higher tariffs.",
         [("threat", "occurred", "2018-07-09",
           {("Donald Trump", "initiator"), ("United States", "initiator"),
            ("China", "target")})]),
        ("On Monday President Trump directed the trade office to consider tariffs on a further "
         "$100 billion of Chinese goods.",
         [("threat", "occurred", "2018-07-09",
           {("Donald Trump", "initiator"), ("China", "target")})]),
        # An order to impose tariffs prepares nothing: no threat (cn-009_ustr… s8).
        ("On Monday, Trump directed his trade representative to impose tariffs on Chinese "
         "goods.", []),
    ],
)  # fmt: skip
def test_an_order_to_prepare_tariffs_is_a_threat(pipeline, text, expected):
    found = [
        (e.type, e.status, e.date.formatted(), {(p.actor, p.role) for p in e.participants})
        for e in pipeline.extract(text, MONDAY).events
    ]
    assert found == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Who announces his own intent or decision takes the act (ir-006_state… s6, State;
        # ir-001_state… s13, State and Treasury).
        ("Today the Secretary of State announced his intent to designate the Islamic "
         "Revolutionary Guard Corps as a terrorist organization.",
         {("Mike Pompeo", "initiator"), ("Islamic Revolutionary Guard Corps", "target")}),
        ("On Monday President Trump announced his decision to leave the deal and begin "
         "reimposing sanctions on Iran.",
         {("Donald Trump", "initiator"), ("United States", "initiator"), ("Iran", "target")}),
        # Announcing what another body did leaves the speaker its announcer.
        ("On Monday the Secretary of State announced that the Treasury designated the Islamic "
         "Revolutionary Guard Corps.",
         {("Mike Pompeo", "announcer"), ("U.S. Department of the Treasury", "initiator"),
          ("Islamic Revolutionary Guard Corps", "target")}),
    ],
)  # fmt: skip
def test_who_announces_his_own_decision_takes_the_act(pipeline, text, expected):
    assert parties(pipeline, text) == [expected]


def test_an_officials_own_state_is_on_his_side(pipeline):
    """ "This designation also gives the U.S. government more tools" read the United States
    as a target of the Secretary's own designation (ir-006_state… s15)."""
    event = _event(
        "sanction",
        [("Mike Pompeo", "initiator"), ("Iran", "target"), ("United States", "target")],
    )
    measures_of_heads([event], pipeline.gazetteer)
    assert {(p.actor, p.role) for p in event.participants} == {
        ("Mike Pompeo", "initiator"),
        ("Iran", "target"),
        ("United States", "initiator"),
    }
