"""Time expressions: find them in a sentence and resolve them against the publication date.

Each rule is a regular expression and a resolver. `find_time_mentions` scans a sentence with
every rule; `resolve_date` resolves one expression on its own. Both use the same table, so
the parametrized tests of `resolve_date` exercise exactly what the pipeline runs.

Relative expressions need a direction. News narrates in the past, so a bare weekday or month
is the most recent one on or before the publication date, unless the sentence speaks of the
future ("will", "set for", "is expected to"), when it is the next one on or after it.
"A day later" and "the same day" count from the anchor: the last date the text mentioned.

Everything a resolver may use comes in one explicit `DateContext` (publication date, the last
dates told, the year a list stands at, the tense); each rule says whether it is
`directional` (the tense decides past or future). Every resolution says whether the date is
`inferred`: anything not written in full in the expression (a year from the publication or
from the list around, a weekday's week, a relative phrase) is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import vocabulary
from .records import DateValue, TimeMention

# Month and weekday names, number words: corpus/vocabulary.toml (closed-class lists).
MONTHS = vocabulary.MONTHS  # "january", "jan", ... -> 1
WEEKDAYS = vocabulary.WEEKDAYS  # "monday" -> 0
NUMBERS = vocabulary.NUMBER_WORDS  # "two" -> 2

_FULL_MONTHS = [name for name in MONTHS if len(name) > 4 or name in {"may", "june", "july"}]
_SHORT_MONTHS = [name for name in MONTHS if name not in _FULL_MONTHS]
_MONTH = (
    r"(?P<month>"
    + "|".join(sorted(_FULL_MONTHS, key=len, reverse=True))
    + r"|(?:"
    + "|".join(sorted(_SHORT_MONTHS, key=len, reverse=True))
    + r")\.?)"
)
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NUMBER = r"(?P<number>\d+|" + "|".join(NUMBERS) + r")"
_UNIT = r"(?P<unit>day|week|month|year)s?"

# "allows him to attend a NATO meeting Friday": what a present enabling verb opens lies ahead
# (kp2-030_voa…txt s7).
FUTURE_MARKERS = re.compile(
    r"\b("
    + "|".join(re.escape(m) for m in sorted(vocabulary.FUTURE_MARKERS, key=len, reverse=True))
    + r"|allows? \w+ to)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateContext:
    """What a time expression is resolved against; built by the caller, never hidden state.

    `anchor` is the last date the text told and `day_anchor` the last one told to the day in
    the past ("a day later" counts from it). `year` is the year the text around stands at when
    its own lines say so: a list under a year heading, the previous line of a chronology with
    its year, an encyclopedia page whose publication date is only inferred. A day and month
    without a year takes that year rather than the publication's."""

    published: dt.date
    anchor: DateValue | None = None
    day_anchor: DateValue | None = None
    year: int | None = None
    tense: str = "past"  # "past" | "future": read near the expression (tense_at)
    past_verb: bool = False  # a verb in the past tense stands just before the expression
    # The day the speakers stand at when it is not the publication's: a transcript whose
    # title ends in the day of its occasion, published later (see speech_day).
    today: dt.date | None = None
    after_clause: bool = False  # the expression stands in a clause opened by "after"
    # False on a page that prints no publication date (`published` is then only the latest
    # full date its text states): a weekday or "yesterday" names a day of a week the page
    # never tells, so it gives the month around that anchor, no finer (docs/annotation.md,
    # texts without `published`; kp3-025_voa… s4, s7: talks that "wrapped up on Wednesday"
    # on a page dated only by a caption's full date).
    published_known: bool = True

    def with_tense(
        self, tense: str, past_verb: bool = False, after_clause: bool = False
    ) -> DateContext:
        if (tense, past_verb, after_clause) == (self.tense, self.past_verb, self.after_clause):
            return self
        return replace(self, tense=tense, past_verb=past_verb, after_clause=after_clause)


@dataclass(frozen=True)
class Resolved:
    """A resolved expression: its date, its last day for a span of days ("June 12-13"), and
    whether anything of it was taken from outside its words (a year, a weekday's week)."""

    date: DateValue
    inferred: bool
    end: dt.date | None = None


Resolver = Callable[[re.Match, DateContext], "Resolved | None"]


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    resolve: Resolver
    absolute: bool  # names the calendar period itself
    needs: str = ""  # a hint the sentence must show for the rule to be tried (see HINTS)
    directional: bool = False  # past or future is decided by the tense around it


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _stated(value: DateValue) -> Resolved:
    return Resolved(value, inferred=False)


def _inferred(value: DateValue | None) -> Resolved | None:
    return Resolved(value, inferred=True) if value is not None else None


def _full_date(m: re.Match, c: DateContext) -> Resolved | None:
    value = _safe_date(int(m["year"]), _month_number(m["month"]), int(m["day"]))
    return _stated(DateValue(value, "day")) if value else None


