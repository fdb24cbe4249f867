"""Typed events from the sentences of one article.

For each sentence: find triggers (lexicon.py), pair each cancellation with the meeting or trip
it cancels, give every time expression to its nearest trigger, then build each event from
what its clause says: participants and their roles, place, status and date. Rules, in order:

- Questions and quoted speech assert nothing; hypothetical ("if", "could") triggers are skipped.
- A negated meeting ("didn't meet") did not occur; a next sentence "But that never happened"
  turns the planned events of the sentence before into "did not occur".
- A cancelled thing without actors of its own ("the trip", "it had been canceled") is the
  latest meeting or trip the article told of; it takes status cancelled and the cancellation
  points at it.
- An event without its own time expression takes the publication year (precision "year"),
  unless it is a cancelled thing, which takes the month of its cancellation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import lexicon
from .actors import PlaceMention
from .ontology import CANCELLATION_TYPES, EVENT_TYPES, MEETING_TYPES
from .records import ActorMention, DateValue, Event, Evidence, Participant, TimeMention
from .text import english

CLAUSE_BREAKS = frozenset({";", ":"})
PHRASE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})
NOUN_LEFT = 5
ANTECEDENT_REACH = 6  # events back that "the meeting", "the trip" may refer to
PARTY_PREPOSITIONS = frozenset({"between", "with", "to", "in"})
NOUN_RIGHT = 10
MAX_CLAUSE_TOKENS = 25
OBJECT_WINDOW = 9
DIRECTED_TYPES = frozenset(
    {"cancellation", "postponement", "sanction", "sanction_relief", "threat", "demand",
     "appointment", "letter", "visit"}
)  # fmt: skip
QUOTES_OPEN = {"“", '"'}
QUOTES_CLOSE = {"”", '"'}


@dataclass
class TriggerHit:
    start: int  # token indices
    end: int
    entry: lexicon.Trigger
    clause: tuple[int, int] = (0, 0)
    times: list[TimeMention] = field(default_factory=list)
    cancels: TriggerHit | None = None
    cancelled_by: TriggerHit | None = None


class EventExtractor:
    def __init__(self) -> None:
        nlp = english()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[str, lexicon.Trigger] = {}
        for index, entry in enumerate(lexicon.TRIGGERS):
            key = f"trigger{index}"
            self.entries[key] = entry
            self.matcher.add(key, [nlp.make_doc(entry.phrase)])

    def triggers(self, doc: Doc) -> list[TriggerHit]:
        spans = [
            Span(doc, start, end, label=doc.vocab.strings[match_id])
            for match_id, start, end in self.matcher(doc)
        ]
        return [
            TriggerHit(span.start, span.end, self.entries[span.label_])
            for span in sorted(filter_spans(spans), key=lambda s: s.start)
        ]

    def extract(
        self,
        doc: Doc,
        published: dt.date,
        mentions: list[ActorMention],
        places: list[PlaceMention],
        times: list[TimeMention],
    ) -> list[Event]:
        hits = self.triggers(doc)
        builder = _ArticleEvents(doc, published, mentions, places, times)
        for sentence in doc.sents:
            if sentence.text.strip():
                in_sentence = [h for h in hits if sentence.start <= h.start < sentence.end]
                builder.add_sentence(sentence, in_sentence)
        return [event for event in builder.events if _main_actors(event.participants)]


class _ArticleEvents:
    """The events of one article, built sentence by sentence (coreference looks back)."""

    def __init__(self, doc, published, mentions, places, times) -> None:
        self.doc = doc
        self.published = published
        self.events: list[Event] = []
        self.previous_sentence_events: list[Event] = []
        self.mentions = [(self._token(m.start), self._token(m.end - 1) + 1, m) for m in mentions]
        self.places = [(self._token(p.start), p) for p in places]
        self.times = [(self._token(t.start), t) for t in times]

    def _token(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else 0

    # ------------------------------------------------------------------ one sentence
    def add_sentence(self, sentence: Span, hits: list[TriggerHit]) -> None:
        text = sentence.text.strip()
        lowered = text.lower()
        if any(cue in lowered for cue in lexicon.DID_NOT_HAPPEN) and len(hits) == 0:
            for event in self.previous_sentence_events:
                if event.type in MEETING_TYPES and event.status == "planned":
                    event.status = "did_not_occur"
                    event.evidence.append(self._evidence(sentence, sentence.start, sentence.end))
            self.previous_sentence_events = []
            return
        quoted = _quoted_tokens(sentence)
        hits = [
            h
            for h in hits
            if not quoted[h.start - sentence.start] and self._admissible(h, sentence)
        ]
        if text.endswith("?") or not hits:
            self.previous_sentence_events = []
            return
        for hit in hits:
            hit.clause = _clause(self.doc, sentence, hit)
        self._pair_cancellations(hits)
        self._assign_times(sentence, hits)

        made: list[Event] = []
        for hit in hits:
            if hit.cancelled_by is not None:
                continue  # built together with its cancellation
            event = self._build(sentence, hit)
            if event is not None:
                made.append(event)
        self.events.extend(e for e in made if e not in self.events)
        self.previous_sentence_events = made

    def _admissible(self, hit: TriggerHit, sentence: Span) -> bool:
        lowered = sentence.text.lower()
        entry = hit.entry
        if entry.requires and not any(word in lowered for word in entry.requires):
            return False
        if entry.type == "appointment":
            after = self.doc[hit.end : min(hit.end + 14, sentence.end)].text.lower()
            return any(word in after for word in lexicon.APPOINTMENT_ROLE_WORDS)
        return True

    def _pair_cancellations(self, hits: list[TriggerHit]) -> None:
        for hit in hits:
            if hit.entry.type not in CANCELLATION_TYPES:
                continue
            for other in hits:
                if other is hit or other.entry.type not in MEETING_TYPES or not other.entry.noun:
                    continue
                after = 0 < other.start - hit.end + 1 <= OBJECT_WINDOW
                compound = 0 <= hit.start - other.end <= 1  # "the trip cancellation"
                if (after or compound) and other.cancelled_by is None:
                    hit.cancels, other.cancelled_by = other, hit
                    break

    def _assign_times(self, sentence: Span, hits: list[TriggerHit]) -> None:
        for token, time in self.times:
            if not sentence.start <= token < sentence.end:
                continue
            candidates = [h for h in hits if h.clause[0] <= token < h.clause[1]] or hits
            nearest = min(candidates, key=lambda h: (_distance(h, token), h.start))
            nearest.times.append(time)

    # ------------------------------------------------------------------ one event
    def _build(self, sentence: Span, hit: TriggerHit) -> Event | None:
        event_type = hit.entry.type
        before = self.doc[max(hit.clause[0], hit.start - 4) : hit.start].text.lower()
        negated = _has_cue(before, lexicon.NEGATION_BEFORE)
        if _has_cue(before, lexicon.HYPOTHETICAL_CUES) or (
            negated and event_type not in MEETING_TYPES
        ):
            return None

        if event_type in CANCELLATION_TYPES:
            if self._non_finite(hit) and not hit.times:
                return None  # "canceling talks won't help": no event
            return self._build_cancellation(sentence, hit)

        participants = self._participants(hit, event_type)
        singular = not self.doc[hit.end - 1].lower_.endswith("s") or event_type == "negotiation"
        if (
            event_type in MEETING_TYPES
            and hit.entry.noun
            and not hit.times
            and singular
            and self._definite(hit)
        ):
            antecedent = self._antecedent(same_type=event_type)
            if antecedent is not None:
                # "the meeting itself — between Pompeo and ...": more about an event told.
                _add_participants(antecedent, participants)
                antecedent.evidence.append(self._evidence(sentence, hit.start, hit.end))
                return antecedent
        if not hit.times and len(_main_actors(participants)) < 2:
            return None  # undated and with one party: too thin to record
        if not _main_actors(participants) and event_type not in MEETING_TYPES:
            return None  # an actorless meeting with a date may still learn its parties
        event = self._new_event(sentence, hit, participants, status="")
        event.status = self._status(hit, event.date, negated)
        return event

    def _new_event(
        self, sentence: Span, hit: TriggerHit, participants: list[Participant], status: str
    ) -> Event:
        date, date_text = self._date(hit)
        event = Event(
            type=hit.entry.type,
            status=status,
            date=date,
            date_text=date_text,
            participants=participants,
            evidence=[self._evidence(sentence, hit.start, hit.end)],
            location=self._location(hit),
        )
        event.confidence = _confidence(event)
        return event

    def _non_finite(self, hit: TriggerHit) -> bool:
        first = self.doc[hit.start]
        previous = self.doc[hit.start - 1].lower_ if hit.start > 0 else ""
        return first.lower_.endswith("ing") or previous in lexicon.NON_FINITE_PREFIXES

    def _build_cancellation(self, sentence: Span, hit: TriggerHit) -> Event | None:
        target_event = None
        if hit.cancels is not None:
            target_event = self._cancelled_event(sentence, hit.cancels)
        elif not hit.entry.noun:
            target_event = self._antecedent()  # "it had been canceled"
        elif self._definite(hit):
            # "The cancellation leaves little doubt": more evidence for the latest cancellation.
            for event in reversed(self.events):
                if event.type in CANCELLATION_TYPES:
                    event.evidence.append(self._evidence(sentence, hit.start, hit.end))
                    return event
            return None

        if target_event is not None and not hit.times:
            earlier = next((e for e in self.events if e.related is target_event), None)
            if earlier is not None:
                # "Trump tweeted that he canceled the trip": the cancellation already told.
                earlier.evidence.append(self._evidence(sentence, hit.start, hit.end))
                return earlier
        own = self._participants(hit, hit.entry.type, stop_at=hit.cancels)
        participants = [p for p in own if p.role in {"initiator", "announcer"}]
        if target_event is not None:
            known = {p.actor for p in participants}
            for p in target_event.participants:
                if p.actor not in known and p.role != "announcer":
                    role = "target" if p.role == "target" else "participant"
                    participants.append(Participant(p.actor, role))
        if not _main_actors(participants):
            return None
        date, date_text = self._date(hit)
        event = Event(
            type=hit.entry.type,
            status="occurred" if date.value <= self.published else "planned",
            date=date,
            date_text=date_text,
            participants=participants,
            evidence=[self._evidence(sentence, hit.start, hit.end)],
            location=target_event.location if target_event else "",
            related=target_event,
        )
        if target_event is not None:
            target_event.status = "cancelled" if hit.entry.type == "cancellation" else "postponed"
            if not target_event.date_text and date_text:
                # A cancelled trip was due close to its cancellation: that month, no finer.
                target_event.date = DateValue(date.value.replace(day=1), "month")
        event.confidence = _confidence(event)
        return event

    def _cancelled_event(self, sentence: Span, obj: TriggerHit) -> Event | None:
        participants = self._participants(obj, obj.entry.type, start_at=obj.cancelled_by.end)
        if not _main_actors(participants):
            return self._antecedent()
        event = self._new_event(sentence, obj, participants, status="cancelled")
        self.events.append(event)
        return event

    def _antecedent(self, same_type: str | None = None) -> Event | None:
        """The meeting or trip a cancellation or a definite "the meeting" refers back to."""
        for event in reversed(self.events[-ANTECEDENT_REACH:]):
            if same_type is not None:
                if event.type == same_type:
                    return event
            elif event.type in MEETING_TYPES and event.status in {
                "planned",
                "cancelled",
                "postponed",
            }:
                return event
        return None

    def _definite(self, hit: TriggerHit) -> bool:
        previous = self.doc[max(hit.start - 2, 0) : hit.start]
        return any(token.lower_ in lexicon.DETERMINERS for token in previous)

    # ------------------------------------------------------------------ event parts
    def _participants(
        self,
        hit: TriggerHit,
        event_type: str,
        start_at: int | None = None,
        stop_at: TriggerHit | None = None,
    ) -> list[Participant]:
        low, high = self._window(hit)
        if start_at is not None:
            low, high = min(start_at, hit.start), min(hit.clause[1], hit.end + NOUN_RIGHT)
        if stop_at is not None:
            high = min(high, stop_at.start)
        found: dict[tuple[str, str], Participant] = {}
        kinds: dict[str, tuple[str, str]] = {}
        for start, end, mention in self.mentions:
            if not low <= start < high:
                continue
            role = self._role(hit, event_type, start, end, mention)
            if role:
                found.setdefault((mention.key, role), Participant(mention.key, role))
                kinds[mention.key] = (mention.kind, mention.country)
        # An actor named twice keeps its strongest role.
        best: dict[str, Participant] = {}
        order = ["initiator", "target", "participant", "announcer"]
        for p in found.values():
            if p.actor not in best or order.index(p.role) < order.index(best[p.actor].role):
                best[p.actor] = p
        participants = list(best.values())
        if event_type in MEETING_TYPES:
            # "Pompeo met Kim Yong-chol" already says the United States met North Korea.
            represented = {kinds[p.actor][1] for p in participants if kinds[p.actor][0] != "state"}
            participants = [
                p
                for p in participants
                if kinds[p.actor][0] != "state"
                or kinds[p.actor][1] not in represented
                or p.role == "target"
            ]
        return participants

    def _window(self, hit: TriggerHit) -> tuple[int, int]:
        """Where a trigger's parties are named: its clause for a verb; for a noun, the phrase
        around it ("Pompeo's trip to North Korea"), or the clause when a light verb governs it
        ("Moon is trying to arrange a meeting with Kim")."""
        low, high = hit.clause
        if not hit.entry.noun:
            return low, high
        left = hit.start
        while (
            left > low
            and hit.start - left < NOUN_LEFT
            and self.doc[left - 1].text not in PHRASE_BREAKS
        ):
            left -= 1
        governed = any(
            t.lower_ in lexicon.LIGHT_VERBS for t in self.doc[max(low, hit.start - 5) : hit.start]
        )
        right = hit.end
        while right < high and right - hit.end < NOUN_RIGHT:
            if self.doc[right].text in PHRASE_BREAKS:
                # "the meeting itself — between Pompeo and ...": a dash may open the phrase.
                following = self.doc[right + 1].lower_ if right + 1 < len(self.doc) else ""
                if self.doc[right].text not in {"—", "–"} or following not in PARTY_PREPOSITIONS:
                    break
            right += 1
        return (low if governed else left), right

    def _role(self, hit: TriggerHit, event_type: str, start: int, end: int, mention) -> str:
        doc = self.doc
        following = doc[end : end + 2]
        if mention.how == "adjective" and event_type not in {"sanction", "threat", "demand"}:
            return ""
        if end < len(doc) and doc[end].text in {"’s", "'s"}:
            possessed = doc[end + 1].lower_ if end + 1 < len(doc) else ""
            if not 0 <= hit.start - end <= 4 and possessed not in lexicon.LIGHT_NOUNS:
                return ""  # "Mr. Kim's top compatriots": the possessor is not a party
        if any(t.lower_ in lexicon.SPEECH_VERBS for t in following):
            return "announcer"  # "Trump wrote", "the State Department announced"
        if start > 1 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ == "according":
            return "announcer"
        if mention.how == "place":
            return "target" if event_type == "visit" and start >= hit.end else ""
        if event_type == "visit":
            # The traveller is a person or body; the state visited is the target.
            if mention.kind == "state":
                return "target" if start >= hit.end else "initiator"
            return "initiator"
        if event_type in DIRECTED_TYPES:
            before = start < hit.start
            if self._passive(hit):  # "Biegun was named", "the firm was sanctioned by Treasury"
                by = start > 0 and doc[start - 1].lower_ == "by"
                return "initiator" if by else ("target" if before else "participant")
            return "initiator" if before else "target"
        return "participant"

    def _passive(self, hit: TriggerHit) -> bool:
        previous = self.doc[hit.start - 1].lower_ if hit.start > 0 else ""
        return previous in lexicon.PASSIVE_AUXILIARIES and self.doc[hit.start].lower_.endswith("ed")

    def _date(self, hit: TriggerHit) -> tuple[DateValue, str]:
        if hit.times:
            best = min(hit.times, key=lambda t: (self._time_distance(hit, t), not t.absolute))
            return best.date, best.text
        return DateValue(dt.date(self.published.year, 1, 1), "year"), ""

    def _time_distance(self, hit: TriggerHit, time: TimeMention) -> int:
        return _distance(hit, self._token(time.start))

    def _status(self, hit: TriggerHit, date: DateValue, negated: bool) -> str:
        if hit.entry.type not in MEETING_TYPES:
            return "occurred" if date.value <= self.published else "planned"
        if negated:
            return "did_not_occur"
        window = self.doc[max(hit.clause[0], hit.start - 6) : min(hit.end + 3, hit.clause[1])]
        if _has_cue(window.text.lower(), lexicon.PLANNED_CUES):
            return "planned"
        if date.precision == "day" and date.value > self.published:
            return "planned"
        return "occurred"

    def _location(self, hit: TriggerHit) -> str:
        """Where it happens: "in/at X", "the X summit", or for a visit "to X"."""
        low, high = hit.clause
        accepted = {"in", "at", ""} | ({"to"} if hit.entry.type == "visit" else set())
        nearby = [
            (abs(token - hit.start), place.name)
            for token, place in self.places
            if low <= token < high and place.preposition in accepted
        ]
        return min(nearby)[1] if nearby else ""

    def _evidence(self, sentence: Span, start: int, end: int) -> Evidence:
        trigger = self.doc[start:end]
        text = sentence.text.rstrip()
        return Evidence(
            sentence=text.strip(),
            start=sentence.start_char + (len(text) - len(text.lstrip())),
            end=sentence.start_char + len(text),
            trigger=trigger.text,
            trigger_start=trigger.start_char,
            trigger_end=trigger.end_char,
        )


# ---------------------------------------------------------------------- helpers
def _clause(doc: Doc, sentence: Span, hit: TriggerHit) -> tuple[int, int]:
    low = hit.start
    while (
        low > sentence.start
        and doc[low - 1].text not in CLAUSE_BREAKS
        and hit.start - low < MAX_CLAUSE_TOKENS
    ):
        low -= 1
    high = hit.end
    while (
        high < sentence.end
        and doc[high].text not in CLAUSE_BREAKS
        and high - hit.end < MAX_CLAUSE_TOKENS
    ):
        high += 1
    return low, high


def _quoted_tokens(sentence: Span) -> list[bool]:
    """Which tokens stand inside double quotation marks (quoted speech)."""
    inside, flags = False, []
    for token in sentence:
        if not inside and token.text in QUOTES_OPEN:
            inside = True
            flags.append(True)
        elif inside and token.text in QUOTES_CLOSE:
            inside = False
            flags.append(True)
        else:
            flags.append(inside)
    return flags


def _distance(hit: TriggerHit, token: int) -> int:
    if token < hit.start:
        return hit.start - token
    return max(token - hit.end + 1, 0)


def _add_participants(event: Event, participants: list[Participant]) -> None:
    known = {p.actor for p in event.participants}
    event.participants.extend(p for p in participants if p.actor not in known)


def _has_cue(text: str, cues: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {cue} " in padded or f" {cue}," in padded for cue in cues)


def _main_actors(participants: list[Participant]) -> set[str]:
    return {p.actor for p in participants if p.role != "announcer"}


def _confidence(event: Event) -> float:
    """A documented heuristic: an own date, several parties and a clear initiator add trust."""
    score = 0.45
    if event.date_text:
        score += 0.25
    if len(_main_actors(event.participants)) >= 2:
        score += 0.1
    if any(p.role == "initiator" for p in event.participants):
        score += 0.05
    if event.location:
        score += 0.05
    if EVENT_TYPES[event.type].group != "other":
        score += 0.05
    return round(min(score, 0.95), 2)
