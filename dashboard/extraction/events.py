"""Typed events from the sentences of one article.

For each sentence: find triggers (vocabulary.py), pair each cancellation with the meeting or trip
it cancels, give every time expression to its nearest trigger, then build each event from
what its clause says: participants and their roles, place, status and date. Rules, in order:

- Questions and quoted speech assert nothing; hypothetical ("if", "could") triggers are skipped.
- A negated meeting ("didn't meet") did not occur; a next sentence "But that never happened"
  turns the planned events of the sentence before into "did not occur".
- A cancelled thing without actors of its own ("the trip", "it had been canceled") is the
  latest meeting or trip the article told of; it takes status cancelled and the cancellation
  points at it.
- An event without its own time expression takes the date the narrative is at where the
  text says so (narrative.py); otherwise, in the lead, the publication month, and so too
  further down for a happening of a person of the lead's undated news; a transcript's
  own occasion, the publication day; a cancelled thing, the month of its cancellation; else
  the year the text supports (dating.py, pipeline.fallback_year), marked inferred.

Where each part lives: this module reads sentences, admits triggers and builds events;
clauses.py holds the clause grammar, dating.py which time an event takes, narrative.py the
article's story (cancellations, plans, inherited dates), and three mixins of
`_ArticleEvents` hold the rest: roles.py (participants and their roles), statements.py (when
a saying is news and what it judges) and occasions.py (the occasion a heading, transcript
speaker or release attribution tells). The mixins keep no state of their own; the article's
state lives on `_ArticleEvents`, built anew for every article (`EventExtractor.extract`).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from . import clauses, dates, dating, narrative
from . import vocabulary as lexicon  # one vocabulary; the old name keeps the diff small
from .actors import CAPITAL_LABEL, QUESTION_LABEL, PlaceMention
from .clauses import PHRASE_BREAKS
from .clauses import has_cue as _has_cue
from .occasions import OccasionReading
from .ontology import CANCELLATION_TYPES, MEETING_TYPES, SPOKEN_TYPES, merge_group
from .records import ActorMention, DateValue, Event, Evidence, Participant, TimeMention
from .roles import (
    NOUN_OPENERS,
    RoleReading,
    add_participants,
    confidence,
    main_actors,
)
from .statements import StatementReading
from .text import english, longest_first, sentences, token_starts, words_of

CLAUSE_OPENERS = lexicon.CLAUSE_OPENERS
OFFICE_WORDS = lexicon.OFFICE_WORDS
NEW_CLAUSE_WORDS = lexicon.NEW_CLAUSE_WORDS
ONE_PARTY_TYPES = frozenset({"weapons_test"})
# "the rockets that Prime Minister X Y fired": a relative word and a titled name
RELATIVE_SUBJECT_REACH = 5
# "issued a simple, straightforward statement": an article, two adjectives, a comma
ISSUE_MODIFIER_REACH = 4
CALLED_OFF_STATUSES = frozenset({"cancelled", "postponed"})
# The subject pronouns a state fires under: "they apparently just launched" (cn-011 s27).
LAUNCH_PRONOUNS = frozenset({"it", "they"})
STANDING_TYPES = frozenset({"demand", "agreement"})  # a position or commitment may stand
PLANNED_NOUN_REACH = 6
# "have completed their first day of talks" (kp3-019 s2): a perfect auxiliary this many
# words before a noun trigger governs it
PERFECT_NOUN_REACH = 6
NAMED_PLACE_REACH = 3  # "the Singapore Summit": tokens a place naming a trigger may span
NAME_JOINERS = frozenset({"-", "–", "—"})  # "the US–North Korea summit"
PURPOSE_MEETING_REACH = 8  # "is due in Brussels on Thursday to meet"
PURPOSE_REACH = 10  # words before "was to" in which a purpose noun tells a reason
POSSIBLE_REACH = 12  # "a second meeting between President X and Chairman Y this year is possible"
PAST_PLAN_WORDS = frozenset({"was", "were", "had"})  # "was to meet", "had planned to visit"
BACKGROUND_REACH = 10  # "following the conclusion of the G-20 leaders' meeting" (cn-004 s7)
PHRASE_REACH = 6  # "the U.S.-Taliban peace agreement": words a noun's modifiers may span
WISH_REACH = 6  # "are considering a second Trump-Kim summit" (kp3-011 s4)
MULTIDAY_REACH = 3  # days between the first and last day a later sentence tells of one happening
# Threats and demands are said on an occasion; statements and threats are such occasions
# (`_speaker_occasion`), told within this many characters before (a few sentences).
SPEECH_ACT_TYPES = SPOKEN_TYPES - {"statement"}
OCCASION_REACH = 800


# Words that open a clause of background before a calling-off (events._lead_news).
BACKGROUND_OPENERS = (lexicon.SUBORDINATORS - {"but"}) | {"as"}
# Time expressions that can only point ahead of the text's day (events._forward_time).
FORWARD_TIMES = ("next ", "later this ", "later in the ", "this coming ", "the coming ")


# "announced on Friday that it would impose": how far before a measure its announcing verb.
ANNOUNCED_REACH = 8
# "suspended the new tariffs": how far after a calling-off verb its measure may stand.
MEASURE_REACH = 4
_RELIEF_ENTRIES: dict[lexicon.Trigger, lexicon.Trigger] = {}


def _relief_entry(entry: lexicon.Trigger) -> lexicon.Trigger:
    """The calling-off verb `entry` as a relief trigger (`_calls_off_measure`), made once."""
    if entry not in _RELIEF_ENTRIES:
        _RELIEF_ENTRIES[entry] = replace(entry, type="sanction_relief", needs_object=False)
    return _RELIEF_ENTRIES[entry]


@dataclass
class TriggerHit:
    start: int  # token indices
    end: int
    entry: lexicon.Trigger
    clause: tuple[int, int] = (0, 0)
    times: list[TimeMention] = field(default_factory=list)
    cancels: TriggerHit | None = None
    cancelled_by: TriggerHit | None = None
    inherited: DateValue | None = None  # a date taken from context, not its own words
    inherited_stated: bool = False  # ... from its sentence, where it is stated in full

    @property
    def dated(self) -> bool:
        return bool(self.times) or self.inherited is not None


COORDINATE_REACH = 6  # "..., but then I personally called it off"
REPETITION_REACH = 10  # "traveled there now, oh goodness, three or four times"


class EventExtractor:
    def __init__(self) -> None:
        nlp = english()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[str, lexicon.Trigger] = {}
        for index, entry in enumerate(lexicon.TRIGGERS):
            key = f"trigger{index}"
            self.entries[key] = entry
            patterns = [nlp.make_doc(entry.phrase)]
            words = entry.phrase.split()
            if (
                entry.verb
                and entry.type in CANCELLATION_TYPES
                and not entry.needs_object
                and len(words) == 2
                and words[1] in lexicon.PARTICLES
            ):
                # "I called it off", "we put it off": the pronoun between the verb and its
                # particle (the phrasal verb of kp3-016 s4, "called off"); longer than, so
                # read before, the verdict "called it" (kp3-008 s18).
                patterns += [
                    nlp.make_doc(f"{words[0]} {it} {words[1]}") for it in lexicon.EVENT_PRONOUNS
                ]
            self.matcher.add(key, patterns)

    def triggers(self, doc: Doc) -> list[TriggerHit]:
        strings = doc.vocab.strings
        matches = [(start, end, strings[match_id]) for match_id, start, end in self.matcher(doc)]
        return [
            TriggerHit(start, end, self.entries[key]) for start, end, key in longest_first(matches)
        ]

    def extract(
        self,
        doc: Doc,
        text: str,
        published: dt.date,
        mentions: list[ActorMention],
        places: list[PlaceMention],
        times: list[TimeMention],
        split: list[Span] | None = None,
        words: list[str] | None = None,
        lower: list[str] | None = None,
        fallback_year: int | None = None,
        published_inferred: bool = False,
        date_line: bool = False,
        titled_states: dict[str, str] | None = None,
        country_states: dict[str, str] | None = None,
    ) -> list[Event]:
        """`split`, `words` and `lower`: sentences and token strings, if already computed;
        `fallback_year`: the year of events no sentence dates (the publication's if None);
        `published_inferred`: the text gives no publication date (an encyclopedia page), so
        `published` is only the latest date it mentions, no day its news was told;
        `date_line`: a line above the lead prints the publication day (pipeline.date_line);
        `titled_states`: states named only by a title's demonym (actors.Recognition);
        `country_states`: each country code's state (Gazetteer.states_by_country)."""
        hits = self.triggers(doc)
        builder = _ArticleEvents(
            doc, text, published, mentions, places, times, words, lower, fallback_year,
            published_inferred, date_line,
        )  # fmt: skip
        builder.titled_state_of = titled_states or {}
        builder.country_states = country_states or {}
        cursor = 0  # hits and sentences are both in document order
        for sentence in split if split is not None else sentences(doc):
            while cursor < len(hits) and hits[cursor].start < sentence.start:
                cursor += 1
            first = cursor
            while cursor < len(hits) and hits[cursor].start < sentence.end:
                cursor += 1
            builder.add_sentence(sentence, hits[first:cursor])
        # A plan with no date cannot be placed on a timeline, unless the text later said it
        # did not happen ("But that never happened").
        builder.add_states()
        plans = {id(event) for event in builder.undated_plans}
        return [
            event
            for event in builder.events
            if main_actors(event.participants)
            and not (id(event) in plans and event.status == "planned")
        ]


class _ArticleEvents(OccasionReading, StatementReading, RoleReading):
    """The events of one article, built sentence by sentence (coreference looks back)."""

    def __init__(
        self,
        doc,
        text,
        published,
        mentions,
        places,
        times,
        words=None,
        lower=None,
        fallback_year=None,
        published_inferred=False,
        date_line=False,
    ) -> None:
        self.doc = doc
        # Plain strings: Doc.text is rebuilt on every access, and indexing a Doc builds a
        # Token object each time.
        self.full_text = text
        self.words = words if words is not None else words_of(doc, text)
        self.starts = token_starts(doc)
        self.lower = lower if lower is not None else [w.lower() for w in self.words]
        self.published = published
        self.tokens = dating.Tokens(self.words, self.lower, self.starts)
        # An event no sentence dates: the publication year, no finer (point 8 of issue 14:
        # never a year the text does not support, see pipeline.fallback_year).
        self.fallback_date = DateValue(dt.date(fallback_year or published.year, 1, 1), "year")
        self.events: list[Event] = []
        self.previous_sentence_events: list[Event] = []
        self.last_date: DateValue | None = None
        self.published_inferred = published_inferred  # see EventExtractor.extract
        self.time_cursor = 0  # self.times up to here lie before the current sentence
        self.undated_plans: list[Event] = []
        # The persons (not states or bodies) of the lead's undated news, which is dated to the
        # publication month: a later undated happening of theirs is of the same story.
        self.lead_people: set[str] = set()
        self.sentence_number = 0  # of sentences with text; the first ones are the lead
        self.lead_number = 0  # the same without bylines and date lines (narrative.is_byline)
        self.sentence_hits: list[TriggerHit] = []
        self.sentence_made: list[Event] = []  # events built so far from the sentence at hand
        self.mentions = [(self._token(m.start), self._token(m.end - 1) + 1, m) for m in mentions]
        self.mentions.sort(key=lambda item: item[0])
        self.mention_starts = [start for start, _, _ in self.mentions]
        self.known_actors = {m.key for m in mentions if not m.is_new}
        self.states = {m.key for m in mentions if m.kind == "state"}
        self.state_of = {m.country: m.key for m in mentions if m.kind == "state" and m.country}
        self.titled_state_of: dict[str, str] = {}  # EventExtractor.extract sets it
        self.country_states: dict[str, str] = {}  # the same
        self.kind_of = {m.key: (m.kind, m.country) for m in mentions}
        # People outside the gazetteer may speak for a state when the text gives their office.
        # So may a state's ministry or office the gazetteer lacks ("The Azerbaijani Foreign
        # Ministry said"), as a known one does ("Japan's Defense Ministry dismissed", kp4-016
        # s12): its country is its state's.
        self.speakers = self.known_actors | {
            m.key
            for m in mentions
            if m.is_new
            and (
                OFFICE_WORDS & set(m.description.lower().split())
                or (m.kind == "body" and m.country)
            )
        }
        # In text order, with their first tokens apart for bisecting: a sentence or a clause
        # looks only at its own times and places (a long article has thousands).
        self.places = sorted(((self._token(p.start), p) for p in places), key=lambda x: x[0])
        self.place_tokens = [token for token, _ in self.places]
        self.times = [(self._token(t.start), t) for t in times]
        self.time_tokens = [token for token, _ in self.times]
        self.event_ids: set[int] = set()  # id() of each event in self.events
        self.attributed: list[str] = []  # who announces what follows ("attributable to")
        self.dated_sentence = False  # the sentence being read names a time
        # the visit a heading tells (occasions._heading_visit) and its host's country code
        self.heading_visit: tuple[Event, str] | None = None
        # the day of the meeting a release's title names as its occasion (`_titled_meeting`)
        self.titled_day: DateValue | None = None
        # Where a transcript's first question turn begins ("QUESTION:", "Q  "), if it has one.
        self.first_question = first_question(text)
        # Where each turn of a transcript begins, and whether a journalist speaks in it; the
        # parties of the calling-off the last question named, with the index of its turn.
        self.turn_starts, self.turn_asks = transcript_turns(text)
        self.asked: tuple[int, list[str]] | None = None
        # the states the last question turn named, with the index of its turn
        self.asked_states: tuple[int, list[str]] | None = None
        self.last_sentence: Span | None = None  # the sentence read before this one
        # The period a speaker's sentence names as just past, "we've had a good week"
        # (dates.SPEECH_PERIOD), for the sentence after it; and that of the sentence before.
        self.frame: DateValue | None = None
        self.previous_frame: DateValue | None = None
        self.date_line = date_line  # a line above the lead prints the publication day

    def _text(self, span: Span) -> str:
        return self.full_text[span.start_char : span.end_char]

    def _token(self, char: int) -> int:
        """The token that contains character `char`."""
        return max(bisect.bisect_right(self.starts, char) - 1, 0)

    # ------------------------------------------------------------------ one sentence
    def add_sentence(self, sentence: Span, hits: list[TriggerHit]) -> None:
        heading = self.sentence_number == 0
        self._read_sentence(sentence, hits)
        if heading:
            self._heading_meeting(sentence, hits)
        else:
            self._visit_company(sentence, hits)
            self._honour_meeting(sentence)
        self.last_sentence = sentence

    def _read_sentence(self, sentence: Span, hits: list[TriggerHit]) -> None:
        times = self.times
        while self.time_cursor < len(times) and times[self.time_cursor][0] < sentence.start:
            self.last_date = times[self.time_cursor][1].date
            self.time_cursor += 1
        self.previous_frame, self.frame = self.frame, self._speech_frame(sentence, hits)
        if self.turn_starts:
            self._answered_question(sentence, hits)
        text = self._text(sentence)
        if not narrative.is_byline(self.words[sentence.start : sentence.end]):
            self.lead_number += 1
        self._attribution(sentence, text)
        if self.sentence_number == 0:
            self._titled_meeting(sentence, text, hits)
        # "to sign", "a sign of", "I agree": a base form that counts only in a headline is
        # no trigger at all elsewhere (seed 000: "But that never happened, marking another
        # sign of ..." must still read as a sentence without triggers).
        hits = [
            h
            for h in hits
            if not h.entry.headline_base
            or self.lower[h.start] != h.entry.lemma.split()[0]
            or self._headline(sentence, h)
        ]
        if not hits:
            self.sentence_number += 1
            if any(cue in text.lower() for cue in lexicon.DID_NOT_HAPPEN):
                self._did_not_happen(sentence)
            self.previous_sentence_events = []
            return
        self.sentence_number += 1
        quoted = clauses.quoted_tokens(self.words[sentence.start : sentence.end])
        dated_sentence = self.time_cursor < len(self.times) and (
            self.times[self.time_cursor][0] < sentence.end
        )
        self.candidates = hits
        self.joint_only: set[int] = set()
        self.dated_sentence = dated_sentence
        hits = [
            h
            for h in hits
            if not quoted[h.start - sentence.start]
            and self._admissible(h, sentence)
            # A statement is an event only with a date or an "Afterward": decide it early,
            # since "said" is the commonest trigger of all.
            and not self._talk_of_meeting(h)
            and (
                h.entry.type != "statement"
                or dated_sentence
                or self._continues(sentence)
                or self._framed_opening(sentence)
                or self._judged(h) is not None
                or self._said_lately(h)
                or self._adopted_in_heading(sentence, h)
                or self._press_occasion(h, sentence)
                or self._joint_only(h)
            )
        ]
        # "signed a joint statement", "held a meeting": the verb and its noun are one event;
        # so are a meeting verb and a noun of its group, "met at a summit in Singapore"
        # (kp4-027 s6: the verb took the time, the noun stayed a year report of its own).
        hits = [
            h
            for h in hits
            if h.entry.noun
            or not any(
                o.entry.noun
                and merge_group(o.entry.type) == merge_group(h.entry.type)
                and 0 <= o.start - h.end <= 4
                and all(w.islower() or w in {"-", ","} for w in self.words[h.end : o.start])
                for o in hits
            )
        ]
        subjects = self._passive_subjects(hits, sentence)
        hits = [h for h in hits if all(noun is not h for noun, _ in subjects.values())]
        if text.endswith("?") or not hits:
            self.previous_sentence_events = []
            return
        breaks = clauses.clause_breaks(self.words, sentence.start, sentence.end)
        for hit in hits:
            hit.clause = clauses.clause(breaks, sentence.start, sentence.end, hit.start, hit.end)
            if id(hit) in subjects:
                # its parties are named from its subject on ("by A and B"), never in the
                # clause the subject's phrase is part of
                hit.clause = (max(hit.clause[0], subjects[id(hit)][1]), hit.clause[1])
        self._pair_cancellations(hits)
        self._assign_times(sentence, hits)
        self._share_times(hits)
        self.sentence_hits = hits

        made: list[Event] = []
        self.sentence_made = made
        built: list[tuple[TriggerHit, Event]] = []
        for hit in hits:
            if hit.cancelled_by is not None:
                continue  # built together with its cancellation
            event = self._build(sentence, hit)
            if event is not None:
                made.append(event)  # later triggers of the sentence read it (sentence_made)
                built.append((hit, event))
        made[:] = self._trips_with_purposes(hits, built)
        self._announced_calling_off(hits)
        self._asked_counterpart(sentence, made)
        for event in made:
            if id(event) not in self.event_ids:
                self._register(event)
                known = {p.actor for p in event.participants}
                event.participants += [
                    Participant(key, "announcer") for key in self.attributed if key not in known
                ]
        self.previous_sentence_events = made

    def _trips_with_purposes(
        self, hits: list[TriggerHit], built: list[tuple[TriggerHit, Event]]
    ) -> list[Event]:
        """ "flew to Brussels on Wednesday to meet the NATO secretary general", "will travel
        to Doha on Sunday for talks with the Taliban" (`dating._purpose_of_trip`): the
        meeting a trip is made for is held on the trip, and the trip and the meetings held
        during it are one row (docs/annotation.md). A purpose with no date of its own (or
        the trip's) joins the trip: those it names become the trip's participants, even when
        the host is a third state, and an undated "to meet" of a planned trip is no meeting
        held (kp2-005 s12 "came here today ... to meet with members of the UN Security
        Council"; kp4-006 s15 a trip to Pyongyang "where ... discussions took place"). A
        summit stays itself: leaders meeting on a trip hold a summit, which wins over the
        visit, and merging settles it."""
        trips = [(h, e) for h, e in built if e.type == "visit" and not h.entry.noun]
        if not trips:
            return [e for _, e in built]
        kept: list[Event] = []
        for hit, event in built:
            trip = next(
                (
                    t
                    for h, t in trips
                    if h.clause == hit.clause
                    and dating._purpose_of_trip(self.lower, hits, h, hit)
                    and (
                        (not hit.times and hit.inherited is None)
                        or (t.date == event.date and t.status == event.status)
                    )
                ),
                None,
            )
            if trip is None or event.type not in MEETING_TYPES or event.type == "summit":
                kept.append(event)
                continue
            known = {p.actor for p in trip.participants}
            trip.participants += [
                Participant(p.actor, "participant" if p.role != "announcer" else p.role)
                for p in event.participants
                if p.actor not in known
            ]
        return kept

    def _answered_question(self, sentence: Span, hits: list[TriggerHit]) -> None:
        """A question asserts nothing, but an answer's words can take their referent from it.
        af-010_pompeo… s8-9: the interviewer asks when the guest learnt that the meeting with
        the Taliban had been called off; the answer's first turn says the President "made the
        right decision": a decision with no object of its own decides what was asked about.
        So: in a question turn, remember the parties (states, bodies, groups; not people, not
        the "you" who answers) of a sentence naming a calling-off; in the answer turn right
        after it, "<person> made/took the (...) decision" with nothing decided of its own
        ("decision on/about/over ...") is that calling-off, by that person, against the
        question's parties, done lately (the interview's news: the publication month)."""
        turn = bisect.bisect_right(self.turn_starts, sentence.start_char) - 1
        if turn < 0:
            return
        if self.turn_asks[turn]:
            if self.asked is not None and self.asked[0] != turn:
                self.asked = None  # a new question: the last one's context is spent
            if self.asked_states is None or self.asked_states[0] != turn:
                self.asked_states = (turn, [])
            self.asked_states[1].extend(
                m.key
                for _, _, m in self._mentions_in(sentence.start, sentence.end)
                if m.kind == "state" and m.how not in {"speaker", "place"}
                and m.key not in self.asked_states[1]
            )  # fmt: skip
            if any(h.entry.type in CANCELLATION_TYPES for h in hits):
                parties = [
                    m.key
                    for _, _, m in self._mentions_in(sentence.start, sentence.end)
                    if m.kind != "person" and m.how not in {"speaker", "place"}
                ]
                if parties:
                    self.asked = (turn, list(dict.fromkeys(parties)))
            return
        if self.asked is None or self.asked[0] != turn - 1 or self.published_inferred:
            return
        if any(e.type in CANCELLATION_TYPES for e in self.events):
            return  # the calling-off is told already
        made = self._decision_by(sentence)
        if made is None:
            return
        person, at = made
        parties = [key for key in self.asked[1] if key != person]
        self.asked = None
        event = Event(
            type="cancellation",
            status="occurred",
            date=DateValue(self.published.replace(day=1), "month"),
            date_text="",
            date_inferred=True,
            participants=[Participant(person, "initiator")]
            + [Participant(key, "target") for key in parties],
            evidence=[self._evidence(sentence, at, at + 1)],
        )
        event.confidence = confidence(event)
        self._register(event)

    def _asked_counterpart(self, sentence: Span, made: list[Event]) -> None:
        """ "Q: Mr. President, why the tariffs against China now? THE PRESIDENT: ... We have
        another meeting in early September." (cn-011_wh… s2, s18): in the answer right after
        a question that named one state besides the speaker's own, a meeting whose only
        party is a government's "we" (the speaker, and the speaker's state) is held with the
        state the question named: the answer speaks of what was asked about. A government
        and a state across the table, no person of either side, are delegations meeting: a
        round of talks (the dev gold of cn-011 s18: the United States and China). Not "I"
        ("I will meet the co-chairs" names its own company, one the engine may not know)."""
        if self.asked_states is None or not made:
            return
        turn = bisect.bisect_right(self.turn_starts, sentence.start_char) - 1
        if turn != self.asked_states[0] + 1:
            return
        told = [
            (start, m.key)
            for start, _, m in self._mentions_in(sentence.start, sentence.end)
            if m.how == "speaker"
        ]
        if not told or any(self.lower[at] not in lexicon.FIRST_PERSON_PLURAL for at, _ in told):
            return
        speakers = {key for _, key in told}

        def country(key: str) -> str:
            return self.kind_of.get(key, ("", ""))[1]

        own = {country(key) for key in speakers} - {""}
        asked = [key for key in self.asked_states[1] if country(key) not in own]
        if len(own) != 1 or len(asked) != 1:
            return
        counterpart = asked[0]
        for event in made:
            if event.type not in MEETING_TYPES - {"visit"} or event.status == "cancelled":
                continue
            parties = main_actors(event.participants)
            if not set(parties) & speakers or any(country(key) not in own for key in parties):
                continue
            event.participants.append(Participant(counterpart, "participant"))
            if event.type == "meeting":
                event.type = "negotiation"
                # the speaker's own state stands in for the speaker where the text names it
                state = self.state_of.get(next(iter(own)), "")
                if state:
                    event.participants = [
                        p for p in event.participants if p.actor not in speakers
                    ] + [Participant(state, "participant")]
            event.confidence = confidence(event)

    def _decision_by(self, sentence: Span) -> tuple[str, int] | None:
        """ "President Trump made the right decision to ..." (af-010 s9): the person named
        right before "made"/"took" and the token of "decision", when the decision names
        nothing decided of its own (no "on", "about", "over" after it)."""
        lower = self.lower
        for i in range(sentence.start + 1, sentence.end - 1):
            if lower[i] not in DECISION_VERBS:
                continue
            after = lower[i + 1 : min(i + 5, sentence.end)]
            if "decision" not in after:
                continue
            at = i + 1 + after.index("decision")
            if lower[i + 1] not in NOUN_OPENERS or (
                at + 1 < sentence.end and lower[at + 1] in DECIDED_THING
            ):
                continue
            for _, end, m in self._mentions_in(sentence.start, i):
                if end == i and m.kind == "person" and m.how != "speaker":
                    return m.key, at
        return None

    def _passive_subjects(
        self, hits: list[TriggerHit], sentence: Span
    ) -> dict[int, tuple[TriggerHit, int]]:
        """ "the armistice agreement was signed by A and B" (kp1-013 s2 "it was a historical
        event where the armistice agreement was signed"): a noun that is the subject of its
        own type's verb in the passive is one event with it, built from the verb, which takes
        the time and the agent. For each such verb: its noun and where the noun's phrase
        starts (its determiner, or the word after a comma or relative word before it)."""
        found: dict[int, tuple[TriggerHit, int]] = {}
        for noun in hits:
            if not noun.entry.noun:
                continue
            for verb in hits:
                if (
                    not verb.entry.noun
                    and verb.entry.type == noun.entry.type
                    and 1 <= verb.start - noun.end <= 2
                    and all(
                        w in lexicon.PASSIVE_AUXILIARIES for w in self.lower[noun.end : verb.start]
                    )
                    and clauses.passive(self.lower, verb.start)
                ):
                    found[id(verb)] = (noun, self._phrase_start(noun.start, sentence.start))
        return found

    def _phrase_start(self, start: int, low: int) -> int:
        """Where the noun phrase of the noun at `start` begins: at its determiner, or after
        the punctuation or function word before its modifiers (at most PHRASE_REACH words)."""
        i = start
        while i > max(low, start - PHRASE_REACH):
            word = self.lower[i - 1]
            if word in NOUN_OPENERS:
                return i - 1
            if not word.isalnum() and word not in NAME_JOINERS | {"-", "."}:
                return i
            if word in CLAUSE_OPENERS or word in NEW_CLAUSE_WORDS:
                return i
            i -= 1
        return i

    def _announced_calling_off(self, hits: list[TriggerHit]) -> None:
        """A lead that tells a calling-off without its day ("X's planned meeting ... has been
        postponed") and a next sentence that dates the announcement of it, naming the thing
        called off ("the ministry issued a statement on Wednesday saying the meeting will
        take place later", kp3-016 s1-2): the announcement is the calling-off, so its day
        and its issuer (who calls off, when nothing else does) are the cancellation's."""
        speeches = [h for h in hits if h.entry.type == "statement" and h.times]
        if not speeches:
            return
        for event in self.previous_sentence_events:
            called_off = event.related
            if event.type not in CANCELLATION_TYPES or event.date_text or called_off is None:
                continue
            if not any(
                h.entry.noun and h.entry.type == called_off.type and self._definite(h) for h in hits
            ):
                continue
            speech = speeches[0]
            dated = self._date(speech)
            if dated.date.precision != "day" or dated.date.value > self.published:
                continue
            event.date, event.date_text, event.date_inferred = dated.date, dated.text, False
            if not any(p.role == "initiator" for p in event.participants):
                speakers = self._participants(speech, "statement")
                event.participants += [
                    Participant(p.actor, "initiator")
                    for p in speakers
                    if p.role == "initiator" and p.actor not in event.actor_keys()
                ]

    def _did_not_happen(self, sentence: Span) -> None:
        """ "But that never happened": the plans of the sentence before did not occur."""
        for event in self.previous_sentence_events:
            if event.type in MEETING_TYPES and event.status == "planned":
                event.status = "did_not_occur"
                event.evidence.append(self._evidence(sentence, sentence.start, sentence.end))

    def _admissible(self, hit: TriggerHit, sentence: Span) -> bool:
        entry = hit.entry
        if not self._reported(hit, sentence):
            return False
        if self._announced_object(hit):
            return False
        if entry.type == "statement" and any(
            self._announced_object(o) for o in self.candidates if o is not hit
        ):
            return False  # the saying is the announcing of that happening, no statement
        if entry.requires and not self._titled_discussion(hit):
            lowered = self._text(sentence).lower()
            if not any(word in lowered for word in entry.requires):
                return False
        if entry.followed_by and not self._followed_by(hit, sentence):
            return False
        if entry.preceded_by:
            before = set(self._words_before(hit.start, entry.reach, sentence.start))
            if not before & set(entry.preceded_by):
                return False
        if (
            entry.type == "agreement"
            and not entry.verb
            and entry.phrase == entry.lemma
            and " " not in entry.phrase
            and hit.start > sentence.start
            and self.lower[hit.start - 1] == "to"
        ):
            # "agreed to exchange prisoners", "plans to swap": a singular agreement noun
            # right after "to" is the verb, what is agreed or planned, no exchange done.
            return False
        if (
            entry.type == "agreement"
            and hit.start > sentence.start
            and self.lower[hit.start - 1] == "in"
            and self.lower[hit.end : hit.end + 1] == ["for"]
        ):
            # "the release of 35 Ukrainians held by Russia, in exchange for 35 prisoners"
            # (ua-005 s6): "in exchange for" is "in return for", what a release is traded
            # against; the exchange itself is told elsewhere, if at all.
            return False
        if (
            entry.type == "agreement"
            and entry.noun
            and STANDING_REFERENCES.intersection(self._words_before(hit.start, 4, sentence.start))
        ):
            # "its commitments under the Minsk agreements" (ua-010 s2, ua-005 s12), "Under
            # the 2018 agreement, Ethiopia must ...": the accord in force, no new one.
            return False
        if entry.type == "agreement" and entry.noun and self._left_accord(hit, sentence):
            return False  # "pulled out of the ceasefire agreement": what is left, no new one
        if entry.simple_past and self._just_done(hit):
            return False  # "a story we've talked about for some time": no one occasion
        if self._presence_phrase(hit) and not self._present_in_state(hit):
            return False  # "the answer is in the text": no one is anywhere
        due = "due" in self.lower[hit.start : hit.end]
        if self._presence_phrase(hit) and due and self._met_there(hit):
            # "X is due in Brussels on Thursday to meet Y": the plan told is the meeting,
            # where X is to be its place; "I came here to Japan to meet our allies"
            # (kp1-024 s8) tells the trip made, and stays one
            return False
        if entry.type == "visit" and not entry.noun and self._weapon_moves(sentence, hit):
            return False  # "the missile flew to an altitude of ...": no one travels
        if entry.type in CANCELLATION_TYPES and entry.noun and self._modifier(hit):
            return False  # "the same cancellation tactic": it cancels nothing here
        if entry.type == "appointment":
            if hit.end < sentence.end and self.lower[hit.end] in lexicon.NAMESAKE_WORDS:
                return False  # "is named after a former minister" (ua-007 s35)
            if any(
                other.entry.type != "appointment"
                and hit.end <= other.start < hit.end + 14
                # a clause it announces, not "named special envoy for the talks"
                and "that" in self.lower[hit.end : other.start]
                for other in self.candidates
            ):
                # "announced afterward that the Secretary will visit Pyongyang" (kp3-002 s2):
                # the announcement of a visit, whatever title its subject bears.
                return False
            if self._succession(hit):
                # "X would be succeeded by Y" (kp4-023 s12): Y takes the post X held, which
                # the text named before (or not at all); no role word need follow.
                return True
            after = " ".join(self.lower[hit.end : min(hit.end + 14, sentence.end)])
            return any(word in after for word in lexicon.APPOINTMENT_ROLE_WORDS)
        return True

    def _headline(self, sentence: Span, hit: TriggerHit) -> bool:
        """The lead's first line without a closing stop, a capitalised name before the verb:
        "Armenia, Azerbaijan Reach Agreement on Prisoners", "Sudan and rebels sign peace deal"
        (ua-013 s3 tells its swap so)."""
        if self.lead_number != 1 or hit.start == sentence.start:
            return False
        if self.lower[sentence.end - 1] in lexicon.SENTENCE_ENDS:
            return False
        return any(w[:1].isupper() for w in self.words[sentence.start : hit.start])

    def _left_accord(self, hit: TriggerHit, sentence: Span) -> bool:
        """An accord noun named as what a leaving verb leaves, a few words after it."""
        return any(
            other.entry.type == "cancellation"
            and other.end <= hit.start < other.end + LEAVING_REACH
            and self._leaves_accord(other, end=sentence.end)
            for other in self.candidates
        )

    def _words_after(self, start: int, reach: int, end: int) -> list[str]:
        """The `reach` words from `start` on, a hyphenated compound ("short - range", three
        tokens) counting as one word (kp4-016 s5: "launched two more short-range ...")."""
        stop = min(start + reach, end)
        hyphens = self.lower[start:stop].count("-")
        while hyphens:
            further = min(stop + 2 * hyphens, end)
            hyphens = self.lower[stop:further].count("-")
            stop = further
        return self.lower[start:stop]

    def _words_before(self, stop: int, reach: int, begin: int) -> list[str]:
        """The `reach` words before `stop`, a hyphenated compound counting as one word."""
        start = max(begin, stop - reach)
        hyphens = self.lower[start:stop].count("-")
        while hyphens:
            further = max(begin, start - 2 * hyphens)
            hyphens = self.lower[further:start].count("-")
            start = further
        return self.lower[start:stop]

    def _followed_by(self, hit: TriggerHit, sentence: Span) -> bool:
        """Whether one of the entry's `followed_by` words stands within its reach after the
        trigger; in the passive, what would follow the verb is its subject, before it ("the
        projectile was launched at 7:11", kp4-018 s9; "rockets were being fired over Japan",
        kp4-005 s24)."""
        entry = hit.entry
        wanted = set(entry.followed_by)
        if set(self._words_after(hit.end, entry.reach, sentence.end)) & wanted:
            return True
        if not entry.noun and self._object_relative(hit, sentence, wanted):
            return True
        # Only for a launch: an agreement's noun before "was reached" is its own trigger
        # already ("an agreement ... was reached in January"), which the verb would repeat.
        if not (entry.verb and entry.type in ONE_PARTY_TYPES):
            return False
        if clauses.passive(self.lower, hit.start):
            return bool(set(self._words_before(hit.start, entry.reach, sentence.start)) & wanted)
        # A bare participle right after its missile word, with its agent: "the missiles
        # launched by North Korea on Saturday flew ...", "a missile fired by Pakistan" (the
        # construction of ua-013 s5 "The swap carried out on Sunday" and cn-001 s10 "the
        # proposed tariffs announced on April 3"). Not without "by": "a missile fired from a
        # location near Goruk" (ir-012 s3) brought down a drone.
        return (
            hit.start > sentence.start
            and self.lower[hit.start - 1] in wanted
            and hit.end < sentence.end
            and self.lower[hit.end] == "by"
        )

    def _joint_only(self, hit: TriggerHit) -> bool:
        """An undated statement noun admitted only as what its issuers issued together
        (`_joint_issue`); `_build` keeps it as their agreement if two parties or more."""
        if not self._joint_issue(hit):
            return False
        self.joint_only.add(id(hit))
        return True

    def _closed_meeting(self, parties: set[str]) -> Event | None:
        """The dated meeting, of this sentence or the one before, whose parties issued the
        joint statement: "In June of 2018, ... to meet at a summit in Singapore ... At the
        conclusion of that first ever meeting ..., they issued a ... statement" (kp4-027
        s6-s7): the statement closes it, of its date and parties."""
        sides = self._with_states(parties)
        for event in reversed([*self.previous_sentence_events, *self.sentence_made]):
            if (
                event.type in MEETING_TYPES
                and (event.date_text or event.date_from_context)
                and sides & self._with_states(main_actors(event.participants))
            ):
                return event
        return None

    def _with_states(self, actors: set[str]) -> set[str]:
        """The actors and the states of those the gazetteer places in one."""
        states = {self.country_states.get(self.kind_of.get(a, ("", ""))[1]) for a in actors}
        return actors | (states - {None})

    def _joint_issue(self, hit: TriggerHit) -> bool:
        """A statement noun that an issuing verb takes, with only its modifiers between:
        "they issued a simple, straightforward statement" (kp4-027 s7)."""
        if hit.entry.type != "statement" or not hit.entry.noun:
            return False
        low = max(0, hit.start - ISSUE_MODIFIER_REACH - 1)
        for i in range(hit.start - 1, low - 1, -1):
            word = self.lower[i]
            if word in lexicon.STATEMENT_ISSUING_VERBS:
                return True
            if word != "," and not self.words[i].islower():
                return False
        return False

    def _object_relative(self, hit: TriggerHit, sentence: Span, wanted: set[str]) -> bool:
        """What the verb takes stands before it as the head of a relative clause whose
        subject is a pronoun or a capitalised name: "the rockets North Korea fired on
        Saturday", "the deal that we reached with China in December" (kp3-001 s2: the
        "commitments that he made at the Singapore summit", a speaker recalling a happening
        by what it produced)."""
        index, subject = hit.start - 1, False
        if index > sentence.start and self.lower[index] == "-":
            index -= 2  # "the missile Pakistan test-fired": the compound's first half
        while index >= sentence.start and hit.start - index <= RELATIVE_SUBJECT_REACH:
            word = self.lower[index]
            if word in lexicon.RELATIVE_CLAUSE_SUBJECTS:
                subject = True
            elif word in lexicon.OBJECT_RELATIVES:
                pass
            elif self.words[index][:1].isupper():
                subject = True
            else:
                break
            index -= 1
        return subject and index >= sentence.start and self.lower[index] in wanted

    def _reported(self, hit: TriggerHit, sentence: Span) -> bool:
        """Whether the trigger can report a happening at all, by the words around it: not a
        modifier of a thing ("the negotiating table"), not what a document does ("an order,
        which targets officials"), not whoever it befits ("those designated"), not the text's
        own occasion ("released the following statement")."""
        following = self.lower[hit.end] if hit.end < sentence.end else ""
        previous = self.lower[hit.start - 1] if hit.start > sentence.start else ""
        if following in lexicon.THING_HEADS:
            return False  # kp4-019 s4, af-010 s9, kp3-008 s17, kp3-011 s9
        if (
            not hit.entry.verb
            and following == "-"
            and self.starts[hit.end] == self.starts[hit.end - 1] + len(self.words[hit.end - 1])
        ):
            return False  # "test-fired" (kp4-016 s8's verb): a noun as half of a compound
        first = self.lower[hit.start]
        if (
            not hit.entry.noun
            and previous in lexicon.STANDING_RELATIVES
            and first.endswith("s")
            and not first.endswith("ss")
        ):
            return False  # kp1-012 s9, af-013 s10: a present tense after "which"
        if not hit.entry.noun and previous in lexicon.GENERIC_SUBJECTS:
            return False  # kp1-012 s10
        own_text = hit.entry.type == "statement" and hit.entry.noun
        return not (own_text and previous in lexicon.OWN_TEXT_WORDS)  # cn-001 s2

    def _pair_cancellations(self, hits: list[TriggerHit]) -> None:
        narrative.pair_cancellations(hits, self._passive)

    def _assign_times(self, sentence: Span, hits: list[TriggerHit]) -> None:
        dating.assign_times(
            self.tokens, sentence, hits, self.times, self.time_tokens, self._negated
        )

    def _segment(self, token: int, sentence: Span) -> tuple[int, int]:
        return dating.segment(self.tokens, token, sentence)

    def _share_times(self, hits: list[TriggerHit]) -> None:
        dating.share_times(self.tokens, hits)

    def _inherit_from_context(self, sentence: Span, hit: TriggerHit, actors: set[str]) -> None:
        """An undated event takes the date the narrative is at (narrative.inherited_date)."""
        if hit.dated:
            return
        first = self.lower[sentence.start] if len(sentence) else ""
        # "Officials of A and B met on Tuesday. The two sides agreed to ...": states named
        # by a pair phrase point back to the sentence before as a person does.
        paired = {m.key for _, _, m in self._mentions_in(*hit.clause) if m.how == "pair"}
        hit.inherited = narrative.inherited_date(
            first, self.last_date, self.previous_sentence_events, actors,
            self.states - paired, hit.entry.type, self._named_place(hit),
        )  # fmt: skip
        if hit.inherited is None and not hit.entry.noun:
            hit.inherited = self._act_named_before(hit)
        if hit.inherited is None and self.previous_frame is not None:
            # kp1-004_tillerson… s3-s4: "X has had a pretty good week. We had a unanimous
            # resolution ...": what the speaker tells right after naming the period just
            # past happened in it.
            hit.inherited = self.previous_frame

    def _speech_frame(self, sentence: Span, hits: list[TriggerHit]) -> DateValue | None:
        """The period a sentence that tells no event and names no other time names as just
        past (dates.SPEECH_PERIOD): "We've had a good week." """
        if hits or not SPEECH_PERIOD_UNITS.intersection(self.lower[sentence.start : sentence.end]):
            return None
        if self.time_cursor < len(self.times) and self.times[self.time_cursor][0] < sentence.end:
            return None  # the sentence names another time too
        return dates.speech_period(self._text(sentence), self.published)

    def _speaker_occasion(self, sentence: Span, hit: TriggerHit, participants: list) -> None:
        """An undated threat or demand by a person who made a dated statement or threat a few
        sentences before was made on that occasion: "In his New Year's Day address, Kim
        said ... He added ... He also called on A and B to end their drills" (kp3-015_voa…
        s4-s8). News tells a speech in several sentences, one claim each, and dates only the
        first; what the speaker is said to demand or warn of after it is part of it. So is a
        meeting or summit the speaker took part in: "Trump ... after his summit with Kim";
        "He said Kim wanted all sanctions lifted" (kp4-004_voa… s2, s6)."""
        if hit.dated or hit.entry.type not in SPEECH_ACT_TYPES:
            return
        speakers = {
            p.actor for p in participants if p.role == "initiator" and p.actor not in self.states
        }
        if not speakers:
            return
        for event in reversed(self.events):
            if sentence.start_char - event.evidence[-1].start > OCCASION_REACH:
                break
            roles = {"initiator"} if event.type in SPOKEN_TYPES else {"initiator", "participant"}
            if (
                (event.type in SPOKEN_TYPES or event.type in MEETING_TYPES)
                and event.date.precision != "year"
                and speakers & {p.actor for p in event.participants if p.role in roles}
            ):
                if event.type in SPOKEN_TYPES:
                    hit.inherited = event.date
                else:
                    # Which day of the talks the text does not say (kp4-004 e3: the demand
                    # of a two-day summit): its month.
                    hit.inherited = DateValue(event.date.value.replace(day=1), "month")
                return

    def _pronoun_state(self, sentence: Span, hit: TriggerHit) -> str | None:
        """The state an "it"/"they" subject of a launch stands for: "On North Korea, they
        apparently just launched their third missile" (cn-011 s27), "North Korea ... . On
        Saturday it fired two missiles": the first state named before the pronoun in its
        sentence ("North Korea says it test-fired ..."), else the first state the sentence
        before names that is not its speaker (its subject, most often, as with "He"/"She"
        in actors._continued_subject). The pronoun stands at most two words (adverbs)
        before the verb."""
        pronoun = next(
            (
                i
                for i in range(hit.start - 1, max(sentence.start, hit.start - 3) - 1, -1)
                if self.lower[i] in LAUNCH_PRONOUNS
            ),
            None,
        )
        if pronoun is None:
            return None
        spans = [(sentence.start, pronoun)]
        if self.last_sentence is not None:
            spans.append((self.last_sentence.start, self.last_sentence.end))
        for k, (low, high) in enumerate(spans):
            for _, end, mention in self._mentions_in(low, high):
                if mention.kind != "state" or mention.how == "adjective":
                    continue
                if k and set(self.lower[end : end + 2]) & lexicon.SPEECH_VERBS:
                    continue  # "Seoul said Pyongyang may fire again. It ...": not the speaker
                return mention.key
        return None

    def _act_named_before(self, hit: TriggerHit) -> DateValue | None:
        """ "... the Secretary's announcement earlier today. The Secretary announced that X
        joined our team as ..." (kp3-013 s26-27): an undated verb tells the act the sentence
        before named by its noun (`act_nouns`) and dated, the one time that sentence gives."""
        before = self.last_sentence
        if before is None:
            return None
        nouns = [
            i
            for i in range(before.start, before.end)
            if lexicon.ACT_NOUNS.get(self.lower[i]) == hit.entry.lemma
        ]
        if not nouns:
            return None
        first = bisect.bisect_left(self.time_tokens, before.start)
        last = bisect.bisect_left(self.time_tokens, before.end)
        times = [time for _, time in self.times[first:last]]
        return times[0].date if len(times) == 1 else None

    # ------------------------------------------------------------------ one event
    def _wished(self, hit: TriggerHit) -> bool:
        """A wish cue before the trigger in its clause: "officials want to meet"."""
        low = max(hit.clause[0], hit.start - WISH_REACH)
        for i in range(hit.start - 1, low - 1, -1):
            if self.lower[i] in PHRASE_BREAKS:  # "Trump, who wanted a deal, met Kim"
                low = i + 1
                break
        return _has_cue(" ".join(self.lower[low : hit.start]), lexicon.WISH_CUES)

    def _build(self, sentence: Span, hit: TriggerHit) -> Event | None:
        if self._calls_off_measure(hit):
            hit.entry = _relief_entry(hit.entry)
        event_type = hit.entry.type
        before = " ".join(self.lower[max(hit.clause[0], hit.start - 4) : hit.start])
        negated = _has_cue(self._negation_scope(hit), lexicon.NEGATION_BEFORE)
        # "In May Trump met Kim": the month is no modal (clauses.cue_text).
        modal = clauses.cue_text(
            self.words, self.lower, max(hit.clause[0], hit.start - 4), hit.start
        )
        if _has_cue(modal, lexicon.HYPOTHETICAL_CUES) or (
            negated and event_type not in MEETING_TYPES
        ):
            return None
        if self._wished(hit) or _has_cue(before, lexicon.HABITUAL_CUES):
            return None  # "officials want to meet", "we have consistently called for"
        if self._ranked(hit):
            return None
        if hit.entry.noun:
            rest = " ".join(self.lower[hit.end : min(hit.end + POSSIBLE_REACH, hit.clause[1])])
            if _has_cue(rest, lexicon.POSSIBILITY_CUES):
                return None  # "a second meeting ... this year is possible" (kp3-026 s3)
        if self._counted(hit) or self._cited(hit, sentence):
            return None
        if (
            event_type in STANDING_TYPES
            and (event_type != "agreement" or hit.entry.lemma.startswith("agree"))
            and not hit.times
            and self._just_done(hit)
        ):
            # "have called for an easing of sanctions" (kp3-011 s16), "have unanimously agreed
            # to fully enforce sanctions" (kp2-005 s16), "have agreed to work together"
            # (kp4-016 s13): a standing position or commitment, told without an occasion.
            return None

        told = self._told(sentence, hit)
        if told is not None:
            return told
        if event_type == "agreement" and self._agreed_plan(hit):
            return None
        if event_type in CANCELLATION_TYPES:
            decided = self._headline_decision(sentence, hit)  # "U.S., ROK to put off ..."
            if self._non_finite(hit) and not hit.times and not decided:
                return None  # "canceling talks won't help": no event
            if hit.entry.needs_object and hit.cancels is None and not self._leaves_accord(hit):
                return None  # "suspended its nuclear tests": halting what is no event
            return self._build_cancellation(sentence, hit)

        participants = self._participants(hit, event_type)
        if id(hit) in self.joint_only:
            # "they issued a ... statement" with no date (kp4-027 s7): two parties or more
            # issuing it together make a joint statement, an agreement; one alone, nothing
            parties = main_actors(participants)
            if len(parties) < 2:
                return None
            event_type = "agreement"
            hit.entry = replace(hit.entry, type=event_type)
            meeting = self._closed_meeting(parties)
            if meeting is not None:
                parties |= main_actors(meeting.participants)
            participants = [Participant(key, "participant") for key in sorted(parties)]
        if event_type == "agreement":
            participants += self._parties_of_concluded_meeting(hit, participants)
        elif event_type in MEETING_TYPES - {"visit"} and not main_actors(participants):
            participants += self._parties_of_closing_document(hit)
        if event_type == "statement":
            return self._build_statement(sentence, hit, participants)
        plural = self.lower[hit.end - 1].endswith("s")
        if (
            event_type in MEETING_TYPES
            and hit.entry.noun
            and plural
            and not hit.dated
            and (event_type != "negotiation" or not (self._location(hit) or self._in_lead()))
        ):
            return None  # "talks that have faltered", "the meetings are part of": no one event
        singular = not plural or event_type == "negotiation"
        if (
            event_type in MEETING_TYPES
            and hit.entry.noun
            and not hit.times
            and singular
            and self._definite(hit)
            and not self._in_series(hit)
        ):
            named = self._named_after(hit)
            antecedent = narrative.antecedent(self.events, event_type, named)
            if self._ahead(hit) and antecedent is not None and antecedent.status != "planned":
                # "options for the date of that next summit" (kp3-003_dipnote… s12): the
                # summit still to come, not the one held that the sentence before recalled.
                antecedent = None
            if antecedent is not None:
                # "the meeting itself — between Pompeo and ...": more about an event told.
                if named and named <= antecedent.actor_keys():
                    # "briefed Moon on his meeting with Kim": the meeting named by its
                    # people gains no one else of the sentence
                    held = antecedent.actor_keys()
                    participants = [p for p in participants if p.actor in held]
                add_participants(antecedent, participants)
                antecedent.evidence.append(self._evidence(sentence, hit.start, hit.end))
                return antecedent
        if (
            not hit.entry.noun
            and not hit.times
            and not self._in_lead()
            and clauses.reduced_relative(self.lower, hit.start, hit.end, sentence.start)
        ):
            # "the joint statement signed by the two leaders" (kp3-003_dipnote… s11): a
            # document named by how it came about, in passing; its date is not the one the
            # narrative is at (docs/annotation.md: mentioned only in passing).
            return None
        if not (
            hit.entry.noun
            and clauses.reduced_relative(self.lower, hit.end, hit.end + 1, sentence.start)
        ):
            # ... nor is the document's own (the noun before "signed by").
            self._inherit_from_context(sentence, hit, main_actors(participants))
            if hit.inherited is None and id(hit) in self.joint_only and not hit.times:
                meeting = self._closed_meeting(main_actors(participants))
                hit.inherited = meeting.date if meeting is not None else None
            if hit.inherited is None:
                self._speaker_occasion(sentence, hit, participants)
            if hit.inherited is None and self._just_now(hit):
                # "they apparently just launched their third missile" (cn-011_wh… s27): done
                # just now, so the publication month, no finer (docs/annotation.md, "just
                # done, undated").
                hit.inherited = DateValue(self.published.replace(day=1), "month")
        if (
            not hit.dated
            and not self._in_lead()
            and not self._location(hit)
            and self._background(hit, sentence)
        ):
            return None
        named = event_type == "summit" and bool(self._location(hit))  # "the Singapore summit"
        # "X is in Cairo for talks": the capital after the presence phrase names the host
        # state (event_types.visited_states), as "is in Thailand" does (kp4-014 s3).
        named = named or (self._presence_phrase(hit) and bool(self._location(hit)))
        # A launch has one party, the state that fires: in a headline or lead it is the news
        # (kp1-006 s1: "North Korea's latest ballistic missile launch").
        complete = event_type in ONE_PARTY_TYPES and (self._in_lead() or self._just_now(hit))
        # A transcript's "we", "I" (actors.py, the speaker of the turn) count only once the
        # event is dated: "we had a great meeting" in any answer is no happening of its own
        # (kp2-009_trump… s10, kp4-009_pompeo… : undated talk of meetings).
        # Before the first question, though, the speaker's opening statement tells the day's
        # business: "we had a good day in the sense that I had a ... conversation with
        # Chairman Kim" (kp2-001_pompeo… s3), "I also had the opportunity to meet with
        # Secretary-General Guterres" (kp2-005_pompeo… s?): a meeting of the text's day.
        if event_type in ONE_PARTY_TYPES and not main_actors(participants):
            firer = self._pronoun_state(sentence, hit)
            if firer is not None:
                participants.append(Participant(firer, "initiator"))
        speaker = self._speaker_with(sentence, hit, participants)
        if speaker is not None:
            participants.append(Participant(speaker, "participant"))
        opening = event_type in MEETING_TYPES and not hit.dated and self._opening(hit)
        named_parties = main_actors(participants) - (set() if opening else self._spoken_only(hit))
        if not hit.dated and len(named_parties) + named + complete < 2:
            self._announce_again(event_type, participants)
            return None  # undated, with one party and not a named summit: too thin to record
        if not main_actors(participants) and event_type not in MEETING_TYPES:
            return None  # an actorless meeting with a date may still learn its parties
        event = self._new_event(sentence, hit, participants, status="")
        event.passing = self._passing(hit)
        event.reference = self._reference(hit)
        event.status = self._status(hit, event.date, negated)
        if event.status == "occurred" and self._headline_infinitive(sentence, hit):
            # A headline's "X to <verb>" is headlinese for the future: "Secretary Pompeo to
            # visit DPRK capital next month" (kp3-002 s1), "summit talks to begin this
            # evening" (kp4-001 s1). Only a calling-off so told is a decision already taken.
            event.status = "planned"
        news = not self.published_inferred  # a page with no publication day tells no news
        trailing = any(
            t.text == event.date_text and self._token(t.start) > hit.start for t in hit.times
        )
        # "was to meet ... on Monday": a plan told in the past keeps its past day
        told_past = bool(
            PAST_PLAN_WORDS.intersection(self.lower[max(hit.start - 3, 0) : hit.start])
        )
        if event.status == "planned" and news and trailing and not told_past:
            # the plan's own weekday, after its verb ("would hold talks ... on Monday")
            ahead = dating.weekday_ahead(event.date_text, event.date, self.published)
            if ahead is not None:
                event.date = ahead
        if (
            event.status == "planned"
            and news
            and hit.times
            and self._decided(hit, sentence)
            and self._announced_decision(hit)
            and event.date.precision == "day"
            and event.date.value <= self.published
        ):
            # "the ministry announced on Friday that it would impose tariffs": the day
            # before the measure is the announcing verb's, the day the decision was told.
            event.status = "occurred"
        elif event.status == "planned" and not hit.dated and news and self._decided(hit, sentence):
            # "the United States will implement a 25 percent tariff on ..." (cn-002_wh… s7):
            # a sanction announced as decided is one of the day it is announced
            # (docs/annotation.md, sanctions and tariffs).
            event.status = "occurred"
            event.date = DateValue(self.published, "day")
        elif event.status == "planned" and not hit.dated:
            self.undated_plans.append(event)  # dropped unless a later sentence settles it
        elif (
            event.status == "planned"
            and not hit.times
            and event.date.value <= self.published
            and not event.date.contains(DateValue(self.published, "day"))
        ):
            # "They also discussed the upcoming second summit ..." (kp3-003_dipnote… s12,
            # after a meeting dated in s10): a plan is no happening of a time the narrative
            # stands at that is wholly past (a month still running may hold it); undated,
            # it waits like any plan told without a date.
            event.date, event.date_from_context = self._date_of_nothing(), False
            event.date_inferred = True
            self.undated_plans.append(event)
        elif not hit.dated and news and event_type in MEETING_TYPES and self._occasion(sentence):
            # "Remarks at a UN Security Council Briefing": the meeting the transcript records
            # took place on the day it was published (af-002 s1, cn-007 s1).
            event.date = DateValue(self.published, "day")
        elif opening and news:
            event.date = DateValue(self.published, "day")
        elif (
            not hit.dated
            and news
            and event_type in MEETING_TYPES
            and event.status == "occurred"
            and self.titled_day is not None
            and self._in_lead()
        ):
            # A release titled by the meeting it records ("Readout of X's Telephone Call
            # with Y", kp1-005 s1; "Secretary X's Meeting with Foreign Minister Y", kp2-025
            # s1): the undated meeting of its title and lead is the release's occasion,
            # held the day the title names, else the day of publication.
            event.date = self.titled_day
        elif (
            not hit.dated
            and news
            and event_type in {"sanction", "sanction_relief"}
            and event.status == "occurred"
            and event.date.precision == "year"
            and self._announced_decision(hit)
        ):
            # "the U.S. Treasury Department announced that it had imposed sanctions on ..."
            # with no day (kp1-019 s9, gold: the month of the story): a measure a news text
            # reports announced is its news, of the publication month (docs/annotation.md:
            # just done, undated), not of the year alone.
            event.date = DateValue(self.published.replace(day=1), "month")
        elif not hit.dated and news and self._adopted_in_heading(sentence, hit):
            # "Explanation of Vote at the Adoption of ... Resolution 2397 Imposing New
            # Sanctions" (kp1-018_usun… s1): what the occasion adopts is done on its day, the
            # day the transcript was published, not only in its month.
            event.date = DateValue(self.published, "day")
        elif not hit.dated and news and self._presence_phrase(hit):
            # "X is in Thailand for ..." (kp4-014 s3): where someone is now is of the
            # report's day.
            event.date = DateValue(self.published, "day")
        elif (
            not hit.dated
            and news
            and self._in_lead()
            and self.date_line
            and (self._done_lately(hit) or event_type == "visit")
        ):
            # Under a date line that prints the publication day ("2018/9/18", "02 January,
            # 2018"), the lead's "have completed their first day of talks" (kp3-019_voa… s2)
            # or "has offered to hold talks" (kp1-020_voa… s2) is that day's news: the guide
            # dates what a dated text says was just done to its date line. So is a trip the
            # lead of a stamped release tells in the simple past ("During a working trip to
            # the Luhansk region, President ... visited ...", ua-008_president… s3 under
            # "20 November 2019 - 16:30"): a release reports its own day's visits.
            event.date = DateValue(self.published, "day")
            self.lead_people |= self._people(event)
        elif not hit.dated and news and self._in_lead() and not self._named_happening(hit):
            # A news lead reports what just happened: an undated event there is recent, so
            # the publication month (no finer) is the honest date.
            event.date = DateValue(self.published.replace(day=1), "month")
            self.lead_people |= self._people(event)
        elif not hit.dated and self._people(event) & self.lead_people:
            # An undated happening of a person of the lead's news, told further down, is of
            # the story the lead tells: the month the story is set in (docs/annotation.md,
            # background without a date), not the bare year. kp2-029_voa… s5: the visit of
            # the envoy whose talks the lead reports. Persons only: a body such as a forum
            # recurs every year (kp4-014_voa… s10, "annual").
            event.date = DateValue(self.published.replace(day=1), "month")
        if event.status == "occurred" and self._scheduled_trip(hit, event.date):
            event.status = "planned"  # dated as any trip of the day the text tells
        return event

    def _parties_of_concluded_meeting(
        self, hit: TriggerHit, participants: list[Participant]
    ) -> list[Participant]:
        """ "inter-Korea talks wrapped up ... with the signing of the ... Declaration"
        (kp3-025_voa… s7): the document is reached by the parties of the meeting it closes
        (`dating.concluded_meeting`)."""
        meeting = dating.concluded_meeting(self.lower, self.sentence_hits, hit)
        if meeting is None or meeting.entry.type == "visit":
            return []  # a visit's host is known only later (event_types.visited_states)
        known = {p.actor for p in participants}
        parties = main_actors(self._participants(meeting, meeting.entry.type))
        return [Participant(key, "participant") for key in sorted(parties - known)]

    def _parties_of_closing_document(self, hit: TriggerHit) -> list[Participant]:
        """ "The summit in Sochi ended on Tuesday with the signing of a joint declaration by
        X and Y" (a variation of kp3-025_voa… s7): a meeting that names no party of its own
        is met by the parties of the document that closes it (`dating.concluded_meeting`,
        the other way round), or of the document made before "at/during their" meeting."""
        owned = hit.start >= 2 and self.lower[hit.start - 1] in lexicon.OWNER_PRONOUNS
        for other in self.sentence_hits:
            if other.entry.type != "agreement":
                continue
            closes = other.start > hit.end and (
                dating.concluded_meeting(self.lower, self.sentence_hits, other) is hit
            )
            # "The leaders of A, B and C adopted a joint statement at their summit": whoever
            # made the document before "at/during their" meeting met there
            made_at = (
                owned
                and other.end <= hit.start
                and hit.clause[0] <= other.start
                and self.lower[hit.start - 2] in lexicon.OCCASION_PREPOSITIONS
            )
            if closes or made_at:
                parties = main_actors(self._participants(other, "agreement"))
                return [Participant(key, "participant") for key in sorted(parties)]
        return []

    def _announce_again(self, event_type: str, participants: list[Participant]) -> None:
        """An undated report, too thin to be an event, of the happening the article told
        last of its type, with the same parties, still names who reports it: "South Korea's
        Joint Chiefs of Staff said that Pyongyang apparently fired a ... missile"
        (kp4-018_jmh… s8) after the lead's launch: the announcer joins that launch."""
        announcers = [p for p in participants if p.role == "announcer"]
        main = main_actors(participants)
        if not announcers or not main:
            return
        earlier = self._antecedent(same_type=event_type)
        if earlier is not None and main <= main_actors(earlier.participants):
            add_participants(earlier, announcers)

    def _people(self, event: Event) -> set[str]:
        """The persons among an event's principal parties (no state, body or organisation)."""
        return self._persons(event.participants)

    def _persons(self, participants: list[Participant]) -> set[str]:
        return {
            actor
            for actor in main_actors(participants)
            if self.kind_of.get(actor, ("",))[0] == "person"
        }

    def _named_after(self, hit: TriggerHit) -> frozenset[str]:
        """The persons a noun's own words name after it, in its window: "his meeting with
        Chairman Kim" (kp3-003 s9) names Kim, whoever the sentence's subject is."""
        _, high = self._window(hit)
        return frozenset(
            mention.key
            for _, _, mention in self._mentions_in(hit.end, high)
            if mention.kind == "person" and mention.key in self.known_actors
        )

    def _opening(self, hit: TriggerHit) -> bool:
        """The hit is told by the transcript's speaker ("I", "we" in its window) before the
        first journalist's question: the speaker's opening statement."""
        # Without a question there is no telling an opening statement from an answer.
        if self.first_question is None or self.starts[hit.start] >= self.first_question:
            return False
        low, high = self._window(hit)
        return any(m.how == "speaker" for _, _, m in self._mentions_in(low, high))

    def _speaker_with(
        self, sentence: Span, hit: TriggerHit, participants: list[Participant]
    ) -> str | None:
        """The transcript's speaker as the other side of a meeting "with" someone, told on a
        day the sentence names (kp2-009_trump… s22: the speaker's honour "today", in the
        main clause, following the summit "with" the other leader, in a phrase after a
        comma). The speaker names themself ("I", "my", "we") earlier in the sentence, out of
        the meeting's own window, which holds only the other side. Undated talk of meetings
        gains nothing here: the sentence must carry its own day word."""
        if hit.entry.type not in MEETING_TYPES or not hit.entry.noun or not hit.times:
            return None
        if hit.entry.phrase.split()[-1] != "with" and self.lower[hit.end : hit.end + 1] != ["with"]:
            return None
        parties = main_actors(participants)
        if len(parties) != 1:
            return None
        speakers = [
            mention.key
            for _, _, mention in self._mentions_in(sentence.start, hit.start)
            if mention.how == "speaker" and mention.key not in parties
        ]
        return speakers[-1] if speakers else None

    def _calls_off_measure(self, hit: TriggerHit) -> bool:
        """ "suspended the tariffs on Mexican goods", "called off a tariff increase",
        "delayed tariffs on cars": calling off or putting off a measure (`measure_words`,
        right after the verb, before any clause break) is relief from it, not the
        cancellation of a happening (docs/annotation.md: "a tariff increase called off",
        "tariffs removed or delayed"); as kp4-005 s7 "removing the sanctions" and cn-010 s19
        "lifting tariffs on China" take a measure off."""
        if hit.entry.type not in CANCELLATION_TYPES or hit.entry.noun or hit.cancels is not None:
            return False
        stop = min(hit.end + MEASURE_REACH, hit.clause[1] or hit.end + MEASURE_REACH)
        for word in self.lower[hit.end : stop]:
            if word in lexicon.MEASURE_WORDS:
                return True
            if word in PHRASE_BREAKS:
                return False
        return False

    def _decided(self, hit: TriggerHit, sentence: Span) -> bool:
        """A sanction in the future tense right after its subject's "will": the text
        announces a decision, not a plan someone has. With a condition after it ("... if
        China retaliates", cn-002_wh… s12) it is a threat, not a decision."""
        if hit.entry.type != "sanction" or hit.entry.noun or hit.start == 0:
            return False
        if set(self.lower[hit.end : sentence.end]) & lexicon.CONDITION_WORDS:
            return False
        marker = self.lower[hit.start - 1]
        # "announced that it would impose tariffs": the "will" of an announcement reported
        return marker in lexicon.DECISION_MARKERS or (
            marker == "would" and self._announced_decision(hit)
        )

    def _announced_decision(self, hit: TriggerHit) -> bool:
        """An announcing verb (`measure_announcing_verbs`) a few words before the measure's
        modal, all of the hit's times before the measure: "announced on Friday that it would
        impose" (cn-003 s7 "has determined that it will raise tariffs", told by the other
        side)."""
        low = max(hit.start - ANNOUNCED_REACH, 0)
        if not lexicon.MEASURE_ANNOUNCING_VERBS.intersection(self.lower[low : hit.start]):
            return False
        return all(self._token(t.start) < hit.start for t in hit.times)

    def _counted(self, hit: TriggerHit) -> bool:
        """Many happenings counted, none told: "he has held three summits" (kp3-011 s3),
        "negotiations ... on several occasions" (kp4-006 s14), "has launched more than two
        dozen ballistic missiles" (kp4-021 s17)."""
        previous = self.lower[hit.start - 1] if hit.start > 0 else ""
        plural_noun = hit.entry.noun and self.lower[hit.end - 1].endswith("s")
        if plural_noun and previous in lexicon.COUNT_WORDS:
            return True
        after = self.lower[hit.end : min(hit.end + 10, hit.clause[1])]
        if plural_noun and any(word in lexicon.OCCASION_WORDS for word in after):
            return True
        if set(after[:3]) & lexicon.REPETITION_WORDS:
            return True  # "have already met twice in Pyongyang" (kp2-029 s12)
        if any(
            after[i] in lexicon.REPETITION_NOUNS
            and self._many(after[i - 1])
            and not self._comparison(after[i + 1 : i + 2])
            for i in range(1, len(after[:REPETITION_REACH]))
        ):
            return True  # "I've traveled there now, oh goodness, three or four times" (kp3-010 s19)
        perfect = previous in lexicon.PERFECT_AUXILIARIES
        if perfect and any(
            after[i] == "for" and after[i + 1] in lexicon.LONG_SPANS
            for i in range(len(after[:6]) - 1)
        ):
            return True  # "has tested missiles for years" (cn-009 s3 "has engaged in for decades")
        return perfect and any(word in lexicon.TALLY_WORDS for word in after[:6])

    def _talk_of_meeting(self, hit: TriggerHit) -> bool:
        """ "I met X on Tuesday and we talked about the border": talking about something
        right after a meeting verb, joined to it by "and", is what was said at that meeting
        (cn-010 s15 "We talked about it; we [had] dinner last night, President Xi and a
        number of us"), not a public statement of its own (kp3-008 s17 "Kim talked about
        dismantling ...", with no meeting told)."""
        if hit.entry.type != "statement" or hit.entry.lemma not in lexicon.CONVERSATION_VERBS:
            return False
        return any(
            other.entry.type in MEETING_TYPES
            and not other.entry.noun
            and other.end <= hit.start
            and "and" in self.lower[other.end : hit.start]
            and not PHRASE_BREAKS.intersection(self.lower[other.end : hit.start])
            for other in self.candidates
        )

    @staticmethod
    def _comparison(following: list[str]) -> bool:
        """ "ten times more powerful", "three times as large", "five times larger": a
        multiplier, not a count of happenings."""
        return bool(following) and (
            following[0] in lexicon.MULTIPLIER_WORDS or following[0].endswith("er")
        )

    @staticmethod
    def _many(word: str) -> bool:
        """A number above one, in figures or words ("4", "four"), or "several"."""
        return (word.isdigit() and int(word) > 1) or (
            lexicon.NUMBER_WORDS.get(word, 0) > 1 or word in lexicon.COUNT_WORDS
        )

    def _cited(self, hit: TriggerHit, sentence: Span) -> bool:
        """ "As President Trump has said, ..." (kp3-004 s17), ", as agreed to by Chairman Kim"
        (kp2-005 s14): a clause opened by "as" cites what was said or agreed before; it reports
        no saying or agreeing of its own."""
        if hit.entry.type not in {"statement", "agreement"} or hit.entry.noun:
            return False
        if hit.end < sentence.end and self.lower[hit.end] == "that":
            return False  # "as Pompeo said that ...": a saying with its own words
        for i in range(hit.start - 1, max(sentence.start, hit.start - 8) - 1, -1):
            word = self.lower[i]
            if word in PHRASE_BREAKS:
                return False
            if word in lexicon.REFERENCE_OPENERS:
                return i == sentence.start or self.lower[i - 1] in PHRASE_BREAKS
        return False

    def _adopted_in_heading(self, sentence: Span, hit: TriggerHit) -> bool:
        """The text's heading names its occasion ("Explanation of Vote", "Remarks") and
        `hit` is the first event told after an adoption word ("at the Adoption of a
        Resolution Imposing Sanctions"): the act adopted at the occasion. What the adopted
        text speaks of further on ("a Statement Condemning ... Launch", kp1-006 s1) is not
        adopted: only the first event after the word is."""
        if self.sentence_number != 1 or self._heading_occasion(sentence) is None:
            return False
        adoption = next(
            (
                i
                for i in range(hit.start - 1, sentence.start - 1, -1)
                if self.lower[i] in lexicon.ADOPTION_WORDS
            ),
            None,
        )
        if adoption is None:
            return False
        return not any(adoption < other.start < hit.start for other in self.candidates)

    def _occasion(self, sentence: Span) -> bool:
        """The text's first sentence names its own occasion: "Remarks at a ... Briefing"."""
        if self.sentence_number != 1:
            return False
        return dating.names_occasion(self.tokens, sentence, lexicon.OCCASION_OPENINGS)

    def _generic_plural(self, hit: TriggerHit) -> bool:
        """ "talks", "meetings" in general: a plural meeting noun with no date of its own."""
        return (
            hit.entry.type in MEETING_TYPES
            and hit.entry.noun
            and self.lower[hit.end - 1].endswith("s")
        )

    def _in_lead(self) -> bool:
        return narrative.in_lead(self.lead_number)

    def _continues(self, sentence: Span) -> bool:
        return len(sentence) > 0 and narrative.continues(self.lower[sentence.start])

    def _framed_opening(self, sentence: Span) -> bool:
        """The sentence opens with a framing clause: "Before he welcomed ..., X told"."""
        return len(sentence) > 0 and self.lower[sentence.start] in lexicon.STATEMENT_OPENERS

    def _new_event(
        self, sentence: Span, hit: TriggerHit, participants: list[Participant], status: str
    ) -> Event:
        dated = self._date(hit)
        event = Event(
            type=hit.entry.type,
            status=status,
            date=dated.date,
            date_text=dated.text,
            participants=participants,
            evidence=[self._evidence(sentence, hit.start, hit.end)],
            location=self._location(hit),
            date_from_context=not hit.times and hit.inherited is not None,
            date_inferred=dated.inferred,
            end_date=dated.end_date,
            destination=self._destination(hit),
        )
        if status in CALLED_OFF_STATUSES and hit.cancelled_by is not None and dated.text:
            self._due_after_calling_off(event, hit.cancelled_by)
        event.confidence = confidence(event)
        return event

    def _due_after_calling_off(self, event: Event, calling_off: TriggerHit) -> None:
        """What is called off was still to come when it was called off: its bare weekday is
        the one on or after the calling-off's day (the text's day when the calling-off has
        none): "Serbia scrapped Thursday's talks", "the meeting due on Friday was put off"
        (kp3-016 s1 "planned meeting ... Thursday ... has been postponed")."""
        if self.published_inferred:
            return
        called = self._date(calling_off)
        if called.text == event.date_text:
            return  # "cancelled the talks ... on Tuesday": the calling-off's day, not the talks'
        done = called.date
        # a calling-off dated after the text ("rescheduled for December 3": the new day) says
        # nothing of when it was done: the text's day
        day = done.precision == "day" and done.value <= self.published
        since = done.value if day else self.published
        text = event.date_text.removesuffix("'s").removesuffix("’s")  # "Thursday's talks"
        ahead = dating.weekday_ahead(text, event.date, since)
        if ahead is not None:
            event.date = ahead

    def _date_of_nothing(self) -> DateValue:
        """The date an event that nothing dates gets (`_date` without times or context)."""
        if self.published_inferred and self.last_date is not None:
            return dating.narrative_month(self.last_date)
        return self.fallback_date

    def _negated(self, hit: TriggerHit) -> bool:
        return clauses.negated(self.lower, hit, MEETING_TYPES)

    def _non_finite(self, hit: TriggerHit) -> bool:
        return clauses.non_finite(self.lower, hit.start)

    def _build_cancellation(self, sentence: Span, hit: TriggerHit) -> Event | None:
        target_event = None
        leaving = self._leaves_accord(hit)
        if hit.cancels is not None:
            target_event = self._cancelled_event(sentence, hit.cancels)
        elif self._split_phrasal(hit):
            # "We were supposed to meet X on June 27, and I called it off": "it" is the
            # pending meeting or trip told last, in this sentence or before.
            told = self.events + [e for e in self.sentence_made if id(e) not in self.event_ids]
            target_event = narrative.antecedent(told)
        elif not hit.entry.noun and not leaving:
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
                day = hit.inherited
                if (
                    day is not None
                    and day.precision == "day"
                    and earlier.date_inferred
                    and not earlier.date_text
                    and earlier.date.precision == "month"
                    and earlier.date.contains(day)
                ):
                    # a headline's "X to put off ..." dated only as the month's news, then
                    # told with its day (kp4-019 s1-2): the day
                    earlier.date = day
                known = {p.actor for p in earlier.participants}
                earlier.participants += [
                    p
                    for p in self._participants(hit, hit.entry.type, stop_at=hit.cancels)
                    if p.role == "announcer" and p.actor not in known
                ]  # "Esper told the press that the drills will be postponed"
                return earlier
        own = self._participants(
            hit, hit.entry.type, start_at=self._coordinate_start(hit), stop_at=hit.cancels
        )
        participants = [p for p in own if p.role in {"initiator", "announcer"}]
        if leaving and self._background(hit, sentence) and self._date(hit).date.precision == "year":
            # "Almost one year ago, after withdrawing from the Iran nuclear deal, President
            # Trump implemented ..." (ir-007 s19): a leaving recalled as the background of
            # the sentence's news, dated no finer than a year, as an undated one (`_build`).
            return None
        if leaving:
            # "withdrew from the nuclear deal with Iran": the accord's other party is the
            # target; "cease the United States' participation in" the accord: whose part
            # ends is who leaves (ir-001 s13).
            owners, phrase = self._accord_phrase(hit)
            participants = [
                Participant(p.actor, "initiator") if p.actor in owners else p
                for p in own
                if p.role != "target" or p.actor in phrase
            ]
            if not any(p.role == "target" for p in participants):
                counterpart = self._punished_party(hit, participants)
                if counterpart is not None:
                    participants.append(Participant(counterpart, "target"))
            if not any(p.role == "initiator" for p in participants):
                subject = self._main_subject(hit)
                if subject is not None:
                    participants = [p for p in participants if p.actor != subject]
                    participants.append(Participant(subject, "initiator"))
            if not any(p.role == "initiator" for p in participants):
                # "Armenia announced that it was pulling out of the truce": the pronoun
                # subject stands for the state named before it (as for a launch).
                leaver = self._pronoun_state(sentence, hit)
                if leaver is not None:
                    participants = [p for p in participants if p.actor != leaver]
                    participants.append(Participant(leaver, "initiator"))
        if target_event is not None:
            known = {p.actor for p in participants}
            for p in target_event.participants:
                if p.actor not in known and p.role != "announcer":
                    role = "target" if p.role == "target" else "participant"
                    participants.append(Participant(p.actor, role))
        if not main_actors(participants):
            return None
        dated = self._date(hit)
        date, date_text, inferred = dated.date, dated.text, dated.inferred
        lately = (
            (self._just_done(hit) or self._lead_news(sentence, hit))
            and not self.published_inferred
            and (not hit.dated or date.value > self.published)
        )
        if lately:
            # "has been postponed", told as the text's news: done lately, so the publication
            # month, no finer (docs/annotation.md, "just done, undated"; kp3-016 s1). A day
            # ahead in its sentence is the day of what was put off, not of putting it off.
            date, inferred = DateValue(self.published.replace(day=1), "month"), True
        event = Event(
            type=hit.entry.type,
            status="occurred" if date.value <= self.published else "planned",
            date=date,
            date_text=date_text,
            date_inferred=inferred,
            participants=participants,
            evidence=[self._evidence(sentence, hit.start, hit.end)],
            location=target_event.location if target_event else "",
            related=target_event,
        )
        if target_event is not None:
            target_event.status = "cancelled" if hit.entry.type == "cancellation" else "postponed"
            if not target_event.date_text and (date_text or lately or hit.inherited):
                # A cancelled trip was due close to its cancellation: that month, no finer.
                target_event.date = DateValue(date.value.replace(day=1), "month")
        event.confidence = confidence(event)
        return event

    def _split_phrasal(self, hit: TriggerHit) -> bool:
        """ "called it off": a calling-off verb with "it" between it and its particle
        (EventExtractor.triggers)."""
        return hit.end - hit.start == 3 and self.lower[hit.start + 1] in lexicon.EVENT_PRONOUNS

    def _coordinate_start(self, hit: TriggerHit) -> int | None:
        """Where the clause of a split "called it off" begins when it is coordinated after
        what it calls off ("We were to meet X ..., and I called it off"): after the last
        comma or coordinator before the verb, so the party of the meeting told before is
        no canceller."""
        if not self._split_phrasal(hit):
            return None
        for i in range(hit.start - 1, max(hit.clause[0], hit.start - COORDINATE_REACH) - 1, -1):
            if self.lower[i] in lexicon.SENTENCE_OPENERS or self.lower[i] in PHRASE_BREAKS:
                return i + 1
        return None

    def _leaves_accord(self, hit: TriggerHit, end: int | None = None) -> bool:
        """A calling-off verb whose object is an accord or a party's participation in it,
        not a meeting or exercise: "withdrew from the nuclear deal", "suspended its
        participation in the grain deal" (docs/annotation.md: leaving an agreement is a
        cancellation by the party that leaves; ir-001 s7, s13, ir-007 s19)."""
        if hit.entry.type != "cancellation" or hit.entry.noun or hit.cancels is not None:
            return False
        stop = end if end is not None else hit.clause[1]
        after = self._words_after(hit.end, LEAVING_REACH, stop)
        return bool(ACCORD_WORDS.intersection(after))

    def _accord_phrase(self, hit: TriggerHit) -> tuple[set[str], set[str]]:
        """The actors a left accord's phrase names, up to the next comma ("the nuclear deal
        with Iran", "the Iran deal"; not the main clause after "Since X quit the deal, ..."),
        and among them its owners: a possessor right before the accord word ("the United
        States' participation in the JCPOA", ir-001 s13) is who leaves."""
        high = hit.clause[1]
        for i in range(hit.end, hit.clause[1]):
            if self.lower[i] in {",", ";", ":"}:
                high = i
                break
        owners: set[str] = set()
        named: set[str] = set()
        for _, end, mention in self._mentions_in(hit.end, high):
            named.add(mention.key)
            following = self.lower[end : end + 3]
            if (
                following[:1]
                and following[0] in POSSESSIVE_ENDS
                and ACCORD_WORDS & {*following[1:]}
            ):
                owners.add(mention.key)
        return owners, named

    def _main_subject(self, hit: TriggerHit) -> str | None:
        """ "after withdrawing from the Iran nuclear deal, President Trump implemented ..."
        (ir-007 s19): a subjectless "-ing" clause opened by a subordinator has the main
        clause's subject, the first party named after the comma that closes it."""
        if not (clauses.gerund(self.lower, hit.start) and self.lower[hit.start].endswith("ing")):
            return None
        for i in range(hit.end, hit.clause[1]):
            if self.lower[i] == ",":
                for start, _, mention in self._mentions_in(i + 1, hit.clause[1]):
                    return mention.key if mention.how != "adjective" and start <= i + 3 else None
                return None
        return None

    def _punished_party(self, hit: TriggerHit, participants: list[Participant]) -> str | None:
        """ "to cease the United States' participation in the JCPOA and begin reimposing
        ... sanctions on the Iranian regime" (ir-001 s13): a leaving whose accord phrase names
        no other party, joined by "and" to a further act of the leaver, takes as its target
        the first state that act names (a demonym too) other than the leaver's own."""
        own = {p.actor for p in participants if p.role == "initiator"}
        sides = {
            m.country for _, _, m in self._mentions_in(hit.clause[0], hit.clause[1]) if m.key in own
        }
        phrase_end = hit.end
        for i in range(hit.end, hit.clause[1]):
            if self.lower[i] in {",", ";", ":"}:
                return None
            if self.lower[i] == "and" and i > hit.end + 1:
                phrase_end = i
                break
        else:
            return None
        stop = phrase_end
        while stop < hit.clause[1] and self.lower[stop] not in {",", ";", ":"}:
            stop += 1
        for _, _, mention in self._mentions_in(phrase_end, stop):
            if mention.kind == "state" and mention.key not in own and mention.country not in sides:
                return mention.key
        return None

    def _owned(self, obj: TriggerHit) -> bool:
        """ "their joint drills", "its talks": the object belongs to the clause's subject;
        so does an exercise that names no party of its own: "the allies called off joint
        military drills", "bilateral air drills ... will be postponed" (kp4-019 s1-2): who
        call off an exercise are the ones who hold it."""
        before = set(self.lower[max(obj.start - 3, 0) : obj.start])
        if before & lexicon.OWNER_PRONOUNS:
            return True
        # "Iran called off naval drills scheduled for Friday": an exercise is held by those
        # who call it off, joint or not (kp2-010 s2-3: the force that halts a war game).
        return obj.entry.type == "military_exercise"

    def _done_lately(self, hit: TriggerHit) -> bool:
        """A present perfect governing the trigger: "has offered to hold talks", or a noun
        a few words after its verb, "have completed their first day of talks"."""
        if self._just_done(hit):
            return True
        if not hit.entry.noun:
            return False
        before = self.lower[max(hit.clause[0], hit.start - PERFECT_NOUN_REACH) : hit.start]
        return bool(set(before) & lexicon.PERFECT_AUXILIARIES)

    def _just_now(self, hit: TriggerHit) -> bool:
        """A verb told as done a moment ago ("just launched", "has just fired"): the news of
        a dated text, even outside its lead. Not "just after", "just hours after": the
        adverb must stand right before the verb."""
        return (
            not hit.entry.noun
            and not self.published_inferred
            and hit.start > 0
            and self.lower[hit.start - 1] in lexicon.RECENCY_ADVERBS
            and self.lower[hit.start]
            in lexicon.inflect(hit.entry.lemma.split()[0], "verb", ("VBD", "VBN"))
        )

    def _headline_decision(self, sentence: Span, hit: TriggerHit) -> bool:
        """A headline's "X to <calling-off verb>" tells a decision taken, as headlines write
        the news: "U.S., ROK to put off joint air training" (kp4-019 s1). A headline is the
        first sentence, without a closing stop; the infinitive has a name before its "to"."""
        if self.lead_number != 1 or hit.entry.noun or hit.start - 2 < sentence.start:
            return False
        if (
            self.lower[sentence.end - 1] in lexicon.SENTENCE_ENDS
            or self.lower[hit.start - 1] != "to"
        ):
            return False
        return self.words[hit.start - 2][:1].isupper()

    def _met_there(self, hit: TriggerHit) -> bool:
        """A meeting verb after "to", a few words after `hit` with no break between: the
        purpose of being there."""
        return any(
            other.entry.type in MEETING_TYPES
            and not other.entry.noun
            and hit.end < other.start <= hit.end + PURPOSE_MEETING_REACH
            and self.lower[other.start - 1] == "to"
            and not PHRASE_BREAKS.intersection(self.lower[hit.end : other.start])
            for other in self.candidates
        )

    def _headline_infinitive(self, sentence: Span, hit: TriggerHit) -> bool:
        """A headline's "X to <verb>", the verb a trigger ("Pompeo to visit ...") or the
        verb before a trigger noun ("X and Y to resume talks", "summit talks to begin"): a
        lower-case word after a "to" between the last capitalised word and the trigger."""
        if self._headline_decision(sentence, hit):
            return True
        if self.lead_number != 1 or self.lower[sentence.end - 1] in lexicon.SENTENCE_ENDS:
            return False
        start = hit.start
        while start > sentence.start and not self.words[start - 1][:1].isupper():
            start -= 1
        if start == sentence.start:
            return False  # no name before: "to" of a title, not a subject's future
        between = self.lower[start : hit.start]
        return any(
            word == "to" and i + 1 < len(between) and self.words[start + i + 1][:1].islower()
            for i, word in enumerate(between)
        )

    def _lead_news(self, sentence: Span, hit: TriggerHit) -> bool:
        """A calling-off told in the lead by a verb in the past, without a day of its own:
        the text's news, done lately ("X postponed his summit with Y set for <day>", "X
        scrapped the planned talks"), as the present perfect is (`_just_done`; kp3-016 s1,
        kp2-010 s2). A day in its sentence is that of what was called off (`_build_
        cancellation`), so the publication month, as docs/annotation.md dates "just done".
        Only in the main clause: "..., as X called off the summit" is background."""
        if self._headline_decision(sentence, hit):
            return True
        if hit.entry.noun or not self._in_lead() or self._non_finite(hit):
            return False
        if BACKGROUND_OPENERS.intersection(self.lower[sentence.start : hit.start]):
            return False
        first = hit.entry.lemma.split()[0]
        return self.lower[hit.start] in lexicon.inflect(first, "verb", ("VBD",))

    def _just_done(self, hit: TriggerHit) -> bool:
        """A present perfect: "has been postponed", "have called off"."""
        before = self.lower[max(hit.clause[0], hit.start - 2) : hit.start]
        return bool(set(before) & lexicon.PERFECT_AUXILIARIES)

    def _cancelled_event(self, sentence: Span, obj: TriggerHit) -> Event | None:
        # "called off the meeting with Kim": the object's parties from the verb on; "Pompeo's
        # planned meeting ... has been postponed" (kp3-016 s1): the subject's own phrase.
        before = obj.cancelled_by.start < obj.start
        start_at = obj.cancelled_by.end if before else None
        participants = self._participants(obj, obj.entry.type, start_at=start_at)
        if not main_actors(participants) and before and self._owned(obj):
            # "the allies put off their joint drills": the owners are who call them off;
            # "U.S., ROK to put off joint air training" (kp4-019 s1): who hold it jointly
            cancelling = self._participants(obj.cancelled_by, obj.cancelled_by.entry.type)
            participants = [
                Participant(p.actor, "participant") for p in cancelling if p.role == "initiator"
            ]
        elif not main_actors(participants) and before:
            # "India and Pakistan called off the talks": two who call off a meeting that names
            # no party of its own call off their own (kp4-019 s1 "U.S., ROK to put off joint
            # air training" names both holders before the verb, as here)
            cancelling = self._participants(obj.cancelled_by, obj.cancelled_by.entry.type)
            both = [
                Participant(p.actor, "participant") for p in cancelling if p.role == "initiator"
            ]
            if len(both) >= 2:
                participants = both
        elif (
            before
            and obj.entry.type in narrative.CANCELLABLE
            and main_actors(participants)
            # "called off Pompeo's meeting with Kim": Pompeo's, not the canceller's own
            and (
                len(main_actors(participants)) == 1
                or not narrative.possessed(self.lower, obj.start)
            )
            # the noun's trigger may hold the "with" itself ("meeting with", "talks with")
            and "with" in self.lower[obj.end - 1 : obj.end + 2]
        ):
            # "Trump abruptly cancelled the upcoming ... summit" (kp2-014 s19, whose gold
            # lists Trump among the summit's parties): "called off the summit with Kim"
            # calls off the canceller's own meeting with Kim; "has halted an upcoming war
            # games exercise with South Korea" (kp2-010 s2, whose gold lists both states
            # among the exercise's parties) its own exercise with South Korea; "broke off
            # negotiations with Ethiopia and Egypt" its own negotiations with both.
            cancelling = self._participants(obj.cancelled_by, obj.cancelled_by.entry.type)
            participants = participants + [
                Participant(p.actor, "participant")
                for p in cancelling
                if p.role == "initiator" and p.actor not in main_actors(participants)
            ]
        return narrative.cancelled_event(
            participants,
            # "X is scheduled to meet Y on Thursday, but the meeting has been called off":
            # the meeting told earlier in the same sentence counts as told
            self.events + [e for e in self.sentence_made if id(e) not in self.event_ids],
            lambda found: self._new_event(sentence, obj, found, status="cancelled"),
            self._register,
        )

    def _register(self, event: Event) -> None:
        """List an event once among the article's events: a called-off meeting is listed
        when its cancellation is built, and a later "The meeting ..." returns the same event
        as its antecedent."""
        if id(event) not in self.event_ids:
            self.event_ids.add(id(event))
            self.events.append(event)

    def _told(self, sentence: Span, hit: TriggerHit) -> Event | None:
        """An undated definite or possessive noun that names an event the article told
        ("this designation", "your latest visit", narrative.referent) adds its sentence and
        parties to that event instead of making another, dated only by the year. A meeting
        noun with an antecedent of its own type is left to the rule in `_build`; a
        cancellation that names what it calls off is built with it; a statement is not
        referred to this way."""
        event_type = hit.entry.type
        if hit.times:
            return self._told_day(sentence, hit)
        if (
            not hit.entry.noun
            # "This agreement, signed in September 2014, ..." (ua-014 s16): a sentence
            # that dates what it tells is news of its own.
            or self.dated_sentence
            or event_type == "statement"
            or hit.cancels is not None
            or not self._definite(hit)
            or self._in_series(hit)
        ):
            return None
        if event_type in MEETING_TYPES and self._antecedent(same_type=event_type) is not None:
            return None
        participants = self._participants(hit, event_type)
        parties = main_actors(participants)
        people = {a for a in parties if self.kind_of.get(a, ("person", ""))[0] != "state"}
        event = narrative.referent(self.events, event_type, parties, people, self._location(hit))
        if event is None or (self._ahead(hit) and event.status != "planned"):
            return None  # "the upcoming summit" is not the meeting told before it
        add_participants(event, participants)
        event.evidence.append(self._evidence(sentence, hit.start, hit.end))
        return event

    def _told_day(self, sentence: Span, hit: TriggerHit) -> Event | None:
        """A day told after the happening it dates: a definite noun with a day of its own and
        no party of its own ("The swap carried out on Sunday ...", ua-013 s6, after the
        lead's undated "completed an exchange", s4), or a verb whose subject opens its
        sentence as "They" ("They talked over a steak dinner Wednesday", kp2-007 s11, after
        "X and Y met at ...", s10), tells the day of the happening the article reported
        without one. That happening (the last of the very type; for "They", the article's
        last event) occurred and has no time of its own words: only a month or year it fell
        back on. It takes the day when the day lies in that period, or, when the period
        is the month of publication the lead fell back on, in the week before publication.
        Anything else is news of its own."""
        event_type = hit.entry.type
        pronoun = not hit.entry.noun and self._they_opens(sentence, hit)
        if (
            not (pronoun or (hit.entry.noun and self._definite(hit)))
            or not hit.times
            or event_type == "statement"
            or hit.cancels is not None
            or self._in_series(hit)
            or self._ahead(hit)
        ):
            return None
        # "a steak dinner Wednesday and croissants Thursday morning": the first day and
        # the last of one happening a few days long
        days = sorted(hit.times, key=lambda t: (t.date.precision != "day", t.date.value))
        time, last = days[0], days[-1].date
        day = time.date
        if any(t.date.precision != "day" for t in days) or last.value > self.published:
            return None
        if (last.value - day.value).days > MULTIDAY_REACH:
            return None
        participants = self._participants(hit, event_type)
        if main_actors(participants):
            return None
        if pronoun:
            event = self.events[-1] if self.events else None
            if event is not None and not self._they_continue(event, event_type):
                event = None
        else:
            event = narrative.referent(self.events, event_type, set(), set(), "")
        place = self._location(hit)
        if (
            event is None
            or (place and event.location not in ("", place))
            or event.date_text
            or event.status != "occurred"
            or not self._day_fits(event.date, day.value)
        ):
            return None
        event.date, event.date_text, event.date_inferred = day, time.text, time.inferred
        event.end_date = last.value if last.value > day.value else None
        event.date_from_context = False
        add_participants(event, participants)
        event.evidence.append(self._evidence(sentence, hit.start, hit.end))
        return event

    @staticmethod
    def _they_continue(event: Event, event_type: str) -> bool:
        """ "They" goes on with the article's last event: one of the very type, or a trip
        told with the person it was to meet ("arrived in X for talks with Y. They met on
        Tuesday": docs/annotation.md, a trip and its meetings with the same principal are one
        happening), as "X and Y met at ..." before "They talked ..." (kp2-007 s10-11)."""
        if event.type == event_type:
            return True
        return (
            event.type == "visit"
            and event_type in MEETING_TYPES
            and any(p.role == "participant" for p in event.participants)
        )

    def _they_opens(self, sentence: Span, hit: TriggerHit) -> bool:
        """ "They talked ...": a plural pronoun opens the sentence right before the verb
        ("They met again on Thursday" is another meeting)."""
        return (
            hit.start - sentence.start <= 2
            and self.lower[sentence.start] == "they"
            and "again" not in self.lower[hit.end : hit.end + 2]
        )

    def _day_fits(self, period: DateValue, day: dt.date) -> bool:
        """The day lies in the month or year an undated happening fell back on, or that
        month is the publication's (the lead's "lately") and the day in the week before."""
        first = period.value
        if period.precision == "year":
            return day.year == first.year
        if period.precision != "month":
            return False
        if (day.year, day.month) == (first.year, first.month):
            return True
        published = self.published
        return (first.year, first.month) == (published.year, published.month) and (
            0 <= (published - day).days <= 7
        )

    def _ahead(self, hit: TriggerHit) -> bool:
        """ "the upcoming summit", "that next summit" (kp3-003_dipnote… s12): a plan word
        in the two words before the noun names a happening still to come."""
        words = " ".join(self.lower[max(hit.start - 2, 0) : hit.start])
        return _has_cue(words, lexicon.PLANNED_CUES)

    def _negation_scope(self, hit: TriggerHit) -> str:
        """The words before the trigger where a negation would negate it: the four before
        it in its clause, and for a noun only those after the last preposition among them
        ("spare no effort in our negotiations", kp4-027 s12: "no" negates the effort, not
        the negotiations; "no talks were held" is still negated)."""
        window = self.lower[max(hit.clause[0], hit.start - 4) : hit.start]
        if hit.entry.noun:
            for i in range(len(window) - 1, -1, -1):
                if window[i] in lexicon.NEGATION_STOPS:
                    window = window[i + 1 :]
                    break
        return " ".join(window)

    def _ranked(self, hit: TriggerHit) -> bool:
        """ "X is the highest-ranking official to visit the United States in 18 years"
        (kp2-029 s5, kp2-007 s5): an infinitive after a record word ranks the subject
        against history; the visit itself is the one the article tells elsewhere. (The
        word after "to" may be matched as the noun "visit": the "to" decides.)"""
        if hit.start == 0 or self.lower[hit.start - 1] != "to":
            return False
        low = max(hit.clause[0], hit.start - WISH_REACH - 2)
        return any(word in lexicon.RECORD_WORDS for word in self.lower[low : hit.start])

    def _passing(self, hit: TriggerHit) -> bool:
        """Whether the trigger only mentions a happening in passing, so that it is an event
        only if a dated report of the article joins it (pipeline.extract drops it when it
        is still dated by nothing but the fallback year). Outside the lead, with no time
        of its own (a time of the sentence that went to another trigger does not count:
        "the site where ... in May", kp3-011 s9) and no place:
        - a definite or possessive noun that `_told` found no antecedent for names
          something the article never tells ("This designation also gives ...", ir-006 s15;
          "The summit between Moon and Kim marked ...", kp3-019 s11; "the President's summit
          with Kim", kp4-006 s16): docs/annotation.md counts no happening "mentioned only in
          passing";
        - "agreed to" + a verb tells an undertaking given at an occasion told elsewhere ("the
          two leaders also agreed to continue ...", kp1-022 s7, during a call; "agreed to
          host inspectors" in a message, kp3-002 s5): no agreement of its own."""
        if hit.dated or self._in_lead() or self._location(hit):
            return False
        if hit.entry.noun:
            return self._definite(hit) or narrative.possessed(self.lower, hit.start)
        return hit.entry.type == "agreement" and self.lower[hit.end - 1] == "to"

    def _agreed_plan(self, hit: TriggerHit) -> bool:
        """ "Kim agreed to visit Seoul by the end of the year" (kp3-011 s18): what was agreed
        is a meeting or trip, and the plan is the happening the sentence tells; the
        undertaking is no agreement of its own (docs/annotation.md: one row per happening)."""
        return (
            any(
                other.start == hit.end and other.entry.type in MEETING_TYPES
                for other in self.candidates
            )
            and self.lower[hit.end - 1] == "to"
        )

    def _announced_object(self, hit: TriggerHit) -> bool:
        """ "In announcing the meeting earlier this week, the State Department said ..."
        (kp3-016 s8), "Announcing the trip on Tuesday, the ministry said ...": an event noun
        that an announcing gerund takes as its object is what was announced, told in the
        sentence or the article for itself; the time of the phrase is the announcing's."""
        if not hit.entry.noun or hit.start < 2:
            return False
        return (
            self.lower[hit.start - 1] in lexicon.DETERMINERS | {"a", "an", "his", "her", "their"}
            and self.lower[hit.start - 2] in lexicon.ANNOUNCING_FORMS
        )

    def _background(self, hit: TriggerHit, sentence: Span) -> bool:
        """Whether the trigger stands in a phrase that only sets the background of its
        sentence: "these launches took place just after he met with X" (kp4-009 s23), "moved
        up following the conclusion of the leaders' meeting" (cn-004 s7), "in the margins of
        the summit" (ir-003 s4), "Since that summit, ..." (kp4-027 s9). The opener stands in
        the few words before the trigger, with no comma or other trigger between. Not in
        the lead: a headline's "Remarks after meeting with X" is the news (kp2-011 s1).
        `_build` keeps one that names its place ("after meeting in Singapore"): merging
        can join it to the happening of that place the corpus tells."""
        low = max(sentence.start, hit.start - BACKGROUND_REACH)
        for i in range(hit.start - 1, low - 1, -1):
            word = self.lower[i]
            if word in PHRASE_BREAKS or any(o.start <= i < o.end for o in self.candidates):
                return False
            if word in lexicon.BACKGROUND_OPENERS:
                return True
            if word in lexicon.WINDOW_STOPS:
                return False  # "after officials said that the two leaders met": a clause
        return False

    def _antecedent(self, same_type: str | None = None) -> Event | None:
        return narrative.antecedent(self.events, same_type)

    def _definite(self, hit: TriggerHit) -> bool:
        return narrative.definite(self.lower, hit.start)

    def _in_series(self, hit: TriggerHit) -> bool:
        """ "the first summit", "our previous meeting": ranked in a series, the noun names
        its own member of it, not the event told last (kp4-002 s30: the first summit, in
        remarks at the second; cn-004 s5)."""
        return any(w in lexicon.SERIES_WORDS for w in self.lower[max(hit.start - 2, 0) : hit.start])

    def _date(self, hit: TriggerHit) -> dating.EventDate:
        fallback = self.fallback_date
        if self.published_inferred and self.last_date is not None:
            fallback = dating.narrative_month(self.last_date)
        return dating.event_date(self.tokens, hit, fallback)

    def _status(self, hit: TriggerHit, date: DateValue, negated: bool) -> str:
        if negated:
            return "did_not_occur"
        if hit.entry.type in MEETING_TYPES:  # "a meeting set for Thursday", "was to meet"
            low, high = max(hit.clause[0], hit.start - 6), min(hit.end + 3, hit.clause[1])
        else:  # "would announce", not "warned the country would return"
            # a noun's cue may stand before its verb: "is set to receive a personal letter"
            # (kp2-007 s2)
            reach = PLANNED_NOUN_REACH if hit.entry.noun else 4
            low, high = max(hit.clause[0], hit.start - reach), hit.start
        if self._succession(hit) and date.value <= self.published:
            # "it was announced that X would be succeeded by Y" (kp4-023 s12): the "would"
            # is the future of a past announcement; naming the successor is the appointment.
            return "occurred"
        skip = range(hit.start - 2, hit.start) if self._told_purpose(hit) else range(0)
        window = [word for i, word in enumerate(self.lower[low:high], low) if i not in skip]
        if _has_cue(" ".join(window), lexicon.PLANNED_CUES):
            return "planned"
        if date.value > self.published:  # a day, or a month or year that begins later
            return "planned"
        if self._forward_time(hit, date):
            return "planned"
        return "occurred"

    def _forward_time(self, hit: TriggerHit, date: DateValue) -> bool:
        """The event's own time points ahead, though the week or month it gives holds the
        text's day: "drills slated for later this month" (kp4-019 s2), "the meeting ... later
        this week" (kp2-010 s6), "talks will continue next week" (cn-008 s9). Whatever the
        verb, a happening of "next week" or "later this month" has not happened yet."""
        if self.published_inferred:
            return False  # a page without a day of its own has no "next week"
        return any(t.date == date and t.text.lower().startswith(FORWARD_TIMES) for t in hit.times)

    def _scheduled_trip(self, hit: TriggerHit, date: DateValue) -> bool:
        """A journey verb in the present simple, past the lead, and not dated before the
        day of the text, tells the next leg of a schedule, not a trip made: "the secretary
        then heads to X" (kp2-030 s8), "we board the plane and we head to X" (kp1-024 s9),
        "she travels on to X" as a schedule reads. A headline or lead tells news in that
        tense, and a caption's "arrives in X on <a past day>" is dated before the text."""
        if hit.entry.type != "visit" or not hit.entry.verb or self._in_lead():
            return False
        head = hit.entry.lemma.split()[0]  # "head to": the verb
        if self.lower[hit.start] not in lexicon.inflect(head, "verb", ("VB", "VBZ")):
            return False  # not the plain present ("travels", "we head")
        today = DateValue(self.published, "day")
        return date.value >= self.published or date.contains(today)

    def _told_purpose(self, hit: TriggerHit) -> bool:
        """ "The main reason I came here today was to meet with ...": "was to" after a
        purpose noun says why something was done, not what someone was to do (kp2-005 s12)."""
        if hit.start < 2 or self.lower[hit.start - 2 : hit.start] != ["was", "to"]:
            return False  # "the reason I am here is to meet ...": still ahead
        before = self.lower[max(hit.clause[0], hit.start - PURPOSE_REACH) : hit.start - 2]
        return bool(set(before) & lexicon.PURPOSE_NOUNS)

    def _named_place(self, hit: TriggerHit) -> str:
        """The place a trigger is named by, standing before it without a preposition, with
        only capitalised words of the name between: "the Hanoi summit", "the Singapore
        Summit Joint Statement" (kp3-003 s11)."""
        first = bisect.bisect_left(self.place_tokens, hit.start - NAMED_PLACE_REACH)
        last = bisect.bisect_left(self.place_tokens, hit.start)
        for _, place in self.places[first:last]:
            end = self._token(place.end - 1) + 1
            between = self.words[end : hit.start]
            if not place.preposition and all(word[:1].isupper() for word in between):
                return place.name
        return ""

    def _reference(self, hit: TriggerHit) -> bool:
        """ "the Trump-Kim summit", "the US summit" (kp2-014 s12 and s13, beside "cancelled
        the upcoming ... summit on 12 June"): a noun with no time of its own behind a
        determiner or possessive, before the names that qualify it, names a happening. Not
        a member of a series ("the first summit" names its own, `_in_series`)."""
        if not hit.entry.noun or hit.dated or self._in_series(hit):
            return False
        start = hit.start
        low = max(hit.start - NAMED_PLACE_REACH - 1, 0)
        while start > low and self._name_word(start - 1):
            start -= 1  # capitalised names before the noun: "the Trump-Kim summit"
        while start > low and self.lower[start - 1] in NAME_JOINERS:
            start -= 1
            while start > low and self._name_word(start - 1):
                start -= 1
        if any(w in lexicon.SERIES_WORDS for w in self.lower[max(start - 2, 0) : hit.start]):
            return False  # "the first Trump-Kim summit"
        return narrative.definite(self.lower, start) or narrative.possessed(self.lower, start)

    def _name_word(self, i: int) -> bool:
        """A capitalised word that is no determiner ("The Trump-Kim summit" opens a sentence)."""
        return self.lower[i] != self.words[i] and self.lower[i] not in lexicon.DETERMINERS

    def _named_happening(self, hit: TriggerHit) -> bool:
        """ "the recent Hanoi summit" (kp4-024_jmh… s2), "their Singapore meeting", "the
        Panmunjom talks": a definite noun that its place names, with no time of its own,
        refers to a happening by its place; it is not the news the lead reports. Dated to
        the publication month, a summit of the month before would be a second, wrongly
        dated one; left at the fallback year, `pipeline.standing` keeps it (its phrase
        names the place) and loading joins it to the dated report of that place."""
        if not hit.entry.noun or hit.dated:
            return False
        first = bisect.bisect_left(self.place_tokens, max(hit.start - NAMED_PLACE_REACH - 1, 0))
        last = bisect.bisect_left(self.place_tokens, hit.start)
        for token, place in self.places[first:last]:
            if place.preposition or self._token(place.end - 1) < hit.start - 2:
                continue  # "the summit in X" is told, not named; the name ends at the noun
            if narrative.definite(self.lower, token) or narrative.possessed(self.lower, token):
                return True
        return False

    def _location(self, hit: TriggerHit) -> str:
        """Where it happens: "in/at X", "the X summit", or for a visit "to X"."""
        low, high = hit.clause
        accepted = {"in", "at", ""} | ({"to"} if hit.entry.type == "visit" else set())
        first = bisect.bisect_left(self.place_tokens, low)
        last = bisect.bisect_left(self.place_tokens, high)
        nearby = [
            (abs(token - hit.start), place.name)
            for token, place in self.places[first:last]
            if place.preposition in accepted
        ]
        return min(nearby)[1] if nearby else ""

    def _weapon_moves(self, sentence: Span, hit: TriggerHit) -> bool:
        """ "a ballistic missile ... that landed in Japan's EEZ" (kp4-018 s2), "they landed
        in the water" (kp4-009 s8), "flew about 450 km" (kp4-018 s9): a missile's flight is
        told with a trip's verbs; a missile word among the few words before the verb, after
        the last comma, is its subject, and no one travels."""
        words = self.lower[max(sentence.start, hit.start - WEAPON_SUBJECT_REACH) : hit.start]
        if "," in words:
            words = words[len(words) - words[::-1].index(",") :]
        return not MISSILE_WORDS.isdisjoint(words)

    def _destination(self, hit: TriggerHit) -> str:
        """The place a visit verb takes as its object: "will visit Pyongyang" (kp3-002 s2),
        "visited the Stanytsia Luhanska checkpoint" (ua-008 s4) name where the traveller
        goes, as "to X" does for "travel to"; only the place just after the verb (the word
        "visit" read as a noun, "to visit Tehran" in ir-011 s11, is the verb there)."""
        if hit.entry.type != "visit":
            return ""
        at = bisect.bisect_left(self.place_tokens, hit.end)
        if at == len(self.places) or self.place_tokens[at] != hit.end:
            return ""
        place = self.places[at][1]
        return place.name if place.preposition in lexicon.DESTINATION_VERBS else ""

    def _evidence(self, sentence: Span, start: int, end: int) -> Evidence:
        text = self._text(sentence).rstrip()
        trigger_start = self.starts[start]
        trigger_end = self.starts[end - 1] + len(self.words[end - 1])
        return Evidence(
            sentence=text.strip(),
            start=sentence.start_char + (len(text) - len(text.lstrip())),
            end=sentence.start_char + len(text),
            trigger=self.full_text[trigger_start:trigger_end],
            trigger_start=trigger_start,
            trigger_end=trigger_end,
        )


# ---------------------------------------------------------------------- helpers
MISSILE_WORDS = frozenset(lexicon.words("missile_words"))
WEAPON_SUBJECT_REACH = 8  # "a ballistic missile at around 7:10 a.m. today that landed in"
# Words one of which a speech frame holds (dates.SPEECH_PERIOD), checked before its pattern.
SPEECH_PERIOD_UNITS = frozenset({"day", "week", "hours"})


# "made the decision", "took the decision" (af-010 s9); what follows a decision that names
# the thing decided ("a decision on tariffs") makes it no answer to a question's calling-off.
# What a leaving verb leaves: an accord, or a party's participation in it (ir-001 s13).
ACCORD_WORDS = frozenset(lexicon.words("accord_words"))
STANDING_REFERENCES = frozenset(lexicon.words("standing_references"))
LEAVING_REACH = 6  # "withdrew from the 2015 Iran nuclear deal": the verb to the accord word
POSSESSIVE_ENDS = frozenset({"'s", "’s", "'", "’"})
DECISION_VERBS = frozenset(lexicon.words("decision_verbs"))
DECIDED_THING = frozenset(lexicon.words("decided_thing_prepositions"))


def transcript_turns(text: str) -> tuple[list[int], list[bool]]:
    """Where each turn of a transcript begins ("QUESTION:", "SECRETARY POMPEO:", "Q  "), in
    order, and whether it is a journalist's (a question label)."""
    turns = {m.start(): True for m in QUESTION_LABEL.finditer(text)}
    for m in CAPITAL_LABEL.finditer(text):
        turns.setdefault(m.start(), m.group(1).strip().lower() in lexicon.QUESTION_LABELS)
    starts = sorted(turns)
    return starts, [turns[at] for at in starts]


def first_question(text: str) -> int | None:
    """Where the first journalist's turn begins: a "Q" label or a capital label that is one of
    the question labels (kp4-010_pompeo… s4 "QUESTION:")."""
    starts = [m.start() for m in QUESTION_LABEL.finditer(text)][:1]
    starts += [
        m.start()
        for m in CAPITAL_LABEL.finditer(text)
        if m.group(1).strip().lower() in lexicon.QUESTION_LABELS
    ][:1]
    return min(starts) if starts else None