def _numeric_date(m: re.Match, c: DateContext) -> Resolved | None:
    value = _safe_date(int(m["year"]), int(m["number_month"]), int(m["day2"]))
    return _stated(DateValue(value, "day")) if value else None


def _day_of_year(month: int, day: int, c: DateContext) -> dt.date | None:
    """The year of a day and month told without one: the year the text stands at when its
    list or page gives one; else the nearest before publication (after it, for a plan), but
    a day a few weeks ahead rather than almost a year back ("the December 9 summit" told in
    late November)."""
    if c.year is not None:
        return _safe_date(c.year, month, day)
    published = c.published
    candidates = [_safe_date(published.year + k, month, day) for k in (-1, 0, 1)]
    candidates = [d for d in candidates if d]
    later = [d for d in candidates if d >= published]
    earlier = [d for d in candidates if d <= published]
    if c.tense == "future":
        return min(later) if later else None
    if not earlier:
        return None
    past = max(earlier)
    soon = min(later) if later else None
    if (
        soon
        and not c.past_verb
        and (soon - published).days <= NEAR_AHEAD_DAYS
        and (published - past).days > FAR_BACK_DAYS
    ):
        return soon
    return past


NEAR_AHEAD_DAYS = 62
FAR_BACK_DAYS = 183
# "met on May 9", "was held May 9": the clause itself says the day is past.
PAST_VERB = re.compile(
    r"\b(?:\w+ed|met|held|was|were|had|took|went|came|began|spoke|made|saw|said|told)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# "called off the June 12 summit", "postponed the May 30 talks": what a past cancelling
# verb calls off was due after it, so the verb says nothing of the date's direction.
CALLING_OFF = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            (
                re.escape(t.phrase)
                for t in vocabulary.TRIGGERS
                if t.type in {"cancellation", "postponement"} and not t.noun
            ),
            key=len,
            reverse=True,
        )
    )
    + r")\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _plan_day(m: re.Match, c: DateContext) -> Resolved | None:
    """A plan's bare day of the month: the next such day on or after publication."""
    day, published = int(m["day"]), c.published
    value = _safe_date(published.year, published.month, day)
    if value is None or value < published:
        following = _add_months(dt.date(published.year, published.month, 1), 1)
        value = _safe_date(following.year, following.month, day)
    return _inferred(DateValue(value, "day") if value else None)


def _month_day(m: re.Match, c: DateContext) -> Resolved | None:
    value = _day_of_year(_month_number(m["month"]), int(m["day"]), c)
    return _inferred(DateValue(value, "day") if value else None)


def _day_span(m: re.Match, c: DateContext) -> Resolved | None:
    """ "June 12-13", "27–28 February 2019", "from October 6 to 8": first and last day."""
    month, first, last = _month_number(m["month"]), int(m["day"]), int(m["day2"])
    year = int(m["year"]) if m["year"] else None
    start = _safe_date(year, month, first) if year else _day_of_year(month, first, c)
    if start is None or last <= first:
        return None
    end = _safe_date(start.year, month, last)
    if end is None:
        return None
    return Resolved(DateValue(start, "day"), inferred=not m["year"], end=end)


def _month_year(m: re.Match, c: DateContext) -> Resolved | None:
    return _stated(DateValue(dt.date(int(m["year"]), _month_number(m["month"]), 1), "month"))


def _month(m: re.Match, c: DateContext) -> Resolved | None:
    month = _month_number(m["month"])
    modifier = (m["modifier"] or "").lower()
    if modifier == "for" and month == 5:
        return None  # "support for May": the name, more often than the month
    published = c.published
    if c.year is not None and modifier not in {"last", "next"}:
        year = c.year
        anchor = c.anchor
        if c.after_clause and anchor and anchor.value.year == year and month > anchor.value.month:
            # "was announced after North Korea tested ... in late November", told of a
            # meeting of January 2018 on an undated page: the month before it, the year
            # before (kp1-023_wikipedia…txt s8).
            year -= 1
        return _inferred(DateValue(dt.date(year, month, 1), "month"))
    if modifier == "this":
        # "this August's war game", told in June (kp2-010_dod…txt s3): the month of the
        # publication's year, ahead or past, whatever the tense around it.
        return _inferred(DateValue(dt.date(published.year, month, 1), "month"))
    if modifier == "last" or (modifier != "next" and c.tense != "future"):
        # The most recent such month, this one included ("last July": strictly before).
        year = published.year if month <= published.month else published.year - 1
        if modifier == "last" and month == published.month:
            year -= 1
    else:
        year = published.year if month >= published.month else published.year + 1
        if modifier == "next" and month == published.month:
            year += 1
    return _inferred(DateValue(dt.date(year, month, 1), "month"))


def _year(m: re.Match, c: DateContext) -> Resolved | None:
    return _stated(DateValue(dt.date(int(m["year"]), 1, 1), "year"))


