"""Event dating: which time expression of a sentence dates which trigger, which undated
trigger shares the date of a neighbour, and what date, precision, span and inferred flag an
event finally gets. Functions with explicit arguments; `events.py` calls them sentence by
sentence. The time expressions themselves are found and resolved by `dates.py`.

Rules, in order:
- A time expression goes to the nearest live trigger between the same commas, else in its
  clause, else in the sentence; "since 2016" dates nothing (a period's start), but "since
  last month's summit" dates the summit; "two weeks after <clause>" dates the next trigger.
- A time expression right after a speech verb ("said Tuesday", "reported today") dates the
  saying, not the happening the saying reports, when that happening has a date of its own.
- An undated trigger takes the date of a dated one that frames it in the same clause ("the
  summit in June, at which ..."; "met ... and signed"; "signed an agreement at their summit
  in June"; "tweeted a photo Wednesday showing him shaking hands with ..."), and an undated
  cancellation the date of the statement that announces it.
- The date of an event is its nearest own expression (an absolute one on ties), else the
  date it shares or inherits, else the fallback the caller gives. Anything not written in
  full by its own words is `inferred`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from . import vocabulary as lexicon
from .clauses import has_cue
from .ontology import CANCELLATION_TYPES, MEETING_TYPES
from .records import DateValue, Event, TimeMention

if TYPE_CHECKING:
    from spacy.tokens import Span

SEGMENT_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})
CLAUSE_BREAKS = frozenset({";", ":"})
NOUN_PHRASE_REACH = 10  # tokens from an event noun to a time that closes its phrase
SHARE_REACH = 14  # tokens between an undated trigger and the dated one it shares with
# kp3-016_voa…txt s6, kp3-015_voa…txt s4: "signed an agreement at their summit in June": a
# trigger placed at or during a dated one shares its date.
FRAMING_AFTER = lexicon.FRAMING_AFTER
STATEMENT_FRAMING = FRAMING_AFTER | lexicon.STATEMENT_FRAMING_AFTER
FRAMING_REACH = 4  # tokens after the undated trigger where the framing word may stand
SUBJECT_REACH = 6  # words of a saying's subject after an opening clause's comma
OPENING_REACH = 20  # words of an opening "following ..." clause
ANNOUNCING_TYPES = frozenset({"statement", "letter"})  # what may tell a calling-off
DEMANDING_TYPES = frozenset({"threat", "demand"})  # made in a statement that frames them
FORWARD_WORDS = frozenset({"next", "tomorrow", "upcoming", "coming"})  # times ahead
CLOSING_REACH = 20  # tokens from a calling-off to the verb of its closing attribution
CONCLUDING_LINKS = lexicon.CONCLUDING_LINKS
DOCUMENT_ACTS = lexicon.DOCUMENT_ACTS
DATELINE_DASHES = frozenset({"-", "—", "–"})
DATELINE_REACH = 6  # tokens of a place dateline before its dash: "Washington, DC -"
SPEECH_WORDS = lexicon.DATING_SPEECH_WORDS
REPORT_NOUNS = lexicon.REPORT_NOUNS
OCCASION_NOUNS = lexicon.OCCASION_NOUNS
# "The Treasury announced Tuesday that it imposed sanctions": announcing is the act itself, so
# its day is the day of what it announces (docs/annotation.md, sanctions and tariffs).
ACTS_BY_SAYING = lexicon.ACTS_BY_SAYING


class Hit(Protocol):
    """What dating needs of a trigger (events.TriggerHit)."""

    start: int
    end: int
    clause: tuple[int, int]
    times: list[TimeMention]
    inherited: DateValue | None
    inherited_stated: bool
    cancelled_by: object
    cancels: object

    @property
    def entry(self): ...


@dataclass(frozen=True)
class Tokens:
    """The article's token strings and where each token starts."""

    words: Sequence[str]
    lower: Sequence[str]
    starts: Sequence[int]

    def token(self, char: int) -> int:
        """The token that contains character `char`."""
        return max(bisect.bisect_right(self.starts, char) - 1, 0)


