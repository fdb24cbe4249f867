"""One event per real happening: when two extracted reports describe the same thing.

Two reports are one happening only when all of these agree (docs/extraction.md §7):
1. Type: their types fall in one merge group (meeting/summit/visit/talks; cancellation/
   postponement; otherwise the same type).
2. Date: two day dates are equal, or one lies inside the other's span (a two-day summit
   reported on each day), or they lie a day apart and are two days of one meeting: the same
   type of summit, meeting or talks, with the very same people of two sides at least
   (`days_of_one_meeting`; each within a day of every report the event holds, so a chain
   of days does not grow); otherwise the coarser period contains the finer. When either is
   only a year, they must also be of one kind (the same type, or a meeting and a summit)
   and share two parties, or one party and the place.
3. Principal parties (every party but the announcers), seen as sides: a state, its people
   and its bodies are one side (`side_map`). The sides one report names must all be among
   the sides the other names; when both name people or bodies, at least one is the same;
   and for directed happenings (a sanction, a threat, a test, a trip, a letter …) the
   sides of each role both name must meet: sanctions on Iran and sanctions on China are
   two events, as are a letter from Kim to Trump and one from Trump to Kim. A report that
   names a single side joins one that names more only through a shared person or body, or
   the place. A summit told with people of both sides takes in a meeting, trip or talks
   only of its own people; two appointments are one only if they name the same appointee.
4. Status: a happening that occurred is not one that did not occur or was cancelled.

Across articles a stored event is the sum of its reports (`Report`, kept on each mention):
a new report must be one happening with every one of them (`fits_every`), not with the
parties they add up to. There a report dated only by its year joins only where it names
the event's one place, and a second report names it too or two people are shared.

A month or a year report that fits several happenings of different days is joined to none:
it cannot say which one it is. Within an article, a year report that resembles one of its
happenings (by the looser rules) but may not join it is left out rather than stored alone.
A report with no time expression of its own (its month or year only guessed) that tells
again the one more precisely dated happening of its article, by a looser test than the
above (the same type, the sides of one within the other's, a person and a second party in
common, told in another sentence), joins it; when two fit, it joins neither
(`_told_again_of`).
The merged event keeps the most precise date (two day dates make a span: the earliest start,
the latest end), the strongest status, every party and the evidence, each sentence once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from .ontology import MULTI_DAY_TYPES, PRECISION_RANK, merge_group
from .records import DateValue, Event

# Later knowledge wins: a planned meeting that was then cancelled is cancelled.
STATUS_STRENGTH = {"planned": 0, "occurred": 1, "postponed": 2, "cancelled": 3, "did_not_occur": 3}
CONTRADICTORY = {frozenset({"occurred", "did_not_occur"}), frozenset({"occurred", "cancelled"})}
# Happenings done by someone to someone: each role's sides must agree.
DIRECTED = frozenset(
    {"cancellation", "postponement", "sanction", "sanction_relief", "threat", "demand",
     "appointment", "letter", "visit", "statement", "weapons_test", "military_exercise"}
)  # fmt: skip
PRINCIPAL_ROLES = ("initiator", "target", "participant")
# A happening told as to come, and one told as done (told_both_ways).
TENSES = {"planned": "occurred", "occurred": "planned"}
# A meeting of leaders and a summit are one kind of thing; a visit or talks are not.
SAME_KIND = ({"meeting", "summit"},)


class Sides(dict):
    """Actor name -> the side it stands for (its top parent state), with what the parties
    are made of: `parties` maps a body to the topmost body it is part of (the Office of
    Foreign Assets Control -> the Treasury), so that the two count as one party; `states`
    maps a country code to its state, for actors the gazetteer lacks (`with_countries`);
    `places` maps a known place to the state it lies in (a state to itself); `heads` holds
    the people who head a state or a government (a title of `head_titles`); `people` the
    names the gazetteer knows as people."""

    def __init__(
        self, sides=(), parties=None, states=None, places=None, heads=(), people=()
    ) -> None:
        super().__init__(sides)
        self.parties: dict[str, str] = dict(parties or {})
        self.states: dict[str, str] = dict(states or {})
        self.places: dict[str, str] = dict(places or {})
        self.heads: frozenset[str] = frozenset(heads)
        self.people: frozenset[str] = frozenset(people)

    def with_countries(self, actors: Iterable[tuple[str, str]]) -> Sides:
        """A copy that also gives each (name, country code) the gazetteer lacks its country's
        side: people and bodies found in the text ("Chinese Vice Premier Liu He")."""
        found = Sides(self, self.parties, self.states, self.places, self.heads, self.people)
        for name, country in actors:
            if name not in found and country in self.states:
                found[name] = self.states[country]
        return found


def side_map(gazetteer) -> Sides:
    """Every known actor -> the side it stands for: a state itself; a person or body the top
    of its chain of parents (part_of, then country: OFAC -> the Treasury -> the United
    States); an organisation of no state itself."""
    from . import vocabulary  # here, not above: web processes import merging, never the NLP

    actors = gazetteer.actors
    states = {a.country: a.name for a in actors.values() if a.kind == "state"}
    sides: dict[str, str] = {}
    parties: dict[str, str] = {}
    heads: set[str] = set()
    for actor in actors.values():
        chain = gazetteer.parents(actor.name) if actor.kind != "state" else []
        sides[actor.name] = chain[-1] if chain else actor.name
        bodies = [name for name in chain if name in actors and actors[name].kind != "state"]
        if bodies:
            parties[actor.name] = bodies[-1]
        if actor.kind == "person" and any(
            role.title.lower().startswith(vocabulary.HEAD_TITLES) for role in actor.roles
        ):
            heads.add(actor.name)
    places = {
        place: states[code]
        for place, code in getattr(gazetteer, "place_countries", {}).items()
        if code in states
    }
    people = {a.name for a in actors.values() if a.kind == "person"}
    return Sides(sides, parties, states, places, heads, people)


def party(name: str, sides: Mapping[str, str]) -> str:
    """The party a name stands for where reports are compared: a body's topmost parent body
    (a report of OFAC and one of the Treasury name one party), else the name itself."""
    return getattr(sides, "parties", {}).get(name, name)


def _parties(names: Iterable[str], sides: Mapping[str, str]) -> set[str]:
    return {party(n, sides) for n in names}


def _party_roles(
    roles: Iterable[tuple[str, str]], sides: Mapping[str, str]
) -> set[tuple[str, str]]:
    return {(party(n, sides), r) for n, r in roles}


def _side(name: str, sides: Mapping[str, str]) -> str | None:
    """The side of a party; None for a name no list knows (a new person with no country):
    such names are judged by name only."""
    return sides.get(name)


def dates_compatible(
    a: DateValue, b: DateValue, a_end: dt.date | None = None, b_end: dt.date | None = None
) -> bool:
    """Two day dates: equal, or spans that meet; else the coarser period holds the finer
    (or the start of its span)."""
    if a.precision == "day" and b.precision == "day":
        a_last, b_last = a_end or a.value, b_end or b.value
        return a.value <= b_last and b.value <= a_last
    coarse, fine = (a, b) if PRECISION_RANK[a.precision] <= PRECISION_RANK[b.precision] else (b, a)
    return coarse.contains(fine)


def next_day(a: DateValue, a_end: dt.date | None, b: DateValue, b_end: dt.date | None) -> bool:
    """Two day dates (or spans) that do not meet but lie one day apart: the 27th and the
    28th, or a span to the 27th and the 28th."""
    if a.precision != "day" or b.precision != "day":
        return False
    start = max(a.value, b.value)
    end = min(a_end or a.value, b_end or b.value)
    return (start - end).days == 1


def people_of(roles: Iterable[tuple[str, str]], sides: Mapping[str, str]) -> frozenset[str]:
    """The people among the principal parties (the gazetteer's people, `Sides.people`)."""
    people = getattr(sides, "people", frozenset())
    return frozenset(n for n, r in roles if r in PRINCIPAL_ROLES and party(n, sides) in people)


def days_of_one_meeting(
    a_type: str,
    a_roles: Iterable[tuple[str, str]],
    b_type: str,
    b_roles: Iterable[tuple[str, str]],
    sides: Mapping[str, str],
) -> bool:
    """Two reports told on consecutive days may be two days of one meeting (a summit over
    two days, each article telling the day it saw: kp4-002 the first day of the Hanoi
    summit, kp4-003 the second) when they are of one meeting type and name the very same
    people, of two sides at least: the same leads on both sides, not just one shared party.
    An envoy's talks one day and his leader's meeting the next stay two happenings."""
    if a_type != b_type or a_type not in MULTI_DAY_TYPES:
        return False
    a_people, b_people = people_of(a_roles, sides), people_of(b_roles, sides)
    return a_people == b_people and len(_sides(a_people, sides)) >= 2


def shared_parties(a: set[str], b: set[str], nationality: Mapping[str, str]) -> int:
    """Parties both reports name: the same people and bodies (a body and its parent body are
    one), and each state one report names literally whose side the other also names ("North
    Korea" and "Kim Jong-un"). A state counts once with its officials: "Trump and the United
    States" shares one party with "Trump", not two. Two officials of one state are not
    thereby shared: only a literal state name bridges."""
    a, b = _parties(a, nationality), _parties(b, nationality)
    people = {n for n in a & b if nationality.get(n) != n}
    covered = {nationality.get(n) for n in people}
    a_sides, b_sides = _sides(a, nationality), _sides(b, nationality)
    states = {n for n in a | b if nationality.get(n) == n}  # states and stateless bodies
    bridged = (states & a_sides & b_sides) - covered
    return len(people) + len(bridged)


def _sides(names: Iterable[str], sides: Mapping[str, str]) -> set[str]:
    return {side for side in (_side(n, sides) for n in names) if side is not None}


def principals_agree(
    a_type: str,
    a_roles: Iterable[tuple[str, str]],
    b_type: str,
    b_roles: Iterable[tuple[str, str]],
    sides: Mapping[str, str],
    together: bool = False,
) -> bool:
    """Rule 3 of the module's docstring, on (actor, role) pairs of the two reports.
    `together`: both reports tell the same day at the same place."""
    a_roles = {(n, r) for n, r in a_roles if r in PRINCIPAL_ROLES}
    b_roles = {(n, r) for n, r in b_roles if r in PRINCIPAL_ROLES}
    a_names, b_names = {n for n, _ in a_roles}, {n for n, _ in b_roles}
    if not a_names or not b_names:
        return False
    a_sides, b_sides = _sides(a_names, sides), _sides(b_names, sides)
    if a_sides != b_sides and not (
        min(len(a_sides), len(b_sides)) <= 1 and (a_sides <= b_sides or b_sides <= a_sides)
    ):
        # The same sides, or one side that the other report also names (a trip told
        # without its destination): Japan and the US agreeing is not the Singapore deal.
        return False
    if not a_sides and not a_names & b_names:
        return False  # nobody any list knows: the same names, or nothing
    # People, bodies and names no list knows; a state or a stateless organisation is a side.
    a_named = {n for n in a_names if sides.get(n) != n}
    b_named = {n for n in b_names if sides.get(n) != n}
    if a_named and b_named and not a_named & b_named:
        return False  # Moon's summit and Trump's; Pompeo's statement and Nauert's
    if a_type in DIRECTED and b_type in DIRECTED:
        for role in ("initiator", "target"):
            a_side = _sides((n for n, r in a_roles if r == role), sides)
            b_side = _sides((n for n, r in b_roles if r == role), sides)
            if a_side and b_side and not a_side & b_side:
                return False  # sanctions on Iran, sanctions on China
    for trip_type, trip, other in ((a_type, a_roles, b_roles), (b_type, b_roles, a_roles)):
        if (
            trip_type == "visit"
            and home_trip(trip, sides)
            and _sides((n for n, _ in other), sides) - _sides((n for n, _ in trip), sides)
        ):
            # A trip into the traveller's own state meets no other side: experts let into
            # the North's test site are not the two Koreas' summit (kp3-011 s9).
            return False
    if (a_type == "summit") != (b_type == "summit"):
        # A leaders' summit and a meeting, trip or talks of people not at the summit are two
        # happenings: Trump receiving Kim Yong-chol in Washington is not the Singapore summit
        # (kp2-011 s1, kp2-007 s3); Pompeo's trip to meet Kim is his meeting with Kim.
        summit, other = (a_roles, b_roles) if a_type == "summit" else (b_roles, a_roles)
        summit_named = {n for n, _ in summit if sides.get(n) != n}
        other_named = {n for n, _ in other if sides.get(n) != n}
        # Only a summit told with people of both sides says who was there. A leader's
        # meeting on the summit's own day at its own place is part of it, whoever else it
        # names: Moon greeted by Kim's sister before sitting down with Kim (kp2-014 s12, a
        # handshake told beside the summit of s10), a working dinner with an aide at the
        # summit's venue (docs/annotation.md: the meetings held during a trip are its row).
        if (
            len(_sides(summit_named, sides)) >= 2
            and not other_named <= summit_named
            and not (together and other_named & summit_named)
        ):
            return False
        if not led(other_named, sides):
            # A summit is its leaders meeting: a trip, meeting or talks told with people of
            # whom none leads a state is another happening. Pompeo's planned trip to
            # Pyongyang is not a second summit of the two states planned for the same month
            # (kp3-002 s1, s4).
            return False
    if a_type == b_type == "appointment":
        # The one appointed is the happening: one secretary naming two envoys is two
        # appointments (af-002 s12 Khalilzad, kp4-023 s13 Biegun).
        a_named = {n for n, r in a_roles if r == "target" and sides.get(n) != n}
        b_named = {n for n, r in b_roles if r == "target" and sides.get(n) != n}
        if a_named and b_named and not a_named & b_named:
            return False
    return True


def home_trip(roles: Iterable[tuple[str, str]], sides: Mapping[str, str]) -> bool:
    """A trip whose travellers and whose visited party are all of one side."""
    roles = list(roles)
    travellers = _sides((n for n, r in roles if r == "initiator"), sides)
    hosts = _sides((n for n, r in roles if r == "target"), sides)
    return bool(travellers) and travellers == hosts


def led(people: Iterable[str], sides: Mapping[str, str]) -> bool:
    """`people` names a leader (`Sides.heads`), or no one of a side whose leaders are known."""
    heads = getattr(sides, "heads", frozenset())
    headed = {sides.get(h) for h in heads}
    people = set(people)
    return bool(people & heads) or not any(sides.get(name) in headed for name in people)


def places_differ(a: str, b: str, sides: Mapping[str, str]) -> bool:
    """Two known places (`Sides.places`) that one meeting cannot be at both: different
    places, unless one is a state the other lies in ("North Korea" and "Pyongyang",
    "Singapore" and "Sentosa"). A place no list knows tells nothing."""
    states = getattr(sides, "places", {})
    if not a or not b or a == b or a not in states or b not in states:
        return False
    a_state, b_state = states[a], states[b]
    return not ((a_state == a and b_state == a) or (b_state == b and a_state == b))


def one_sided_bridged(
    a_roles: Iterable[tuple[str, str]],
    b_roles: Iterable[tuple[str, str]],
    sides: Mapping[str, str],
    same_place: bool,
) -> bool:
    """When one report names a single side and the other names more, the one side alone
    does not make them one happening: they must name the same person or body (a trip told
    without its destination), or the same place. South Korea offering the North talks is
    not the US vice-president meeting the South's president (kp1-020 s3, kp1-025 s1)."""
    a_names = {n for n, r in a_roles if r in PRINCIPAL_ROLES}
    b_names = {n for n, r in b_roles if r in PRINCIPAL_ROLES}
    if _sides(a_names, sides) == _sides(b_names, sides) or same_place:
        return True
    return any(sides.get(n) != n for n in a_names & b_names)


SERIAL_TYPES = frozenset({"weapons_test"})


def same_happening(
    a_type: str, a_status: str, a_date: DateValue, a_actors: set, a_location: str,
    b_type: str, b_status: str, b_date: DateValue, b_actors: set, b_location: str,
    nationality: Mapping[str, str] | None = None,
    *,
    a_roles: Iterable[tuple[str, str]] | None = None,
    b_roles: Iterable[tuple[str, str]] | None = None,
    a_end: dt.date | None = None,
    b_end: dt.date | None = None,
) -> bool:  # fmt: skip
    """`a_actors`/`b_actors`: the principal parties' names; `a_roles`/`b_roles`, when known,
    their (name, role) pairs (else every name counts as a participant); `nationality`: the
    side of each known actor (side_map)."""
    if merge_group(a_type) != merge_group(b_type):
        return False
    if frozenset({a_status, b_status}) in CONTRADICTORY:
        return False
    apart = not dates_compatible(a_date, b_date, a_end, b_end)
    if apart and not next_day(a_date, a_end, b_date, b_end):
        return False
    sides = nationality or {}
    meets = merge_group(a_type) == merge_group("meeting")
    if meets and places_differ(a_location, b_location, sides):
        # A meeting in Washington and a summit in Singapore are two (kp2-007 s4, s13).
        return False
    shared = shared_parties(a_actors, b_actors, sides)
    if not shared:
        return False
    if a_roles is None:
        a_roles = {(name, "participant") for name in a_actors}
    if b_roles is None:
        b_roles = {(name, "participant") for name in b_actors}
    # A body and the body it is part of are one party (OFAC and the Treasury).
    a_roles, b_roles = _party_roles(a_roles, sides), _party_roles(b_roles, sides)
    if apart and not days_of_one_meeting(a_type, a_roles, b_type, b_roles, sides):
        return False  # a day apart: only the days of one meeting
    together = a_date.precision == b_date.precision == "day" and a_date == b_date
    together = together and bool(a_location) and a_location == b_location
    if not principals_agree(a_type, a_roles, b_type, b_roles, sides, together):
        return False
    same_place = bool(a_location) and a_location == b_location
    if not one_sided_bridged(a_roles, b_roles, sides, same_place):
        return False
    if "year" in (a_date.precision, b_date.precision):
        # An undated report is thin evidence: same type, and two shared actors or the place.
        return _same_kind(a_type, b_type) and (shared >= 2 or same_place)
    return True


def _same_kind(a_type: str, b_type: str) -> bool:
    return a_type == b_type or any({a_type, b_type} <= kind for kind in SAME_KIND)


def _roles(event: Event) -> set[tuple[str, str]]:
    return {(p.actor, p.role) for p in event.participants}


def events_match(a: Event, b: Event, nationality: Mapping[str, str] | None = None) -> bool:
    return same_happening(
        a.type, a.status, a.date, a.actor_keys(), a.location,
        b.type, b.status, b.date, b.actor_keys(), b.location, nationality,
        a_roles=_roles(a), b_roles=_roles(b), a_end=a.end_date, b_end=b.end_date,
    )  # fmt: skip


@dataclass(frozen=True)
class Report:
    """What one article said of a happening, kept apart from what other articles said: a
    stored event is the sum of its reports, and a new report must fit each of them, not the
    parties they add up to (one stray party of one report would otherwise make every later
    report differ, or a noisy report make the event attract others)."""

    type: str
    status: str
    date: DateValue
    end: dt.date | None
    roles: frozenset[tuple[str, str]]  # (actor, role), announcers left out
    location: str = ""

    @property
    def names(self) -> set[str]:
        return {name for name, _ in self.roles}


def report_of(event: Event) -> Report:
    roles = frozenset((p.actor, p.role) for p in event.participants if p.role in PRINCIPAL_ROLES)
    return Report(event.type, event.status, event.date, event.end_date, roles, event.location)


def reports_match(
    a: Report, b: Report, nationality: Mapping[str, str] | None = None, places: Iterable = ()
) -> bool:
    """Two reports of one happening (same_happening). `places`: the place each report of
    the event names (the new report's included), "" for none.

    A report dated only by its year cannot say which of the year's happenings it is ("the
    two leaders met", kp3-007 s21; "another meeting with Trump this year", kp3-015 s6;
    "Kim agreed to ...", kp3-011 s9 and s18). It joins another report only where it names the
    event's one place, and then needs either a second report that names that place (which
    then counts as shared: "the Singapore summit") or two shared people ("after he and
    Kim met in Singapore")."""
    places = list(places)
    named = {place for place in places if place}
    a_place, b_place = a.location, b.location
    sides = nationality or {}
    people = {n for n in _parties(a.names, sides) & _parties(b.names, sides) if sides.get(n) != n}
    for coarse in (a, b):
        if coarse.date.precision != "year":
            continue
        if not coarse.location or named != {coarse.location}:
            return False
        if places.count(coarse.location) >= 2:  # another report names the place too
            a_place = b_place = coarse.location
        elif len(people) < 2:  # two states are not enough (kp3-019 s4, kp1-020 s3)
            return False
    return same_happening(
        a.type, a.status, a.date, a.names, a_place,
        b.type, b.status, b.date, b.names, b_place, nationality,
        a_roles=a.roles, b_roles=b.roles, a_end=a.end, b_end=b.end,
    )  # fmt: skip


def fits_every(
    report: Report,
    reports: Iterable[Report],
    nationality: Mapping[str, str] | None = None,
    *,
    other_text: bool = False,
) -> bool:
    """Complete linkage: the new report is one happening with every report an event holds
    (and there is at least one). `other_text`: the event holds no report of the new
    report's own article."""
    reports = list(reports)
    if (
        other_text
        and report.type in SERIAL_TYPES
        and any({report.date.precision, r.date.precision} == {"day", "month"} for r in reports)
    ):
        # A state fires in series, several launches a month (August 2019: kp4-016_jmh… s2
        # "two more", cn-011_wh… s27 "their third ... in about a week"): a launch another
        # text knows only by its month is no more one of the month's dated launches than
        # another. Within one article the text itself ties them (merge_events, and the
        # stored event that already holds a report of the article).
        return False
    places = [r.location for r in [report, *reports]]
    days = [r for r in reports if r.date.precision == "day"]
    if days:
        # The days the event's reports tell make one span: a report of its first day fits
        # a report of its second once a third has told both (a summit told day by day).
        start = min(r.date.value for r in days)
        end = max(r.end or r.date.value for r in days)
        span = DateValue(start, "day"), (end if end != start else None)
        if next_day(report.date, report.end, *span):
            return _next_day_fits(report, reports, span, nationality)
        # A day report told without a place is taken to be at the one place the event's
        # other day reports name: a report of one side at that place then joins through it
        # (one_sided_bridged), as it would join the report that names the place. Kim "in
        # Hanoi" on the second day (kp4-004 s2) and a report of the two states meeting with
        # no place (kp4-001 s1) are one summit once kp4-002 has placed it in Hanoi.
        named = {r.location for r in days if r.location}
        place = next(iter(named)) if len(named) == 1 else ""
        reports = [
            replace(r, date=span[0], end=span[1], location=r.location or place)
            if r.date.precision == "day"
            else r
            for r in reports
        ]
    return bool(reports) and all(reports_match(r, report, nationality, places) for r in reports)


def _next_day_fits(
    report: Report,
    reports: list[Report],
    span: tuple[DateValue, dt.date | None],
    nationality: Mapping[str, str] | None,
) -> bool:
    """A report of the day before or after the days an event's reports tell: another day of
    one meeting (days_of_one_meeting) when the event is of its type, names the same people
    in all (one report may name only the states, another only one leader), lies within a
    day of each report's own day, and would be one happening with every report were it
    told on the event's nearest day."""
    sides = nationality or {}
    if any(r.type != report.type for r in reports):
        return False
    together = frozenset(n for r in reports for n in people_of(r.roles, sides))
    if not days_of_one_meeting(
        report.type, report.roles, report.type, {(n, "participant") for n in together}, sides
    ):
        return False
    for r in reports:
        if r.date.precision == "day" and not (
            dates_compatible(r.date, report.date, r.end, report.end)
            or next_day(r.date, r.end, report.date, report.end)
        ):
            return False  # two days from one of them: not told as one meeting
    start, end = span[0].value, span[1] or span[0].value
    nearest = start if report.date.value < start else end
    moved = replace(report, date=DateValue(nearest, "day"), end=None)
    return fits_every(moved, reports, nationality)


def ambiguous(date: DateValue, candidates: Iterable[tuple[DateValue, dt.date | None]]) -> bool:
    """A month report that fits happenings of several different days (or spans), or a year
    report that fits several of different months or days, cannot say which one it is."""
    if date.precision == "day":
        return False
    finer = {
        (d.value, d.precision, end)
        for d, end in candidates
        if PRECISION_RANK[d.precision] > PRECISION_RANK[date.precision]
    }
    return len(finer) > 1


def more_precise(a: DateValue, b: DateValue) -> DateValue:
    return a if PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision] else b


