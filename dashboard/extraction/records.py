"""Plain records that the extraction pipeline produces. No Django here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


def date_label(date: dt.date, precision: str) -> str:
    """2018-06-12, 2018-06 or 2018: a date as precise as it is known."""
    if precision == "day":
        return date.isoformat()
    if precision == "month":
        return date.strftime("%Y-%m")
    return str(date.year)


@dataclass(frozen=True)
class DateValue:
    """A date as precise as the text allows: `value` is the first day of the period."""

    value: dt.date
    precision: str  # "day" | "month" | "year"

    def formatted(self) -> str:
        return date_label(self.value, self.precision)

    def contains(self, other: DateValue) -> bool:
        """True when `other` falls inside this (coarser or equal) period."""
        if self.precision == "year":
            return other.value.year == self.value.year
        if self.precision == "month":
            return (other.value.year, other.value.month) == (self.value.year, self.value.month)
        return other.precision == "day" and other.value == self.value


@dataclass(frozen=True)
class TimeMention:
    text: str
    start: int  # character offsets in the article
    end: int
    date: DateValue
    absolute: bool  # names a calendar date ("June 12, 2018", "in July") vs relative ("Friday")
    inferred: bool = False  # not written in full: a year or week taken from context
    end_date: dt.date | None = None  # the last day of a span of days ("June 12-13")


@dataclass
class ActorMention:
    key: str  # canonical name of a gazetteer actor, or of a new actor
    text: str
    start: int
    end: int
    how: str  # alias | surname | title | metonym | adjective | place | pronoun | new
    kind: str = "person"  # person | state | body | organisation
    country: str = ""
    is_new: bool = False
    description: str = ""


@dataclass
class Participant:
    actor: str
    role: str  # initiator | target | participant | announcer


@dataclass
class Evidence:
    sentence: str
    start: int  # offsets of the sentence in the article text
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int


@dataclass
class Event:
    type: str
    status: str
    date: DateValue
    date_text: str  # the expression the date came from, "" when inherited or defaulted
    participants: list[Participant]
    evidence: list[Evidence]
    location: str = ""
    confidence: float = 0.5
    date_from_context: bool = False  # dated by the sentences around it, not its own words
    related: Event | None = None  # a cancellation points at what it cancelled
    summary: str = ""
    # Not stated in full by the evidence: a year, month or day taken from the publication
    # date or the text around, weekday arithmetic, a relative phrase, or no date at all.
    date_inferred: bool = True
    end_date: dt.date | None = None  # the last day of a happening over several days
    # Told only in passing (events._ArticleEvents._passing): kept only if a report of the
    # article that dates it joins it (pipeline.extract drops it otherwise).
    passing: bool = False
    # A definite or possessive noun with no time of its own ("the Trump-Kim summit"): it
    # names a happening rather than reporting one, so its guessed date and default status
    # say nothing (merging.merge_events joins it to the article's one happening it fits).
    reference: bool = False
    # A visit's destination named straight after its verb ("visited Moscow", "will visit
    # Kabul"): not where the event is placed (`location`), only the host it names
    # (event_types.visited_states).
    destination: str = ""

    def actor_keys(self, roles: tuple[str, ...] = ("initiator", "target", "participant")) -> set:
        return {p.actor for p in self.participants if p.role in roles}


@dataclass
class NewActor:
    name: str
    kind: str
    description: str
    country: str = ""  # ISO code when the text says ("Chinese Vice Premier", "of Japan")


@dataclass
class Extraction:
    published: DateValue | None
    published_inferred: bool
    actors: list[ActorMention] = field(default_factory=list)
    new_actors: list[NewActor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