@dataclass(frozen=True)
class EventDate:
    date: DateValue
    text: str  # the expression the date came from, "" when shared, inherited or defaulted
    inferred: bool
    end_date: dt.date | None = None


def distance(hit: Hit, token: int) -> int:
    if token < hit.start:
        return hit.start - token
    return max(token - hit.end + 1, 0)


def segment(tokens: Tokens, token: int, sentence: Span) -> tuple[int, int]:
    """The stretch between commas (or other segment breaks) around `token`."""
    words = tokens.words
    low = token
    while low > sentence.start and words[low - 1] not in SEGMENT_BREAKS:
        low -= 1
    high = token
    while high < sentence.end and words[high] not in SEGMENT_BREAKS:
        high += 1
    return low, high


def possessive(tokens: Tokens, time: TimeMention) -> bool:
    """ "last month's summit": the expression modifies the noun after it."""
    end = tokens.token(time.end - 1) + 1
    return end < len(tokens.words) and tokens.words[end] in {"’s", "'s"}


def dates_a_report(lower: Sequence[str], token: int) -> bool:
    """The time expression at `token` follows a report noun, directly or after "on": "a
    report on Sunday", "the agency's dispatch Saturday"."""
    before = token - 1 if token > 0 and lower[token - 1] == "on" else token
    return before > 0 and lower[before - 1] in REPORT_NOUNS


def dates_the_saying(tokens: Tokens, token: int, time: TimeMention) -> bool:
    """The time expression at `token` stands between a speech verb (with or without "on")
    and the "that" opening what was said: "reported on Tuesday that ...", "said Friday
    that ..."."""
    lower = tokens.lower
    before = token - 1 if token > 0 and lower[token - 1] == "on" else token
    verb = lower[before - 1] if before > 0 else ""
    if verb not in SPEECH_WORDS or verb in ACTS_BY_SAYING:
        return False
    end = tokens.token(time.end - 1) + 1
    return end < len(lower) and lower[end] == "that"


def dates_an_occasion(tokens: Tokens, token: int, hits: list[Hit]) -> bool:
    """The time expression at `token` follows an occasion that is no trigger, directly or
    after "in"/"on": "taking part in the Winter Olympic Games next month" (kp1-020 s3), "the
    elections in November": the time is the occasion's."""
    lower = tokens.lower
    before = token - 1 if token > 0 and lower[token - 1] in lexicon.TIME_PREPOSITIONS else token
    noun = before - 1
    return (
        noun >= 0
        and lower[noun] in OCCASION_NOUNS
        and not any(h.start <= noun < h.end for h in hits)
    )


def opens_with_since(tokens: Tokens, sentence: Span, token: int) -> bool:
    """The token lies in an opening "Since ..." clause, before the sentence's first comma."""
    if len(sentence) == 0 or tokens.lower[sentence.start] != "since":
        return False
    return "," not in tokens.words[sentence.start : token]


def _verb(hit: Hit) -> bool:
    """A trigger listed as a verb or verb phrase (events.TriggerHit's entry), not a noun."""
    entry = getattr(hit, "entry", None)
    return entry is not None and not entry.noun


