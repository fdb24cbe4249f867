"""Clause grammar on the blank tokenizer: where a trigger's clause begins and ends, where a
noun trigger's parties may be named, and what the words around a trigger say of its verb
(passive, negated, non-finite, a gerund, a noun used as a modifier, quoted speech).

Pure functions with explicit arguments over the article's token strings (`words`, and their
lower-case forms `lower`); `events.py` calls them for each trigger. A trigger is anything
with `start`, `end` (token indices), `clause` and an `entry` (vocabulary.Trigger).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from . import vocabulary as lexicon
from .ontology import MEETING_TYPES

CLAUSE_BREAKS = frozenset({";", ":"})
PHRASE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})
DASHES = frozenset({"—", "–"})
MAX_CLAUSE_TOKENS = 25
NOUN_LEFT = 5
NOUN_RIGHT = 10
LIST_JOINS = frozenset({",", "and"})
LIST_REACH = 6  # tokens a list may run past NOUN_RIGHT
NAME_REACH = 3  # capitalised words a name may run past NOUN_RIGHT ("Behgjet Pacolli")
LIGHT_REACH = 8  # "signing a vague, 1-1/2 page agreement": the verb governs the noun
PASSIVE_GAP = 2  # words between the auxiliary and the participle: "was in turn nominated"
NEGATION_REACH = 4  # tokens before a trigger where a negation applies to it
QUOTES_OPEN = frozenset({"“", '"'})
QUOTES_CLOSE = frozenset({"”", '"'})


class Hit(Protocol):
    """What the clause grammar needs of a trigger (events.TriggerHit)."""

    start: int
    end: int
    clause: tuple[int, int]

    @property
    def entry(self) -> lexicon.Trigger: ...


def clause_breaks(words: Sequence[str], start: int, end: int) -> list[int]:
    """Where clauses end in the sentence words[start:end]: ";", ":", or a dash that does
    not open the trigger's own phrase ("the meeting itself — between Pompeo and ..."
    continues it)."""
    found = []
    for i in range(start, end):
        word = words[i]
        if word in CLAUSE_BREAKS:
            found.append(i)
        elif word in DASHES:
            following = words[i + 1].lower() if i + 1 < len(words) else ""
            if following not in lexicon.PARTY_PREPOSITIONS:
                found.append(i)
    return found


def clause(
    breaks: list[int], sentence_start: int, sentence_end: int, start: int, end: int
) -> tuple[int, int]:
    """The clause of the trigger at tokens start..end-1: between the breaks around it, at
    most MAX_CLAUSE_TOKENS away."""
    before = bisect.bisect_left(breaks, start)
    low = breaks[before - 1] + 1 if before else sentence_start
    after = bisect.bisect_left(breaks, end)
    high = breaks[after] if after < len(breaks) else sentence_end
    return max(low, start - MAX_CLAUSE_TOKENS), min(high, end + MAX_CLAUSE_TOKENS)


def quoted_tokens(words: Sequence[str]) -> list[bool]:
    """Which tokens stand inside double quotation marks (quoted speech)."""
    inside, flags = False, []
    for word in words:
        if not inside and word in QUOTES_OPEN:
            inside = True
            flags.append(True)
        elif inside and word in QUOTES_CLOSE:
            inside = False
            flags.append(True)
        else:
            flags.append(inside)
    return flags


def window(lower: Sequence[str], hit: Hit, words: Sequence[str] | None = None) -> tuple[int, int]:
    """Where a trigger's parties are named: its clause for a verb; for a noun, the phrase
    around it ("Pompeo's trip to North Korea"), or the clause when a light verb governs it
    ("Moon is trying to arrange a meeting with Kim") or it is a statement."""
    low, high = hit.clause
    if not hit.entry.noun:
        high = _before_purpose(lower, hit, high)
        high = _before_time_clause(lower, hit, high)
        # A verb in a subordinate clause takes its subject there: "two weeks after Kim
        # Yong-chol hosted Pompeo", "said that Trump met Kim".
        for i in range(hit.start - 1, low - 1, -1):
            if lower[i] in lexicon.CLAUSE_OPENERS:
                if i == hit.start - 1 and lower[hit.start].endswith("ing"):
                    # "Remarks by President Trump after meeting with ...": a clause
                    # without a subject of its own takes the main clause's
                    # (kp2-011_trump-remarks… s2).
                    return low, high
                return i + 1, high
        return low, high
    if hit.entry.type in {"statement", "letter"} or gerund(lower, hit.start):
        return low, high
    left, counted = hit.start, 0
    while left > low and counted < NOUN_LEFT:
        word = lower[left - 1]
        if word in PHRASE_BREAKS or word in lexicon.WINDOW_STOPS:
            break
        left -= 1
        # "a two-day visit", "high-level talks" (kp1-020 s3): a hyphenated modifier is
        # one word, so the hyphen and the piece before it are not counted.
        hyphen = word == "-" or (left + 1 < hit.start and lower[left + 1] == "-")
        counted += 0 if hyphen else 1
    governed = any(
        w in lexicon.LIGHT_VERBS for w in lower[max(low, hit.start - LIGHT_REACH) : hit.start]
    )
    right = hit.end
    while right < high and right - hit.end < NOUN_RIGHT:
        word = lower[right]
        following = lower[right + 1] if right + 1 < len(lower) else ""
        if word in lexicon.WINDOW_STOPS:
            break
        if word == "," and following in lexicon.WINDOW_STOPS | lexicon.NEW_CLAUSE_WORDS:
            break  # a list comma continues the phrase; a clause comma ends it
        if word in {";", ":", "(", ")"}:
            break
        if word in DASHES and following not in lexicon.PARTY_PREPOSITIONS:
            break  # "the meeting itself — between Pompeo and ...": a dash may open it
        right += 1
    if right - hit.end == NOUN_RIGHT:
        listed = _list_end(lower, right, high)
        # a list runs on to its last item; else a name cut after its title runs to its end
        right = listed if listed != right else _name_end(words, right, high)
    return (low if governed else left), right


def _name_end(words: Sequence[str] | None, right: int, high: int) -> int:
    """ "the meeting between Serbian Foreign Minister Ivica Dacic and Kosovo Foreign Minister
    Behgjet Pacolli": a title and name the noun's reach cuts run on to the name's end, as a
    list does (`_list_end`), a few capitalised words at most (kp2-025 s1 "Meeting with
    Japanese Foreign Minister Taro Kono": a meeting noun's party told with a long title)."""
    if words is None or not 0 < right < high or not words[right - 1][:1].isupper():
        return right
    limit = min(high, right + NAME_REACH)
    while right < limit and words[right][:1].isupper():
        right += 1
    return right


def _list_end(lower: Sequence[str], right: int, high: int) -> int:
    """ "a summit of the leaders of Ukraine, Russia, Germany and France" (ua-013_voa… s6):
    a list the noun's reach cuts runs on to its last item."""
    limit = min(high, right + LIST_REACH)
    while right < limit and (lower[right] in LIST_JOINS or lower[right - 1] in LIST_JOINS):
        right += 1
    return right


def _before_time_clause(lower: Sequence[str], hit: Hit, high: int) -> int:
    """ "Khan visited Beijing on Monday, two weeks after Wang Yi visited Islamabad", "was
    sworn in Thursday after a divided Senate voted" (kp2-030 s3): a verb's parties end
    where a clause of another time opens after it; that clause tells its own happening."""
    for i in range(hit.end, high):
        if lower[i] in lexicon.TIME_CLAUSE_OPENERS:
            return i
    return high


def _before_purpose(lower: Sequence[str], hit: Hit, high: int) -> int:
    """ "May met with Merkel and Macron to discuss the decision by the US" (ir-003_uk-pm…
    s4): a meeting's parties end where "to <discuss>" opens its topic."""
    if hit.entry.type not in MEETING_TYPES:
        return high
    for i in range(hit.end, high - 1):
        if lower[i] == "to" and lower[i + 1] in lexicon.PURPOSE_VERBS:
            return i
    return high


def modifier(words: Sequence[str], end: int) -> bool:
    """A noun trigger ending before `end` modifies the lower-case word after it ("the same
    cancellation tactic")."""
    following = words[end] if end < len(words) else ""
    return following.isalpha() and following.islower() and following not in lexicon.FUNCTION_WORDS


def gerund(lower: Sequence[str], start: int) -> bool:
    """ "they fell in love after meeting in Singapore": the clause's subject takes part."""
    previous = lower[start - 1] if start > 0 else ""
    if previous == "to" and not lower[start].endswith("s"):
        return True  # "to visit North Korea": a verb after all
    return lower[start].endswith("ing") and previous in lexicon.SUBORDINATORS


def passive(lower: Sequence[str], start: int) -> bool:
    """ "was named", "were sanctioned", "was in turn nominated" (kp4-023_wikipedia… s15): an
    auxiliary of the passive before a past form."""
    # "was sworn in", "was told": irregular participles of the triggers count too (kp2-030 s3)
    if not (lower[start].endswith("ed") or lower[start] in lexicon.PARTICIPLES):
        return False
    # "was test-fired", "were re-imposed": the tokenizer splits a hyphenated participle; its
    # first part and the hyphen belong to the verb, not between it and its auxiliary.
    while start >= 2 and lower[start - 1] == "-":
        start -= 2
    for gap in range(PASSIVE_GAP + 1):
        aux = start - 1 - gap
        if aux < 0:
            return False
        between = " ".join(lower[aux + 1 : start])
        if lower[aux] in lexicon.PASSIVE_AUXILIARIES and (
            not between or between in lexicon.PASSIVE_INSERTS
        ):
            return True
    return False


# Words before a past form that make it a finite verb, not a participle after its noun:
# "Kim has signed by now", "they signed", "who signed".
FINITE_BEFORE = frozenset(
    {"have", "has", "had", "who", "which", "that", "and", "or", "also", "then", "not",
     "never", "just", "i", "we", "you", "he", "she", "it", "they"}
)  # fmt: skip


def reduced_relative(lower: Sequence[str], start: int, end: int, low: int) -> bool:
    """ "the Joint Statement signed by President Trump and Chairman Kim" (kp3-003_dipnote…
    s11): a past participle straight after its noun, with its agent after "by" and no
    auxiliary before it, names a thing by a happening the text does not tell; `low` is
    where the trigger's sentence starts."""
    if start <= low or end >= len(lower) or lower[end] != "by":
        return False
    if not (lower[start].endswith("ed") or lower[start] in lexicon.PARTICIPLES):
        return False
    previous = lower[start - 1]
    return previous.isalpha() and previous not in FINITE_BEFORE and not passive(lower, start)


def negated(lower: Sequence[str], hit: Hit, exempt: frozenset[str] | set[str]) -> bool:
    """A negation in the words before the trigger, within its clause; triggers of the
    `exempt` types (meetings: "didn't meet" did not occur) are never negated here."""
    before = " ".join(lower[max(hit.clause[0], hit.start - NEGATION_REACH) : hit.start])
    return hit.entry.type not in exempt and has_cue(before, lexicon.NEGATION_BEFORE)


def non_finite(lower: Sequence[str], start: int) -> bool:
    """ "canceling talks", "to cancel": no finite verb, so no event of its own."""
    previous = lower[start - 1] if start > 0 else ""
    return lower[start].endswith("ing") or previous in lexicon.NON_FINITE_PREFIXES


def has_cue(text: str, cues: tuple[str, ...]) -> bool:
    """A cue as whole words: "will" in "Pompeo will go", not in "goodwill"."""
    return _cue_pattern(cues).search(text) is not None


@cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{alternatives})(?=[\s,]|$)")


MONTH_MODAL = "may"  # the modal cue that is also a month's name


def cue_text(words: Sequence[str], lower: Sequence[str], low: int, high: int) -> str:
    """The lower-case words low..high-1, joined for cue matching, with the month "May"
    left out: a capitalised "May" before a day or a year ("May 22 -- ...", "May 2018") or
    after a preposition of time ("In May Trump met Kim", "since May") is the month, which
    would otherwise read as the modal cue (kp2-014 s18 dates its summit "On 26 May")."""
    kept = []
    for i in range(max(low, 0), high):
        if lower[i] == MONTH_MODAL and words[i] == "May" and _month_may(words, lower, i):
            continue
        kept.append(lower[i])
    return " ".join(kept)


def _month_may(words: Sequence[str], lower: Sequence[str], i: int) -> bool:
    following = words[i + 1] if i + 1 < len(words) else ""
    previous = lower[i - 1] if i > 0 else ""
    # after a day's number ("On 27 May, Moon stated ...", kp2-014 s17): the month
    return following.isdigit() or previous.isdigit() or previous in lexicon.MONTH_PREPOSITIONS