def _weekday(m: re.Match, c: DateContext) -> Resolved | None:
    published = c.published
    target = WEEKDAYS[m["weekday"].lower()]
    modifier = (m["modifier"] or "").lower()
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if modifier == "last":
        value = published - dt.timedelta(days=back or 7)
    elif modifier == "next":
        value = published + dt.timedelta(days=ahead or 7)
    elif c.tense == "future":
        value = published + dt.timedelta(days=ahead)
    else:
        value = published - dt.timedelta(days=back)
    return _inferred(_day_of_week(value, c))


def _day_of_week(value: dt.date, c: DateContext) -> DateValue:
    """A day counted from the publication day, or only its month when that day is unknown
    and no day of the speakers is told (DateContext.published_known)."""
    if c.published_known or c.today is not None:
        return DateValue(value, "day")
    return DateValue(value.replace(day=1), "month")


def _deictic_day(m: re.Match, c: DateContext) -> Resolved | None:
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["word"].lower()]
    return _inferred(_day_of_week((c.today or c.published) + dt.timedelta(days=shift), c))


def _part_of_today(m: re.Match, c: DateContext) -> Resolved | None:
    """ "this evening", "this morning": the speakers' day, the publication's unless told."""
    return _inferred(DateValue(c.today or c.published, "day"))


SPEECH_DAY_REACH = 7  # days a transcript may be published after its occasion
TITLE_ENDS_WITH_DATE = re.compile(r"\d\d\W*$")


def speech_day(title: str, mentions: list[TimeMention], published: dt.date) -> dt.date | None:
    """The day of a transcript's occasion, when its title ends in that day stated in full and
    the text was published a few days later (ir-010_pompeo…txt s1: "Remarks to Press,
    Washington, DC, June 13, 2019", published on the 14th: its "today" is the 13th)."""
    if not mentions or not TITLE_ENDS_WITH_DATE.search(title):
        return None
    last = mentions[-1]
    if last.date.precision != "day" or last.inferred:
        return None
    day = last.date.value
    if published - dt.timedelta(days=SPEECH_DAY_REACH) <= day < published:
        return day
    return None


def _same_day_part(m: re.Match, c: DateContext) -> Resolved | None:
    """ "earlier in the day", "later that day", "that evening": the day the story stands at."""
    base = c.day_anchor or c.anchor
    if base is None or base.precision != "day":
        return None
    return _inferred(base)


def _deictic_period(m: re.Match, c: DateContext) -> Resolved | None:
    published = c.published
    which, unit = m["which"].lower(), m["unit"].lower()
    step = -1 if which == "last" else 1 if which == "next" else 0
    if unit == "week":
        # A week has no precision of its own here: report its month, honestly; a past or
        # coming week that straddles two months gives only its year (kp3-016_voa…txt s10:
        # "warned last week" told on Wednesday 7 November, a week of October and November).
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        sunday = monday + dt.timedelta(days=6)
        if step == 0 or monday.month == sunday.month:  # "this week": its Monday's month
            return _inferred(DateValue(dt.date(monday.year, monday.month, 1), "month"))
        if monday.year == sunday.year:
            return _inferred(DateValue(dt.date(monday.year, 1, 1), "year"))
        return None  # the last week of December and the first of January: no date is certain
    if unit == "month":
        first = dt.date(published.year, published.month, 1)
        return _inferred(DateValue(_add_months(first, step), "month"))
    return _inferred(DateValue(dt.date(published.year + step, 1, 1), "year"))


def _speech_period(m: re.Match, c: DateContext) -> Resolved | None:
    """A speaker's frame of the time just past, "we've had a good week", "it's been a long
    day": the period that ends as they speak (this week; the speakers' day)."""
    if m["unit"].lower() == "week":
        day = c.today or c.published
        monday = day - dt.timedelta(days=day.weekday())
        return _inferred(DateValue(dt.date(monday.year, monday.month, 1), "month"))
    return _inferred(DateValue(c.today or c.published, "day"))


# The words that may stand between "had a" and the period in a speech frame: any but those
# that make the period another time's ("had a meeting the next day", "had talks in a week").
_FRAME_WORD = r"(?!(?:the|this|that|last|next|in|on|of|at|with|for|a|an|by|per)\b)[a-z]+"
# kp1-004_tillerson… s3 "has actually had a pretty good week", then what the week brought;
# kp2-001_pompeo… s3 "we had a good day"; af-011_pompeo… s6 "It's been an eventful 24
# hours": speakers in interviews and press availabilities open an account of what just
# happened by naming the period it filled.
SPEECH_PERIOD = _rx(
    rf"\b(?:had|been)\s+an?\s+(?:{_FRAME_WORD},?\s+(?:and\s+)?){{0,3}}"
    r"(?P<unit>day|week|24\s+hours)\b(?!\s+(?:after|before|later|earlier|ago|of)\b)"
)