def assign_times(
    tokens: Tokens,
    sentence: Span,
    hits: list[Hit],
    times: list[tuple[int, TimeMention]],
    time_tokens: list[int],
    negated: Callable[[Hit], bool],
) -> None:
    """Give each time expression of the sentence to the trigger it dates."""
    live = [h for h in hits if not negated(h)]
    first = bisect.bisect_left(time_tokens, sentence.start)
    last = bisect.bisect_left(time_tokens, sentence.end)
    lower = tokens.lower
    for token, time in times[first:last]:
        if token > 0 and lower[token - 1] == "since" and not possessive(tokens, time):
            # "sanctions imposed since 2016": a period's start, not a date; but "since
            # last month's summit" dates the summit.
            continue
        if opens_with_since(tokens, sentence, token) and not possessive(tokens, time):
            # "Since Kim in early 2018 turned to talks, he has held three summits": the
            # opening clause tells when a period began (kp3-011_crs…txt s3). But a trigger
            # verb of the clause before the time is the act that began it, and the time is
            # its own: "Since Trump and Kim signed an accord last June, talks have stalled".
            # So is an event noun the time closes ("Since the collapse of the summit in
            # Hanoi in February, ...", "Since talks in Vienna in March, ..."; kp4-027 s8
            # "Since that historic summit meeting in Singapore": the noun a since-clause
            # counts from is a happening of its own, and its time is its date).
            acts = [h for h in live if sentence.start < h.start < token]
            for act in acts:
                # "Since the signing of the Brussels agreement ... in 2013": one happening
                # told by two triggers of its type
                if act.entry.type == acts[-1].entry.type:
                    act.times.append(time)
            continue
        if not live:
            continue
        if dates_an_occasion(tokens, token, hits):
            continue
        if dates_a_report(lower, token) and not possessive(tokens, time):
            # "cited a news agency report on Sunday claiming that the North fired ..."
            # (kp4-016_jmh…txt s8): the day the report came out, not the day of what it
            # tells (the launch of the day before, told in s5).
            continue
        # "his meeting with Kim two months ago, accused Pyongyang on Friday": a time
        # expression belongs first to a trigger between the same commas.
        low, high = segment(tokens, token, sentence)
        if dates_the_saying(tokens, token, time):
            # "CNN reported on Tuesday that in the letter North Korea warned ..." (kp3-001
            # s9): the day the report came out, not the day of what the that-clause tells.
            saying = [h for h in live if low <= h.start < token]
            if not saying:
                continue
            nearest = min(saying, key=lambda h: (distance(h, token), h.start))
            nearest.times.append(time)
            continue
        datable = [h for h in live if not asked_about(lower, h, token)] or live
        candidates = (
            [h for h in datable if low <= h.start < high]
            or [h for h in datable if h.clause[0] <= token < h.clause[1]]
            or datable
        )
        if time.text.lower().endswith(("after", "before")):
            # "two weeks after Kim Yong-chol, a senior official, hosted Pompeo": the
            # expression dates the next trigger of its clause.
            following = [h for h in live if h.start > token and h.clause[0] <= token]
            candidates = following[:1] or candidates
        candidates = [h for h in candidates if not behind_opener(tokens, token, h)] or candidates
        nearest = min(candidates, key=lambda h: (distance(h, token), h.start))
        nearest = _noun_subject(lower, nearest, token, candidates)
        nearest = called_off_date(lower, nearest, token, live)
        nearest.times.append(time)


def _noun_subject(lower: Sequence[str], nearest: Hit, token: int, candidates: list[Hit]) -> Hit:
    """ "The meeting of X and Y on Monday comes a day after ...", "India's test of a missile
    on Monday drew a protest": a time that closes the phrase of an event noun, before the
    verb the noun is subject of, dates the noun (kp2-012 s2 "press conference in Singapore
    on Monday ahead of the summit"; kp1-002 s3 "test launch today of another
    intercontinental ballistic missile")."""
    if nearest.start <= token or not _verb(nearest):
        return nearest
    nouns = [
        h
        for h in candidates
        if _as_noun(lower, h)
        and h.end <= token
        and token - h.end <= NOUN_PHRASE_REACH
        and not any(w in SEGMENT_BREAKS or w in lexicon.WINDOW_STOPS for w in lower[h.end : token])
    ]
    return max(nouns, key=lambda h: h.start) if nouns else nearest


def _as_noun(lower: Sequence[str], hit: Hit) -> bool:
    """A noun trigger, or a verb's form used as a noun after a determiner or an owner:
    "the launch", "India's test"."""
    if not _verb(hit):
        return True
    before = lower[hit.start - 1] if hit.start > 0 else ""
    return (
        before in lexicon.DETERMINERS
        or before in lexicon.POSSESSIVE_PRONOUNS
        or before in lexicon.POSSESSIVE_MARKS
        or before in {"a", "an"}
    )


