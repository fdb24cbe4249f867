"""Type and status of the event a construction reports: one row per construction found in the
dev texts (cited), in sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.event_types import heads_of_state
from dashboard.extraction.records import DateValue, Event, Participant

SUN = dt.date(2019, 8, 11)


def kinds(pipeline, text, published=SUN):
    return sorted((e.type, e.status) for e in pipeline.extract(text, published).events)


@pytest.mark.parametrize(
    "text,expected",
    [
        # Launches and firings are weapons tests whoever reports them (kp4-016 s2, JMH; kp4-018
        # s2, s5, JMH; kp1-002 s3, White House; kp1-006 s1, USUN).
        ("Seoul's joint chiefs said the North fired two short-range projectiles into the sea "
         "on Saturday.", [("weapons_test", "occurred")]),
        ("North Korea launched two more short-range ballistic missiles off its east coast on "
         "Saturday, newspapers reported on Sunday.", [("weapons_test", "occurred")]),
        ("Television networks reported North Korea's launch of a ballistic missile on Saturday.",
         [("weapons_test", "occurred")]),
        ("Pyongyang test fired new weapons on Saturday, its news agency said.",
         [("weapons_test", "occurred")]),
        ("North Korea's test launch on Saturday of an intercontinental missile drew protests.",
         [("weapons_test", "occurred")]),
        ("Council Condemns North Korea's Newest Ballistic Missile Launch",
         [("weapons_test", "occurred")]),
        # A report verb never hides what it reports; a condemnation is a statement too
        # (kp1-008 s7, VOA; kp4-016 s2, JMH).
        ("South Korea said on Sunday that North Korea launched a missile on Saturday.",
         [("weapons_test", "occurred")]),
        ("Moon Jae-in condemned North Korea on Sunday for its latest nuclear test.",
         [("statement", "occurred"), ("weapons_test", "occurred")]),
        # A telephone call is a meeting, even between leaders (kp1-005 s1, s3, White House;
        # kp1-021 s12, State).
        ("President Trump spoke on Friday with Prime Minister Shinzo Abe of Japan.",
         [("meeting", "occurred")]),
        ("Mike Pompeo spoke by phone on Friday with Kang Kyung-wha.", [("meeting", "occurred")]),
        ("Mike Pompeo spoke on Friday with Kang Kyung-wha.", [("meeting", "occurred")]),
        # ... and "the two spoke by phone" names no one after the verb (af-005 s2, State;
        # kp1-019, VOA)
        ("Mike Pompeo and Kang Kyung-wha spoke by phone on Friday.", [("meeting", "occurred")]),
        ("Trump had a long call with President Moon Jae-in on Friday.", [("meeting", "occurred")]),
        # A Security Council briefing is a meeting of the Council (kp4-021 s1, USUN).
        ("The Security Council held a briefing on North Korea on Wednesday at the request of "
         "the United States.", [("meeting", "occurred")]),
        # Plans: "set to", "will", "slated", "offered to", a month still ahead (kp3-016 s7,
        # VOA; kp1-020 s3, VOA; kp2-010 s2, DoD).
        ("Pompeo is set to resume talks with Kim Yong-chol on Thursday.",
         [("negotiation", "planned")]),
        ("Mike Pence will travel to South Korea on Friday.", [("visit", "planned")]),
        ("Donald Trump is set to receive a personal letter on Friday from Kim Jong-un.",
         [("letter", "planned")]),
        ("Seoul has offered to hold high-level talks with North Korea next month.",
         [("negotiation", "planned")]),
        # Postponed, and an undated "called off" that retells the postponement (kp3-016 s1, s3,
        # VOA).
        ("Mike Pompeo's planned meeting with Kim Yong-chol in New York on Thursday has been "
         "postponed.", [("meeting", "postponed"), ("postponement", "occurred")]),
        ("Mike Pompeo's planned meeting with Kim Yong-chol in New York on Thursday has been "
         "postponed. The State Department did not say why the meeting was called off.",
         [("meeting", "postponed"), ("postponement", "occurred")]),
        # Postponement in the words (point 4): "delayed", "pushed back".
        ("The United States and South Korea delayed their joint drills on Friday.",
         [("military_exercise", "postponed"), ("postponement", "occurred")]),
        ("The United States pushed back its talks with North Korea in Stockholm on Friday.",
         [("negotiation", "postponed"), ("postponement", "occurred")]),
        # Tariffs lifted are sanction relief (cn-010, White House, where they are not).
        ("The United States lifted tariffs on Chinese steel on Friday.",
         [("sanction_relief", "occurred")]),
        # Exercises halted, drills put off (kp2-010 s2, DoD; kp4-019 s1, JMH).
        ("The United States has halted upcoming war games with South Korea.",
         [("cancellation", "occurred"), ("military_exercise", "cancelled")]),
        ("The United States said on Saturday that it had put off joint drills with South Korea.",
         [("military_exercise", "postponed"), ("postponement", "occurred")]),
        # Prisoner exchanges are agreements (ua-013 s1, VOA; ua-005 s1, State).
        ("Ukraine and Russia swapped prisoners on Saturday.", [("agreement", "occurred")]),
        ("Ukraine-Russia prisoner swap completed on Saturday", [("agreement", "occurred")]),
        # Tariffs imposed are sanctions (cn-003 s3, White House).
        ("The United States imposed tariffs on Chinese goods on Friday.",
         [("sanction", "occurred")]),
        # Leaders meeting leaders hold a summit (docs/annotation.md; kp3-030, White House).
        ("Trump met Moon Jae-in in New York on Monday.", [("summit", "occurred")]),
        ("Mike Pompeo met Kang Kyung-wha in Seoul on Monday.", [("meeting", "occurred")]),
        # States meeting through their leaders (ua-014 s12, Wikipedia); not their ministers.
        ("On Monday, leaders from France, Germany and Poland met in Paris.",
         [("summit", "occurred")]),
        ("On Monday, ministers from France, Germany and Poland met in Paris.",
         [("meeting", "occurred")]),
        # An oath of office is an appointment (kp2-030 s3, VOA).
        ("Mike Pompeo was sworn in as secretary of state on Thursday.",
         [("appointment", "occurred")]),
        # A press or news conference, a speech: a statement of its speaker (kp2-012 s2, JMH;
        # kp4-004 s3, VOA; kp3-015 s2, VOA).
        ("Papers covered Mike Pompeo's press conference in Hanoi on Monday.",
         [("statement", "occurred")]),
        ("Donald Trump took questions at his closing news conference in Hanoi on Friday.",
         [("statement", "occurred")]),
        ("Kim Jong-un gave his annual speech on Friday.", [("statement", "occurred")]),
        # A sanctions resolution of the Council; sanctions reimposed (kp1-004 s4, State;
        # ir-001 s13, State).
        ("On Friday the UN Security Council passed a resolution tightening sanctions on North "
         "Korea.", [("sanction", "occurred")]),
        ("On Friday Donald Trump said the United States was reimposing sanctions on Iran.",
         [("sanction", "occurred")]),
        # Receiving a visitor is meeting him (kp2-027 s6, DoD); welcoming news is not.
        ("Jim Mattis welcomed Kang Kyung-wha, the foreign minister of South Korea, to the "
         "Pentagon on Friday.", [("meeting", "occurred")]),
        ("Jim Mattis welcomed the news from South Korea on Friday.", []),
        # A council's session is a meeting of its members; "later this afternoon" is ahead
        # (ir-010 s12, State).
        ("Nikki Haley will raise the attacks in the Security Council meeting later this "
         "afternoon.", [("meeting", "planned")]),
        ("Nikki Haley raised the attacks in the Security Council meeting on Friday.",
         [("meeting", "occurred")]),
    ],
)  # fmt: skip
def test_type_and_status(pipeline, text, expected):
    assert kinds(pipeline, text) == sorted(expected)


def test_a_meeting_of_two_states_leaders_is_a_summit_on_its_date(pipeline):
    """Titles are dated: Trump headed no state in 2015."""
    gazetteer = pipeline.gazetteer
    event = Event(
        type="meeting",
        status="occurred",
        date=DateValue(dt.date(2019, 6, 30), "day"),
        date_text="June 30",
        evidence=[],
        participants=[
            Participant("Donald Trump", "participant"),
            Participant("Moon Jae-in", "participant"),
        ],
    )
    assert set(heads_of_state(event, gazetteer)) == {"Donald Trump", "Moon Jae-in"}
    event.date = DateValue(dt.date(2015, 6, 30), "day")
    assert set(heads_of_state(event, gazetteer)) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # The state that fires launches; the military that reports only announces (kp4-018 s6,
        # JMH; kp4-016 s2, JMH).
        ("North Korea fired two projectiles on Saturday, South Korea said.",
         {("North Korea", "initiator"), ("South Korea", "announcer")}),
        ("South Korea said North Korea fired two projectiles on Saturday.",
         {("North Korea", "initiator"), ("South Korea", "announcer")}),
        ("North Korea launched a ballistic missile on Saturday.", {("North Korea", "initiator")}),
        # After an outlet's name and a date line, the lead still tells what just happened: an
        # undated launch there is stored (kp4-014 s1-s3, VOA).
        ("Voice of Asia\n\n10 Aug 2019, 09:30 GMT+9\n\nPompeo arrived in Bangkok hours "
         "after North Korea's newest missile test.", {("North Korea", "initiator")}),
    ],
)  # fmt: skip
def test_who_launches(pipeline, text, expected):
    [event] = pipeline.extract(text, SUN).events
    assert event.type == "weapons_test"
    assert {(p.actor, p.role) for p in event.participants} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A transcript's headline names its occasion, held the day it was published (af-002
        # s1, USUN; cn-007 s1, White House); elsewhere an undated lead keeps the month.
        ("Remarks at a UN Security Council Briefing on North Korea\n\nThank you.",
         ("meeting", "2019-08-11")),
        ("Remarks in a Meeting With Kang Kyung-wha and Taro Kono in Tokyo\n\nThank you.",
         ("meeting", "2019-08-11")),
        ("A Security Council briefing by Japan on North Korea drew little notice.\n\nThank you.",
         ("meeting", "2019-08")),
    ],
)  # fmt: skip
def test_a_transcripts_occasion_is_dated_to_its_day(pipeline, text, expected):
    [event] = pipeline.extract(text, SUN).events
    assert (event.type, event.date.formatted()) == expected


def _typed(pipeline, text):
    return sorted(
        (e.type, tuple(sorted((p.actor, p.role) for p in e.participants)))
        for e in pipeline.extract(text, dt.date(2019, 6, 12)).events
    )


def _all(role, *actors):
    return tuple(sorted((actor, role) for actor in actors))


@pytest.mark.parametrize(
    "text,expected",
    [
        # delegations meeting: a round of talks (docs/annotation.md, negotiation)
        (
            "An advance team led by Stephen Biegun met with the North Korean team in "
            "Panmunjom on Tuesday.",
            [("negotiation", _all("participant", "North Korea", "Stephen Biegun"))],
        ),
        (
            "Chinese negotiators met with the U.S. trade team in Beijing on Tuesday.",
            [("negotiation", _all("participant", "China", "United States"))],
        ),
        # a delegation's trip: no host and guest, both sides take part
        (
            "A team of American negotiators made a trip to Pyongyang on Tuesday.",
            [("negotiation", _all("participant", "North Korea", "United States"))],
        ),
        # officials meeting by name stay a meeting
        (
            "Secretary Pompeo met with Foreign Minister Kono in Tokyo on Tuesday.",
            [("meeting", _all("participant", "Mike Pompeo", "Taro Kono"))],
        ),
        # a leader with his team meeting another leader is still a summit
        (
            "President Trump and his team met Chairman Kim in Hanoi on Tuesday.",
            [("summit", _all("participant", "Donald Trump", "Kim Jong-un"))],
        ),
        # the team only after the verb is whom one official met: a meeting
        (
            "Secretary Pompeo met with the North Korean team in Panmunjom on Tuesday.",
            [("meeting", _all("participant", "Mike Pompeo", "North Korea"))],
        ),
    ],
)
def test_a_meeting_of_delegations_is_a_negotiation(pipeline, text, expected):
    assert _typed(pipeline, text) == expected