def speech_period(sentence: str, published: dt.date) -> DateValue | None:
    """The period a speaker names as just past in `sentence` (SPEECH_PERIOD), if any. Not a
    rule of RULES: it dates what the speaker tells next (events._speech_frame), never an
    event of its own sentence ("it's been an important day, and I thank you for visiting
    ..." is no date of the visit)."""
    match = SPEECH_PERIOD.search(sentence)
    if match is None:
        return None
    resolved = _speech_period(match, DateContext(published))
    return resolved.date if resolved else None


def _year_end(m: re.Match, c: DateContext) -> Resolved | None:
    return _inferred(DateValue(dt.date(c.published.year, 1, 1), "year"))


def _ago(m: re.Match, c: DateContext) -> Resolved | None:
    return _inferred(_shift(c.published, "day", -_number(m["number"]), m["unit"].lower()))


# "The talks come two weeks after ...", "The move comes a day after ..." (kp2-007_voa…txt
# s5 "The development comes a day after"; kp2-030_voa…txt s14 "The trip comes just hours
# after"): the present "comes" sets the news it frames at the story's day.
NEWS_COMES = re.compile(r"\bcomes?\s+(?:just\s+|only\s+)?$", re.IGNORECASE)


def _later(m: re.Match, c: DateContext) -> Resolved | None:
    anchor = c.anchor
    if anchor is None and _comes_after(m, c):
        # nothing dated yet: the news that "comes" N days after is the publication day's
        anchor = DateValue(c.today or c.published, "day")
    if anchor is None:
        return None  # "a day later" than nothing the text has dated
    base = anchor
    if m["unit"].lower() in {"day", "week"} and anchor.precision != "day":
        base = c.day_anchor or anchor  # count days from the last day the text gave
    # "A day later, Trump cancelled": later than the anchor. "A day after Pompeo named Biegun"
    # introduces a clause whose event the anchor follows: earlier than the anchor.
    sign = {"later": 1, "earlier": -1, "after": -1, "before": 1}[m["direction"].lower()]
    amount = sign * _number(m["number"])
    return _inferred(_shift(base.value, base.precision, amount, m["unit"].lower()))


def _comes_after(m: re.Match, c: DateContext) -> bool:
    """ "comes a day after", "come two weeks before", on a page with its publication date."""
    return (
        c.published_known
        and m["direction"].lower() in {"after", "before"}
        and NEWS_COMES.search(m.string, 0, m.start()) is not None
    )


def _same_day(m: re.Match, c: DateContext) -> Resolved | None:
    base = c.anchor or DateValue(c.published, "day")
    which = (m["which"] or m["which2"] or m["which3"]).lower()
    shift = _SHIFT[which]
    if base.precision != "day":
        return _inferred(base)
    return _inferred(DateValue(base.value + dt.timedelta(days=shift), "day"))


def _same_day_in_sentence(
    m: re.Match, c: DateContext, found: list[TimeMention], mention: TimeMention, offset: int
) -> TimeMention:
    """ "NHK reported on Sunday that the ministry dismissed the claim on the same day"
    (kp4-016_jmh… s12): "the same day", "the next day" count from the day named before them
    in their own sentence, when there is one, rather than from the sentences before."""
    days = [
        other
        for other in found
        if other.start < offset + m.start() and other.date.precision == "day"
    ]
    if not days:
        return mention
    nearest = max(days, key=lambda other: other.start)
    resolved = _same_day(m, replace(c, anchor=nearest.date))
    if resolved is None:
        return mention
    return replace(mention, date=resolved.date, inferred=resolved.inferred)


def _hours_apart(m: re.Match, c: DateContext) -> Resolved | None:
    """ "just hours after North Korea's launch": a happening hours from the one the clause
    tells, on the same day: the last past day the story stood at, else the publication day
    (kp4-014_voa…txt s1: a summit that "comes just hours after" a missile test)."""
    base = c.day_anchor or DateValue(c.published, "day")
    return _inferred(base) if base.precision == "day" else None


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def _add_months(first_of_month: dt.date, months: int) -> dt.date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _shift(base: dt.date, base_precision: str, amount: int, unit: str) -> DateValue:
    """Move `base` by `amount` units; the result is no more precise than the unit or base."""
    if unit in {"day", "week"}:
        value = base + dt.timedelta(days=amount * (7 if unit == "week" else 1))
        if unit == "day" and base_precision == "day":
            return DateValue(value, "day")
        return DateValue(dt.date(value.year, value.month, 1), "month")
    if unit == "month":
        moved = _add_months(dt.date(base.year, base.month, 1), amount)
        return DateValue(moved, "month" if base_precision != "year" else "year")
    return DateValue(dt.date(base.year + amount, 1, 1), "year")