def behind_opener(tokens: Tokens, token: int, hit: Hit) -> bool:
    """The trigger stands in a time clause ("after ...", "following ...", "ahead of ...")
    that opens after the time expression at `token`, with no comma between the opener and
    the trigger: "met in Vienna on Tuesday after the two sides held talks in Moscow last
    week", "was sworn in Thursday after a divided Senate voted" (kp2-030 s3). The time
    belongs to the main clause; the background happening keeps its own."""
    words, lower = tokens.words, tokens.lower
    for i in range(hit.start - 1, token, -1):
        if words[i] in SEGMENT_BREAKS:
            return False
        if lower[i] in lexicon.TIME_CLAUSE_OPENERS:
            return True
    return False


def asked_about(lower: Sequence[str], hit: Hit, token: int) -> bool:
    """ "Asked on Monday about the negotiations, Pompeo said ...": a plural meeting noun that
    is what someone was asked or spoke about (kp3-016 s5 "when asked about the
    development") is a topic, not a happening the time before it dates; the time goes to
    the saying."""
    if token > hit.start or hit.entry.type not in MEETING_TYPES:
        return False
    if not lower[hit.end - 1].endswith("s"):
        return False
    back = lower[max(hit.start - 3, 0) : hit.start]
    return "about" in back and any(
        w in lexicon.ASKING_WORDS for w in lower[max(token - 3, 0) : token]
    )


def called_off_date(lower: Sequence[str], nearest: Hit, token: int, live: list[Hit]) -> Hit:
    """Between an active cancellation and the thing it calls off, which of the two a time
    expression at `token` dates:
    - one inside the object's phrase ("called off the June 12 summit") dates the object;
    - one after the object dates the calling-off ("called off the June 12 summit with Kim
      on Thursday", "called off Pompeo's meeting with Kim on Friday"), unless a plan word
      stands before it ("cancelled the upcoming summit on 12 June", kp2-014 s19; "called
      off the talks scheduled for Monday"): then it is the date the object was due."""
    cancels = getattr(nearest, "cancels", None)
    if cancels is not None and nearest.end <= token < cancels.start:
        return cancels if any(h is cancels for h in live) else nearest
    if cancels is not None and cancels.end <= token < nearest.start:
        # the passive: "the meeting set for Thursday has been postponed" (kp3-016 s1, the
        # day between the thing and its calling-off): the day it was due
        return cancels if any(h is cancels for h in live) else nearest
    canceller = getattr(nearest, "cancelled_by", None)
    if canceller is None or not any(h is canceller for h in live):
        return nearest
    if canceller.end > nearest.start:
        return nearest
    if token < nearest.end:
        return nearest
    if lower[token] in FORWARD_WORDS:
        # "the postponement of Pompeo's visit to Pyongyang next week", "called off the talks
        # with Kim next month": a time ahead is when the thing was due, not the calling-off
        return nearest
    if nearest.times:  # the object has its date already: this one is the calling-off's
        return canceller
    # the time's own first word counts: "set for Thursday" is read as "for Thursday"
    leading = " ".join(lower[canceller.end : token + 1])
    return nearest if has_cue(leading, lexicon.PLANNED_CUES) else canceller


