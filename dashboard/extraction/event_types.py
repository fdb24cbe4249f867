"""Type choices made once an event's parties are known.

Leaders meeting leaders hold a summit (docs/annotation.md, "Leaders visiting leaders"): a
meeting or a visit whose parties include the heads of state or government of two states, on
the event's date, is typed `summit` ("Trump and Moon met", "President Moon received Prime
Minister Abe"); a telephone call stays a meeting, as the dev gold types it (kp1-005 s1,
kp1-021 s12).
"""

from __future__ import annotations

import re

from . import vocabulary
from .actors import names_a_head
from .gazetteer import Gazetteer
from .records import Event, Evidence, NewActor, Participant

LEADER_MEETING_TYPES = frozenset({"meeting", "visit"})
# Measures a state takes by its head's decision (an order, a proclamation): the gold lists
# the head and the state as initiators together (cn-002, cn-003, cn-009, cn-010, cn-011,
# ir-001, ir-007, ir-014: every dev sanction or relief a head of state decides).
STATE_MEASURE_TYPES = frozenset({"sanction", "sanction_relief"})
# A threat is the words of the one who makes it (kp1-004 e1, cn-001 e1: the head alone), so
# no state is added; but a head's own state is never the target of his threat.
HEAD_THREAT_TYPES = frozenset({"threat"})
FIRST_PERSON = vocabulary.SUBJECT_FIRST_PERSON  # the speaker of a statement or a turn
LEADERS_REACH = 12  # words before the trigger
PAST_OFFICE = frozenset({"former", "late", "ex", "then"})  # closed: an office once held
PHONE_REACH = 10  # words after a meeting verb that "by phone" may stand at
TITLE_WORDS = 4  # "former Armenian Prime Minister": the words before a name its title may take


def heads_of_state(event: Event, gazetteer: Gazetteer, announcers: bool = False) -> dict[str, str]:
    """The event's principal parties (and its announcers, if `announcers`) who head a state
    or a government on its date, each with their state's code."""
    found: dict[str, str] = {}
    for participant in event.participants:
        if participant.role == "announcer" and not announcers:
            continue
        actor = gazetteer.actors.get(participant.actor)
        if actor is None or actor.kind != "person":
            continue
        title = actor.title_on(event.date.value).lower()
        if title.startswith(vocabulary.HEAD_TITLES):
            found[actor.name] = actor.country
    return found


def new_heads(new_actors: list[NewActor]) -> dict[str, str]:
    """People the text names under a head title the gazetteer does not know, each with their
    state's code, or their own name when the text gives none: "Prime Minister Theresa May
    met with Chancellor Merkel and President Macron" (ir-003 s4) is told the same way of
    leaders the gazetteer lacks ("Armenian Prime Minister Nikol Pashinyan", "President Ilham
    Aliyev", "Nikol Pashinyan, the Armenian prime minister,"). A "Vice President" or a
    "Deputy Prime Minister" is none (actors.names_a_head); a "former President" is left out
    where the event is read (`_held_once`)."""
    return {
        actor.name: actor.country or actor.name
        for actor in new_actors
        if actor.kind == "person" and names_a_head(actor.description)
    }


def _held_once(event: Event, name: str) -> bool:
    """ "former President X", "the late Prime Minister Y": a title the person no longer
    holds, which the name recognizer leaves out of the description."""
    for evidence in event.evidence:
        at = evidence.sentence.find(name)
        if at > 0:
            words = evidence.sentence[:at].lower().split()[-TITLE_WORDS:]
            if set(words) & PAST_OFFICE:
                return True
    return False


def refine_types(
    events: list[Event],
    gazetteer: Gazetteer,
    new_actors: list[NewActor] | None = None,
    headed_states: dict[str, str] | None = None,
) -> None:
    """Retype, in place, the meetings and visits of two states' leaders as summits (leaders
    the gazetteer knows, or whom the text names under a head title: `new_heads`). Talks
    between two states' leaders are their summit too ("the talks with Chairman Kim" at
    Hanoi, kp4-001 s10), not a round of delegations' talks; "leaders of A and B" alone
    does not make talks a summit (delegations of the leaders' states may hold them).
    `headed_states`: states the text names by their head's office with no holder named ("the
    President of Serbia met ..."), each with its code: they meet as their heads."""
    named = new_heads(new_actors or []) | (headed_states or {})
    for event in events:
        if event.type not in LEADER_MEETING_TYPES | {"negotiation"} or by_phone(event):
            continue
        states = set(heads_of_state(event, gazetteer).values())
        states |= {
            named[p.actor]
            for p in event.participants
            if p.role != "announcer" and p.actor in named and not _held_once(event, p.actor)
        }
        if len(states) >= 2 or (
            event.type != "negotiation" and leaders_of_states(event, gazetteer)
        ):
            if event.type == "visit":
                # a summit has no host or guest: the traveller and the host take part alike
                for participant in event.participants:
                    if participant.role in {"initiator", "target"}:
                        participant.role = "participant"
            event.type = "summit"