def merged_dates(
    a: DateValue, a_end: dt.date | None, b: DateValue, b_end: dt.date | None
) -> tuple[DateValue, dt.date | None]:
    """The date (and end) of two reports of one happening: the more precise; two day dates
    make a span from the earliest start to the latest end."""
    if a.precision == "day" and b.precision == "day":
        start = min(a.value, b.value)
        end = max(a_end or a.value, b_end or b.value)
        return DateValue(start, "day"), (end if end != start else None)
    if PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision]:
        return a, a_end
    return b, b_end


def stronger_status(a: str, b: str) -> str:
    return a if STATUS_STRENGTH[a] >= STATUS_STRENGTH[b] else b


def _told_apart(into: Event, other: Event) -> bool:
    """`other` is told in a sentence of its own, not only in one of `into`'s: "I had a
    conversation with Kim about the talks" names the talks as its topic, no second telling."""
    own = {evidence.sentence for evidence in into.evidence}
    return any(evidence.sentence not in own for evidence in other.evidence)


def absorb(into: Event, other: Event, evidence_seen: set | None = None) -> None:
    """Fold `other` into `into` (same happening). `evidence_seen`, if given, holds the keys
    of `into`'s evidence (see evidence_key) and is kept current: a report repeated a
    thousand times is then not compared with each earlier copy."""
    date, end = merged_dates(into.date, into.end_date, other.date, other.end_date)
    if date != into.date and date == other.date:
        into.date_text = other.date_text
        into.date_inferred = other.date_inferred
    elif into.date == other.date:  # a report that states the date itself
        into.date_inferred = into.date_inferred and other.date_inferred
    into.date, into.end_date = date, end
    into.status = stronger_status(into.status, other.status)
    if into.type != other.type and (
        other.type in {"summit", "cancellation"}
        or (into.type == "meeting" and other.type == "negotiation" and _told_apart(into, other))
    ):
        # the more specific name: a leaders' meeting is a summit; a meeting also told as
        # talks between the two sides is their round of talks ("Talks Between South Korea
        # and North Korea" over "welcomes the January 9 meeting", kp1-022 s1-s2)
        into.type = other.type
    known = {(p.actor, p.role) for p in into.participants}
    actors = {p.actor for p in into.participants}
    for p in other.participants:
        if (p.actor, p.role) not in known and p.actor not in actors:
            into.participants.append(p)
    seen = evidence_seen if evidence_seen is not None else set(map(evidence_key, into.evidence))
    for evidence in other.evidence:
        key = evidence_key(evidence)
        if key not in seen:
            seen.add(key)
            into.evidence.append(evidence)
    into.location = into.location or other.location
    into.passing = into.passing and other.passing  # a report of its own keeps it
    into.reference = into.reference and other.reference
    into.related = into.related or other.related
    into.confidence = max(into.confidence, other.confidence)


