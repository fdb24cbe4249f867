"""Score stored events against the development corpus's gold (docs/annotation.md). Pure
Python: the caller (dashboard/corpus_evaluation.py) reads the stored events into Predicted
records.

Per text, the stored events that have a mention in it are its predictions. A prediction
matches a gold happening when their types fall in one merge group, the prediction's date
agrees with the gold's at the gold's precision, and they share a party (a state named on one
side counts for a person of that state on the other); each matches at most once, best
first. Recall counts required happenings; a prediction that matches an optional one is
neither a hit nor a false alarm.

Of the matched pairs: exact date (same date and precision), status, type (the exact type)
and roles (the share of the gold's (actor, role) pairs the prediction has).

A wrong merge is a stored event whose mentions report happenings the gold says are
different: each mention is tied to the gold rows whose `at` offsets fall in its sentence and
whose types share the event's merge group, and the event is wrong when two of its mentions
can only be tied to rows that cannot be one happening. Two rows of one text are one
happening only when they are the same row (docs/annotation.md: one row per happening,
however often the text tells it). Rows of two texts, which the gold does not link, cannot
be one happening when their types fall in other merge groups, their dates cannot meet (a
day inside another row's `date`..`end_date` span meets it), or they share no party. One
exception lets days of a multi-day meeting meet: each text's row shows only the day that
text tells, so two rows of different texts, both to the day, of the same meeting type
(summit, meeting or negotiation round; not a visit), with the very same principal parties
(equal sets, not one shared party) and at most a day apart may be days of one happening
(docs/annotation.md: a meeting over several days is one row from its first day to its
last). This yardstick is the gold's own: it does not use the engine's merging rules, so
changing those cannot change what counts as a wrong merge.

A stored event that spans days (`end_date`) is the whole happening: a gold row of one day,
without an `end_date` of its own, agrees with it when the day lies within the span, and the
pair counts as an exact date (the text told one day of it). A gold row with an `end_date`
still needs the stored event to start on its first day.

An unsupported year is a stored event dated to a year none of its reports supports: no
article that reports it writes that year, and the event's period lies more than a year
before or after every report's publication (a year either side is the reach of "last
December" or "next spring"). It needs no gold: it catches a year taken from nowhere.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .dates import YEAR_LIKE
from .gold import GoldText, Happening
from .ontology import MULTI_DAY_TYPES, merge_group
from .records import DateValue

PRECISION_ORDER = {"year": 0, "month": 1, "day": 2}
REACH = dt.timedelta(days=366)  # how far from its publication a report may date unwritten


@dataclass(frozen=True)
class Source:
    """What one report's article offers to support the year of an event it reports."""

    published: dt.date | None
    years: frozenset[int]  # the four-digit years its title or text writes

    @classmethod
    def of(cls, published: dt.date | None, *texts: str) -> Source:
        return cls(published, frozenset(int(m) for t in texts for m in YEAR_LIKE.findall(t)))


def year_supported(date: DateValue, sources: Iterable[Source]) -> bool:
    """Whether one of the sources writes the date's year or was published within a year of
    the date's period."""
    first = date.value
    if date.precision == "year":
        last = dt.date(first.year, 12, 31)
    elif date.precision == "month":
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    else:
        last = first
    return any(
        first.year in source.years
        or (source.published is not None and first - REACH <= source.published <= last + REACH)
        for source in sources
    )


@dataclass(frozen=True)
class PredictedMention:
    text: str  # the gold text's file name
    start: int  # offsets of the sentence in the file (front matter included)
    end: int


@dataclass(frozen=True)
class Predicted:
    id: int
    type: str
    status: str
    date: DateValue
    roles: frozenset[tuple[str, str]]  # (actor name, role)
    mentions: tuple[PredictedMention, ...]
    negotiation: str = ""
    year_supported: bool = True  # see year_supported()
    # What each text's own report said before merging, as (text name, status, date): the
    # yardstick of `Scores.reported_date` / `reported_status`. A text without one is judged
    # by the event itself.
    reports: tuple[tuple[str, str, DateValue], ...] = ()
    end_date: dt.date | None = None  # the last day of a happening over several days

    def reported_in(self, text: str) -> tuple[str, DateValue]:
        """The status and date the text `text` gave this happening."""
        for name, status, date in self.reports:
            if name == text:
                return status, date
        return self.status, self.date

    @property
    def names(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.roles)