def measures_of_heads(events: list[Event], gazetteer: Gazetteer) -> None:
    """A head of state's sanction is his state's (docs/annotation.md, sanctions and tariffs).

    In place, for each sanction or relief: a head of state or government (gazetteer title on
    the event's date) who only announces it takes it, when the text names no one else taking
    it or names his own state as taking it: "I announced plans for tariffs on ... imports
    from China" in a president's own statement (cn-003_wh… s4), "the President announced
    that the United States would reimpose sanctions" (ir-001_state… s13). A head who
    takes a measure brings his state in as its initiator too; his own state is never the
    measure's target (ir-014_executive… s1: "the United States" read as the object)."""
    states = gazetteer.states_by_country()
    for event in events:
        if event.type in HEAD_THREAT_TYPES | STATE_MEASURE_TYPES:
            _own_state_threatens(event, _officials(event, gazetteer), states)
        if event.type not in STATE_MEASURE_TYPES:
            continue
        heads = heads_of_state(event, gazetteer, announcers=True)
        initiators = {p.actor for p in event.participants if p.role == "initiator"}
        for index, participant in enumerate(event.participants):
            country = heads.get(participant.actor)
            if participant.role != "announcer" or country is None:
                continue
            own_state = states.get(country)
            if (own_state is not None and own_state in initiators) or (
                not initiators and _subject_of_clause(event, participant.actor)
            ):
                event.participants[index] = Participant(participant.actor, "initiator")
        for participant in list(event.participants):
            if participant.role != "initiator" or participant.actor not in heads:
                continue
            state = states.get(heads[participant.actor])
            if state is None:
                continue
            event.participants = [p for p in event.participants if p.actor != state]
            event.participants.append(Participant(state, "initiator"))


def _own_state_threatens(event: Event, people: dict[str, str], states: dict[str, str]) -> None:
    """An official's own state is never the target of the measure or threat he takes:
    "I directed the United States Trade Representative to identify goods for additional
    tariffs" (cn-003_wh… s13), "This designation also gives the U.S. government additional
    tools" after the Secretary's designation (ir-006_state… s15): it is on his side."""
    initiating = {
        states.get(people[p.actor]) for p in event.participants
        if p.role == "initiator" and p.actor in people
    }  # fmt: skip
    event.participants = [
        Participant(p.actor, "initiator") if p.role == "target" and p.actor in initiating else p
        for p in event.participants
    ]


def _officials(event: Event, gazetteer: Gazetteer) -> dict[str, str]:
    """The event's people the gazetteer knows, each with their state's code."""
    found: dict[str, str] = {}
    for participant in event.participants:
        actor = gazetteer.actors.get(participant.actor)
        if actor is not None and actor.kind == "person" and actor.country:
            found[actor.name] = actor.country
    return found


def _subject_of_clause(event: Event, name: str) -> bool:
    """The head is named, or speaks ("I", "we"), in the clause that leads up to the measure:
    "On Friday, I announced plans for tariffs" (cn-003_wh… s4), not "X announced the
    withdrawal in May, and new sanctions went into place" (ir-008_voa… s9: another clause)."""
    own = {word.lower() for word in name.split()} | FIRST_PERSON
    for evidence in event.evidence:
        clause = re.split(r"[,;:\u2013\u2014]| and | but ", _before_trigger(evidence))[-1]
        if own & set(re.findall(r"[a-z]+", clause.lower())):
            return True
    return False


def rounds_of_talks(events: list[Event], gazetteer: Gazetteer) -> None:
    """Retype, in place, a meeting or trip of delegations as a negotiation (docs/annotation.md:
    "a formal round of talks between delegations"): a delegation word shortly before the
    trigger ("An advance team, led by ..., met with the North Korean team", kp2-029 s14; "A
    team of U.S. negotiators has made a trip to Pyongyang", kp4-006 s15) and no head of state
    or government among the parties. A round of talks has no host or guest: every party
    takes part."""
    for event in events:
        if event.type not in LEADER_MEETING_TYPES or by_phone(event):
            continue
        if heads_of_state(event, gazetteer) or not all(
            _delegation_before(evidence) for evidence in event.evidence
        ):
            continue
        event.type = "negotiation"
        for participant in event.participants:
            if participant.role in {"initiator", "target"}:
                participant.role = "participant"