def share_times(tokens: Tokens, hits: list[Hit]) -> None:
    """Give an undated trigger the date of a neighbour that frames it: "the summit in
    June, at which the two leaders signed", "shaking hands and signing ... on June 12",
    "the State Department said early Wednesday that the meeting had been postponed"."""
    words, lower = tokens.words, tokens.lower
    for hit in hits:
        if hit.times or hit.cancelled_by is not None:
            continue
        meeting = concluded_meeting(lower, hits, hit)
        if meeting is not None and meeting.times:
            _share(tokens, hit, meeting)
            continue
        # the time nearer the signing ("ended on Sunday with the signing of ...") dates the
        # meeting it closes as well
        closing = [o for o in hits if o.times and concluded_meeting(lower, hits, o) is hit]
        if closing:
            _share(tokens, hit, closing[0])
            continue
        if hit.entry.type in CANCELLATION_TYPES:
            # "In a letter to Kim on Tuesday, Trump cancelled their summit": the letter, as
            # a statement, that tells the calling-off is the act of calling off
            speech = [
                o
                for o in hits
                if o.entry.type in ANNOUNCING_TYPES and o.times and o.start < hit.start
            ]
            # "... has been put off, the State Department said on Wednesday": a closing
            # attribution of the same sentence dates the calling-off it reports
            speech = speech or [
                o
                for o in hits
                if o.entry.type == "statement" and o.times and _closing(lower, hit, o)
            ]
            if speech:  # announcing a cancellation is cancelling
                _share(tokens, hit, speech[-1])
                continue
            opening = _opening_of_saying(lower, hits, hit)
            if opening is not None:
                _share(tokens, hit, opening)
                continue
        if hit.entry.type in DEMANDING_TYPES or (
            # a judgement verb; a speech verb ("In a statement on Monday, X said ...") is
            # the noun's one statement already (a seed: a dated "said" there made a second)
            hit.entry.type == "statement"
            and not hit.entry.noun
            and hit.entry.phrase not in lexicon.SPEECH_VERBS
        ):
            # "In a statement on Tuesday, the ministry called on Russia to ...", "In a statement
            # on Wednesday, the government rejected the proposal", "In a speech
            # on Sunday, he warned that ...": the dated statement or speech the demand or
            # threat is made in is the act of making it (kp3-015 s5-s8 tells a demand made in
            # a dated address; ua-005 s9 a demand in a statement)
            made_in = [
                o
                for o in hits
                if o.entry.type == "statement"
                and o.entry.noun
                and o.times
                and o.start < hit.start
                and not any(o.end <= h.start < hit.start for h in hits if h is not hit)
            ]
            if made_in:
                _share(tokens, hit, made_in[-1])
                continue
        for other in hits:
            if other is hit or not other.times:
                continue
            low, high = sorted((hit.start, other.start))
            if any(w in CLAUSE_BREAKS for w in words[low:high]):
                continue
            if other.start < hit.start:
                between = lower[other.end : hit.start]
                # "condemned North Korea on Sunday for carrying out its nuclear test": the
                # day dates the condemnation, not the test it condemns (kp1-008_voa…txt s7);
                # but "said Thursday when he was named" dates the naming too.
                # "tweeted a photo Wednesday night showing him shaking hands with X"
                # (kp2-029_voa…txt s2): what a dated picture shows is of its day.
                links = (
                    lexicon.RELATIVE_WORDS
                    | lexicon.DEPICTION_WORDS
                    | (set() if other.entry.type == "statement" else {"and", "for"})
                    # "the deal was brokered earlier this month at a summit" (ua-013 s6): the
                    # meeting an agreement was made at is of the agreement's time, as in
                    # "signed an agreement at their summit in June" the other way round
                    | (MEETING_VENUE_LINKS if _made_at_meeting(lower, hits, other, hit) else set())
                    | (
                        lexicon.INFINITIVE_MARKS
                        if _dated_purpose(lower, hits, other, hit)
                        else set()
                    )
                )
                framed = hit.start - other.end <= SHARE_REACH and any(t in links for t in between)
            else:
                after = lower[hit.end : min(hit.end + FRAMING_REACH, other.start)]
                framing = STATEMENT_FRAMING if hit.entry.type == "statement" else FRAMING_AFTER
                framed = other.start - hit.end <= SHARE_REACH and (
                    any(t in framing for t in after)
                    # "X met Y at a summit in Singapore in June 2018": the date after the
                    # summit the meeting was held at is the meeting's
                    or (
                        hit.entry.type in MEETING_TYPES
                        and _made_at_meeting(lower, hits, hit, other)
                    )
                )
                framed = framed or _reduced_relative(hit, other)
            if framed:
                _share(tokens, hit, other)
                break


MEETING_VENUE_LINKS = frozenset({"at", "during"})


def _reduced_relative(noun: Hit, verb: Hit) -> bool:
    """An event noun followed at once by a verb of its own type is one happening told with
    the participle that dates it: "the proposed tariffs announced on April 3, 2018" (cn-001
    s10), "The swap carried out on Sunday" (ua-013 s5), "the accord signed by A and B in
    April", "the sanctions imposed last month"."""
    return (
        verb.start == noun.end
        and not _verb(noun)
        and _verb(verb)
        and verb.entry.type == noun.entry.type
    )