def _copy(event: Event) -> Event:
    """The report as it was told, before others are folded into it."""
    return Event(event.type, event.status, event.date, event.date_text,
                 list(event.participants), [], event.location, end_date=event.end_date)  # fmt: skip


def evidence_key(evidence) -> str:
    """One piece of evidence per sentence: the same words told twice (a headline repeated
    as the first line, two triggers of one sentence) are stored once."""
    return " ".join(evidence.sentence.split())


def _resembles(
    event: Event, merged: list[Event], members: dict[int, list[Event]], nationality
) -> bool:
    """By round 1's rules (every report of the event, the year rule of same_happening), the
    report would have joined one of `merged`."""
    return any(
        events_match(m, event, nationality)
        and all(events_match(r, event, nationality) for r in members[id(m)])
        for m in merged
    )


def _repeats(event: Event, merged: list[Event], nationality) -> bool:
    """A year report of the same type and status as a more precisely dated happening of the
    article (same year), all of whose principal parties that happening names. It cannot be
    told apart from that happening, so it is a repeat of it, not a happening of its own:
    a headline telling the body's dated summit or appointment without its day (kp4-001_jmh…
    s1, kp2-030_voa… s1), a past "annual meeting" beside this year's talks (kp4-014_voa…
    s10), or a speaker's statement told again with only a year."""
    sides = nationality or {}
    own = _parties(event.actor_keys(), sides)
    return bool(own) and any(
        m.type == event.type
        and m.status == event.status
        and PRECISION_RANK[m.date.precision] > PRECISION_RANK["year"]
        and m.date.value.year == event.date.value.year
        and own <= _parties(m.actor_keys(), sides)
        for m in merged
    )


