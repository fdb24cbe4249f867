"""One event per real happening: when two extracted events describe the same thing.

Rules (documented in docs/extraction.md):
1. Their types fall in one merge group (meeting/summit/visit/talks; cancellation/postponement;
   otherwise the same type).
2. Their dates are compatible: two day-precision dates must be equal; otherwise the coarser
   period must contain the finer one ("in August" contains 2018-08-24).
3. They share at least one main actor (initiator, target or participant); a state named on
   one side is shared with a person or body of that state on the other. When either date
   is only a year, that is not enough: they must be of the same kind (the same type, or a
   meeting and a summit) and share two actors, or one actor and the place.
4. Their statuses do not contradict: a meeting that occurred is not one that did not occur.
The merged event keeps the most precise date, the strongest status and every participant
and piece of evidence.
"""

from __future__ import annotations

from collections.abc import Mapping

from .ontology import PRECISION_RANK, merge_group
from .records import DateValue, Event

# Later knowledge wins: a planned meeting that was then cancelled is cancelled.
STATUS_STRENGTH = {"planned": 0, "occurred": 1, "postponed": 2, "cancelled": 3, "did_not_occur": 3}
CONTRADICTORY = {frozenset({"occurred", "did_not_occur"}), frozenset({"occurred", "cancelled"})}


def dates_compatible(a: DateValue, b: DateValue) -> bool:
    if a.precision == "day" and b.precision == "day":
        return a.value == b.value
    coarse, fine = (a, b) if PRECISION_RANK[a.precision] <= PRECISION_RANK[b.precision] else (b, a)
    return coarse.contains(fine)


def shared_parties(a: set[str], b: set[str], nationality: Mapping[str, str]) -> int:
    """Actors both name, counting a state named on one side as shared with a person or body
    of that state on the other ("North Korea" and "Kim Jong-un"). Two officials of one state
    are not thereby shared: only a literal state name bridges."""
    shared = a & b
    bridged = {s for s in a - shared if s in {nationality.get(x) for x in b}}
    bridged |= {s for s in b - shared if s in {nationality.get(x) for x in a}}
    return len(shared) + len(bridged)


def same_happening(
    a_type: str, a_status: str, a_date: DateValue, a_actors: set, a_location: str,
    b_type: str, b_status: str, b_date: DateValue, b_actors: set, b_location: str,
    nationality: Mapping[str, str] | None = None,
) -> bool:  # fmt: skip
    if merge_group(a_type) != merge_group(b_type):
        return False
    if frozenset({a_status, b_status}) in CONTRADICTORY:
        return False
    if not dates_compatible(a_date, b_date):
        return False
    shared = shared_parties(a_actors, b_actors, nationality or {})
    if not shared:
        return False
    if "year" in (a_date.precision, b_date.precision):
        # An undated report is thin evidence: same type, and two shared actors or the place.
        same_place = bool(a_location) and a_location == b_location
        return _same_kind(a_type, b_type) and (shared >= 2 or same_place)
    return True


# A meeting of leaders and a summit are one kind of thing; a visit or talks are not.
SAME_KIND = ({"meeting", "summit"},)


def _same_kind(a_type: str, b_type: str) -> bool:
    return a_type == b_type or any({a_type, b_type} <= kind for kind in SAME_KIND)


def events_match(a: Event, b: Event, nationality: Mapping[str, str] | None = None) -> bool:
    return same_happening(
        a.type, a.status, a.date, a.actor_keys(), a.location,
        b.type, b.status, b.date, b.actor_keys(), b.location, nationality,
    )  # fmt: skip


def more_precise(a: DateValue, b: DateValue) -> DateValue:
    return a if PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision] else b


def stronger_status(a: str, b: str) -> str:
    return a if STATUS_STRENGTH[a] >= STATUS_STRENGTH[b] else b


def absorb(into: Event, other: Event, evidence_seen: set | None = None) -> None:
    """Fold `other` into `into` (same happening). `evidence_seen`, if given, holds the keys
    of `into`'s evidence (see _evidence_key) and is kept current: a report repeated a
    thousand times is then not compared with each earlier copy."""
    into.date = more_precise(into.date, other.date)
    if into.date is other.date:
        into.date_text = other.date_text
        into.date_inferred, into.end_date = other.date_inferred, other.end_date
    elif into.date == other.date:  # a report that states the date itself, or its last day
        into.date_inferred = into.date_inferred and other.date_inferred
        into.end_date = into.end_date or other.end_date
    into.status = stronger_status(into.status, other.status)
    if into.type != other.type and other.type in {"summit", "cancellation"}:
        into.type = other.type  # the more specific name: a leaders' meeting is a summit
    known = {(p.actor, p.role) for p in into.participants}
    actors = {p.actor for p in into.participants}
    for p in other.participants:
        if (p.actor, p.role) not in known and p.actor not in actors:
            into.participants.append(p)
    seen = evidence_seen if evidence_seen is not None else set(map(_evidence_key, into.evidence))
    for evidence in other.evidence:
        key = _evidence_key(evidence)
        if key not in seen:
            seen.add(key)
            into.evidence.append(evidence)
    into.location = into.location or other.location
    into.related = into.related or other.related
    into.confidence = max(into.confidence, other.confidence)


def _evidence_key(evidence) -> tuple:
    return (evidence.start, evidence.end, evidence.trigger_start, evidence.trigger_end,
            evidence.sentence, evidence.trigger)  # fmt: skip


def merge_events(events: list[Event], nationality: Mapping[str, str] | None = None) -> list[Event]:
    """Merge the events of one article that describe the same happening."""
    merged: list[Event] = []
    replaced: dict[int, Event] = {}
    evidence_seen: dict[int, set] = {}  # id(merged event) -> keys of its evidence
    for event in events:
        matches = [m for m in merged if events_match(m, event, nationality)]
        match = max(
            matches,
            key=lambda m: (m.status == event.status, len(m.actor_keys() & event.actor_keys())),
            default=None,
        )
        if match is None:
            merged.append(event)
        else:
            if id(match) not in evidence_seen:
                evidence_seen[id(match)] = set(map(_evidence_key, match.evidence))
            absorb(match, event, evidence_seen[id(match)])
            replaced[id(event)] = match
    for event in merged:
        if event.related is not None and id(event.related) in replaced:
            event.related = replaced[id(event.related)]
    return merged
