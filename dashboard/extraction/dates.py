"""Time expressions: find them in a sentence and resolve them against the publication date.

Each rule is a regular expression and a resolver. `find_time_mentions` scans a sentence with
every rule; `resolve_date` resolves one expression on its own. Both use the same table, so
the parametrized tests of `resolve_date` exercise exactly what the pipeline runs.

Relative expressions need a direction. News narrates in the past, so a bare weekday or month
is the most recent one on or before the publication date, unless the sentence speaks of the
future ("will", "set for", "is expected to"), when it is the next one on or after it.
"A day later" and "the same day" count from the anchor: the last date the text mentioned.
"""

from __future__ import annotations

import calendar
import contextvars
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .records import DateValue, TimeMention

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
WEEKDAYS = {name.lower(): i for name, i in WEEKDAYS.items()}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

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

FUTURE_MARKERS = re.compile(
    r"\b(will|won't|wo n't|'ll|shall|would|set for|set to|scheduled|expected to|plans? to|"
    r"planning to|planned to|is to|are to|is due|are due|upcoming|next|later this|"
    r"intends? to|aims? to|"
    r"hopes? to|trying to arrange|by year's end|by year’s end)\b",
    re.IGNORECASE,
)

# The last day-precision date before the sentence, for "a day later" after "in July".
_DAY_ANCHOR: contextvars.ContextVar[DateValue | None] = contextvars.ContextVar(
    "day_anchor", default=None
)