def guessed_year(event: Event) -> bool:
    """The report's year is only the article's fallback: no expression of its own dates it."""
    return event.date.precision == "year" and event.date_inferred and not event.date_text


def _other_years(event: Event, merged: list[Event]) -> list[tuple[Event, Event]]:
    """Each happening of the article told with a stated date of another year, with the
    report moved to that year."""
    found = []
    for m in merged:
        if m.date_inferred or m.date.value.year == event.date.value.year:
            continue
        moved = _copy(event)
        moved.date = DateValue(dt.date(m.date.value.year, 1, 1), "year")
        found.append((m, moved))
    return found


def _of_another_year(
    event: Event, merged: list[Event], members: dict[int, list[Event]], nationality
) -> list[Event]:
    """The one happening of the article, told with a stated date of another year, that a
    report whose year is only guessed is, by the rules for a year report (the same kind,
    and the place both name or two people). The speech of 2019 that dates "a summit in
    Singapore" to June 2018 and tells "that historic summit meeting in Singapore" without a
    date tells one summit (kp4-027 s6, s9). Several such happenings: it is none of them."""
    found = [
        m
        for m, moved in _other_years(event, merged)
        if events_match(m, moved, nationality)
        and fits_every(report_of(moved), [report_of(r) for r in members[id(m)]], nationality)
    ]
    return found if len({(m.date, m.end_date) for m in found}) == 1 else []


