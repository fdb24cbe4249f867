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
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from . import clauses, dating, narrative
from . import vocabulary as lexicon  # one vocabulary; the old name keeps the diff small
from .actors import CAPITAL_LABEL, QUESTION_LABEL, PlaceMention
from .clauses import PHRASE_BREAKS
from .clauses import has_cue as _has_cue
from .ontology import CANCELLATION_TYPES, EVENT_TYPES, MEETING_TYPES, merge_group
from .records import ActorMention, DateValue, Event, Evidence, Participant, TimeMention
from .text import english, longest_first, sentences, token_starts, words_of

CLAUSE_OPENERS = lexicon.CLAUSE_OPENERS
OFFICE_WORDS = lexicon.OFFICE_WORDS
# kp3-001_jmh… s8 "DOS spokesperson"; kp2-029_voa… s21 "spokeswoman"; kp3-019_voa… s17
# "spokesman"; kp2-010_dod… s9 "chief Pentagon spokesperson".
SPOKESPERSON_WORDS = lexicon.SPOKESPERSON_WORDS
NEW_CLAUSE_WORDS = lexicon.NEW_CLAUSE_WORDS
PARTY_PREPOSITIONS = lexicon.PARTY_PREPOSITIONS
SPEECH_VERBS = lexicon.SPEECH_VERBS
# One-word statement nouns of the trigger list ("statement", "speech"): what is issued.
STATEMENT_NOUNS = frozenset(
    e.phrase for e in lexicon.TRIGGERS if e.type == "statement" and e.noun and " " not in e.phrase
)
OWNERS = frozenset({"his", "her"})  # "his meeting with X": the meeting of a person
ATTRIBUTION_TOKENS = 16  # a release's attribution line is short
LETTER_SPEECH_REACH = 5  # "told him in a letter": the speech verb to the letter noun
DIRECTED_TYPES = frozenset(
    {"cancellation", "postponement", "sanction", "sanction_relief", "threat", "demand",
     "appointment", "letter", "visit", "statement", "weapons_test"}
)  # fmt: skip
ONE_PARTY_TYPES = frozenset({"weapons_test"})
SANCTION_LIKE = frozenset({"sanction", "sanction_relief", "threat"})
STANDING_TYPES = frozenset({"demand", "agreement"})  # a position or commitment may stand
PLANNED_NOUN_REACH = 6
# "have completed their first day of talks" (kp3-019 s2): a perfect auxiliary this many
# words before a noun trigger governs it
PERFECT_NOUN_REACH = 6
NAMED_PLACE_REACH = 3  # "the Singapore Summit": tokens a place naming a trigger may span
PURPOSE_REACH = 10  # words before "was to" in which a purpose noun tells a reason
POSSIBLE_REACH = 12  # "a second meeting between President X and Chairman Y this year is possible"
BACKGROUND_REACH = 10  # "following the conclusion of the G-20 leaders' meeting" (cn-004 s7)
TITLE_WORDS_BETWEEN = 4  # "White House Press Secretary Sanders" (kp3-026 s2)
TOPIC_REACH = 8  # tokens from a meeting noun to a mention its topic may hold
# Words after which a meeting noun's topic has ended and its parties may follow again.
TOPIC_ENDS = frozenset({"of", "by", "among", ",", "between", "with"})
ISSUE_REACH = 9  # "issued a statement early Wednesday morning saying" (kp3-016 s2)
OWNED_NAME_WORDS = 6  # "South Korea’s Joint Chiefs of Staff said" (kp4-018 s8): the body's words
OWN_DECISION_REACH = 24  # "announced his decision to cease ... and begin reimposing" (ir-001 s13)
WISH_REACH = 6  # "are considering a second Trump-Kim summit" (kp3-011 s4)
JUDGED_REACH = 4  # "a statement condemning the North's launch": participle to the actor


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
    ) -> list[Event]:
        """`split`, `words` and `lower`: sentences and token strings, if already computed;
        `fallback_year`: the year of events no sentence dates (the publication's if None);
        `published_inferred`: the text gives no publication date (an encyclopedia page), so
        `published` is only the latest date it mentions, no day its news was told;
        `date_line`: a line above the lead prints the publication day (pipeline.date_line)."""
        hits = self.triggers(doc)
        builder = _ArticleEvents(
            doc, text, published, mentions, places, times, words, lower, fallback_year,
            published_inferred, date_line,
        )  # fmt: skip
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
            if _main_actors(event.participants)
            and not (id(event) in plans and event.status == "planned")
        ]