Resolver = Callable[[re.Match, dt.date, str, "DateValue | None"], "DateValue | None"]


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    resolve: Resolver
    absolute: bool  # names the calendar period itself
    needs: str = ""  # a hint the sentence must show for the rule to be tried (see HINTS)


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_date(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    value = _safe_date(int(m["year"]), _month_number(m["month"]), int(m["day"]))
    return DateValue(value, "day") if value else None


def _month_day(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    month, day = _month_number(m["month"]), int(m["day"])
    candidates = [_safe_date(published.year + k, month, day) for k in (-1, 0, 1)]
    candidates = [c for c in candidates if c]
    if not candidates:
        return None
    if tense == "future":
        later = [c for c in candidates if c >= published]
        return DateValue(min(later), "day") if later else None
    earlier = [c for c in candidates if c <= published]
    return DateValue(max(earlier), "day") if earlier else None


def _month_year(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    return DateValue(dt.date(int(m["year"]), _month_number(m["month"]), 1), "month")


def _month(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    month = _month_number(m["month"])
    modifier = (m["modifier"] or "").lower()
    if modifier == "last" or (modifier != "next" and tense != "future"):
        # The most recent such month, this one included ("last July": strictly before).
        year = published.year if month <= published.month else published.year - 1
        if modifier == "last" and month == published.month:
            year -= 1
    else:
        year = published.year if month >= published.month else published.year + 1
        if modifier == "next" and month == published.month:
            year += 1
    return DateValue(dt.date(year, month, 1), "month")


def _year(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    return DateValue(dt.date(int(m["year"]), 1, 1), "year")


def _weekday(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    target = WEEKDAYS[m["weekday"].lower()]
    modifier = (m["modifier"] or "").lower()
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if modifier == "last":
        return DateValue(published - dt.timedelta(days=back or 7), "day")
    if modifier == "next":
        return DateValue(published + dt.timedelta(days=ahead or 7), "day")
    if tense == "future":
        return DateValue(published + dt.timedelta(days=ahead), "day")
    return DateValue(published - dt.timedelta(days=back), "day")


def _deictic_day(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["word"].lower()]
    return DateValue(published + dt.timedelta(days=shift), "day")


def _deictic_period(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    which, unit = m["which"].lower(), m["unit"].lower()
    step = -1 if which == "last" else 1 if which == "next" else 0
    if unit == "week":
        # A week has no precision of its own here: report its month, honestly.
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return DateValue(dt.date(monday.year, monday.month, 1), "month")
    if unit == "month":
        return DateValue(_add_months(dt.date(published.year, published.month, 1), step), "month")
    return DateValue(dt.date(published.year + step, 1, 1), "year")


def _year_end(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    return DateValue(dt.date(published.year, 1, 1), "year")


def _ago(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    return _shift(published, "day", -_number(m["number"]), m["unit"].lower())


def _later(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    if anchor is None:
        return None  # "a day later" than nothing the text has dated
    base = anchor
    if m["unit"].lower() in {"day", "week"} and anchor.precision != "day":
        base = _DAY_ANCHOR.get() or anchor  # count days from the last day the text gave
    # "A day later, Trump cancelled": later than the anchor. "A day after Pompeo named Biegun"
    # introduces a clause whose event the anchor follows: earlier than the anchor.
    sign = {"later": 1, "earlier": -1, "after": -1, "before": 1}[m["direction"].lower()]
    return _shift(base.value, base.precision, sign * _number(m["number"]), m["unit"].lower())


def _same_day(m: re.Match, published: dt.date, tense: str, anchor: DateValue | None):
    base = anchor or DateValue(published, "day")
    shift = {"same": 0, "that": 0, "next": 1, "following": 1, "previous": -1}[m["which"].lower()]
    if base.precision != "day":
        return base
    return DateValue(base.value + dt.timedelta(days=shift), "day")


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
_MOD += r"through|before|after|the)\s*)"

# fmt: off
RULES: tuple[Rule, ...] = (
    Rule(_rx(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), _full_date, True, "month"),
    Rule(_rx(rf"\b{_DAY}\s+{_MONTH}\s+{_YEAR}\b"), _full_date, True, "month"),
    Rule(_rx(rf"\b{_MONTH},?\s+{_YEAR}\b"), _month_year, True, "month"),
    Rule(_rx(rf"\b{_MONTH}\s+{_DAY}\b(?![-/:.]?\d)"), _month_day, True, "month"),
    Rule(_rx(rf"\b{_MOD}{_MONTH}(?!\w)"), _month, True, "month"),
    Rule(_rx(rf"\b{_NUMBER}\s+{_UNIT}\s+ago\b"), _ago, False, "unit"),
    Rule(_rx(rf"\b{_NUMBER}\s+{_UNIT}\s+(?P<direction>later|earlier|after|before)\b"),
         _later, False, "unit"),
    Rule(_rx(r"\b(?:by\s+)?(?:year['’]s end|the end of (?:the|this) year)\b"), _year_end, False,
         "unit"),
    Rule(_rx(r"\b(?:earlier |later )?(?P<which>last|this|next)\s+(?P<unit>week|month|year)\b"),
         _deictic_period, False, "unit"),
    Rule(_rx(r"\bthe\s+(?P<which>same|next|following|previous)\s+day\b|\b(?P<which2>that)\s+day\b"),
         lambda m, p, t, a: _same_day(_Alias(m, which=m["which"] or m["which2"]), p, t, a), False,
         "unit"),
    Rule(_rx(rf"\b{_MOD}?(?:(?:early|late)\s+)?{_WEEKDAY}(?:['’]s)?\b"), _weekday, False,
         "weekday"),
    Rule(_rx(r"\b(?P<word>yesterday|today|tonight|tomorrow)\b"), _deictic_day, False, "deictic"),
    # A year, not a quantity ("2000 troops": a number before a plural noun).
    Rule(_rx(rf"(?<![\d/-]){_YEAR}(?![\d/-]|\s+[a-z]+s\b|\s*percent)"), _year, True, "digit"),
)
# fmt: on


class _Alias:
    """Lets a resolver read a renamed group (regex groups must have unique names)."""

    def __init__(self, match: re.Match, **groups: str) -> None:
        self._match, self._groups = match, groups

    def __getitem__(self, key: str):
        return self._groups[key] if key in self._groups else self._match[key]


QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
REPORTING_VERB = re.compile(
    r"\b(said|says|told|announced|added|wrote|tweeted|that)\b", re.IGNORECASE
)
REPORTED_BEFORE = re.compile(
    r"\b(said|says|told|announced|added|wrote|tweeted|statement)\s+(on\s+|early\s+|late\s+)?$",
    re.IGNORECASE,
)
PLANNED_BEFORE = re.compile(r"\b(planned|scheduled|upcoming|proposed)\s+$", re.IGNORECASE)
TENSE_WINDOW_BEFORE = 60
TENSE_WINDOW_AFTER = 50


# Every rule needs one of these hints in the sentence; a sentence is tried only against the
# rules whose hint it shows, and most sentences show none.
# Substrings, checked on the lower-cased sentence (a false hint only costs a rule's scan).
HINTS: dict[str, tuple[str, ...]] = {
    "month": (*_FULL_MONTHS, *(f"{short}." for short in _SHORT_MONTHS), "sept "),
    "weekday": tuple(WEEKDAYS),
    "unit": ("day", "week", "month", "year"),
    "deictic": ("yesterday", "today", "tonight", "tomorrow"),
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
    **{d: "deictic" for d in ("yesterday", "today", "tonight", "tomorrow")},
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
    if PLANNED_BEFORE.search(before):
        return "future"  # "his planned June 12 summit"
    if REPORTED_BEFORE.search(before):
        return "past"  # "the State Department said early Wednesday that ..."
    after = unquoted[end : end + TENSE_WINDOW_AFTER]
    # "on Monday, she said they planned to ...": the words reported have their own time.
    reported = REPORTING_VERB.search(after)
    after = after[: reported.start()] if reported else after
    window = before + unquoted[start:end] + after
    return "future" if FUTURE_MARKERS.search(window) else "past"


def _unquote(sentence: str) -> str:
    return QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)


# Resolvers that choose between the last and the next occurrence need the tense.
DIRECTIONAL = frozenset({"_month_day", "_month", "_weekday"})


def resolve_date(
    expression: str,
    published: dt.date,
    tense: str = "past",
    anchor: DateValue | None = None,
) -> DateValue | None:
    """Resolve one time expression ("last Friday", "June 12, 2018") against `published`."""
    expression = expression.strip()
    for candidate in (expression, _without_preposition(expression)):
        for rule in RULES:
            match = rule.pattern.fullmatch(candidate)
            if match:
                return rule.resolve(match, published, tense, anchor)
    return None


def _without_preposition(expression: str) -> str:
    first, _, rest = expression.partition(" ")
    return (
        rest if first.lower() in {"on", "in", "at", "since", "by", "until", "from"} else expression
    )


def find_time_mentions(
    sentence: str,
    offset: int,
    published: dt.date,
    anchor: DateValue | None = None,
    day_anchor: DateValue | None = None,
    words: set[str] | None = None,
) -> list[TimeMention]:
    """Every time expression in `sentence`, resolved; `offset` is where the sentence starts.
    `anchor` is the last date the text told; `day_anchor` the last one told to the day."""
    token = _DAY_ANCHOR.set(day_anchor)
    try:
        return _find(sentence, offset, published, anchor, words)
    finally:
        _DAY_ANCHOR.reset(token)


def _find(
    sentence: str,
    offset: int,
    published: dt.date,
    anchor: DateValue | None,
    words: set[str] | None = None,
):
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
    for rule in RULES:
        if rule.needs not in shown:
            continue
        for match in rule.pattern.finditer(sentence):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if rule.resolve.__name__ in DIRECTIONAL:
                if unquoted is None:
                    unquoted = _unquote(sentence)
                tense = tense_at(sentence, start, end, unquoted)
            else:
                tense = "past"
            value = rule.resolve(match, published, tense, anchor)
            taken.append((start, end))  # an impossible date ("February 30") is no date at all
            if value is None:
                continue
            text = match.group(0)
            found.append(TimeMention(text, offset + start, offset + end, value, rule.absolute))
    found.sort(key=lambda mention: mention.start)
    return found