def _resembles_another_year(
    event: Event, merged: list[Event], members: dict[int, list[Event]], nationality
) -> bool:
    """A report whose year is only guessed that, moved to the year of one of the article's
    dated happenings, would be a repeat of it: "that first ever meeting between the leaders"
    after the summit of June 2018, in a speech of 2019 (kp4-027 s7)."""
    sides = nationality or {}
    return any(
        _resembles(moved, [m], members, nationality)
        or (
            _repeats(moved, [m], nationality)
            and not places_differ(m.location, moved.location, sides)
        )
        for m, moved in _other_years(event, merged)
    )


def told_both_ways(event: Event, reports: Iterable[Event]) -> bool:
    """Within one article, a report of a day told as still to come and one of the same day
    told as done: the writer stands at one moment of that day, so they are two happenings
    on either side of it. Pence's trip to a memorial early on the day of publication is not
    the delegation he "will lead" later that day (kp1-025 s6, s7). Coarser reports say too
    little of when they stand to be told apart so."""
    if event.date.precision != "day" or event.status not in TENSES:
        return False
    other = TENSES[event.status]
    return any(r.status == other and r.date.precision == "day" for r in reports)


# How far a day only guessed from the publication may lie from the day the text states
# for the same happening: a transcript or a wire photo posted the day after the meeting.
GUESS_REACH = dt.timedelta(days=2)