def _made_at_meeting(lower: Sequence[str], hits: Sequence[Hit], act: Hit, meeting: Hit) -> bool:
    """An agreement followed by the meeting it was made at: "at"/"during" in the two words
    before the meeting noun, and no other trigger between them (in "the swap carried out
    on Sunday was brokered ... at a summit", the summit is the brokering's, not the swap's).
    A meeting verb likewise: "In June 2018 X met Y at a summit in Singapore" (kp4-027 s6
    told it "to meet at a summit"): the summit is the meeting, of the verb's fronted date."""
    return (
        (act.entry.type == "agreement" or (act.entry.type in MEETING_TYPES and act.entry.verb))
        and meeting.entry.type in MEETING_TYPES
        and any(w in MEETING_VENUE_LINKS for w in lower[max(meeting.start - 2, 0) : meeting.start])
        and not any(act.end <= h.start < meeting.start for h in hits if h is not act)
    )


PURPOSE_TYPES = (MEETING_TYPES - {"visit"}) | {"agreement"}


def _dated_purpose(lower: Sequence[str], hits: Sequence[Hit], trip: Hit, purpose: Hit) -> bool:
    """A round of talks or a signing a trip is made for takes the trip's date; a bare
    meeting keeps its own reading (`events._trips_with_purposes` joins an undated one to
    its trip): dated by a past trip, "flew to X on Monday to meet Y" moved a stored summit
    on the dev table (two dev types, one role wrong; notes/14-purposes20.md)."""
    return purpose.entry.type != "meeting" and _purpose_of_trip(lower, hits, trip, purpose)


def _purpose_of_trip(lower: Sequence[str], hits: Sequence[Hit], trip: Hit, purpose: Hit) -> bool:
    """A meeting or signing that a trip is made for: "will visit Pyongyang in October ... to
    discuss denuclearization" (kp3-002 s2), "came here today was to meet with members of the
    UN Security Council" (kp2-005 s12), "arrived for their dinner meeting" (kp2-029 s6), "is
    in Thailand for an ASEAN summit" (kp4-014 s3): the purpose is held on the trip, of its
    date (and so of its status: docs/annotation.md, one row for a trip and the meetings held
    during it). The purpose is "to" + the trigger ("to meet X"), "to" + a holding verb and at
    most two words ("to hold talks", "to sign the accord"), or "for" and at most four words
    ("for talks", "for a new round of talks"); no trigger stands between the two, and a
    meeting only prepared ("to arrange a summit") is no purpose."""
    if (
        trip.entry.type != "visit"
        or trip.entry.noun
        or purpose.entry.type not in PURPOSE_TYPES
        or purpose.start < trip.end
        or any(trip.end <= h.start < purpose.start for h in hits if h is not purpose)
    ):
        return False
    between = lower[trip.end : purpose.start]
    for back, word in enumerate(reversed(between[-5:])):
        if word in lexicon.INFINITIVE_MARKS:
            after = between[len(between) - back :]
            return not after or (after[0] in lexicon.PURPOSE_HOLDING_VERBS and len(after) <= 3)
        if word == "for":
            return True
    return False


def _opening_of_saying(lower: Sequence[str], hits: Sequence[Hit], hit: Hit) -> Hit | None:
    """The dated trigger of an opening "following/after ..." clause that ends right before
    the subject of the undated saying announcing `hit`: "following his meeting with Jeong
    in Bangkok on Sunday, Secretary of Defense Esper told the press that bilateral air
    drills ... will be postponed" (kp4-019 s2): said after the meeting, that day."""
    sayings = [
        o
        for o in hits
        if o.entry.type == "statement" and not o.entry.noun and not o.times and o.end <= hit.start
    ]
    if not sayings:
        return None
    saying = sayings[-1]
    subject = lower[max(saying.start - SUBJECT_REACH - 1, 0) : saying.start]
    if "," not in subject:
        return None
    comma = saying.start - 1 - subject[::-1].index(",")
    k = comma - 1
    while k >= 0 and comma - k <= OPENING_REACH and lower[k] not in (",", ";", ":"):
        if lower[k] in lexicon.SAYING_OPENERS:
            dated = [o for o in hits if o.times and k < o.start < comma]
            return dated[-1] if dated and dated[-1].times[0].date.precision == "day" else None
        k -= 1
    return None


