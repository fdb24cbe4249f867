"""The article's narrative: how a later sentence refers back to what the article told.

Pure functions with explicit arguments (events.py's `_ArticleEvents` holds the state of
one article and calls them):
- which meeting or trip a cancellation cancels in its own sentence (`pair_cancellations`);
- which event told earlier "the meeting", "the trip" or "it had been canceled" names
  (`antecedent`, `definite`, `cancelled_event`), and which one a definite or possessive
  mention of another kind names ("this designation", "its sixth nuclear test", "your latest
  visit", "the President's summit with Kim": `referent`);
- which date an undated event takes from the story around it: "Afterward, ..." continues
  the last date told, an event sharing a person with a dated event of the sentence before
  continues it (`continues`, `inherited_date`);
- whether a sentence stands in the lead, which reports what just happened (`in_lead`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from . import vocabulary as lexicon
from .ontology import CANCELLATION_TYPES, MEETING_TYPES, merge_group
from .records import DateValue, Event, Participant

LEAD_SENTENCES = 2  # the headline (or first sentence) and the next
ANTECEDENT_REACH = 6  # events back that "the meeting", "the trip" may refer to
# What a cancellation or postponement calls off: a meeting or trip, or exercises ("drills
# slated for later this month will be postponed", kp4-019 s2).
CANCELLABLE = MEETING_TYPES | {"military_exercise"}
PENDING = frozenset({"planned", "cancelled", "postponed"})  # what a cancellation may refer to
OBJECT_WINDOW = 9  # tokens after a cancelling word where the thing cancelled is named
PASSIVE_SUBJECT_REACH = 20  # tokens before a passive cancellation ("a meeting set for ...")


class Trigger(Protocol):
    """What the narrative needs of a trigger (events.TriggerHit)."""

    start: int
    end: int
    cancels: Trigger | None
    cancelled_by: Trigger | None

    @property
    def entry(self) -> lexicon.Trigger: ...


def in_lead(sentence_number: int) -> bool:
    """The first sentences (counted from 1) are the lead: a news lead tells what just
    happened."""
    return sentence_number <= LEAD_SENTENCES


BYLINE_WORDS = 6  # "Voice of America", "01 Aug 2019, 04:05 GMT+10": at most this many words


def is_byline(words: Sequence[str]) -> bool:
    """A short line without a lowercase word of three letters or more (an outlet's name, a
    date line, kp4-014 s1-s2) is no sentence of the lead: the news lead follows it."""
    return len(words) <= BYLINE_WORDS and not any(
        len(word) >= 3 and word.isalpha() and word.islower() for word in words
    )


def continues(first_word: str) -> bool:
    """A sentence opening with "Afterward", "Then", "Later" continues the story's date."""
    return first_word.lower() in lexicon.CONTINUING_CONNECTIVES


def definite(lower: Sequence[str], start: int) -> bool:
    """ "the meeting", "his trip", "your latest visit", "the President's summit": a
    determiner or possessive in the two words before the trigger."""
    return any(w in lexicon.DETERMINERS for w in lower[max(start - 2, 0) : start])


def possessed(lower: Sequence[str], start: int) -> bool:
    """ "the President's summit", "Kim's latest missile launch": a possessive mark ("'s")
    in the three words before the trigger."""
    return any(w in lexicon.POSSESSIVE_MARKS for w in lower[max(start - 3, 0) : start])


def antecedent(
    events: Sequence[Event], same_type: str | None = None, people: frozenset[str] = frozenset()
) -> Event | None:
    """The event a definite "the meeting" (`same_type`) or a cancellation without an object
    of its own refers back to: of the last ANTECEDENT_REACH events, the one mentioned last —
    of that type, or else a meeting or trip still pending ("the meeting itself ... it had
    been canceled"). A mention that names its people (`people`: "his meeting with Chairman
    Kim") refers to the last of its type they all took part in, if one is in reach: in
    kp3-003 s9 the meeting in Pyongyang told in s6, not the one in Seoul of s8."""
    recent = sorted(events[-ANTECEDENT_REACH:], key=lambda e: max(x.start for x in e.evidence))
    if same_type is not None and people:
        for event in reversed(recent):
            if event.type == same_type and people <= event.actor_keys():
                return event
    for event in reversed(recent):
        if same_type is not None:
            if event.type == same_type:
                return event
        elif event.type in CANCELLABLE and event.status in PENDING:
            return event
    return None