def guessed_day(event: Event) -> bool:
    """The report's day is the publication's, for want of any expression of its own (a
    transcript's title: "Remarks by President X and President Y")."""
    return event.date.precision == "day" and event.date_inferred and not event.date_text


def settle_guessed_days(events: list[Event], nationality: Mapping[str, str] | None = None) -> None:
    """A report dated only by the publication day takes the day another report of the
    article states for the same happening, when that day lies just before it (a happening
    that occurred) or just after it (one planned), and only one such day does: the title of
    remarks republished the next day, beside the caption that dates the meeting (kp4-007
    s1, s3). The publication day is a guess; the stated day is what the text says."""
    for event in events:
        if not guessed_day(event) or event.status not in TENSES:
            continue
        days = set()
        for other in events:
            if other is event or other.status != event.status or guessed_day(other):
                continue
            if other.date.precision != "day" or other.date == event.date:
                continue
            gap = event.date.value - other.date.value
            if event.status == "planned":
                gap = -gap
            if not dt.timedelta(0) < gap <= GUESS_REACH:
                continue
            moved = replace(event, date=other.date, end_date=other.end_date)
            if events_match(moved, other, nationality):
                days.add((other.date, other.end_date))
        if len(days) == 1:
            event.date, event.end_date = next(iter(days))