def _closing(lower: Sequence[str], hit: Hit, speech: Hit) -> bool:
    """`speech` closes the sentence of `hit` as its attribution: ", <speaker> said <time>.",
    a reporting verb after a comma and at most five words (the speaker), and the sentence
    ending within four words of it. Not a statement told in a clause of its own ("...,
    the spokesperson read a statement on Tuesday saying ...", kp3-001 s2)."""
    if speech.entry.noun or speech.start <= hit.end or speech.start - hit.end > CLOSING_REACH:
        return False
    if "." not in lower[speech.end : speech.end + 5]:
        return False
    between = lower[hit.end : speech.start]
    if "," not in between:
        return False
    last = len(between) - 1 - between[::-1].index(",")
    return len(between) - last - 1 <= 5 and not any(w in CLAUSE_BREAKS for w in between)


def concluded_meeting(lower: Sequence[str], hits: Sequence[Hit], hit: Hit) -> Hit | None:
    """The meeting an agreement noun closes: "a second round of inter-Korea talks wrapped up
    on Wednesday with the signing of the ... Declaration" (kp3-025_voa… s7), "the summit
    closed with the signing of a joint declaration": the act of a document (`document_acts`)
    after "with" (`concluding_links`) and a determiner closes the nearest meeting trigger
    before it in its clause. The document is reached there: it takes that meeting's date
    and parties. "met on Friday with an agreement in mind" closes nothing; a joint document
    does, as its act would: "the summit ended on Monday with a joint communique" (the
    parties make it together, at that meeting)."""
    if hit.entry.type != "agreement" or (
        lower[hit.start] not in DOCUMENT_ACTS and lower[hit.start] not in lexicon.JOINT_WORDS
    ):
        return None
    k = hit.start - 1
    if k > hit.clause[0] and (
        lower[k] in lexicon.DETERMINERS or lower[k] in lexicon.INDEFINITE_ARTICLES
    ):
        k -= 1
    if k < hit.clause[0] or lower[k] not in CONCLUDING_LINKS:
        return None
    meetings = [
        other
        for other in hits
        if other.entry.type in MEETING_TYPES
        and hit.clause[0] <= other.start
        and other.end <= k
        and k - other.end <= SHARE_REACH
    ]
    return meetings[-1] if meetings else None


def _share(tokens: Tokens, hit: Hit, other: Hit) -> None:
    """`hit` takes the date of `other`, a trigger of its sentence: the date is stated in
    the evidence when `other`'s own expression states it in full."""
    dated = event_date(tokens, other, other.times[0].date)
    hit.inherited, hit.inherited_stated = dated.date, not dated.inferred


def event_date(tokens: Tokens, hit: Hit, fallback: DateValue) -> EventDate:
    """The date of the event a trigger makes: its nearest own expression (an absolute one
    on ties), else the date it shares or inherits, else `fallback`."""
    if hit.times:
        best = min(
            hit.times,
            key=lambda t: (
                reports_saying(tokens, t) and len(hit.times) > 1,
                _restated(t, hit.times),
                _counted_apart(t, hit.times),
                time_distance(tokens, hit, t),
                not t.absolute,
            ),
        )
        return EventDate(best.date, best.text, best.inferred, best.end_date)
    if hit.inherited is not None:
        return EventDate(hit.inherited, "", not hit.inherited_stated)
    return EventDate(fallback, "", True)


def _counted_apart(time: TimeMention, times: list[TimeMention]) -> bool:
    """ "a week after", "two days before": a span counted from another happening yields to
    a time the clause it opens states later on ("comes a week after the United States raised
    tariffs on Friday": Friday dates the raise; kp2-007_voa…txt s5 "comes a day after"). A
    time before it is the main clause's, the day it counts from ("Japan protested on
    Tuesday, a day after ...")."""
    return time.text.lower().endswith(("after", "before")) and any(
        other.start >= time.end for other in times
    )