class _ArticleEvents:
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
        self.mentions = [(self._token(m.start), self._token(m.end - 1) + 1, m) for m in mentions]
        self.mentions.sort(key=lambda item: item[0])
        self.mention_starts = [start for start, _, _ in self.mentions]
        self.known_actors = {m.key for m in mentions if not m.is_new}
        self.states = {m.key for m in mentions if m.kind == "state"}
        self.state_of = {m.country: m.key for m in mentions if m.kind == "state" and m.country}
        self.kind_of = {m.key: (m.kind, m.country) for m in mentions}
        # People outside the gazetteer may speak for a state when the text gives their office.
        self.speakers = self.known_actors | {
            m.key
            for m in mentions
            if m.is_new and OFFICE_WORDS & set(m.description.lower().split())
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
        # Where a transcript's first question turn begins ("QUESTION:", "Q  "), if it has one.
        self.first_question = first_question(text)
        self.last_sentence: Span | None = None  # the sentence read before this one
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
            self._heading_meeting(sentence)
        else:
            self._honour_meeting(sentence)
        self.last_sentence = sentence

    def _read_sentence(self, sentence: Span, hits: list[TriggerHit]) -> None:
        times = self.times
        while self.time_cursor < len(times) and times[self.time_cursor][0] < sentence.start:
            self.last_date = times[self.time_cursor][1].date
            self.time_cursor += 1
        text = self._text(sentence)
        if not narrative.is_byline(self.words[sentence.start : sentence.end]):
            self.lead_number += 1
        self._attribution(sentence, text)
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
        self.dated_sentence = dated_sentence
        hits = [
            h
            for h in hits
            if not quoted[h.start - sentence.start]
            and self._admissible(h, sentence)
            # A statement is an event only with a date or an "Afterward": decide it early,
            # since "said" is the commonest trigger of all.
            and (
                h.entry.type != "statement"
                or dated_sentence
                or self._continues(sentence)
                or self._framed_opening(sentence)
                or self._judged(h) is not None
                or self._said_lately(h)
                or self._adopted_in_heading(sentence, h)
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
        if text.endswith("?") or not hits:
            self.previous_sentence_events = []
            return
        breaks = clauses.clause_breaks(self.words, sentence.start, sentence.end)
        for hit in hits:
            hit.clause = clauses.clause(breaks, sentence.start, sentence.end, hit.start, hit.end)
        self._pair_cancellations(hits)
        self._assign_times(sentence, hits)
        self._share_times(hits)
        self.sentence_hits = hits

        made: list[Event] = []
        for hit in hits:
            if hit.cancelled_by is not None:
                continue  # built together with its cancellation
            event = self._build(sentence, hit)
            if event is not None:
                made.append(event)
        for event in made:
            if id(event) not in self.event_ids:
                self._register(event)
                known = {p.actor for p in event.participants}
                event.participants += [
                    Participant(key, "announcer") for key in self.attributed if key not in known
                ]
        self.previous_sentence_events = made

    def _heading_meeting(self, sentence: Span) -> None:
        """A text's heading that names its occasion and the parties to it tells their meeting,
        held the day the text was published (docs/annotation.md: an occasion that is itself
        a meeting is a happening): "Remarks by President X and Chairman Y Before Expanded
        Bilateral Meeting" (kp4-003_wh… s1), "Remarks With Chairman Y and President Z ... in
        Panmunjom" (kp4-011_trump… s1, the text's speaker beside them), "The President's
        News Conference With President Z" (kp1-014_trump… s1), "X, Y, and Z at a Press
        Availability" (kp2-006_trilateral… s1), "Explanation of Vote at the Adoption of UN
        Security Council Resolution ..." (kp1-018_usun… s1, a session of the Council). Only
        people of two states or more, or a council, make it a meeting; what follows "on" is
        the topic ("Remarks by X on Y's order"), and a heading that already told a meeting
        through a trigger of its own is left as it is."""
        text = self._text(sentence).rstrip()
        if not text or text[-1] in ".!?":
            return
        occasion = self._heading_occasion(sentence)
        if occasion is None:
            return
        told = self._told_meeting(sentence)
        end = next(
            (
                i
                for i in range(sentence.start, sentence.end)
                if self.lower[i] in lexicon.HEADING_TOPICS
            ),
            sentence.end,
        )
        parties = [
            m.key
            for _, _, m in self._mentions_in(sentence.start, end)
            if m.kind == "person" or (m.kind != "state" and _council(m.key))
        ]
        # "Remarks at a UN Security Council Briefing" over a byline (kp4-021_usun… s1-s2,
        # kp1-018_usun… s1): who gives the remarks at a council's session takes part in it.
        session = bool(parties) and all(_council(key) for key in parties)
        if session or self._in_company(occasion[1], end):
            speaker = self._first_speaker(sentence.end, set(parties))
            if speaker is not None:
                parties.append(speaker)
        parties = list(dict.fromkeys(parties))
        if told:
            # "Remarks in a Meeting With Chairman X" (kp4-002_trump… s1): the trigger told
            # the meeting from the words around it; the speaker is its other party.
            for event in told:
                _add_participants(event, [Participant(key, "participant") for key in parties])
            return
        countries = {
            self.kind_of[key][1]
            for key in parties
            if self.kind_of.get(key, ("", ""))[0] == "person" and self.kind_of[key][1]
        }
        if len(countries) < 2 and not any(_council(key) for key in parties):
            return
        event = Event(
            type="meeting",
            status="occurred",
            date=self._heading_day(sentence),
            date_text="",
            participants=[Participant(key, "participant") for key in parties],
            evidence=[self._evidence(sentence, *occasion)],
            location=self._heading_place(sentence),
            date_from_context=True,
        )
        event.confidence = _confidence(event)
        self._register(event)

    def _honour_meeting(self, sentence: Span) -> None:
        """ "It is my honor to welcome Foreign Minister X to Washington" (kp2-002_pompeo… s7),
        "It's a great honor to be with X" (cn-007_wh… s5): in a transcript, the speaker
        says they are in X's company now, a meeting on the day of the text. The speaker is
        the "my" of the sentence, else the last one the turns gave "I" or "we" to; the guests
        are the people named after the verb, of another state than the speaker's."""
        low = sentence.start
        frame = None
        for i in range(low, sentence.end - 2):
            if self.lower[i] in lexicon.HONOUR_NOUNS and self.lower[i + 1] == "to":
                rest = " ".join(self.lower[i + 2 : i + 4])
                verb = next(
                    (v for v in lexicon.COMPANY_VERBS if (rest + " ").startswith(v + " ")), None
                )
                if verb is not None:
                    frame = (i, i + 2 + len(verb.split()))
                    break
        if frame is None or self._told_meeting(sentence):
            return
        speaker = self._speaker_at(sentence)
        if speaker is None:
            return
        speaker_country = self.kind_of.get(speaker, ("", ""))[1]
        guests = [
            m.key
            for _, _, m in self._mentions_in(frame[1], sentence.end)
            if m.kind == "person"
            and m.how != "speaker"
            and self.kind_of[m.key][1] not in {"", speaker_country}
        ]
        if not guests:
            return
        parties = list(dict.fromkeys([speaker, *guests]))
        event = Event(
            type="meeting",
            status="occurred",
            date=DateValue(self.published, "day"),
            date_text="",
            participants=[Participant(key, "participant") for key in parties],
            evidence=[self._evidence(sentence, *frame)],
            date_from_context=True,
        )
        event.confidence = _confidence(event)
        self._register(event)

    def _speaker_at(self, sentence: Span) -> str | None:
        """The transcript's speaker at this sentence: its own "my", "we", else the last one
        before it (actors.py gives these pronouns to whoever's turn it is)."""
        last = bisect.bisect_left(self.mention_starts, sentence.end)
        for _, _, mention in reversed(self.mentions[:last]):
            if mention.how == "speaker":
                return mention.key
        return None

    def _in_company(self, start: int, end: int) -> bool:
        """ "Remarks With X", "Remarks in a Meeting With X": "with" between the occasion
        phrase and the heading's first party makes the text's speaker a party as well."""
        for i in range(start, end):
            if self.lower[i] in lexicon.HEADING_COMPANY:
                return True
            if any(s <= i < e for s, e, _ in self._mentions_in(start, i + 1)):
                return False
        return False

    def _told_meeting(self, sentence: Span) -> list[Event]:
        """The meetings a trigger of this sentence already told."""
        return [
            event
            for event in self.events
            if event.type in MEETING_TYPES
            and any(sentence.start_char <= e.start < sentence.end_char for e in event.evidence)
        ]

    def _heading_occasion(self, sentence: Span) -> tuple[int, int] | None:
        """Where the heading's occasion phrase stands ("Remarks", "News Conference")."""
        for phrase in lexicon.HEADING_OCCASIONS:
            size = len(phrase.split())
            for i in range(sentence.start, sentence.end - size + 1):
                if " ".join(self.lower[i : i + size]) == phrase:
                    return i, i + size
        return None

    def _first_speaker(self, after: int, named: set[str]) -> str | None:
        """The first person the transcript's turns give "I" or "we" to (actors.py), after
        the heading, who is not one of the heading's people."""
        for _, _, mention in self.mentions[bisect.bisect_left(self.mention_starts, after) :]:
            if mention.how == "speaker" and mention.key not in named:
                return mention.key
        return None

    def _heading_day(self, sentence: Span) -> DateValue:
        """A day the heading states ("...: 17 May 2018"), else the publication day."""
        first = bisect.bisect_left(self.time_tokens, sentence.start)
        last = bisect.bisect_left(self.time_tokens, sentence.end)
        days = [t.date for _, t in self.times[first:last] if t.date.precision == "day"]
        return days[0] if days else DateValue(self.published, "day")

    def _heading_place(self, sentence: Span) -> str:
        first = bisect.bisect_left(self.place_tokens, sentence.start)
        last = bisect.bisect_left(self.place_tokens, sentence.end)
        places = [p.name for _, p in self.places[first:last] if p.preposition in {"in", "at"}]
        return places[0] if places else ""

    def _attribution(self, sentence: Span, text: str) -> None:
        """A release's line that hands what follows to its speaker: "The below is
        attributable to Spokesperson X:" (kp2-025_state-readout… s5), "From White House
        Press Secretary X:" (cn-008_wh-press-secretary… s6). The people it names announce
        every event the release goes on to tell."""
        if not text.rstrip().endswith(":") or len(sentence) > ATTRIBUTION_TOKENS:
            return
        line = " ".join(self.lower[sentence.start : sentence.end])
        if not (line.startswith("from ") or "attributable to" in line):
            return
        self.attributed = [
            m.key
            for _, _, m in self._mentions_in(sentence.start, sentence.end)
            if m.kind == "person"
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
        if entry.requires:
            lowered = self._text(sentence).lower()
            if not any(word in lowered for word in entry.requires):
                return False
        if entry.followed_by:
            after = set(self.lower[hit.end : min(hit.end + entry.reach, sentence.end)])
            if not after & set(entry.followed_by):
                return False
        if entry.preceded_by:
            before = set(self.lower[max(sentence.start, hit.start - entry.reach) : hit.start])
            if not before & set(entry.preceded_by):
                return False
        if entry.simple_past and self._just_done(hit):
            return False  # "a story we've talked about for some time": no one occasion
        if self._presence_phrase(hit) and not self._present_in_state(hit):
            return False  # "the answer is in the text": no one is anywhere
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

    def _reported(self, hit: TriggerHit, sentence: Span) -> bool:
        """Whether the trigger can report a happening at all, by the words around it: not a
        modifier of a thing ("the negotiating table"), not what a document does ("an order,
        which targets officials"), not whoever it befits ("those designated"), not the text's
        own occasion ("released the following statement")."""
        following = self.lower[hit.end] if hit.end < sentence.end else ""
        previous = self.lower[hit.start - 1] if hit.start > sentence.start else ""
        if following in lexicon.THING_HEADS:
            return False  # kp4-019 s4, af-010 s9, kp3-008 s17, kp3-011 s9
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
        hit.inherited = narrative.inherited_date(
            first, self.last_date, self.previous_sentence_events, actors, self.states,
            hit.entry.type, self._named_place(hit),
        )  # fmt: skip
        if hit.inherited is None and not hit.entry.noun:
            hit.inherited = self._act_named_before(hit)

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
    def _build(self, sentence: Span, hit: TriggerHit) -> Event | None:
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
        low = max(hit.clause[0], hit.start - WISH_REACH)
        for i in range(hit.start - 1, low - 1, -1):
            if self.lower[i] in PHRASE_BREAKS:  # "Trump, who wanted a deal, met Kim"
                low = i + 1
                break
        wider = " ".join(self.lower[low : hit.start])
        if _has_cue(wider, lexicon.WISH_CUES) or _has_cue(before, lexicon.HABITUAL_CUES):
            return None  # "officials want to meet", "we have consistently called for"
        if self._ranked(hit):
            return None
        if hit.entry.noun:
            rest = " ".join(self.lower[hit.end : min(hit.end + POSSIBLE_REACH, hit.clause[1])])
            if _has_cue(rest, lexicon.POSSIBILITY_CUES):
                return None  # "a second meeting ... this year is possible" (kp3-026 s3)
        if self._counted(hit) or self._cited(hit, sentence):
            return None
        if event_type in STANDING_TYPES and not hit.times and self._just_done(hit):
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
            if self._non_finite(hit) and not hit.times:
                return None  # "canceling talks won't help": no event
            if hit.entry.needs_object and hit.cancels is None:
                return None  # "suspended its nuclear tests": halting what is no event
            return self._build_cancellation(sentence, hit)

        participants = self._participants(hit, event_type)
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
                _add_participants(antecedent, participants)
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
            self._inherit_from_context(sentence, hit, _main_actors(participants))
        if (
            not hit.dated
            and not self._in_lead()
            and not self._location(hit)
            and self._background(hit, sentence)
        ):
            return None
        named = event_type == "summit" and bool(self._location(hit))  # "the Singapore summit"
        # A launch has one party, the state that fires: in a headline or lead it is the news
        # (kp1-006 s1: "North Korea's latest ballistic missile launch").
        complete = event_type in ONE_PARTY_TYPES and self._in_lead()
        # A transcript's "we", "I" (actors.py, the speaker of the turn) count only once the
        # event is dated: "we had a great meeting" in any answer is no happening of its own
        # (kp2-009_trump… s10, kp4-009_pompeo… : undated talk of meetings).
        # Before the first question, though, the speaker's opening statement tells the day's
        # business: "we had a good day in the sense that I had a ... conversation with
        # Chairman Kim" (kp2-001_pompeo… s3), "I also had the opportunity to meet with
        # Secretary-General Guterres" (kp2-005_pompeo… s?): a meeting of the text's day.
        speaker = self._speaker_with(sentence, hit, participants)
        if speaker is not None:
            participants.append(Participant(speaker, "participant"))
        opening = event_type in MEETING_TYPES and not hit.dated and self._opening(hit)
        named_parties = _main_actors(participants) - (set() if opening else self._spoken_only(hit))
        if not hit.dated and len(named_parties) + named + complete < 2:
            self._announce_again(event_type, participants)
            return None  # undated, with one party and not a named summit: too thin to record
        if not _main_actors(participants) and event_type not in MEETING_TYPES:
            return None  # an actorless meeting with a date may still learn its parties
        event = self._new_event(sentence, hit, participants, status="")
        event.passing = self._passing(hit)
        event.status = self._status(hit, event.date, negated)
        news = not self.published_inferred  # a page with no publication day tells no news
        if event.status == "planned" and not hit.dated and news and self._decided(hit, sentence):
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
            not hit.dated and news and self._in_lead() and self.date_line and self._done_lately(hit)
        ):
            # Under a date line that prints the publication day ("2018/9/18", "02 January,
            # 2018"), the lead's "have completed their first day of talks" (kp3-019_voa… s2)
            # or "has offered to hold talks" (kp1-020_voa… s2) is that day's news: the guide
            # dates what a dated text says was just done to its date line.
            event.date = DateValue(self.published, "day")
            self.lead_people |= self._people(event)
        elif not hit.dated and news and self._in_lead():
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
        return event

    def _titled_speaker(
        self, speakers: list[Participant], hit: TriggerHit, sentence: Span
    ) -> list[Participant]:
        """ "remarks made ... by White House Press Secretary Sanders" (kp3-026_jmh… s2): the
        first speaker is a body that begins the title of the person named right after it,
        and the two speak together (the gold lists both)."""
        mentions = [(s, e, m) for s, e, m in self._mentions_in(hit.end, sentence.end)]
        for (_, end, first), (start, _, second) in itertools.pairwise(mentions):
            if first.key != speakers[0].actor or first.kind not in {"body", "organisation"}:
                continue
            between = self.words[end:start]
            if (
                second.kind == "person"
                and 0 < len(between) <= TITLE_WORDS_BETWEEN
                and all(w[:1].isupper() for w in between)
            ):
                return [p for p in speakers[1:] if p.actor == second.key]
            return []
        return []

    def _announce_again(self, event_type: str, participants: list[Participant]) -> None:
        """An undated report, too thin to be an event, of the happening the article told
        last of its type, with the same parties, still names who reports it: "South Korea's
        Joint Chiefs of Staff said that Pyongyang apparently fired a ... missile"
        (kp4-018_jmh… s8) after the lead's launch: the announcer joins that launch."""
        announcers = [p for p in participants if p.role == "announcer"]
        main = _main_actors(participants)
        if not announcers or not main:
            return
        earlier = self._antecedent(same_type=event_type)
        if earlier is not None and main <= _main_actors(earlier.participants):
            _add_participants(earlier, announcers)

    def _people(self, event: Event) -> set[str]:
        """The persons among an event's principal parties (no state, body or organisation)."""
        return self._persons(event.participants)

    def _persons(self, participants: list[Participant]) -> set[str]:
        return {
            actor
            for actor in _main_actors(participants)
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
        parties = _main_actors(participants)
        if len(parties) != 1:
            return None
        speakers = [
            mention.key
            for _, _, mention in self._mentions_in(sentence.start, hit.start)
            if mention.how == "speaker" and mention.key not in parties
        ]
        return speakers[-1] if speakers else None

    def _spoken_only(self, hit: TriggerHit) -> set[str]:
        """The actors the hit's window names only as the transcript's speaker ("I", "we")."""
        low, high = self._window(hit)
        hows: dict[str, set[str]] = {}
        for _, _, mention in self._mentions_in(low, high):
            hows.setdefault(mention.key, set()).add(mention.how)
        return {key for key, how in hows.items() if how == {"speaker"}}

    def _decided(self, hit: TriggerHit, sentence: Span) -> bool:
        """A sanction in the future tense right after its subject's "will": the text
        announces a decision, not a plan someone has. With a condition after it ("... if
        China retaliates", cn-002_wh… s12) it is a threat, not a decision."""
        return (
            hit.entry.type == "sanction"
            and not hit.entry.noun
            and hit.start > 0
            and self.lower[hit.start - 1] in lexicon.DECISION_MARKERS
            and not set(self.lower[hit.end : sentence.end]) & lexicon.CONDITION_WORDS
        )

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
        perfect = previous in lexicon.PERFECT_AUXILIARIES
        return perfect and any(word in lexicon.TALLY_WORDS for word in after[:6])

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

    def _build_statement(
        self, sentence: Span, hit: TriggerHit, participants: list[Participant]
    ) -> Event | None:
        """A dated public statement by a known actor ("Biegun said Thursday", "In a statement
        on Monday, Heather Nauert ..."). A speech verb whose words report another event is
        that event's announcement, not a statement of its own."""
        complement_end = hit.end
        while complement_end < sentence.end and (
            self.lower[complement_end] not in lexicon.SUBORDINATORS
        ):
            complement_end += 1
        reported = [
            other
            for other in self.sentence_hits
            if hit.end <= other.start < complement_end
            and other.entry.type != "statement"
            and not (self._generic_plural(other) and not other.times)
        ]
        # A speech verb's words about an event told judge it; a statement noun's still tell
        # news of it ("a statement ... saying the meeting will take place later", kp3-016 s2,
        # puts the meeting off).
        about = [] if hit.entry.noun else [self._told_event(other) for other in reported]
        reports_event = any(told is None for told in about) if about else bool(reported)
        if (
            reports_event
            and not hit.entry.noun
            and hit.entry.phrase in lexicon.SPEECH_VERBS
            and not self._medium(hit)
        ):
            # "said that North Korea launched ...": the report only announces the launch; but
            # "condemned North Korea for its nuclear test" is a statement of its own as well
            # (kp1-008 s7, kp4-018 s3).
            return None
        if (
            reports_event
            and hit.entry.noun
            and set(self.lower[hit.end : hit.end + 6]) & lexicon.CONTENT_OPENERS
        ):
            return None  # "issued a statement ... saying the meeting will ..." (kp3-016 s2)
        speakers = [
            Participant(p.actor, "initiator")
            for p in participants
            if p.role in {"announcer", "initiator"} and p.actor in self.speakers
        ]
        lately = not hit.times and self._said_lately(hit)
        segment = self._segment(hit.start, sentence)
        before_in_segment = [m.key for _, _, m in self._mentions_in(segment[0], hit.start)]
        if before_in_segment:  # "Biegun said", "Pompeo himself told"
            speakers = [p for p in speakers if p.actor in before_in_segment] or speakers
        elif speakers:  # "Trump, who ... Kim ..., accused": the clause's subject speaks
            speakers = speakers[:1] + self._titled_speaker(speakers, hit, sentence)
        if not speakers:
            return None
        if lately and {p.actor for p in speakers} <= self._spoken_only(hit):
            # "We have said many times before that ..." (kp4-021 s11), "I’ve told that to my
            # colleagues" (kp3-008 s10): the speaker restating a position is no news.
            return None
        # a date shared with a trigger of its own sentence that frames it ("a news conference
        # after his summit with ..., Feb. 28", kp4-004 s2) is the statement's own
        shared = hit.inherited is not None
        self._inherit_from_context(sentence, hit, {p.actor for p in speakers})
        judged = self._judged(hit)
        if not hit.times and judged is not None:
            hit.inherited = judged.date
        elif not hit.times and self._adopted_in_heading(sentence, hit):
            # "Remarks Following the Adoption of a UN Security Council Statement Condemning
            # ..." (kp1-006_usun… s1): the statement the occasion adopts is made that day.
            hit.inherited = DateValue(self.published, "day")
        elif (
            not hit.times
            and not shared
            and not lately
            and (
                hit.inherited is None
                or not (
                    self._continues(sentence) or self._framed_by_speakers_event(sentence, speakers)
                )
            )
        ):
            return None  # statements need a date of their own or "Afterward" to be events
        addressed = {  # "accused the U.S.", "lauding Pompeo", "told lawmakers"
            mention.key
            for _, _, mention in self._mentions_in(hit.end, hit.end + 3)
            if mention.key in self.known_actors
        }
        others = [p for p in participants if p.role == "target" and p.actor in addressed]
        others += self._judged_party(hit, {p.actor for p in speakers + others})
        # Who did what the statement judges is its target (kp4-018: the launch's state).
        for told in [judged, *about]:
            for p in told.participants if told is not None else []:
                known = {q.actor for q in speakers + others}
                if p.role == "initiator" and p.actor not in known:
                    others.append(Participant(p.actor, "target"))
        event = self._new_event(sentence, hit, speakers + others, status="occurred")
        if lately:
            # "Kim has said he is ready ..." (kp3-007 s16): said lately, so the publication
            # month, no finer (docs/annotation.md, "just done, undated").
            event.date = DateValue(self.published.replace(day=1), "month")
            event.date_from_context = True
        return event

    def _judged_party(self, hit: TriggerHit, known: set[str]) -> list[Participant]:
        """ "a Statement Condemning North Korea's ... Launch" (kp1-006_usun… s1), "a
        statement criticizing Washington's decision": after a statement noun, a participle of
        judgement and the actor named right after it, whom the statement judges: its
        target."""
        if not hit.entry.noun or hit.end >= len(self.lower):
            return []
        if self.lower[hit.end] not in lexicon.JUDGEMENT_PARTICIPLES:
            return []
        mentions = self._mentions_in(hit.end + 1, hit.end + 1 + JUDGED_REACH)
        if not mentions:
            return []
        start, _, mention = mentions[0]  # right after the participle or its determiner
        next_to = start == hit.end + 1 or self.lower[start - 1] in lexicon.DETERMINERS
        if next_to and mention.key in self.known_actors and mention.key not in known:
            return [Participant(mention.key, "target")]
        return []

    def _judged(self, hit: TriggerHit) -> Event | None:
        """ "Prime Minister Abe condemned the launch by saying ..." (kp4-018_jmh… s3, after
        the dated launch of s2): a verb of judgment (a statement verb that is no reporting
        word) whose object names, by a definite event noun of its type, an event dated in the
        sentence just before is the reaction to it, told as of that event's day."""
        if hit.entry.noun or hit.entry.phrase in lexicon.SPEECH_VERBS:
            return None
        for other in self.candidates:
            if not (hit.end < other.start <= hit.end + 2) or not self._definite(other):
                continue
            group = merge_group(other.entry.type)
            for event in reversed(self.previous_sentence_events):
                if merge_group(event.type) == group and event.date_text:
                    return event
        return None

    def _told_event(self, other: TriggerHit) -> Event | None:
        """ "told the press this morning that the missile launch posed a serious threat"
        (kp4-018_jmh… s13): words about an event the article has already told, named by an
        undated definite noun, do not report it again; they judge it, and the saying is a
        statement of its own. The event told last of the noun's group, if any."""
        if other.times or not self._definite(other):
            return None  # a verb, or a noun dated anew, tells news
        group = merge_group(other.entry.type)
        return next((e for e in reversed(self.events) if merge_group(e.type) == group), None)

    def _said_lately(self, hit: TriggerHit) -> bool:
        """A speech verb in the present perfect ("X has said") in an interview or briefing
        with a publication day: a saying of late, which the exchange takes up as news
        (kp3-007_state… s15-16). In a news story's prose the same words set a claim against
        what followed ("Mr. Trump has said ..., the reality is otherwise", a seed), no news."""
        return (
            self.first_question is not None
            and not self.published_inferred
            and not hit.entry.noun
            and hit.entry.phrase in lexicon.SPEECH_VERBS
            and self._just_done(hit)
        )

    def _medium(self, hit: TriggerHit) -> bool:
        """A saying that names its medium is an occasion of its own: "tweeted on Saturday that
        ..." (kp4-016_jmh… s6), "stated in a public address that ..." (kp2-014_wikipedia…
        s17). The gold rows it as a statement besides the happening it reports."""
        if hit.entry.phrase in lexicon.MEDIUM_VERBS:
            # what it says, not what it shows: "tweeted a photo ... showing him shaking hands
            # with Kim" (kp2-029_voa… s2) only announces the meeting
            return "that" in self.lower[hit.end : hit.end + 5]
        after = self.lower[hit.end : hit.end + 4]
        return bool(after) and after[0] == "in" and bool(set(after[1:]) & lexicon.MEDIUM_NOUNS)

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

    def _framed_by_speakers_event(self, sentence: Span, speakers: list[Participant]) -> bool:
        """ "Mattis welcomes the Omani minister ..., July 27, 2018. Before he welcomed the
        senior Omani official, Mattis told reporters ..." (kp2-027_dod… s7-8, a caption): a
        saying framed by an event the sentence before dated, one of whose parties speaks,
        is of that event's day (the date `_inherit_from_context` found)."""
        if not self._framed_opening(sentence):
            return False
        voices = {p.actor for p in speakers}
        return any(
            (event.date_text or event.date_from_context) and voices & event.actor_keys()
            for event in self.previous_sentence_events
        )

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
        )
        event.confidence = _confidence(event)
        return event

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
        dated = self._date(hit)
        date, date_text, inferred = dated.date, dated.text, dated.inferred
        if (
            self._just_done(hit)
            and not self.published_inferred
            and (not hit.dated or date.value > self.published)
        ):
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
            if not target_event.date_text and date_text:
                # A cancelled trip was due close to its cancellation: that month, no finer.
                target_event.date = DateValue(date.value.replace(day=1), "month")
        event.confidence = _confidence(event)
        return event

    def _owned(self, obj: TriggerHit) -> bool:
        """ "their joint drills", "its talks": the object belongs to the clause's subject."""
        before = self.lower[max(obj.start - 3, 0) : obj.start]
        return bool(set(before) & lexicon.OWNER_PRONOUNS)

    def _done_lately(self, hit: TriggerHit) -> bool:
        """A present perfect governing the trigger: "has offered to hold talks", or a noun
        a few words after its verb, "have completed their first day of talks"."""
        if self._just_done(hit):
            return True
        if not hit.entry.noun:
            return False
        before = self.lower[max(hit.clause[0], hit.start - PERFECT_NOUN_REACH) : hit.start]
        return bool(set(before) & lexicon.PERFECT_AUXILIARIES)

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
        if not _main_actors(participants) and before and self._owned(obj):
            # "the allies put off their joint drills": the owners are who call them off
            cancelling = self._participants(obj.cancelled_by, obj.cancelled_by.entry.type)
            participants = [
                Participant(p.actor, "participant") for p in cancelling if p.role == "initiator"
            ]
        elif (
            before
            and obj.entry.type in MEETING_TYPES
            and len(_main_actors(participants)) == 1
            and "with" in self.lower[obj.end : obj.end + 2]
        ):
            # "Trump abruptly cancelled the upcoming ... summit" (kp2-014 s19, whose gold
            # lists Trump among the summit's parties): "called off the summit with Kim"
            # calls off the canceller's own meeting with Kim.
            cancelling = self._participants(obj.cancelled_by, obj.cancelled_by.entry.type)
            participants = participants + [
                Participant(p.actor, "participant")
                for p in cancelling
                if p.role == "initiator" and p.actor not in _main_actors(participants)
            ]
        return narrative.cancelled_event(
            participants,
            self.events,
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
        if (
            not hit.entry.noun
            or hit.times
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
        parties = _main_actors(participants)
        people = {a for a in parties if self.kind_of.get(a, ("person", ""))[0] != "state"}
        event = narrative.referent(self.events, event_type, parties, people, self._location(hit))
        if event is None or (self._ahead(hit) and event.status != "planned"):
            return None  # "the upcoming summit" is not the meeting told before it
        _add_participants(event, participants)
        event.evidence.append(self._evidence(sentence, hit.start, hit.end))
        return event

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

    # ------------------------------------------------------------------ event parts
    def _participants(
        self,
        hit: TriggerHit,
        event_type: str,
        start_at: int | None = None,
        stop_at: TriggerHit | None = None,
    ) -> list[Participant]:
        low, high = self._window(hit)
        if start_at is not None:  # the cancelled thing: from the cancelling verb on
            low = min(start_at, hit.start)
        if stop_at is not None:
            high = min(high, stop_at.start)
        if event_type in MEETING_TYPES - {"visit"} and not hit.entry.noun:
            high = min(high, self._topic_meeting(hit, high))
        found: dict[tuple[str, str], Participant] = {}
        kinds: dict[str, tuple[str, str]] = {}
        for start, end, mention in self._mentions_in(low, high):
            role = self._role(hit, event_type, start, end, mention)
            if role:
                found.setdefault((mention.key, role), Participant(mention.key, role))
                kinds[mention.key] = (mention.kind, mention.country)
        owner = self._owner(hit, low, high) if event_type in MEETING_TYPES else None
        if owner is not None and owner.key not in {k for k, _ in found}:
            found[(owner.key, "participant")] = Participant(owner.key, "participant")
            kinds[owner.key] = (owner.kind, owner.country)
        # "The State Department announced early Wednesday that it had been canceled": the
        # speaker of the main clause announces the event of the subordinate one.
        for _, end, mention in self._mentions_in(hit.clause[0], low):
            if (
                set(self.lower[end : end + 2]) & lexicon.SPEECH_VERBS
                or self._speaks_through(end)
                or self._issues_statement(end, hit.start)
            ):
                found.setdefault((mention.key, "announcer"), Participant(mention.key, "announcer"))
                kinds[mention.key] = (mention.kind, mention.country)
        # An actor named twice keeps its strongest role.
        best: dict[str, Participant] = {}
        order = ["initiator", "target", "participant", "announcer"]
        for p in found.values():
            if p.actor not in best or order.index(p.role) < order.index(best[p.actor].role):
                best[p.actor] = p
        participants = list(best.values())
        if event_type in MEETING_TYPES:
            # "Pompeo met Kim Yong-chol" already says the United States met North Korea: the
            # states come back once the event is dated (add_states).
            represented = {kinds[p.actor][1] for p in participants if kinds[p.actor][0] != "state"}
            participants = [
                p
                for p in participants
                if kinds[p.actor][0] != "state"
                or kinds[p.actor][1] not in represented
                or p.role == "target"
            ]
        return participants

    def add_states(self) -> None:
        """The states whose officials meet, visit, talk or make a statement, when the article
        names the state (docs/annotation.md: "a person and their state may both be listed"):
        "Secretary Pompeo met with Japanese Foreign Minister Kono" is also a meeting of the United
        States and Japan (kp2-025_state-readout… s1, kp1-005_wh-readout… s1). Only for an
        event of two parties or more dated finer than a year: a state beside its own
        official must neither make a meeting of one look whole nor count as a second
        shared party when undated reports are merged."""
        for event in self.events:
            if event.type in MEETING_TYPES - {"visit"} and event.date.precision != "year":
                event.participants += self._their_states(event.participants)
            elif event.type == "statement" and event.date.precision != "year":
                event.participants += self._speakers_states(event.participants)

    def _speakers_states(self, participants: list[Participant]) -> list[Participant]:
        """The states of a dated statement's speakers, where the article names them: "Defense
        Minister Kono told the press" in a story naming Japan is Japan's word too (kp4-018_jmh…
        s13; kp1-020_voa…, a leader's New Year address: the gold lists both). Unlike a meeting's,
        one speaker is enough: a statement has one side."""
        named = {p.actor for p in participants}
        added: dict[str, Participant] = {}
        for p in participants:
            kind, country = self.kind_of.get(p.actor, ("", ""))
            state = self.state_of.get(country)
            if kind == "state" or state is None or state in named or state in added:
                continue
            if p.role == "initiator":
                added[state] = Participant(state, "initiator")
        return list(added.values())

    def _their_states(self, participants: list[Participant]) -> list[Participant]:
        named = {p.actor for p in participants}
        if len(_main_actors(participants)) < 2:
            return []
        added: dict[str, Participant] = {}
        for p in participants:
            kind, country = self.kind_of.get(p.actor, ("", ""))
            state = self.state_of.get(country)
            if kind == "state" or state is None or state in named or state in added:
                continue
            if p.role in {"participant", "initiator"}:
                added[state] = Participant(state, p.role)
        return list(added.values())

    def _topic_meeting(self, hit: TriggerHit, high: int) -> int:
        """Where a meeting noun after a meeting verb begins: "the foreign minister and I
        discussed the outcome of the President's summit with Chairman Kim" (kp2-008_trilateral…
        s11): the noun's phrase is what was talked about, and whom it names met at that other
        meeting, not at this one. A visit keeps them ("traveled to X for talks with Y")."""
        later = [
            other.start
            for other in self.candidates
            if other.entry.noun
            and other.entry.type in MEETING_TYPES
            and hit.end <= other.start < high
        ]
        return min(later, default=high)

    def _mentions_in(self, low: int, high: int) -> list[tuple[int, int, ActorMention]]:
        """Actor mentions starting at tokens low..high-1 (mentions are in document order)."""
        first = bisect.bisect_left(self.mention_starts, low)
        return self.mentions[first : bisect.bisect_left(self.mention_starts, high)]

    def _window(self, hit: TriggerHit) -> tuple[int, int]:
        return clauses.window(self.lower, hit)

    def _modifier(self, hit: TriggerHit) -> bool:
        return clauses.modifier(self.words, hit.end)

    def _gerund(self, hit: TriggerHit) -> bool:
        return clauses.gerund(self.lower, hit.start)

    def _role(self, hit: TriggerHit, event_type: str, start: int, end: int, mention) -> str:
        doc = self.doc
        following = self.lower[end : end + 2]
        if mention.how == "adjective" and event_type not in {"sanction", "threat", "demand"}:
            return ""
        if event_type in MEETING_TYPES - {"visit"} and self._topic_of(hit, start):
            return ""
        if end < len(self.words) and self.words[end] in {"’s", "'s"}:
            possessed = self.lower[end + 1] if end + 1 < len(doc) else ""
            if (
                not 0 <= hit.start - end <= 4
                and possessed not in lexicon.LIGHT_NOUNS
                and not self._owns_body(end + 1)
            ):
                return ""  # "Mr. Kim's top compatriots": the possessor is not a party
        if event_type == "letter" and self._writes_letter(hit, end):
            # "Kim told him in a letter on Thursday" (kp4-016_jmh… s6): who tells in a
            # letter sends it; it is no report of someone else's letter.
            return "initiator"
        if (
            any(w in lexicon.SPEECH_VERBS for w in following)
            or self._speaks_through(end)
            or self._issues_statement(end, hit.start)
        ):
            # "Trump wrote", "the State Department announced": the speaker of a statement,
            # the announcer of any other event; so is the owner of a body that speaks.
            if event_type == "statement" or self._own_decision(hit, end):
                return "initiator"
            return "announcer"
        if event_type != "statement" and self._spokesperson(start, end, mention):
            # "DOS spokesperson Nauert read a statement ... the postponement of Pompeo's
            # visit" (kp3-001_jmh… s8): a spokesperson only announces what others do.
            return "announcer"
        if start > 1 and self.lower[start - 1] == "to" and self.lower[start - 2] == "according":
            return "announcer"
        if mention.how == "place" and event_type in SANCTION_LIKE and self._goods_from(start):
            return "target"  # "a tariff on $50 billion of goods from China" (cn-002 s7)
        if mention.how == "place" and not self._people_from(start):
            return "target" if event_type == "visit" and start >= hit.end else ""
        if event_type == "letter":  # "received a letter from North Korea's Kim Yong Chul"
            if "from" in self.lower[max(start - 5, hit.end) : start]:
                return "initiator"
            if start > hit.end and self.lower[start - 1] == "by":
                return "initiator"  # "a letter sent to the Secretary by Kim" (kp3-001… s9)
            addressed = self.lower[max(start - 2, 0) : start]
            if set(addressed[-1:]) & SPEECH_VERBS or addressed == ["wrote", "to"]:
                return "target"  # "Kim told him in a letter", "wrote to Trump"
            received = any(w in lexicon.RECEIVING_VERBS for w in self.lower[start : hit.start])
            return "target" if received or start > hit.start else "initiator"
        if event_type == "statement" and hit.entry.noun and self._agent(hit, start):
            # "remarks made in Cairo on Monday by Secretary Tillerson" (kp1-026_embassy…
            # s2, kp3-026_jmh… s2): the agent of a statement noun's participle is its
            # speaker. A heading's "Press Conference by President X" (kp2-009_trump… s1) has
            # no participle: the text's own occasion, no statement it reports.
            return "initiator"
        if event_type == "visit" and self._presence_phrase(hit):
            # "X is in Thailand for an ASEAN summit" (kp4-014 s3): who is where, no more;
            # the rest of the sentence tells of other happenings.
            if end == hit.start and mention.kind == "person":
                return "initiator"
            return "target" if start == hit.end and mention.kind == "state" else ""
        if event_type == "visit":
            # The traveller is a person or body; the state visited is the target.
            if mention.kind == "state":
                return "target" if start >= hit.end else "initiator"
            if start >= hit.end and "with" in self.lower[max(start - 2, hit.end) : start]:
                # "arrived ... for talks with Kim Yong-chol": who is met is no traveller
                # (kp3-003 s10: the host met on the visit is its participant in the gold).
                return "participant"
            return "initiator"
        if event_type in DIRECTED_TYPES:
            before = start < hit.start
            if self._succession(hit):
                # "McMaster would be succeeded by Bolton" (kp4-023 s12): the successor is
                # appointed; the one who leaves the post is no party to it.
                return "" if before else "target"
            by = start > 0 and self.lower[start - 1] == "by"
            if by and start - 1 == hit.end and self.lower[hit.end - 1].endswith("ed"):
                # "those designated by OFAC" (kp1-012_treasury… s13): a participle's agent
                return "initiator"
            if self._passive(hit):  # "Biegun was named", "the firm was sanctioned by Treasury"
                return "initiator" if by else ("target" if before else "participant")
            return "initiator" if before else "target"
        return "participant"

    def _own_decision(self, hit: TriggerHit, end: int) -> bool:
        """ "the Secretary announced his intent to designate ..." (ir-006_state… s6), "Trump
        announced his decision to ... begin reimposing sanctions" (ir-001_state… s13): the
        speech verb is followed by a possessive, a decision word and "to", and the trigger
        comes after it in the same clause; who announces his own decision takes the act."""
        verb = end if end < hit.start and self.lower[end] in SPEECH_VERBS else end + 1
        phrase = self.lower[verb + 1 : verb + 4]
        return (
            verb + 2 <= hit.start <= verb + OWN_DECISION_REACH
            and hit.clause[0] <= verb
            and len(phrase) == 3
            and phrase[0] in lexicon.POSSESSIVE_PRONOUNS
            and phrase[1] in lexicon.OWN_DECISIONS
            and phrase[2] == "to"
        )

    def _topic_of(self, hit: TriggerHit, start: int) -> bool:
        """The mention starting at `start` names what the meeting `hit` is about: "a
        meeting on Iran" (kp3-007_state… s7), "a briefing on the DPRK", "held talks on North
        Korea". A topic preposition is the last one between the trigger and the mention;
        "talks on trade with China" still meets China."""
        if not hit.end <= start <= hit.end + TOPIC_REACH:
            return False
        for word in reversed(self.lower[hit.end : start]):
            if word in lexicon.TOPIC_PREPOSITIONS:
                return True
            if word in PARTY_PREPOSITIONS or word in TOPIC_ENDS:
                return False
        return False

    def _presence_phrase(self, hit: TriggerHit) -> bool:
        return " ".join(self.lower[hit.start : hit.end]) in lexicon.PRESENCE_PHRASES

    def _present_in_state(self, hit: TriggerHit) -> bool:
        """ "Secretary of State Mike Pompeo is in Thailand" (kp4-014 s3): a person's mention
        ends just before the phrase and a state's begins just after it."""
        before = self._mentions_in(max(0, hit.start - 6), hit.start)
        person = any(m.kind == "person" and end == hit.start for _, end, m in before)
        after = self._mentions_in(hit.end, hit.end + 1)
        return person and any(m.kind == "state" for _, _, m in after)

    def _succession(self, hit: TriggerHit) -> bool:
        return " ".join(self.lower[hit.start : hit.end]) in lexicon.SUCCESSION_PHRASES

    def _agent(self, hit: TriggerHit, start: int) -> bool:
        """The mention starting at `start` is the agent of a participle in or after the noun
        `hit`: "by X", "by Secretary of State X" (at most a capitalised title between "by"
        and the mention) after "made", "issued", …; or of a relative clause without its
        "that": "the speech you made today" (kp1-024 s16), X just after the noun (at most a
        capitalised title between) and a participle of delivering just after X."""
        if hit.end <= start < hit.end + 4 and all(
            word[:1].isupper() for word in self.words[hit.end : start]
        ):  # at most a title between: "the speech President X made"
            mention_end = next(
                (end for first, end, _ in self._mentions_in(start, start + 1) if first == start),
                start,
            )
            following = self.lower[mention_end : mention_end + 1]
            if set(following) & lexicon.DELIVERY_PARTICIPLES:
                return True
        if start <= hit.end:
            return False
        by = None
        for i in range(start - 1, max(start - 6, hit.end) - 1, -1):
            if self.lower[i] == "by":
                by = i
                break
            if not (self.words[i][:1].isupper() or self.lower[i] == "of"):
                return False
        return by is not None and any(
            w.endswith("ed") or w in lexicon.PARTICIPLES | lexicon.DELIVERY_PARTICIPLES
            for w in self.lower[hit.start : by]
        )

    def _owner(self, hit: TriggerHit, low: int, high: int) -> ActorMention | None:
        """ "following his meeting with South Korean Defense Minister Jeong ..., Secretary of
        Defense Esper told the press" (kp4-019_jmh… s2): a clause opened by "his meeting"
        belongs to the person the main clause then names. (A person named before "his" is
        left alone: "Trump ... his summit with Kim" made summits of every such sentence
        and more wrong merges.)"""
        if not hit.entry.noun or hit.start == 0 or self.lower[hit.start - 1] not in OWNERS:
            return None
        if any(m.kind == "person" for _, _, m in self._mentions_in(hit.clause[0], low)):
            return None
        after = [m for _, _, m in self._mentions_in(high, hit.clause[1]) if m.kind == "person"]
        return after[0] if after else None

    def _goods_from(self, start: int) -> bool:
        """ "goods from China", "imports from China" (cn-002_wh… s7, cn-003_wh… s4): the
        state whose goods are taxed."""
        return (
            start > 1
            and self.lower[start - 1] == "from"
            and self.lower[start - 2] in lexicon.GOODS_WORDS
        )

    def _people_from(self, start: int) -> bool:
        """ "leaders from France, Germany, Russia, and Ukraine met" (ua-014_wikipedia… s12):
        a state after "from" and a noun for its people is a party, not a place."""
        return (
            start > 1
            and self.lower[start - 1] == "from"
            and self.lower[start - 2] in lexicon.LEADER_WORDS | lexicon.OFFICIAL_NOUNS
        )

    def _speaks_through(self, end: int) -> bool:
        """The mention ending at `end` owns a body that speaks: "South Korea's Joint Chiefs
        of Staff said that Pyongyang fired ..." (kp4-018_jmh… s8): the state announces
        through its body (named or not in the gazetteer), as the body itself does."""
        if end >= len(self.words) or self.words[end] not in {"’s", "'s"}:
            return False
        k = end + 1
        while k < len(self.words) and k - end <= OWNED_NAME_WORDS:
            if not (self.words[k][:1].isupper() or (k > end + 1 and self.lower[k] == "of")):
                break
            k += 1
        return k > end + 1 and k < len(self.lower) and self.lower[k] in lexicon.SPEECH_VERBS

    def _issues_statement(self, end: int, limit: int) -> bool:
        """The mention ending at `end` issues a statement that tells what follows: "The State
        Department issued a statement early Wednesday morning saying the meeting will now
        take place at a later date" (kp3-016_voa… s2): a verb, a statement noun and, before
        `limit` and within a few words with no punctuation between, "saying"."""
        words = self.lower[end : min(end + ISSUE_REACH, limit)]
        nouns = [i for i, w in enumerate(words) if w in STATEMENT_NOUNS]
        said = [i for i, w in enumerate(words) if w in lexicon.REPORT_PARTICIPLES]
        if not nouns or not said or not 1 <= nouns[0] <= 4 or said[0] < nouns[0]:
            return False
        return all(w.isalpha() for w in words[: said[0]])

    def _owns_body(self, token: int) -> bool:
        """A body's or organisation's name starts at `token`: "the Treasury's Office of
        Foreign Assets Control" (kp1-012_treasury… s2), "Japan's Defense Ministry": the
        owner acts through it and takes its role."""
        return any(
            m.kind in {"body", "organisation"} for _, _, m in self._mentions_in(token, token + 1)
        )

    def _writes_letter(self, hit: TriggerHit, end: int) -> bool:
        """A speech verb right after the mention ending at `end`, and "in a/his letter"
        right after that verb's object: "X told him in a letter", "X wrote in a letter"."""
        verbs = [i for i in range(end, min(end + 2, hit.start)) if self.lower[i] in SPEECH_VERBS]
        return (
            bool(verbs)
            and "in" in self.lower[verbs[0] + 1 : hit.start]
            and (hit.start - verbs[0] <= LETTER_SPEECH_REACH)
        )

    def _spokesperson(self, start: int, end: int, mention: ActorMention) -> bool:
        """A spokesperson, or a spokesperson's office, by the office the gazetteer or the
        text gives them ("spokeswoman Sarah Sanders", "Nauert, the department's
        spokesperson", "the White House spokeswoman")."""
        if SPOKESPERSON_WORDS & set(mention.description.lower().split()):
            return True
        if "spokes" in mention.key.lower():
            return True
        before = self.lower[max(start - 3, 0) : start]
        after = self.lower[end : end + 5]
        if SPOKESPERSON_WORDS & set(after[:2]) and not set(after[:1]) & {",", "and"}:
            return True  # "State Department spokesperson X": the spokesperson's office
        return bool(SPOKESPERSON_WORDS & set(before)) or (
            bool(after) and after[0] == "," and bool(SPOKESPERSON_WORDS & set(after[1:]))
        )

    def _passive(self, hit: TriggerHit) -> bool:
        return clauses.passive(self.lower, hit.start)

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
        return "occurred"

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


def _add_participants(event: Event, participants: list[Participant]) -> None:
    known = {p.actor for p in event.participants}
    event.participants.extend(p for p in participants if p.actor not in known)


def enough_parties(event: Event) -> bool:
    """A meeting, summit or round of talks needs two parties, or a place, or a council that
    sits as its members (a session of the Security Council: ir-010 s12); others one."""
    main = _main_actors(event.participants)
    parties = len(main)
    if event.type in MEETING_TYPES and event.type != "visit":
        return parties >= 2 or (parties == 1 and (bool(event.location) or _council(*main)))
    return parties >= 1


def _council(name: str) -> bool:
    return name.split()[-1].lower() in lexicon.COUNCIL_WORDS


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