def _named(event: Event, merged: list[Event], nationality: Mapping[str, str]) -> list[Event]:
    """The happening a reference names (`Event.reference`: "the Trump-Kim summit" with a
    date the article guessed, kp2-014 s12, beside "cancelled the upcoming US-North Korea
    summit on 12 June"): the article's one happening of its group whose sides and the
    reference's are one within the other (the inter-Korean summit of the same text, with a
    side the reference lacks, is another), with a person in common when both name people,
    at its place if it names one, and of its very type unless it says only "meeting". Its
    guessed date and default status do not count; when
    two or more happenings fit, it names none of them."""
    if not event.reference or event.date_text:
        return []
    group, ours = merge_group(event.type), event.actor_keys()
    our_sides, our_people = _sides(ours, nationality), people_of(_roles(event), nationality)
    found = []
    for m in merged:
        if merge_group(m.type) != group or (event.location and m.location != event.location):
            continue
        if m.type != event.type and event.type != "meeting":
            continue  # "the President's summit" names no round of talks (kp4-006 s16)
        their_sides = _sides(m.actor_keys(), nationality)
        their_people = people_of(_roles(m), nationality)
        if (
            our_sides & their_sides
            and (our_sides <= their_sides or their_sides <= our_sides)
            and not (our_people and their_people and not our_people & their_people)
        ):
            found.append(m)
    return found if len(found) == 1 else []


def undated_report(event: Event) -> bool:
    """A report with no time expression of its own: its month or year is only the
    article's guess (the publication month for the lead, else the fallback year)."""
    return event.date.precision in ("month", "year") and not event.date_text


def _told_status(a: str, b: str) -> bool:
    """Two statuses of one happening told twice: the same, or a plan and its calling off
    ("was slated to hold talks" beside the postponed meeting, kp3-016 s4 and s1). A
    meeting that never happened is not the one planned beside it (seed: the Biegun-Choe
    meeting that did not take place)."""
    return a == b or {a, b} in ({"planned", "postponed"}, {"planned", "cancelled"})


def _told_again(m: Event, event: Event, sides: Mapping[str, str], place: bool = True) -> bool:
    """An undated report told again of the happening `m` by the looser test of a second
    report: the same type (an envoy's talks told beside the Singapore summit are no part
    of it, kp2-007 s3), a status `_told_status` allows, no contradiction in place, the
    sides of one within the other's, a person or body in common and a second shared party
    (a person, or the state of a person the other names), and for a directed happening the
    sides of each role meeting. The second report may name a side the first left out ("the
    Prime Minister" the headline did not name, ir-003 s3 beside the headline's meeting with
    two leaders), so the sides need not be equal."""
    if m.type != event.type or not _told_status(m.status, event.status):
        return False
    if place and places_differ(m.location, event.location, sides):
        return False
    a_roles = {(party(n, sides), r) for n, r in _roles(m) if r in PRINCIPAL_ROLES}
    b_roles = {(party(n, sides), r) for n, r in _roles(event) if r in PRINCIPAL_ROLES}
    a_names, b_names = {n for n, _ in a_roles}, {n for n, _ in b_roles}
    a_sides, b_sides = _sides(a_names, sides), _sides(b_names, sides)
    if not a_sides or not b_sides or not (a_sides <= b_sides or b_sides <= a_sides):
        return False
    a_named = {n for n in a_names if sides.get(n) != n}
    if not a_named & {n for n in b_names if sides.get(n) != n}:
        return False  # a person or body the two reports share, not a state only
    if shared_parties(a_names, b_names, sides) < 2:
        return False
    if m.type in DIRECTED:
        for role in ("initiator", "target"):
            a_side = _sides((n for n, r in a_roles if r == role), sides)
            b_side = _sides((n for n, r in b_roles if r == role), sides)
            if a_side and b_side and not a_side & b_side:
                return False
    return True


def _told_again_fits(event: Event, merged: list[Event], nationality) -> list[Event]:
    """The happenings of the article, more precisely dated, that an undated report may
    tell again (`_told_again`), its place not compared: a trip told as a whole names the
    first of its places ("Japan", kp3-003 s1), which would leave only that leg to fit. Its
    guessed month or year says nothing of when it was, so that is not compared either."""
    if not undated_report(event):
        return []
    sides = nationality or {}
    rank = PRECISION_RANK[event.date.precision]
    return [
        m
        for m in merged
        if PRECISION_RANK[m.date.precision] > rank and _told_again(m, event, sides, place=False)
    ]