def _delegation_before(evidence: Evidence) -> bool:
    return bool(set(_words_before(evidence)) & vocabulary.DELEGATION_WORDS)


def _before_trigger(evidence: Evidence) -> str:
    """The evidence sentence up to its trigger."""
    return evidence.sentence[: max(evidence.trigger_start - evidence.start, 0)]


def _words_before(evidence: Evidence) -> list[str]:
    """The last LEADERS_REACH words before the trigger, lower-cased, commas dropped."""
    return _before_trigger(evidence).lower().replace(",", " ").split()[-LEADERS_REACH:]


def leaders_of_states(event: Event, gazetteer: Gazetteer) -> bool:
    """ "leaders from France, Germany, Russia and Ukraine met" (ua-014 s12): two or more
    states, no person, and a leaders word shortly before the trigger."""
    kinds = {
        (gazetteer.actors[p.actor].kind if p.actor in gazetteer.actors else "")
        for p in event.participants
        if p.role != "announcer"
    }
    states = [p for p in event.participants if p.role != "announcer"]
    if kinds != {"state"} or len(states) < 2:
        return False
    return any(set(_words_before(e)) & vocabulary.LEADER_WORDS for e in event.evidence)


def calls_stay_meetings(events: list[Event]) -> None:
    """A telephone call between leaders is a meeting (docs/annotation.md: "a Trump–Moon
    call"), however another report of the same call read alone was typed: a headline's
    "X talks with Y" over a lead "X spoke by telephone with Y" is one call. In place, after
    the text's reports are merged."""
    for event in events:
        if event.type == "summit" and by_phone(event):
            event.type = "meeting"


def by_phone(event: Event) -> bool:
    """A report of the event tells a telephone call ("spoke with", "a call with", any
    meeting verb followed by "by phone": "talked by phone with", as af-005 s2 "spoke by
    phone"): a headline's "X talks with Y" over the lead's "X spoke by telephone with Y"
    is the same call, not a leaders' summit."""
    return any(_phoned(evidence) for evidence in event.evidence)


def _phoned(evidence) -> bool:
    if evidence.trigger.lower() in vocabulary.PHONE_TRIGGERS:
        return True
    # "by phone" right after the trigger ("spoke by phone", af-005 s2) or after the
    # counterpart in the same clause ("spoke with X of Y by telephone today", as kp1-005
    # s3's "spoke today with X" takes its counterpart after the verb).
    after = evidence.sentence[evidence.trigger_end - evidence.start :].lower().split()
    for index, word in enumerate(after[:PHONE_REACH]):
        following = after[index + 1].rstrip(".,;") if index + 1 < len(after) else ""
        if word == "by" and following in vocabulary.PHONE_WORDS:
            return True
        if word[-1:] in ",;:":
            break
    # A phone word just before a meeting noun: "a telephone conversation", "a phone
    # meeting", as "Telephone Call with" (kp1-005 s1) is a call.
    before = _before_trigger(evidence).lower().split()[-1:]
    return bool(before) and before[0] in vocabulary.PHONE_WORDS


def visited_states(events: list[Event], gazetteer: Gazetteer) -> None:
    """A visit to a capital is a visit to its state: "a trip to Pyongyang" (kp4-006 s15),
    "Pompeo's visit to Pyongyang" (kp3-001 s2), "arrives in Pyongyang" (kp3-003 s3) make
    the host state the target, as the gold does, where the gazetteer knows the capital and
    no state is the visit's target yet. A traveller's own capital names no host."""
    states = gazetteer.states_by_country()
    for event in events:
        place = event.location or event.destination
        if event.type != "visit" or not place:
            continue
        state = states.get(gazetteer.place_countries.get(place, ""))
        if state is None or state == place:
            continue  # no capital the gazetteer knows (a state named is a party already)
        if any(p.actor == state for p in event.participants):
            continue
        travellers = [
            gazetteer.actors.get(p.actor) for p in event.participants if p.role == "initiator"
        ]
        homes = {t.country for t in travellers if t is not None}
        if any(
            p.role == "target"
            and getattr(gazetteer.actors.get(p.actor), "kind", "") == "state"
            and gazetteer.actors[p.actor].country not in homes
            for p in event.participants
        ):
            continue  # the text named a foreign host: "at the DMZ, South Korea" (kp1-013 s1)
        if any(t is not None and t.country == gazetteer.actors[state].country for t in travellers):
            continue
        event.participants.append(Participant(state, "target"))