@dataclass
class Scores:
    predicted: int = 0
    false_alarms: int = 0
    required: int = 0
    found: int = 0
    matched: int = 0  # pairs, optional gold included (for the accuracies)
    exact_date: int = 0
    status: int = 0
    type: int = 0
    roles_found: float = 0.0
    events: int = 0  # stored events with a mention in these texts
    wrong_merges: int = 0
    unsupported_years: int = 0  # of those events, dated to a year no report supports
    # Of matched pairs, judged by the report of the pair's own text instead of the merged
    # event: a text that knew only the month of a summit whose day other texts give, or an
    # announcement of a summit held later, is right as that text reported it.
    reported_date: int = 0
    reported_status: int = 0

    @property
    def precision(self) -> float:
        hits = self.predicted - self.false_alarms
        return hits / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def share(self, name: str) -> float:
        value = getattr(self, name)
        return value / self.matched if self.matched else 1.0

    @property
    def wrong_merge_rate(self) -> float:
        return self.wrong_merges / self.events if self.events else 0.0

    @property
    def unsupported_year_rate(self) -> float:
        return self.unsupported_years / self.events if self.events else 0.0

    def add(self, other: Scores) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_reported(self) -> dict[str, float]:
        """Exact date and status of matched pairs by each text's own report (not floors: the
        targets are the stored events' figures; these say how much of the gap is the
        yardstick, a merged event more precise or further on than one text knew)."""
        return {
            "exact_date": self.share("reported_date"),
            "status": self.share("reported_status"),
        }

    def figures(self) -> dict[str, float]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "exact_date": self.share("exact_date"),
            "status": self.share("status"),
            "type": self.share("type"),
            "roles": self.share("roles_found"),
            "wrong_merges": self.wrong_merge_rate,
            "unsupported_years": self.unsupported_year_rate,
        }


@dataclass
class Errors:
    """What went wrong, by category, for the error analysis (docs/extraction.md). A missed
    happening is put in the first category that explains it: a stored event of its kind and
    parties on another date (`missed_date`), of its kind and date with other parties
    (`missed_actors`), of its parties and date of another kind (`missed_type`), else nothing
    at all (`missed`: the trigger was missed)."""

    missed: list[str] = field(default_factory=list)
    missed_date: list[str] = field(default_factory=list)
    missed_actors: list[str] = field(default_factory=list)
    missed_type: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_date: list[str] = field(default_factory=list)
    wrong_status: list[str] = field(default_factory=list)
    wrong_type: list[str] = field(default_factory=list)
    wrong_roles: list[str] = field(default_factory=list)
    wrong_merges: list[str] = field(default_factory=list)
    unsupported_years: list[str] = field(default_factory=list)


def dates_agree(gold: DateValue, predicted: DateValue) -> bool:
    """The prediction names the gold's period at least as precisely."""
    order = {"year": 0, "month": 1, "day": 2}
    if order[predicted.precision] < order[gold.precision]:
        return False
    if gold.precision == "year":
        return predicted.value.year == gold.value.year
    if gold.precision == "month":
        return predicted.value.replace(day=1) == gold.value
    return predicted.value == gold.value


def _within_span(g: Happening, p: Predicted) -> bool:
    """A gold day (without a span of its own) inside a stored event's span of days."""
    return (
        g.end_date is None
        and p.end_date is not None
        and g.date.precision == "day"
        and p.date.precision == "day"
        and p.date.value <= g.date.value <= p.end_date
    )