def _told_again_of(event: Event, fits: list[Event], nationality) -> list[Event]:
    """The one happening of the article that an undated report tells again (`fits`, from
    `_told_again_fits`): "Pompeo was slated to hold talks with X" after the lead dated the
    meeting to Thursday (kp3-016 s4 after s1); a meeting told in full without a date after
    a headline that dated it (ir-003 s3 after s1). When two happenings fit, it is none of
    them (merge_events then leaves it out: a summary of them)."""
    if len(fits) != 1 or places_differ(fits[0].location, event.location, nationality or {}):
        return []
    # Told again means in another sentence: within one, the dating rules (share_times)
    # have already said whether an undated trigger takes its neighbour's date ("met X in
    # Sofia to discuss the withdrawal of the US": the topic is no second report).
    if {evidence_key(e) for e in event.evidence} & {evidence_key(e) for e in fits[0].evidence}:
        return []
    return fits


def _timed_apart(event: Event, other: Event) -> bool:
    """ "met on Tuesday after the two sides held talks in Moscow last week", "raised tariffs
    on Monday in retaliation for tariffs Washington imposed last week" (kp2-030 s3, kp2-029
    s1): two triggers of one sentence, each dated by a time expression of its own that
    differs from the other's, tell two happenings; the coarser one is no report of the
    finer."""
    if not event.date_text or not other.date_text or other.date_text == event.date_text:
        return False
    own = {(e.start, e.trigger_start) for e in event.evidence}
    sentences = {e.start for e in event.evidence}
    return any(
        e.start in sentences and (e.start, e.trigger_start) not in own for e in other.evidence
    )


def merge_events(events: list[Event], nationality: Mapping[str, str] | None = None) -> list[Event]:
    """Merge the events of one article that describe the same happening. The day-dated
    reports go first, so that a coarser one meets every happening it could be."""
    settle_guessed_days(events, nationality)
    order = {id(event): index for index, event in enumerate(events)}
    first_seen: dict[int, int] = {}
    merged: list[Event] = []
    replaced: dict[int, Event] = {}
    evidence_seen: dict[int, set] = {}  # id(merged event) -> keys of its evidence
    by_precision = sorted(events, key=lambda e: (-PRECISION_RANK[e.date.precision], order[id(e)]))
    members: dict[int, list[Event]] = {}  # id(merged event) -> the reports it holds
    for event in by_precision:
        # Every report an event holds must fit the new one, not just their sum of parties:
        # else a summit that took in a trip of its envoy takes in the envoy's other meetings.
        # The same rules as across articles (fits_every): a report dated only by its year
        # joins none of the article's other reports unless it names their place or two of
        # their people ("Kim agreed to ..." three times, kp3-011 s8, s9 and s18, are not one
        # agreement; a past "annual meeting" is not this week's, kp4-014 s10).
        said = report_of(event)
        # An undated report that tells again one happening the article dated is that one,
        # before any other undated report it resembles (ir-003 s3: the meeting in full
        # beside a reference naming one of its leaders).
        fits = _told_again_fits(event, merged, nationality)
        matches = _told_again_of(event, fits, nationality) or [
            m
            for m in merged
            if events_match(m, event, nationality)
            and fits_every(said, [report_of(r) for r in members[id(m)]], nationality)
            and not told_both_ways(event, members[id(m)])
            and not _timed_apart(event, m)
        ]
        if ambiguous(event.date, ((m.date, m.end_date) for m in matches)):
            matches = []
        if not matches and guessed_year(event):
            matches = _of_another_year(event, merged, members, nationality)
            if matches:  # its year is the happening's, for the reports still to come
                event.date = DateValue(dt.date(matches[0].date.value.year, 1, 1), "year")
        if not matches:
            matches = _named(event, merged, nationality or {})
        match = max(
            matches,
            key=lambda m: (m.status == event.status, len(m.actor_keys() & event.actor_keys())),
            default=None,
        )
        if match is None and len(fits) > 1:
            # An undated report that tells again two or more of the article's dated
            # happenings sums them up: a trip told as a whole in the headline of a page
            # that tells each of its legs (kp3-003 s1). Stored alone it would be a
            # happening no one else reports; it is left out.
            continue
        if (
            match is None
            and event.date.precision == "year"
            and (
                _resembles(event, merged, members, nationality)
                or _repeats(event, merged, nationality)
                or (
                    guessed_year(event)
                    and _resembles_another_year(event, merged, members, nationality)
                )
            )
        ):
            # A year report that looks like one of the article's happenings but cannot be
            # told to be it is a repeat or an undatable mention, not a happening of its own
            # ("he also agreed to ...", kp3-011 s9 after s8): stored alone it would be a
            # false one. It is left out.
            continue
        if match is None:
            merged.append(event)
            first_seen[id(event)] = order[id(event)]
            members[id(event)] = [_copy(event)]
        else:
            members[id(match)].append(event)
            if id(match) not in evidence_seen:
                evidence_seen[id(match)] = set(map(evidence_key, match.evidence))
            absorb(match, event, evidence_seen[id(match)])
            replaced[id(event)] = match
            first_seen[id(match)] = min(first_seen[id(match)], order[id(event)])
    for event in merged:
        if event.related is not None and id(event.related) in replaced:
            event.related = replaced[id(event.related)]
    merged.sort(key=lambda e: first_seen[id(e)])
    for event in merged:
        event.evidence.sort(key=lambda e: e.start)
    return merged