_MOD = r"(?:(?P<modifier>last|this|next|early|late|mid-|mid|on|in|since|by|until|during|of|from|"
# "for": the time a plan is set for, "drills slated for later this month" (kp4-019 s2),
# "slated for later this summer" (kp2-010 s2), "planned for September": a month written with
# its capital or a word of a time ahead ("waiting for may" is no date).
_MOD += r"through|before|after|the|"
_MOD += r"for(?=\s+(?:(?-i:[A-Z])|later\b|early\b|late\b|next\b|this\b|mid)))\s*)"

# A capital letter must open a month written after its day: "30 may be" is no date.
_CAPITAL = r"(?-i:(?=[A-Z]))"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_DASH = r"\s*[-–]\s*"
_DAY_PART = r"(?:day|evening|morning|afternoon|night)"
_SHIFT = vocabulary.DAY_SHIFTS  # "the same day", "the next day", "the day before"
_CLAUSE_END = r"(?=\s*(?:[,.;:)—–]|$))"

# fmt: off
RULES: tuple[Rule, ...] = (
    # kp3-003_dipnote…txt s2 and s3: a trip "from October 6-8", its stops "October 6-7".
    Rule(_rx(rf"\b{_MONTH}\s+{_DAY}{_DASH}{_DAY2}\b(?:,?\s+{_YEAR}\b)?"), _day_span, True,
         "month", directional=True),
    Rule(_rx(rf"\b(?P<day>[0-3]?\d){_DASH}{_DAY2}\s+{_CAPITAL}{_MONTH}(?:,?\s+{_YEAR}\b)?"),
         _day_span, True, "month", directional=True),
    Rule(_rx(rf"\bfrom\s+{_MONTH}\s+{_DAY}\s+(?:to|until|till|through)\s+{_DAY2}\b"
             rf"(?:,?\s+{_YEAR}\b)?"), _day_span, True, "month", directional=True),
    # kp4-007_embassy…txt s4: "Thursday, April 11, 2019": a weekday before a full date is
    # part of it, not a second expression resolved against publication.
    Rule(_rx(rf"\b{_WEEKDAY},?\s+{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), _full_date, True, "month"),
    Rule(_rx(rf"\b{_WEEKDAY},?\s+{_DAY}\s+{_MONTH}\s+{_YEAR}\b"), _full_date, True, "month"),
    Rule(_rx(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), _full_date, True, "month"),
    # kp1-020_voa…txt (its date line): "02 January, 2018", a comma before the year.
    Rule(_rx(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"), _full_date, True, "month"),
    # kp3-019_voa…txt (its date line): "2018/9/18", year, month and day in figures.
    Rule(_rx(rf"\b{_YEAR}/(?P<number_month>[01]?\d)/{_DAY2}\b(?!/)"), _numeric_date, True,
         "digit"),
    # kp4-027_biegun…txt s3: "In June of 2018".
    Rule(_rx(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"), _month_year, True, "month"),
    Rule(_rx(rf"\b{_MONTH}\s+{_DAY}\b(?![-/:.]?\d)"), _month_day, True, "month",
         directional=True),
    # kp2-014_wikipedia…txt s10, s16: "On 26 May", "On 27 May" (day before month).
    Rule(_rx(rf"\b{_DAY}\s+{_CAPITAL}{_MONTH}\b(?![-/:.]?\d)"), _month_day, True, "month",
         directional=True),
    Rule(_rx(rf"\b{_MOD}{_MONTH}(?!\w)"), _month, True, "month", directional=True),
    Rule(_rx(rf"\b{_NUMBER}\s+{_UNIT}\s+ago\b"), _ago, False, "unit"),
    Rule(_rx(rf"\b{_NUMBER}\s+{_UNIT}\s+(?P<direction>later|earlier|after|before)\b"),
         _later, False, "unit"),
    # kp4-014_voa…txt s1: "just hours after" a launch (no number: the same day).
    Rule(_rx(rf"\b(?:(?:just|only|mere|a\s+few|several|{_NUMBER})\s+)?hours\s+"
             r"(?P<direction>after|before|earlier|later)\b"), _hours_apart, False, "unit"),
    Rule(_rx(r"\b(?:by\s+)?(?:year['’]s end|the end of (?:the|this) year)\b"), _year_end, False,
         "unit"),
    Rule(_rx(r"\b(?:earlier |later )?(?P<which>last|this|next)\s+(?P<unit>week|month|year)\b"),
         _deictic_period, False, "unit"),
    # Within the day the story stands at: "earlier in the day", "later that day", "that evening".
    Rule(_rx(rf"\b(?:(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+{_DAY_PART}|"
             r"(?:that|the\s+same)\s+(?:evening|morning|afternoon|night))\b"),
         _same_day_part, False, "unit"),
    # kp4-001_jmh…txt s1: talks "to begin this evening".
    Rule(_rx(r"\b(?:this\s+(?:evening|morning|afternoon)|(?:earlier|later)\s+today)\b"),
         _part_of_today, False, "unit"),
    Rule(_rx(r"\bthe\s+(?P<which>same|next|following|previous)\s+day\b|\b(?P<which2>that)\s+day\b"
             rf"|\bthe\s+day\s+(?P<which3>before|after){_CLAUSE_END}"), _same_day, False, "unit"),
    Rule(_rx(rf"\b{_MOD}?(?:(?:early|late)\s+)?{_WEEKDAY}(?:['’]s)?\b"), _weekday, False,
         "weekday", directional=True),
    Rule(_rx(r"\b(?P<word>yesterday|today|tonight|tomorrow)\b"), _deictic_day, False, "deictic"),
    # A plan set for a bare day of the month: "the summit, set for the 12th", "talks scheduled
    # for the 3rd in Vienna" (kp4-019 s2 "slated for later this month": a plan participle and
    # the time it is set for; cn-008 s9 "starting on May 8th": a day written as an ordinal).
    # Only after a plan participle, and ending its phrase ("the 82nd Airborne" is no day).
    Rule(_rx(r"(?:(?<=set for )|(?<=scheduled for )|(?<=slated for )|(?<=planned for )|"
             r"(?<=due on )|(?<=scheduled on ))the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
             r"(?=\s*(?:[,.;:)]|$|(?:in|at|and|but|with|when|between|of\s+this\s+month)\b))"),
         _plan_day, False, "plan"),
    # A year, not a quantity ("2000 troops": a number before a plural noun).
    Rule(_rx(rf"(?<![\d/-]){_YEAR}(?![\d/-]|\s+[a-z]+s\b|\s*percent)"), _year, True, "digit"),
)
# fmt: on


# A line that is only a year: a chronology's or a page's heading ("2018", "== 2018 ==").
YEAR_HEADING = re.compile(r"^[\s=#*]*((?:19|20)\d\d)[\s=#*:.]*$")
# A chronology or list line that opens with a day and month: "May 22 -- ", "22 May: ",
# "- Oct. 3 –".
LIST_LINE = re.compile(
    rf"^\s*(?:[-*•]\s*)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH.replace('<month>', '<m2>')})\b"
    r"(?:,?\s+(?:19|20)\d\d)?\s*(?:--|[-–—:])",
    re.IGNORECASE,
)

QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
REPORTING_VERB = re.compile(
    r"\b(said|says|told|announced|added|wrote|tweeted|that)\b", re.IGNORECASE
)
REPORTED_BEFORE = re.compile(
    r"\b(said|says|told|announced|added|wrote|tweeted|statement)\s+(on\s+|early\s+|late\s+)?$",
    re.IGNORECASE,
)
# "his planned June 12 summit"; kp3-016_voa…txt s1: "the planned meeting with <an official>
# Thursday": the cue may open the noun phrase that the expression closes.
PLANNED_BEFORE = re.compile(
    r"\b(planned|scheduled|upcoming|proposed)\s+(?:(?![\w-]+ed\b)[\w.'’-]+\s+){0,7}$",
    re.IGNORECASE,
)
# kp2-030 s3 "sworn in Thursday after a divided Senate voted", kp4-019 s2 "following his
# meeting ... on Sunday", kp2-029 s1 "ahead of more talks Thursday": a clause of another time.
TIME_CLAUSE = re.compile(
    r"\b(" + "|".join(sorted(vocabulary.TIME_CLAUSE_OPENERS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"[,;:()]")
TENSE_WINDOW_BEFORE = 60
TENSE_WINDOW_AFTER = 50
# "announced after North Korea tested its latest ... missile in late November": a clause
# opened by "after", with no break before the expression, tells what came before.
AFTER_CLAUSE = re.compile(r"\bafter\b[^,;:.()]*$", re.IGNORECASE)
CLAUSE_REACH = 120


# Every rule needs one of these hints in the sentence; a sentence is tried only against the
# rules whose hint it shows, and most sentences show none.
# Substrings, checked on the lower-cased sentence (a false hint only costs a rule's scan).
HINTS: dict[str, tuple[str, ...]] = {
    "month": (*_FULL_MONTHS, *(f"{short}." for short in _SHORT_MONTHS), "sept "),
    "weekday": tuple(WEEKDAYS),
    "unit": ("day", "week", "month", "year", "hour", "evening", "morning", "afternoon", "night"),
    "deictic": ("yesterday", "today", "tonight", "tomorrow"),
    "plan": ("set for the", "scheduled", "slated", "planned", "due on the"),
}
# Only the bare-year rule needs this hint; the other rules with numbers need a month or unit.
YEAR_LIKE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The same hints as whole tokens ("jan." is one token): word -> hint name. "may" is left out:
# the modal verb is common, so the month is checked in the sentence's own case.
HINT_OF_WORD = {
    **{name: "month" for name in MONTHS if name != "may"},
    **{f"{name}.": "month" for name in MONTHS},
    **{name: "weekday" for name in WEEKDAYS},
    **{f"{name}s": "weekday" for name in WEEKDAYS},
    **{u: "unit" for u in ("day", "days", "week", "weeks", "month", "months", "year", "years")},
    **{u: "unit" for u in ("hours", "evening", "morning", "afternoon", "night")},
    **{d: "deictic" for d in ("yesterday", "today", "tonight", "tomorrow")},
    **{p: "plan" for p in ("set", "scheduled", "slated", "planned", "due")},
}
HINT_WORDS = frozenset(HINT_OF_WORD)


def tense_at(sentence: str, start: int, end: int, unquoted: str | None = None) -> str:
    """The direction of the expression at sentence[start:end], judged from nearby words.

    Looking near the expression rather than at the whole sentence keeps "In a statement on
    Monday, X said they planned to meet on Thursday" right: Monday is past, Thursday ahead.
    """
    # Quoted speech has its own tense: “they will be tough,” Biegun said Thursday.
    if unquoted is None:
        unquoted = _unquote(sentence)
    before = unquoted[max(0, start - TENSE_WINDOW_BEFORE) : start]
    openings = list(TIME_CLAUSE.finditer(before))
    opened = openings[-1] if openings else None
    if opened is not None and not CLAUSE_BREAK.search(before, opened.end()):
        # "will travel to Moscow on Friday after talks in Ankara on Monday": inside a time
        # clause, the main clause's words have no say on the expression's tense.
        before = before[opened.start() :]
    if PLANNED_BEFORE.search(before):
        return "future"  # "his planned June 12 summit"
    if REPORTED_BEFORE.search(before):
        return "past"  # "the State Department said early Wednesday that ..."
    if _told_as_past(before):
        return "past"  # "met Kang on Monday and will fly ...", "was postponed on Tuesday"
    after = unquoted[end : end + TENSE_WINDOW_AFTER]
    past_next = PAST_VERB_NEXT.match(after)
    if (
        past_next is not None
        and past_next.group("verb").lower() not in PLAN_PARTICIPLES
        and NAME_BEFORE.search(before)
        and sentence[start : start + 3].lower() == "on "
    ):
        # "Armenia on Tuesday cancelled the talks set for Thursday": the day between a named
        # subject and its finite past verb is that verb's, whatever plan word follows
        return "past"
    # "on Monday, she said they planned to ...": the words reported have their own time.
    reported = REPORTING_VERB.search(after)
    after = after[: reported.start()] if reported else after
    # "met on Tuesday ahead of a visit next week": a time clause after the expression tells
    # another happening, with a tense of its own.
    opening = TIME_CLAUSE.search(after)
    after = after[: opening.start()] if opening else after
    window = before + unquoted[start:end] + after
    return "future" if FUTURE_MARKERS.search(window) else "past"


def _told_as_past(before: str) -> bool:
    """The verb the expression hangs on is a finite past, with at most a name (or "by"/"with"
    and a name) between: "met Kang Kyung-wha on Monday", "was postponed on Tuesday", "was
    called off by Donald Trump on Tuesday". Its time is past whatever plan word stands
    further off ("... and will fly to X next week", "the trip planned for next week was
    cancelled on Tuesday"). Not a plan participle ("scheduled for Thursday", "set for") nor a
    participle after "will be"/"to be" ("will be held on Friday")."""
    match = TOLD_AS_PAST.search(before)
    if match is None:
        return False
    verb = match.group("verb").lower()
    auxiliary = (match.group("aux") or "").lower()
    return verb not in PLAN_PARTICIPLES and auxiliary not in FUTURE_AUXILIARIES


# The finite past just before a time expression; the words before it are checked in Python.
TOLD_AS_PAST = re.compile(
    r"(?:\b(?P<aux>[\w'’]+)\s+)?\b(?P<verb>(?i:met|held|took|went|began|spoke|[a-z]+ed))\s+"
    r"(?:(?i:off|back|out)\s+)?(?:(?i:by|with)\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}"
    r"(?:(?i:on|early|late)\s+)?$"
)
# A finite past verb directly after a subject's time ("Nikol Pashinyan on Tuesday called
# off ..."; kp2-014 "Trump abruptly cancelled", the same verb with the day before it).
PAST_VERB_NEXT = re.compile(r"\s+(?P<verb>(?:met|held|took|spoke|put|broke|[a-z]+ed))\b")
NAME_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s+$")
PLAN_PARTICIPLES = frozenset(
    {"scheduled", "planned", "slated", "expected", "proposed", "supposed", "intended", "timed"}
    | {"penciled", "pencilled", "tipped", "billed", "aimed", "invited", "asked", "urged"}
)
FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "’ll", "to", "shall", "be", "being"})


def _unquote(sentence: str) -> str:
    return QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)


def resolve_date(
    expression: str,
    context: DateContext | dt.date,
    tense: str = "past",
    anchor: DateValue | None = None,
) -> DateValue | None:
    """Resolve one time expression ("last Friday", "June 12, 2018") against `context` (or a
    bare publication date, with `tense` and `anchor`)."""
    resolved = resolve(expression, _context(context, tense, anchor))
    return resolved.date if resolved else None


def resolve(expression: str, context: DateContext) -> Resolved | None:
    """The same, with whether the date is inferred and its last day for a span of days."""
    expression = expression.strip()
    for candidate in (expression, _without_preposition(expression)):
        for rule in RULES:
            match = rule.pattern.fullmatch(candidate)
            if match:
                return rule.resolve(match, context)
    return None


def _context(
    context: DateContext | dt.date, tense: str = "past", anchor: DateValue | None = None
) -> DateContext:
    if isinstance(context, DateContext):
        return context.with_tense(tense)
    return DateContext(published=context, anchor=anchor, tense=tense)


def _without_preposition(expression: str) -> str:
    first, _, rest = expression.partition(" ")
    return (
        rest if first.lower() in {"on", "in", "at", "since", "by", "until", "from"} else expression
    )


def find_time_mentions(
    sentence: str,
    offset: int,
    context: DateContext | dt.date,
    words: set[str] | None = None,
) -> list[TimeMention]:
    """Every time expression in `sentence`, resolved against `context` (or a bare publication
    date); `offset` is where the sentence starts in the article; `words`, the sentence's
    lower-cased tokens if already known."""
    context = _context(context)
    if words is not None:  # the sentence's lower-cased tokens: a set intersection suffices
        shown = {HINT_OF_WORD[w] for w in words & HINT_WORDS}
        if "may" in words and "May" in sentence:
            shown.add("month")  # the modal "may" is no month; "May" may be
    else:
        lowered = sentence.lower()
        shown = {name for name, hints in HINTS.items() if any(h in lowered for h in hints)}
    if YEAR_LIKE.search(sentence):
        shown.add("digit")
    unquoted: str | None = None
    if not shown:
        return []
    taken: list[tuple[int, int]] = []
    found: list[TimeMention] = []
    counted: list[tuple[int, re.Match]] = []  # "the same day" and its kin, by index in found
    apart: list[tuple[re.Match, Rule]] = []  # "two days after", "a week before"
    for rule in RULES:
        if rule.needs not in shown:
            continue
        for match in rule.pattern.finditer(sentence):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if rule.directional:
                if unquoted is None:
                    unquoted = _unquote(sentence)
                tense = tense_at(sentence, start, end, unquoted)
                before = unquoted[max(0, start - TENSE_WINDOW_BEFORE) : start]
                past_verb = (
                    tense == "past"
                    and PAST_VERB.search(before) is not None
                    and CALLING_OFF.search(before) is None
                )
                after_clause = AFTER_CLAUSE.search(unquoted[max(0, start - CLAUSE_REACH) : start])
            else:
                tense, past_verb, after_clause = "past", False, None
            resolved = rule.resolve(
                match, context.with_tense(tense, past_verb, after_clause is not None)
            )
            if rule.resolve is _later:
                apart.append((match, rule))
            taken.append((start, end))  # an impossible date ("February 30") is no date at all
            if resolved is None:
                continue
            if rule.resolve is _same_day:
                counted.append((len(found), match))
            found.append(
                TimeMention(
                    match.group(0),
                    offset + start,
                    offset + end,
                    resolved.date,
                    rule.absolute,
                    inferred=resolved.inferred,
                    end_date=resolved.end,
                )
            )
    for index, match in counted:
        found[index] = _same_day_in_sentence(match, context, found, found[index], offset)
    for match, rule in apart:
        found = _apart_in_sentence(match, rule, context, found, offset)
    found.sort(key=lambda mention: mention.start)
    return found


def _apart_in_sentence(
    m: re.Match, rule: Rule, c: DateContext, found: list[TimeMention], offset: int
) -> list[TimeMention]:
    """ "Japan protested on Tuesday, a day after North Korea fired a missile", "met on Monday,
    two days after the launch" (kp4-014 s3 "just hours after North Korea's latest ballistic
    missile test", kp2-007 s6 "comes a day after"): the span counts from the day named
    before it in its own sentence, when there is one, not from the sentences before."""
    days = [
        other
        for other in found
        if other.end <= offset + m.start() and other.date.precision == "day"
    ]
    if not days:
        return found
    nearest = max(days, key=lambda other: other.start)
    resolved = rule.resolve(m, replace(c, anchor=nearest.date, day_anchor=nearest.date))
    kept = [other for other in found if other.start != offset + m.start()]
    if resolved is None:
        return kept
    kept.append(
        TimeMention(
            m.group(0),
            offset + m.start(),
            offset + m.end(),
            resolved.date,
            rule.absolute,
            inferred=resolved.inferred,
            end_date=resolved.end,
        )
    )
    return kept