def event_date_agrees(g: Happening, p: Predicted) -> bool:
    """The stored event's date agrees with the gold row's: at the gold's precision, or the
    gold's day lies within the event's span of days."""
    return dates_agree(g.date, p.date) or _within_span(g, p)


def exact_date(g: Happening, p: Predicted) -> bool:
    """Same date and precision, or the gold's one day within the event's span."""
    return p.date == g.date or _within_span(g, p)


def _principals(roles: frozenset[tuple[str, str]]) -> set[str]:
    return {name for name, role in roles if role != "announcer"} or {name for name, _ in roles}


def score_text(
    gold: GoldText, predicted: list[Predicted], nationality: Mapping[str, str]
) -> tuple[Scores, Errors]:
    """Scores of one text's predictions (the stored events with a mention in it)."""
    scores, errors = Scores(), Errors()
    scores.required = len(gold.required)
    scores.predicted = len(predicted)
    pairs = _pairs(gold.events, predicted, nationality)
    matched_predictions = {p.id for _, p in pairs}
    found = {g.key for g, _ in pairs}
    for g in gold.required:
        if g.key not in found:
            category = _why_missed(g, predicted, nationality)
            getattr(errors, category).append(f"{gold.text} {g.key}: {_describe(g)}")
    scores.found = sum(1 for g, _ in pairs if g.required)
    scores.false_alarms = sum(1 for p in predicted if p.id not in matched_predictions)
    for p in predicted:
        if p.id not in matched_predictions:
            errors.false_alarms.append(
                f"{gold.text}: event {p.id} {p.type} {p.status} {p.date.formatted()} "
                f"{sorted(p.names)}"
            )
    for g, p in pairs:
        scores.matched += 1
        where = f"{gold.text} {g.key}: {_describe(g)}; stored event {p.id}"
        if exact_date(g, p):
            scores.exact_date += 1
        else:
            errors.wrong_date.append(f"{where} dated {p.date.formatted()}")
        if p.status == g.status:
            scores.status += 1
        else:
            errors.wrong_status.append(f"{where} is {p.status}")
        if p.type == g.type:
            scores.type += 1
        else:
            errors.wrong_type.append(f"{where} typed {p.type}")
        status, date = p.reported_in(gold.text)
        scores.reported_date += date == g.date
        scores.reported_status += status == g.status
        gold_roles = g.roles()
        share = len(gold_roles & p.roles) / len(gold_roles) if gold_roles else 1.0
        scores.roles_found += share
        if share < 1:
            missing = sorted(gold_roles - p.roles)
            errors.wrong_roles.append(f"{where} lacks {missing}, has {sorted(p.roles)}")
    return scores, errors


def _why_missed(g: Happening, predicted: list[Predicted], nationality: Mapping[str, str]) -> str:
    def parties(p: Predicted) -> bool:
        return bool(shared_parties(set(g.principal_names() or g.names), _principals(p.roles),
                                   nationality))  # fmt: skip

    group = merge_group(g.type)
    if any(merge_group(p.type) == group and parties(p) for p in predicted):
        return "missed_date"
    if any(merge_group(p.type) == group and event_date_agrees(g, p) for p in predicted):
        return "missed_actors"
    if any(event_date_agrees(g, p) and parties(p) for p in predicted):
        return "missed_type"
    return "missed"


def _pairs(
    gold: list[Happening], predicted: list[Predicted], nationality: Mapping[str, str]
) -> list[tuple[Happening, Predicted]]:
    """Greedy one-to-one matching: required happenings first, then the best prediction."""
    free = list(predicted)
    pairs = []
    for g in sorted(gold, key=lambda g: not g.required):
        best, best_key = None, None
        for p in free:
            if merge_group(p.type) != merge_group(g.type) or not event_date_agrees(g, p):
                continue
            shared = shared_parties(g.principal_names() or g.names, _principals(p.roles),
                                    nationality)  # fmt: skip
            if not shared:
                continue
            # A stored event on the very day ranks above one whose span holds the day: the
            # span rule adds pairs where none was, it does not move existing ones.
            key = (p.type == g.type, exact_date(g, p), p.date == g.date, p.status == g.status,
                   shared)  # fmt: skip
            if best_key is None or key > best_key:
                best, best_key = p, key
        if best is not None:
            free.remove(best)
            pairs.append((g, best))
    return pairs