def _restated(time: TimeMention, times: list[TimeMention]) -> bool:
    """A bare year that a finer time of the same trigger falls within says nothing more:
    "Later Friday, Pence will lead a U.S. delegation to the 2018 Winter Olympics" (kp1-025
    s6): the year names the Games; the day dates the trip, though the year stands nearer.
    Only a year: "the summit earlier this month" and the swap "on Sunday" of one sentence
    are two happenings of that month (ua-013 s2). And only a year written out: "next
    week" is stored as its year, but tells a time of its own (seed 002: the meetings of
    next week and the announcement of yesterday)."""
    written = str(time.date.value.year) in time.text
    return (
        time.date.precision == "year"
        and written
        and any(
            other.date.precision != "year" and time.date.contains(other.date) for other in times
        )
    )


def narrative_month(last_date: DateValue) -> DateValue:
    """The date an undated event of a page without a publication date takes: the month the
    page's story stands at (the last date it told), no finer; a year when it told only a
    year. Such a page has no day of its own to date news by: "Instead, the U.S. retaliated
    with ..., announced new sanctions ..." three sentences after "On June 20, 2019, ..."
    is of that June (ir-013 s17 after s14), not of the year alone nor of the latest month
    the page mentions (kp1-023: its infobox line took "late November")."""
    if last_date.precision == "day":
        return DateValue(last_date.value.replace(day=1), "month")
    return last_date


def reports_saying(tokens: Tokens, time: TimeMention) -> bool:
    """ "reported today that ...", "said Tuesday": the expression dates the saying.
    kp4-019_jmh…txt s2: papers "reported today" a meeting held "on Sunday"."""
    token = tokens.token(time.start)
    return token > 0 and tokens.lower[token - 1] in SPEECH_WORDS


def time_distance(tokens: Tokens, hit: Hit, time: TimeMention) -> int:
    return distance(hit, tokens.token(time.start))


WEEKDAY_TEXT = re.compile(
    r"(?:on\s+|early\s+|late\s+)?(?:" + "|".join(lexicon.WEEKDAYS) + ")", re.IGNORECASE
)


def weekday_ahead(text: str, date: DateValue, published: dt.date) -> DateValue | None:
    """ "The Kremlin said on Tuesday that Lavrov would hold talks with Cavusoglu in Sochi on
    Monday": a plan's bare weekday that the words around it read as past (the "would" is
    too far back for `dates.tense_at`) is the coming one, on or after the text's day
    (kp4-014 s4 "will host a ... meeting Thursday", kp2-029 s7 "were scheduled to have a
    full day of talks on Thursday"). A planned happening is not told of a day gone by."""
    if date.precision != "day" or date.value >= published or not WEEKDAY_TEXT.fullmatch(text):
        return None
    days = (published - date.value).days
    return DateValue(date.value + dt.timedelta(days=7 * ((days + 6) // 7)), "day")


def names_occasion(tokens: Tokens, sentence: Span, openings: frozenset[str]) -> bool:
    """The sentence opens, after a place dateline if any ("Washington, DC - "), with words
    that name the text's own occasion ("Remarks at a ... Briefing"; kp2-011_trump…txt s1)."""
    lower = tokens.lower
    start = sentence.start
    for index in range(start, min(start + DATELINE_REACH, sentence.end)):
        if lower[index] in DATELINE_DASHES:
            start = index + 1
            break
    return " ".join(lower[start : start + 2]) in openings


def not_yet_held(events: Sequence[Event], published: dt.date) -> None:
    """A text tells as held nothing that lies wholly after the day it was published: a
    happening dated later is planned, whatever report of it joined it as held ("will travel
    to Brussels on Thursday to meet X", where the undated "to meet" read alone is held)."""
    for event in events:
        if event.status == "occurred" and event.date.value > published:
            event.status = "planned"