def referent(
    events: Sequence[Event], event_type: str, parties: set[str], people: set[str], place: str
) -> Event | None:
    """The event told earlier that an undated definite or possessive mention names, when it
    is of the mention's merge group: "This designation also gives ..." after the
    designation (ir-006 s15), "with its sixth nuclear test" after the test (kp1-008 s21),
    "the postponement was intended to ..." (kp4-019 s3). Of the article's events (the test
    of kp1-008 is eight events back), the one mentioned last that shares a party with the
    mention (`parties`, its principal parties), or, when the mention names no person or
    body (`people`: a state or nobody, "your latest visit", kp3-004 s7), the last of its
    very type. A mention that names its place ("the Singapore Summit" in a story of another
    trip) names only an event of that place. None when no such event was told: the mention
    may then be news of its own."""
    group = merge_group(event_type)
    recent = sorted(events, key=lambda e: max(x.start for x in e.evidence))
    for event in reversed(recent):
        if merge_group(event.type) != group or (place and event.location != place):
            continue
        if parties & _principals(event.participants) if people else event.type == event_type:
            return event
    return None


def pair_cancellations(hits: Iterable[Trigger], passive: Callable[[Trigger], bool]) -> None:
    """Tie each cancellation of a sentence to the meeting or trip noun it calls off: one
    after it ("cancelled the trip"), one just before it ("the trip cancellation"), or for a
    passive the subject before it ("a meeting set for Thursday ... had been postponed")."""
    hits = list(hits)
    for hit in hits:
        if hit.entry.type not in CANCELLATION_TYPES:
            continue
        is_passive = passive(hit)
        fitting = []
        for other in hits:
            if other is hit or other.entry.type not in CANCELLABLE or not other.entry.noun:
                continue
            after = 0 < other.start - hit.end + 1 <= OBJECT_WINDOW
            compound = 0 <= hit.start - other.end <= 1
            subject = is_passive and 0 < hit.start - other.end <= PASSIVE_SUBJECT_REACH
            if (after or compound or subject) and other.cancelled_by is None:
                fitting.append(other)
        if fitting:
            # the nearest: a passive's subject stands next to its verb ("following his
            # meeting with X on Sunday, Y said that the joint drills will be postponed")
            other = min(fitting, key=lambda o: abs(o.start - hit.start))
            hit.cancels, other.cancelled_by = other, hit


def cancelled_event(
    participants: list[Participant],
    events: list[Event],
    build: Callable[[list[Participant]], Event],
    register: Callable[[Event], None],
) -> Event | None:
    """The thing a cancellation calls off, named in its sentence: a new event of its own
    parties (made by `build`, handed to `register`, which lists it once among the article's
    events), or when it names none ("cancelled the trip") the meeting or trip the article
    told of last."""
    if not _principals(participants):
        return antecedent(events)
    event = build(participants)
    register(event)
    return event


def inherited_date(
    first_word: str,
    last_date: DateValue | None,
    previous_events: Sequence[Event],
    actors: set[str],
    states: set[str],
    event_type: str = "",
    place: str = "",
) -> DateValue | None:
    """The date the narrative is at, for an undated event, where the text says so:
    "Afterward, ..." continues `last_date`; an event sharing a person or body (not merely a
    state, named in every sentence) with a dated event of the sentence before continues
    that event's date — of those, one of the event's own type first: "I also had the
    opportunity to meet with <another official>" continues the meeting told before it, not
    the trip that sentence recalled "earlier this month" (kp2-005 s13 after s12). An event
    named by its own place ("the four elements of the Singapore Summit Joint Statement",
    kp3-003 s11) continues no event of another place (the meeting in Pyongyang of s10): it is
    another occasion, recalled."""
    if continues(first_word) and last_date is not None:
        return last_date
    people = actors - states
    dated = [
        event
        for event in reversed(previous_events)
        if (event.date_text or event.date_from_context)
        and people & event.actor_keys()
        and not (place and event.location and place != event.location)
    ]
    if not dated:
        return None
    # Of those, the one sharing the most people: an envoy's undated journey told after a lead
    # that dates a letter to a day and a summit to a month continues the letter (which names
    # the envoy and the receiver), not the summit told after it (which names the receiver
    # only): kp2-007, the lead and the sentence after it. `max` keeps the first of equals,
    # so among them the nearest event still wins.
    same = [event for event in dated if event.type == event_type]
    return max(same or dated, key=lambda event: len(people & event.actor_keys())).date


def _principals(participants: Iterable[Participant]) -> set[str]:
    return {p.actor for p in participants if p.role != "announcer"}