def shared_parties(a: set[str], b: set[str], nationality: Mapping[str, str]) -> int:
    """Parties both name, a state named on one side counting as shared with a person or
    body of that state on the other (`nationality`: person or body -> state)."""
    shared = a & b
    bridged = {s for s in a - shared if s in {nationality.get(x) for x in b}}
    bridged |= {s for s in b - shared if s in {nationality.get(x) for x in a}}
    return len(shared) + len(bridged)


def gold_dates_meet(a: Happening, b: Happening) -> bool:
    """Can two gold rows' dates be one happening's? Two days: equal, or one inside the
    other's span; otherwise the coarser period holds the finer one's start."""
    if a.date.precision == "day" and b.date.precision == "day":
        return a.date.value <= (b.end_date or b.date.value) and b.date.value <= (
            a.end_date or a.date.value
        )
    coarse, fine = sorted((a.date, b.date), key=lambda d: PRECISION_ORDER[d.precision])
    return coarse.contains(fine)


def days_of_one_meeting(a: Happening, b: Happening) -> bool:
    """Could two rows (of different texts) be days of one meeting over several days? Both to
    the day, of one meeting type, with equal principal parties, at most a day apart."""
    if a.type != b.type or a.type not in MULTI_DAY_TYPES:
        return False
    if a.date.precision != "day" or b.date.precision != "day":
        return False
    if a.principal_names() != b.principal_names():
        return False
    start = max(a.date.value, b.date.value)
    end = min(a.end_date or a.date.value, b.end_date or b.date.value)
    return (start - end).days <= 1


def same_happening(
    a: Happening, b: Happening, nationality: Mapping[str, str], a_text: str = "", b_text: str = ""
) -> bool:
    """Could two gold rows be one happening? Of one text, only if they are one row; of two
    texts, also when they may be two days of one meeting (days_of_one_meeting)."""
    if a_text and a_text == b_text:
        return a.key == b.key
    if merge_group(a.type) != merge_group(b.type):
        return False
    if a_text and b_text and days_of_one_meeting(a, b):
        return True
    if not gold_dates_meet(a, b):
        return False
    return bool(shared_parties(set(a.principal_names()), set(b.principal_names()), nationality))


def wrong_merges(
    events: list[Predicted],
    gold_by_text: Mapping[str, GoldText],
    nationality: Mapping[str, str],
) -> list[str]:
    """The stored events whose mentions report happenings the gold says are different."""
    found = []
    for event in events:
        tied: list[list[tuple[str, Happening]]] = []
        for mention in event.mentions:
            gold = gold_by_text.get(mention.text)
            if gold is None:
                continue
            rows = [
                (mention.text, g) for g in gold.events
                if merge_group(g.type) == merge_group(event.type)
                and any(mention.start <= at < mention.end for at in g.at)
            ]  # fmt: skip
            if rows:
                tied.append(rows)
        conflict = _conflict(tied, nationality)
        if conflict is not None:
            a, b = conflict
            found.append(
                f"event {event.id} {event.type} {event.date.formatted()} holds "
                f"{_describe(a)} and {_describe(b)}"
            )
    return found


def _conflict(
    tied: list[list[tuple[str, Happening]]], nationality: Mapping[str, str]
) -> tuple[Happening, Happening] | None:
    for i, first in enumerate(tied):
        for second in tied[i + 1 :]:
            if not any(
                same_happening(a, b, nationality, a_text, b_text)
                for a_text, a in first
                for b_text, b in second
            ):
                return first[0][1], second[0][1]
    return None


def _describe(g: Happening) -> str:
    parties = ", ".join(sorted(g.principal_names())) or ", ".join(sorted(g.names))
    return f"{g.type} {g.status} {g.date.formatted()} ({parties})"
