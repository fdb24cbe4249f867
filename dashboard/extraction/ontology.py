"""Parley's event vocabulary and its mapping to the field's interchange codes.

Every event type maps to a PLOVER category and a CAMEO code for export (see docs/extraction.md
for the sources), and to the chart group it is counted in.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    key: str
    label: str
    plover: str
    cameo: str
    group: str  # "meetings", "cancellations", "sanctions" or "other"


EVENT_TYPES: dict[str, EventType] = {
    t.key: t
    for t in [
        EventType("meeting", "Meeting", "CONSULT", "040", "meetings"),
        EventType("summit", "Summit", "CONSULT", "044", "meetings"),
        EventType("visit", "Visit", "CONSULT", "042", "meetings"),
        EventType("negotiation", "Negotiation round", "CONSULT", "046", "meetings"),
        EventType("cancellation", "Cancellation", "SANCTION", "164", "cancellations"),
        EventType("postponement", "Postponement", "SANCTION", "164", "cancellations"),
        EventType("sanction", "Sanction", "SANCTION", "163", "sanctions"),
        EventType("sanction_relief", "Sanction relief", "CONCEDE", "085", "other"),
        EventType("statement", "Statement", "", "010", "other"),
        EventType("threat", "Threat", "THREATEN", "130", "other"),
        EventType("demand", "Demand", "REQUEST", "100", "other"),
        EventType("agreement", "Agreement", "AGREE", "057", "other"),
        EventType("appointment", "Appointment", "", "", "other"),
        EventType("weapons_test", "Weapons test", "MOBILIZE", "159", "other"),
        EventType("military_exercise", "Military exercise", "MOBILIZE", "152", "other"),
        EventType("letter", "Letter", "", "", "other"),
    ]
}

# A cancelled visit or trip is CAMEO 161 (reduce relations); cancelled talks 164.
CAMEO_CANCELLED_VISIT = "161"

MEETING_TYPES = frozenset(k for k, t in EVENT_TYPES.items() if t.group == "meetings")
CANCELLATION_TYPES = frozenset({"cancellation", "postponement"})
# Happenings that may last several days and be told one day per report: a summit, talks. A
# trip (visit) is not among them: its arrival is not the summit it leads to. Merging joins
# such days into one event, and the evaluation does not count the join as a wrong merge.
MULTI_DAY_TYPES = MEETING_TYPES - {"visit"}
# Said by someone on an occasion: the speaker's state speaks too, and a threat or demand
# told after a dated statement of its speaker was made there.
SPOKEN_TYPES = frozenset({"statement", "threat", "demand"})

STATUSES: dict[str, str] = {
    "occurred": "Occurred",
    "planned": "Planned",
    "cancelled": "Cancelled",
    "postponed": "Postponed",
    "did_not_occur": "Did not occur",
}

PRECISIONS: dict[str, str] = {"day": "Day", "month": "Month", "year": "Year"}
PRECISION_RANK = {"year": 0, "month": 1, "day": 2}

ROLES: dict[str, str] = {
    "initiator": "Initiator",
    "target": "Target",
    "participant": "Participant",
    "announcer": "Announcer",
}
# The roles that say what a party did; "participant" says only that it took part.
SPECIFIC_ROLES = ("initiator", "target")

ACTOR_KINDS: dict[str, str] = {
    "person": "Person",
    "government": "Government",
    "state": "State",
    "body": "Government body",
    "organisation": "Organisation",
}


def merge_group(event_type: str) -> str:
    """The types that may describe one happening: a "meeting" and a "summit" of the same
    leaders on the same day are one event, as are a cancellation and a postponement."""
    if event_type in MEETING_TYPES:
        return "meetings"
    if event_type in CANCELLATION_TYPES:
        return "cancellations"
    return event_type


def chart_group(event_type: str, status: str) -> str | None:
    """The chart series an event is counted in, or None.

    Meetings count when they took place; a meeting that was cancelled is counted through its
    cancellation event, and one that did not occur counts as a cancellation.
    """
    if event_type in MEETING_TYPES:
        if status == "occurred":
            return "meetings"
        if status == "did_not_occur":
            return "cancellations"
        return None
    if event_type in CANCELLATION_TYPES:
        return "cancellations"
    if event_type == "sanction":
        return "sanctions"
    return None


def cameo_code(event_type: str, related_type: str | None = None) -> str:
    """The CAMEO code of an event: its type's, but 161 (reduce relations) for the
    cancellation or postponement of a visit or trip (`related_type`: what it called off)."""
    if event_type in CANCELLATION_TYPES and related_type == "visit":
        return CAMEO_CANCELLED_VISIT
    return EVENT_TYPES[event_type].cameo
