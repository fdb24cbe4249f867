"""Find the actors an article mentions and resolve each mention to one actor.

Mentions come from five sources, resolved in document order so that coreference can look back:

- alias     a gazetteer spelling ("Kim Yong Chul", "the State Department"), case-sensitive;
- title     a dated title ("the secretary of state"), resolved to whoever held it on the
            article's date; a title directly before a name only modifies that name;
- surname   "Mr. Kim", "Pompeo": the most recently mentioned person of that surname, else the
            gazetteer's default holder of the surname;
- metonym   a capital used as an actor ("Pyongyang said"); after "in", "to", "from" ... it is a
            place instead; demonyms ("Chinese firm") resolve to the state;
- new       a person-shaped name that the gazetteer does not know ("Lt. Col. Daniel Davis",
            "Siegfried Hecker, a Stanford University nuclear scientist"), kept with the phrase
            that describes them and flagged for review; or a body or organisation whose name
            ends in a head word ("Japan's Defense Ministry"), typed with its country.

`recognize` keeps what it learns about one document in a `_Call` passed to one resolver per
kind of mention; the recognizer itself holds only what the gazetteer says, so one instance
serves any number of threads.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache

from lemminflect import getAllLemmas
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import vocabulary
from .gazetteer import Gazetteer, KnownActor
from .records import ActorMention, NewActor
from .text import english, longest_first

# Word lists: dashboard/extraction/vocabulary.py (corpus/vocabulary.toml).
DESTINATION_VERBS = vocabulary.DESTINATION_VERBS
LOCATIVE = vocabulary.LOCATIVE
HOSTED_EVENT_NOUNS = vocabulary.HOSTED_EVENT_NOUNS
EVENT_NOUNS = vocabulary.EVENT_NOUNS
HONORIFICS = vocabulary.HONORIFICS
TITLE_WORDS_BEFORE_NEW_NAME = HONORIFICS - {"President", "Secretary", "Leader", "Vice", "Deputy"}
SPEECH_VERBS = vocabulary.NAME_SPEECH_VERBS
APPOSITIVE_STARTS = vocabulary.APPOSITIVE_STARTS
NOT_NAME_WORDS = vocabulary.NOT_NAME_WORDS
MAX_NEW_NAME_TOKENS = 4


@dataclass
class PlaceMention:
    name: str
    start: int
    end: int
    preposition: str = ""  # "in", "to", "from" ...; "" for "the Singapore summit"
    country: str = ""  # the country code of the state the place lies in, if the gazetteer knows


@dataclass
class Recognition:
    mentions: list[ActorMention]
    places: list[PlaceMention]
    new_actors: list[NewActor]
    # States named only by the demonym of a person's or body's title ("South Korean
    # President Moon"): the text makes the state clear without naming it as an actor.
    titled_states: dict[str, str] = field(default_factory=dict)  # country code -> state
    # States named by their head's office where the text names no holder ("the President
    # of Serbia", "the Pakistani leader"): the state stands for its head.
    headed_states: dict[str, str] = field(default_factory=dict)  # state -> country code


# Title, body and name words: corpus/vocabulary.toml, each entry with its dev citation.
PERSON_TITLES = vocabulary.PERSON_TITLES  # "Vice Premier Liu He": before a name, its title
OFFICE_MODIFIERS = vocabulary.OFFICE_MODIFIERS  # "Deputy Chief of Staff"
TITLE_WORDS = PERSON_TITLES | OFFICE_MODIFIERS
BODY_HEADS = vocabulary.BODY_HEADS  # a run ending in one is a body, never a person
ORGANISATION_HEADS = vocabulary.ORGANISATION_HEADS
NAME_CONNECTORS = vocabulary.NAME_CONNECTORS  # "Ministry of Foreign Affairs"
MINISTRY_FIELDS = vocabulary.MINISTRY_FIELDS  # "Foreign Ministry": of foreign affairs
TIME_WORDS = vocabulary.TIME_WORDS  # "Early Friday, Pence traveled": no name
MONTHS = vocabulary.CAPITALISED_MONTHS
NAME_SYLLABLES = vocabulary.NAME_SYLLABLES  # "Liu He", "Kim Jong Un"
NAME_PARTICLES = vocabulary.NAME_PARTICLES  # "Yusuf bin Alawi": between capitalised parts
ARMED_GROUP_NOUNS = vocabulary.ARMED_GROUP_NOUNS  # "pro-Russian separatists", "the rebels"
GROUP_SPONSOR_MARKS = vocabulary.GROUP_SPONSOR_MARKS  # "pro-Russian", "Russia-backed"
PARTY_OBJECT_WORDS = vocabulary.PARTY_OBJECT_WORDS  # "between Washington and Beijing"
SUBJECT_BLOCKERS = vocabulary.SUBJECT_BLOCKERS  # "with the CBS conducted": no subject
GROUP_MARK_WORDS = ARMED_GROUP_NOUNS | {"the", "and"}
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
# Lower-case words a second party may hold before the verb both subjects share: "and
# Russia-backed rebels swapped", "and the Yemeni government exchanged", "and Chinese
# officials agreed".
SECOND_PARTY_WORDS = (
    GROUP_SPONSOR_MARKS | ARMED_GROUP_NOUNS | vocabulary.OFFICIAL_NOUNS | {"government"}
)
# "Oman's minister", "Cambodian government spokesman": an apposition whose head is an office
# noun, in lower case as journalists write it, or a title ("Department Spokesperson").
OFFICE_NOUNS = vocabulary.OFFICIAL_NOUNS | {w.lower() for w in PERSON_TITLES if w.isalpha()}
APPOSITION_REACH = 6  # words before an apposition's office noun ("the country's top ...")
# Words an apposition may hold before its office noun although they are function words.
APPOSITION_FUNCTION_WORDS = vocabulary.APPOSITION_FUNCTION_WORDS
# "President of Ukraine Volodymyr Zelenskyy", "Special Representative of the OSCE
# Chairperson-in-Office to the Trilateral Contact Group Martin Sajdik": a title whose office
# names a state or body keeps reaching the name over these words (ua-006 s1, ua-008 s18).
TITLE_CHAIN_LINKS = vocabulary.TITLE_CHAIN_LINKS
TITLE_CHAIN_TOKENS = 14
MAX_NAME_TOKENS = 4  # of the name itself; titles before it are not counted
MAX_RUN_TOKENS = 10
BORN = ("(", "born")  # "Zalmay Mamozy Khalilzad (born March 22, 1951)"
# An untitled full name is a person where it is the subject or the object of a verb that
# tells a meeting, a trip or an agreement ("Volodymyr Zelenskyy visited ...", ua-008 s4 with
# its title; ua-002 s30-s31 name him untitled): the finite forms of the vocabulary's verb
# triggers of those types, read from the triggers, not listed again.
PARTY_TYPES = frozenset({"meeting", "summit", "visit", "negotiation", "agreement"})
_PARTY_VERBS = [t for t in vocabulary.TRIGGERS if t.verb and t.type in PARTY_TYPES]
# Finite forms only ("met", "holds"); a bare form ("meet") counts after "will" or "has".
SUBJECT_EVENT_VERBS = frozenset(
    t.phrase.split()[0]
    for t in _PARTY_VERBS
    if t.phrase.split()[0] != t.lemma.split()[0] and not t.phrase.split()[0].endswith("ing")
)
BARE_EVENT_VERBS = frozenset(
    t.phrase.split()[0] for t in _PARTY_VERBS if t.phrase.split()[0] == t.lemma.split()[0]
)
# "Nikol Pashinyan called off his meeting with ...", "Aleksandar Vucic postponed ...": the
# party that calls something off is a subject as plain as one that meets (kp2-014 s19: a
# president who cancels a summit; af-008 s7: talks cancelled by their subject). Whole
# phrases of the finite verb triggers of a calling-off ("called off", "pulled out of"), by
# their first word, so that "called" alone ("X called Y") counts for nothing.
CALLING_OFF_TYPES = frozenset({"cancellation", "postponement"})
SUBJECT_CALLING_OFF: dict[str, frozenset[tuple[str, ...]]] = {}
for _t in vocabulary.TRIGGERS:
    _words = tuple(_t.phrase.split())
    # a finite form ("cancelled"), or a phrase whose past is its bare form ("put off")
    if (
        _t.verb
        and _t.type in CALLING_OFF_TYPES
        and not _words[0].endswith("ing")
        and (_words[0] != _t.lemma.split()[0] or len(_words) > 1)
    ):
        SUBJECT_CALLING_OFF[_words[0]] = SUBJECT_CALLING_OFF.get(_words[0], frozenset()) | {_words}
# "Nikol Pashinyan on Tuesday called off ...": a day between the subject and its verb.
DAY_WORDS = frozenset(name.capitalize() for name in vocabulary.WEEKDAYS)
# "met X", "hosted X", "welcomed X": a meeting verb's object; "talks with X", "a meeting
# with X", "spoke by phone with X": the word before "with" ends a meeting trigger.
OBJECT_EVENT_VERBS = frozenset(
    t.phrase
    for t in _PARTY_VERBS
    if t.type == "meeting" and " " not in t.phrase and t.lemma in {"meet", "host", "welcome"}
)
WITH_EVENT_WORDS = frozenset(
    t.phrase.split()[-1]
    for t in vocabulary.TRIGGERS
    if t.type in {"meeting", "summit", "negotiation"} and t.phrase.split()[-1] != "with"
) | frozenset(t.phrase.split()[-2] for t in vocabulary.TRIGGERS if t.phrase.endswith(" with"))
# "held talks with X", "signed a peace agreement with X" (af-013 s10): a meeting's or an
# agreement's word before "with" makes what follows the other party.
WITH_PARTY_WORDS = (
    WITH_EVENT_WORDS
    | frozenset(vocabulary.words("accord_words"))
    | frozenset(t.phrase.split()[-1].lower() for t in vocabulary.TRIGGERS if t.type in PARTY_TYPES)
)
VENUE_HEADS = vocabulary.VENUE_HEADS
# What ends a sentence, or a title line (which ends without a mark).
SENTENCE_ENDS = vocabulary.SENTENCE_ENDS | {"\n"}
# Heads of state or government by their title ("President", "Prime Minister"); "leader"
# and "head of state" stand for any of them.
HEAD_TITLE_NOUNS = tuple(n for n in vocabulary.HEAD_NOUNS if n not in {"leader", "head of state"})
VERB_AUXILIARIES = frozenset(vocabulary.words("future_modals")) | vocabulary.PERFECT_AUXILIARIES


@dataclass
class _Call:
    """Everything one `recognize` call learns about its document. It is passed to each
    resolver and never stored on the recognizer, so one recognizer serves concurrent calls."""

    doc: Doc
    words: list[str]
    lower: list[str]
    text: str
    published: dt.date | None
    lowercase_words: set[str] = field(default_factory=set)  # the article's common nouns
    covered: dict[int, str] = field(default_factory=dict)  # token -> label of its known span
    new_by_surname: dict[str, str] = field(default_factory=dict)
    found: dict[str, NewActor] = field(default_factory=dict)  # detected new actors by name
    bodies_by_phrase: dict[str, str] = field(default_factory=dict)  # "Defense Ministry" -> name
    spans: list[Span] = field(default_factory=list)
    descriptions: dict[int, str] = field(default_factory=dict)
    mentions: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    new_actors: dict[str, NewActor] = field(default_factory=dict)  # those mentioned, in order
    last_seen: dict[str, int] = field(default_factory=dict)
    kinds_at: dict[int, set[str]] = field(default_factory=dict)
    turns: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # labels, in order
    turn_speakers: dict[int, str] = field(default_factory=dict)  # a label's start -> speaker
    heading_speaker: str | None = None  # None: not looked for yet
    titled_states: dict[str, str] = field(default_factory=dict)  # see Recognition
    headed_states: dict[str, str] = field(default_factory=dict)  # see Recognition
    office_states: dict[str, str] = field(default_factory=dict)  # "president" -> its state
    # mentions given the gazetteer's holder of an office by its noun alone: (index, noun)
    offices_by_holder: list[tuple[int, str]] = field(default_factory=list)
    # "the prime minister", "the minister" before any holder is named: (span, noun)
    heads_unnamed: list[tuple[Span, str]] = field(default_factory=list)


class ActorRecognizer:
    """Built once per gazetteer; `recognize` then runs on any number of documents, from any
    number of threads: the recognizer holds only what the gazetteer says."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        nlp = english()
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        # "he", "she" and "the two leaders": references resolved by what came before.
        self.references = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.references.add("pronoun|", [nlp.make_doc("he"), nlp.make_doc("she")])
        self.references.add("object|", [nlp.make_doc("him"), nlp.make_doc("her")])
        for phrase, kind in PAIR_PHRASES.items():
            self.references.add(f"pair|{kind}", [nlp.make_doc(" ".join(phrase))])
        # "inter-Korean", "the two Koreas": both states, whatever was named before.
        # A phrase of several words that holds a state's own name ("North and South Korea",
        # kp1-023 s13) is matched with the gazetteer's (the longest span wins), not after it.
        for phrase in JOINT_NAMES:
            matcher = self.titles if " " in phrase else self.references
            matcher.add(f"joint|{phrase}", [nlp.make_doc(phrase)])
        # "I", "we": in a transcript, whoever's turn it is.
        first_person = vocabulary.FIRST_PERSON_SINGULAR | vocabulary.FIRST_PERSON_PLURAL
        self.references.add("speaker|", [nlp.make_doc(word) for word in sorted(first_person)])
        # "the Head of State", "the Prime Minister": the head the text named before.
        self.references.add("head|", [nlp.make_doc(p) for p in vocabulary.HEAD_REFERENCES])
        # "the Minister", "the foreign minister": the minister the text named before, else
        # the state of the ministry whose release it is.
        self.references.add("minister|", [nlp.make_doc(p) for p in vocabulary.MINISTER_REFERENCES])
        # "you" in a journalist's question: whoever answers it.
        second = sorted(vocabulary.SECOND_PERSON)
        self.references.add("addressee|", [nlp.make_doc(word) for word in second])
        self.role_phrases = gazetteer.role_phrases()
        self.surnames = gazetteer.persons_by_surname()
        self.default_for_surname = {surname: names[0] for surname, names in self.surnames.items()}
        for actor in gazetteer.actors.values():
            if actor.default_for_surname:
                self.default_for_surname[actor.surname] = actor.name
        # Known people by the words of their aliases, for spellings one letter off
        # ("Kim Jung Un", "Mike Pompeio") and for titled aliases ("Chairman Kim").
        self.person_aliases: dict[tuple[str, int, str], list[tuple[tuple[str, ...], str]]] = {}
        self.titled_aliases: set[str] = set()
        # State names and demonyms -> country code: "Japanese", "of South Korea".
        self.state_words: dict[str, str] = {}
        self.state_of_country = {
            a.country: a.name for a in gazetteer.actors.values() if a.kind == "state" and a.country
        }
        for actor in gazetteer.actors.values():
            if actor.kind == "person":
                for alias in actor.aliases:
                    parts = tuple(alias.replace("-", " ").lower().split())
                    # by first and by last word: a name one word off shares the other
                    for key in (("first", len(parts), parts[0]), ("last", len(parts), parts[-1])):
                        self.person_aliases.setdefault(key, []).append((parts, actor.name))
                    if alias.split()[0] in TITLE_WORDS:
                        self.titled_aliases.add(actor.name)
            elif actor.kind == "state":
                for word in (*actor.aliases, *actor.adjectives):
                    if not word.startswith("the ") and not word.endswith("government"):
                        self.state_words.setdefault(word, actor.country)
        # The same words by their first two characters: a phrase is checked only against the
        # words that may start at one of its word starts (hundreds of words, a few starts).
        self.state_word_starts: dict[str, list[str]] = {}
        for word in self.state_words:
            self.state_word_starts.setdefault(word[:2], []).append(word)
        self.states = gazetteer.states_by_country()

        def add(matcher: PhraseMatcher, key: str, phrases) -> None:
            docs = [nlp.make_doc(p) for p in dict.fromkeys(phrases) if p.strip()]
            if docs:
                matcher.add(key, docs)

        add(self.names, "IGNORE", gazetteer.ignore)
        for actor in gazetteer.actors.values():
            add(self.names, f"alias|{actor.name}", actor.aliases)
            add(self.names, f"adjective|{actor.name}", actor.adjectives)
            add(self.names, f"capital|{actor.name}", actor.capitals)
        for surname in self.surnames:
            add(self.names, f"surname|{surname}", [surname])
        capitals = {c for a in gazetteer.actors.values() for c in a.capitals}
        for alias, place in gazetteer.places.items():
            if alias not in capitals and place not in gazetteer.actors:
                add(self.names, f"place|{place}", [alias])
        for actor in gazetteer.actors.values():
            for role in actor.roles:
                for phrase in role.phrases:
                    # Tokenise the phrase as written ("U.S." splits differently from "u.s.").
                    add(self.titles, f"title|{phrase.lower()}", [phrase])
        self.resolvers = {
            "place": self._resolve_place,
            "capital": self._resolve_capital,
            "alias": self._resolve_alias,
            "adjective": self._resolve_adjective,
            "title": self._resolve_title,
            "surname": self._resolve_surname,
            "pronoun": self._resolve_pronoun,
            "object": self._resolve_object,
            "pair": self._resolve_pair,
            "joint": self._resolve_joint,
            "speaker": self._resolve_speaker,
            "addressee": self._resolve_addressee,
            "head": self._resolve_head,
            "minister": self._resolve_minister,
            "new": self._resolve_new,
        }

    # ------------------------------------------------------------------ main entry point
    def recognize(
        self,
        doc: Doc,
        published: dt.date | None,
        words: list[str] | None = None,
        text: str | None = None,
        lower: list[str] | None = None,
    ) -> Recognition:
        """`words`, `text` and `lower` (token strings, text) save recomputing them."""
        words = words if words is not None else [t.text for t in doc]
        call = _Call(
            doc=doc,
            words=words,
            lower=lower if lower is not None else [word.lower() for word in words],
            text=text if text is not None else doc.text,
            published=published,
        )
        call.lowercase_words = {w for w in words if w.isalpha() and w.islower()}
        call.turns = _turns(call.text)
        spans = [s for s in self._gazetteer_spans(doc) if not self._starts_unknown_name(call, s)]
        for span in spans:
            for i in range(span.start, span.end):
                call.covered[i] = span.label_
        new_names = [
            *self._new_names(call, spans),
            *self._office_of_spans(call),
            *self._lower_case_ministries(call),
            *self._group_spans(call),
        ]
        spans = filter_spans(spans + new_names)
        taken = [False] * len(doc)
        for span in spans:
            for i in range(span.start, span.end):
                taken[i] = True
        extra = self._new_surname_spans(call, taken) + [
            Span(doc, start, end, label=doc.vocab.strings[match_id])
            for match_id, start, end in self.references(doc)
            if not any(taken[start:end])
        ]
        # Which kinds of mention start at each token: a title or a demonym before a name
        # belongs to the name (looked up, not searched for, in an article of thousands).
        for span in spans:
            call.kinds_at.setdefault(span.start, set()).add(span.label_.split("|", 1)[0])
        for span in sorted([*spans, *extra], key=lambda s: s.start):
            kind, _, value = span.label_.partition("|")
            resolver = self.resolvers.get(kind)
            if resolver is None:  # IGNORE
                continue
            resolved = resolver(call, span, value)
            if resolved is None:
                continue
            key, how = resolved
            call.last_seen[key] = span.start
            call.mentions.append(self._mention(call, key, span, how))
        if call.offices_by_holder or call.heads_unnamed:
            self._holders_named_later(call)
        return Recognition(
            call.mentions,
            call.places,
            list(call.new_actors.values()),
            call.titled_states,
            call.headed_states,
        )

    def _mention(self, call: _Call, key: str, span: Span, how: str) -> ActorMention:
        known = self.gazetteer.actors.get(key)
        new = call.new_actors.get(key)
        start, end = span.start_char, span.end_char
        country = known.country if known else (new.country if new else "")
        return ActorMention(
            key=key,
            text=call.text[start:end],
            start=start,
            end=end,
            how=how,
            kind=known.kind if known else (new.kind if new else "person"),
            country=country,
            is_new=new is not None,
            # A known person's office on the day ("State Department spokesperson"): roles
            # read it to tell who only announces.
            description=new.description if new else self._office(known, call.published),
        )

    @staticmethod
    def _office(known: KnownActor | None, day: dt.date | None) -> str:
        if known is None or known.kind != "person" or day is None:
            return ""
        return known.title_on(day)

    # ------------------------------------------------------------------ resolvers, per kind
    @staticmethod
    def _context(call: _Call, span: Span) -> tuple[str, str, bool]:
        """The locative word before a span, the word after it, and whether it is paired."""
        lower, words = call.lower, call.words
        preposition = lower[span.start - 1] if span.start > 0 else ""
        preposition = preposition if preposition in LOCATIVE | DESTINATION_VERBS else ""
        following = lower[span.end] if span.end < len(lower) else ""
        paired = span.start > 0 and words[span.start - 1] == "-"  # "U.S.-North Korea talks"
        return preposition, following, paired

    def _resolve_place(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        preposition, following, paired = self._context(call, span)
        state = self.gazetteer.table_capitals.get(value)
        if (
            state
            and not (preposition or paired or following in EVENT_NOUNS)
            and self._capital_as_party(call, span)
        ):
            return state, "metonym"
        country = self.gazetteer.place_countries.get(value, "")
        call.places.append(
            PlaceMention(value, span.start_char, span.end_char, preposition, country)
        )

    @staticmethod
    def _capital_as_party(call: _Call, span: Span) -> bool:
        """A capital of countries.tsv stands for its state where it is a party of its clause,
        as the gazetteer's capitals do ("Pyongyang has chosen", kp1-018 s20; "if Washington
        continues to impose", kp3-015 s4): the subject of a finite verb ("Tehran test-fired",
        "Yerevan and Baku signed"), the other party after "between"/"with" ("between
        Washington and Beijing", cn-004 s10), or an owner ("Tehran's ... campaign", ir-006
        s8). Elsewhere ("Kyiv and other cities", ua-007 s13; a dateline) it is a place."""
        words = call.words
        if span.end + 1 < len(words) and words[span.end] in POSSESSIVE_MARKS:
            return words[span.end + 1].islower()
        return _party_position(words, call.lower, span.start, span.end)

    def _group_spans(self, call: _Call) -> list[Span]:
        """Parties that are neither a person nor a state, named by their shape:
        - an armed group named by the state that backs it or by its own name: "pro-Russian
          separatists" (ua-013 s4), "Russia-backed rebels" (ua-013 s3), "Russian-backed
          separatists" (ua-007 s35), "Houthi rebels": the group, not the state. One article
          tells of one group per modifier: its phrases are one actor, named as the running
          text first writes it (a headline's capitals aside); "the separatists" after one
          (ua-013 s5, ua-014 s7) is the group named last;
        - a group the gazetteer lacks as a party of its clause (the subject of a finite verb,
          after "with"/"between", the object of "met"), as "the Taliban" is one (af-013 s10,
          af-004 s14): "the FARC" (an acronym after "the"), "the Houthis" (a plural name no
          dictionary holds), "Hamas" beside a state ("Israel and Hamas agreed").
        All are organisations with no country: the backing state is no party."""
        words, lower, covered = call.words, call.lower, call.covered
        n = len(words)
        # one pass over the words: the group nouns, and the words a group may follow
        marks = [i for i, word in enumerate(lower) if word in GROUP_MARK_WORDS]
        phrases: list[tuple[int, int, tuple[str, str]]] = []
        bare: list[int] = []
        for i in [i for i in marks if i and lower[i] in ARMED_GROUP_NOUNS]:
            key = self._group_modifier(call, i)
            if key is not None:
                start = i - 3 if words[i - 2] == "-" and i >= 3 else i - 1
                phrases.append((start, i + 1, key))
            elif lower[i - 1] == "the" and phrases:
                bare.append(i)
        spans: list[Span] = []
        names: dict[tuple[str, str], str] = {}
        for start, end, key in phrases:  # running text first: "Rebels" in a headline
            if words[end - 1].islower():
                names.setdefault(key, self._span_text(call, start, end))
        for start, end, key in phrases:
            name = names.setdefault(key, self._span_text(call, start, end))
            spans.append(self._found_span(call, start, end, name, "organisation", "", ""))
        for i in bare:
            before = [p for p in phrases if p[1] <= i]
            if before:
                name = names[before[-1][2]]
                spans.append(self._found_span(call, i, i + 1, name, "organisation", "", ""))
        # a word after "the" or beside "and", capitalised and not already known
        candidates = sorted(
            {k for i in marks if lower[i] in {"the", "and"} for k in (i - 1, i + 1)}
        )
        for i in candidates:
            word = words[i] if 0 <= i < n else ""
            if not word[:1].isupper() or i in covered:
                continue
            if not word.isalpha() or word in self.state_words:
                continue
            after_the = i > 0 and lower[i - 1] == "the"
            if after_the and 2 <= len(word) <= 6 and word.isupper():
                pass  # "the FARC", "the ELN"
            elif after_the and word.endswith("s") and _name_shaped(word):
                if word[:-1] in self.state_words or _dictionary_word(word):
                    continue  # "the Americans", "the Afghans" (af-010 s7): a state's people
                if i + 1 < n and _name_shaped(words[i + 1]):
                    continue  # "the Houthis Times": a longer name
            elif _name_shaped(word) and self._beside_a_state(call, i):
                if _dictionary_word(word) or (i > 0 and _name_shaped(words[i - 1])):
                    continue
                if i + 1 < n and _name_shaped(words[i + 1]):
                    continue
            else:
                continue
            if _party_position(words, lower, i, i + 1):
                spans.append(self._found_span(call, i, i + 1, word, "organisation", "", ""))
        return spans

    def _group_modifier(self, call: _Call, i: int) -> tuple[str, str] | None:
        """What names the group of the armed-group noun at `i`: the backing state of
        "pro-Russian" / "Russia-backed" / "Russian-backed", or a capitalised word before it
        ("Houthi rebels", "Syrian rebels"); None for a bare noun."""
        words, lower = call.words, call.lower
        if i >= 3 and words[i - 2] == "-":
            if lower[i - 3] in GROUP_SPONSOR_MARKS and words[i - 1] in self.state_words:
                return "backed", self.state_words[words[i - 1]]
            if lower[i - 1] in GROUP_SPONSOR_MARKS and words[i - 3] in self.state_words:
                return "backed", self.state_words[words[i - 3]]
        before = words[i - 1]
        label = call.covered.get(i - 1, "")
        if _name_shaped(before) and (not label or label.startswith("adjective|")):
            if i >= 2 and _name_shaped(words[i - 2]):
                return None  # a longer name: "Free Syrian Army rebels" is left alone
            return "named", before
        return None

    def _beside_a_state(self, call: _Call, i: int) -> bool:
        """ "Israel and Hamas", "Hezbollah and Israel": a word joined by "and" to a state."""
        words, covered = call.words, call.covered
        for k in (i - 2, i + 2):
            if 0 <= k < len(words) and words[(i + k) // 2] == "and":
                label = covered.get(k, "")
                kind, _, value = label.partition("|")
                if kind == "capital" or (
                    kind == "alias" and self.gazetteer.actors[value].kind == "state"
                ):
                    return True
        return False

    @staticmethod
    def _span_text(call: _Call, start: int, end: int) -> str:
        doc = call.doc
        return call.text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]

    def _note_titled_state(self, call: _Call, span: Span) -> None:
        """ "South Korean President Moon", "Japanese Foreign Minister Kono": the demonym
        that opens a name's title makes the state clear (Recognition.titled_states)."""
        lower = call.lower
        for size in (2, 1, 3):
            code = self.state_words.get(" ".join(call.words[span.start : span.start + size]))
            if code is None and size <= len(span):
                code = self.state_words.get(" ".join(lower[span.start : span.start + size]))
            state = self.state_of_country.get(code or "")
            if state is not None:
                call.titled_states.setdefault(code, state)
                return

    def _resolve_capital(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        preposition, following, paired = self._context(call, span)
        if preposition or (following in EVENT_NOUNS and not paired):
            country = self.gazetteer.place_countries.get(span.text, "")
            call.places.append(
                PlaceMention(span.text, span.start_char, span.end_char, preposition, country)
            )
            return None
        return value, "metonym"

    def _resolve_alias(self, call: _Call, span: Span, value: str) -> tuple[str, str]:
        preposition, following, paired = self._context(call, span)
        actor = self.gazetteer.actors[value]
        # "the Singapore summit" is where; "North Korea talks" are with North Korea.
        hosted = following in HOSTED_EVENT_NOUNS and not paired
        # "in Doha, the capital of Qatar" (af-013 s8): where, told by the city's state
        of_capital = span.start >= 2 and call.lower[span.start - 2 : span.start] == [
            "capital",
            "of",
        ]
        # "over the Gulf of Oman and the Strait of Hormuz" (ir-012 s4): a sea, gulf, strait
        # or bay named after a state is a place, never the state as a party.
        of_waters = (
            span.start >= 2
            and call.lower[span.start - 1] == "of"
            and call.lower[span.start - 2] in vocabulary.WATER_HEADS
        )
        if actor.kind == "state" and (preposition or hosted or of_capital or of_waters):
            call.places.append(PlaceMention(value, span.start_char, span.end_char, preposition))
            return value, "place"
        if actor.kind == "body" and _venue_met_at(call.words, span.start, span.end):
            # "met at the White House": the building, not the body named after it.
            call.places.append(PlaceMention(value, span.start_char, span.end_char, preposition))
            return value, "place"
        return value, "alias"

    def _resolve_adjective(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        noun_end = _head_noun_end(call.lower, span.end)
        if noun_end:
            if call.kinds_at.get(_next_word(call.doc, noun_end), set()) & {"new", "alias"}:
                # "Azerbaijani President Ilham Aliyev": the title of the name after it.
                self._note_titled_state(call, span)
                return None
            # "the Chinese president noted" (cn-004 s5), "the North Korean leader" (kp3-025
            # s5): that state's head the text named, else the state itself as a party.
            code = self.gazetteer.actors[value].country
            head = self._named_head(call, " ".join(call.lower[span.end : noun_end]), code)
            if head:
                return head, "title"
            call.headed_states[value] = code
            return value, "delegation"
        if _modifies_a_name(span, call.kinds_at):
            self._note_titled_state(call, span)
            return None
        if self._counterpart_of_a_head(call, span):
            # "Prime Minister Narendra Modi met his Pakistani counterpart": a head's
            # counterpart heads the other state.
            call.headed_states[value] = self.gazetteer.actors[value].country
        # "Hungarian and Romanian officials agreed": the officials act for the state.
        return value, "delegation" if _describes_officials(call.doc, span) else "adjective"

    def _resolve_title(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        if _precedes_a_name(call.doc, span, call.kinds_at):
            self._note_titled_state(call, span)
            return None
        if call.published is None:
            return None
        holders = [n for n, role in self.role_phrases[value] if role.held_on(call.published)]
        if not holders:
            return None
        holder = holders[0]
        code = self._country_after(call, span.end)
        noun = value.removeprefix("the ")
        if code and code != self.gazetteer.actors[holder].country:
            # "The President of Ukraine met Putin": not the holder of "the president" but
            # Ukraine's head the text named (ua-006 s32: "the President of France, the
            # Chancellor of Germany"); else no one, and "Ukraine" stands for itself.
            head = self._named_head(call, noun, code) if noun in vocabulary.HEAD_NOUNS else ""
            if head:
                return head, "title"
            if noun in vocabulary.HEAD_NOUNS:
                call.headed_states[self.states[code]] = code
                call.office_states[noun] = self.states[code]
            return None
        if noun in vocabulary.HEAD_NOUNS and holder not in call.last_seen:
            # "President of Serbia Aleksandar Vucic ... the president": the head the text
            # named, where the holder of the gazetteer's title is not named at all.
            head = self._named_head(call, noun, "")
            if head:
                return head, "title"
            # A release of "the Office of the President of <state>" goes on "The President
            # held a telephone conversation with ...": the office it speaks for, never the
            # gazetteer's holder of the title whom the text does not name (ua-008 s3-s5:
            # "President of Ukraine ..." then "The President instructed ...").
            if noun in call.office_states:
                return call.office_states[noun], "title"
        if noun in vocabulary.HEAD_NOUNS:
            call.offices_by_holder.append((len(call.mentions), noun))
        return holder, "title"

    def _holders_named_later(self, call: _Call) -> None:
        """ "President opened a bridge" over "President of Ukraine Volodymyr Zelenskyy
        visited ..." (ua-008 s1, s4); "PM trilateral meeting ..." over "Prime Minister
        Theresa May met ..." (ir-003 s1, s4): a release names its principal by office first
        and by name after. An office read as the gazetteer's holder, whom the text never
        names, is the head of that office the text names later."""
        named = {m.key for m in call.mentions if m.how != "title"}
        for index, noun in call.offices_by_holder:
            mention = call.mentions[index]
            if mention.key in named:
                continue
            later = next(
                (
                    m
                    for m in call.mentions[index + 1 :]
                    if m.kind == "person"
                    and m.how != "title"
                    and m.key != mention.key
                    and names_a_head(m.description, noun)
                ),
                None,
            )
            if later is not None:
                call.mentions[index] = replace(
                    mention, key=later.key, country=later.country, is_new=later.is_new
                )
        # "The Prime Minister met ... Prime Minister X said": the head reference no head
        # named before resolved is the one of that office named after it, in a sentence of
        # its own ("The Foreign Minister met Foreign Minister Y": not Y, whom he met).
        for span, noun in call.heads_unnamed:
            at = bisect.bisect_left([m.start for m in call.mentions], span.end_char)
            later = next(
                (
                    m
                    for m in call.mentions[at:]
                    if m.kind == "person"
                    and m.how != "title"
                    and _holds_office(m.description, noun)
                    and any(c in SENTENCE_ENDS for c in call.text[span.end_char : m.start])
                ),
                None,
            )
            if later is not None:
                call.mentions.insert(at, self._mention(call, later.key, span, "title"))

    def _resolve_head(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        """ "The Head of State got himself acquainted ..." after "President of Ukraine
        Volodymyr Zelenskyy visited ..." (ua-008 s4-s5); "the prime minister of Sri Lanka"
        (ir-007 s12): the head of state or government the text named last, of the state
        after "of" if one follows; nothing before a name (its title)."""
        code = self._country_after(call, span.end)
        after = _next_word(call.doc, span.end + (2 if code else 0))
        if call.kinds_at.get(after, set()) & {"new", "alias", "surname"}:
            return None
        # "the prime minister" is a prime minister ("the head of state" any head)
        noun = " ".join(call.lower[span.start : span.end]).removeprefix("the ")
        head = self._named_head(call, noun, code)
        if head:
            return head, "title"
        if code:
            call.headed_states[self.states[code]] = code
        else:
            call.heads_unnamed.append((span, noun))
        return None

    def _resolve_minister(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        """ "Today, the foreign minister and I discussed ..." (kp2-008 s11): the one
        minister the text named before with that office ("Foreign Minister Kang", "Minister of
        Foreign Affairs of Pakistan X"; never a prime minister); in a ministry's release
        that names none ("Press release of the Ministry of Foreign Affairs of <state>", then
        "The Minister met ..."), the ministry's state. Nothing when a name or "of" follows
        (a title, or an office described: "the minister of national defense of ...")."""
        after = _next_word(call.doc, span.end)
        if after < len(call.lower) and (
            call.lower[after] == "of"
            or call.kinds_at.get(after, set()) & {"new", "alias", "surname"}
        ):
            return None
        noun = " ".join(call.lower[span.start + 1 : span.end])
        holders = {
            m.key
            for m in call.mentions
            if m.kind == "person" and _holds_office(m.description, noun)
        }
        if len(holders) > 1:
            return None  # two foreign ministers named (kp2-008, a trilateral): not guessed
        if holders:
            return holders.pop(), "title"
        for mention in reversed(call.mentions):
            if mention.kind == "body" and mention.country and "ministry" in mention.key.lower():
                state = self.states.get(mention.country)
                return (state, "title") if state else None
        call.heads_unnamed.append((span, noun))
        return None

    @staticmethod
    def _counterpart_of_a_head(call: _Call, span: Span) -> bool:
        """ "his Pakistani counterpart" (kp4-014 s11: "his Chinese counterpart") where the
        person named last heads a state or government."""
        words = call.lower
        if span.end >= len(words) or words[span.end] != "counterpart" or span.start == 0:
            return False
        if words[span.start - 1] not in vocabulary.POSSESSIVE_PRONOUNS:
            return False
        people = [m for m in call.mentions if m.kind == "person"]
        return bool(people) and names_a_head(people[-1].description)

    @staticmethod
    def _named_head(call: _Call, noun: str, code: str) -> str:
        """The person named last whose title makes them a head of state or government: with
        `noun` in it ("prime minister"; any head noun for "leader" or "head of state"), of
        the country `code` when one is given."""
        for mention in reversed(call.mentions):
            if mention.kind != "person" or (code and mention.country != code):
                continue
            if names_a_head(mention.description, noun):
                return mention.key
        return ""

    def _resolve_surname(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        candidates = list(self.surnames.get(value, []))
        if value in call.new_by_surname:
            candidates.append(call.new_by_surname[value])
        seen = [name for name in candidates if name in call.last_seen]
        if seen:
            return max(seen, key=lambda name: call.last_seen[name]), "surname"
        key = self.default_for_surname.get(value, "")
        return (key, "surname") if key else None

    def _resolve_pronoun(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        key = (
            _reporting_person(call.mentions, call.text, span.start_char)
            or _continued_subject(call.mentions, call.text, span.start_char)
            or _latest_person(call.mentions, span.start_char)
        )
        return (key, "pronoun") if key else None

    def _resolve_object(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        """ "Kim told him in a letter": an object pronoun is not the subject of its own
        clause, so it is the person named before that subject (kp4-016_jmh… s6)."""
        subject = _latest_person(call.mentions, span.start_char, OBJECT_SUBJECT_REACH)
        if not subject:
            return None
        key = _latest_person(call.mentions, span.start_char, skip=subject)
        return (key, "pronoun") if key else None

    def _resolve_pair(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        # "the two leaders": the last two people named, one mention each.
        if len(span) == 2 and not _past_verb_after(call.words, span.end):
            return None  # "the two countries", "the two of them": not the bare subject
        pair = _latest_people(call.mentions, span.start_char, 2, value)
        if len(pair) < 2:
            return None
        for person in pair[:-1]:
            call.mentions.append(self._mention(call, person, span, "pair"))
        return pair[-1], "pair"

    def _resolve_joint(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        """A word that names two states at once ("inter-Korean talks", kp2-014 s10;
        "inter-Korea talks", kp3-025 s7): one mention of
        each, so what it qualifies has both as its parties."""
        states = [key for key in JOINT_NAMES.get(value, ()) if key in self.gazetteer.actors]
        if not states:
            return None
        for key in states[:-1]:
            call.mentions.append(self._mention(call, key, span, "joint"))
        return states[-1], "joint"

    def _resolve_speaker(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        """ "I", "my", "we" in a transcript: the person of the speaker label whose turn it is
        ("THE PRESIDENT:", "SECRETARY POMPEO:", "President Trump."), or before any label the
        speaker the heading names. Outside transcripts (no label, no heading) nothing."""
        if span.text.isupper() and len(span.text) > 1:
            return None  # "US", "WE" in a shouted headline
        start = span.start_char
        index = bisect.bisect_right([at for at, _ in call.turns], start) - 1
        if index >= 0:
            at, label = call.turns[index]
            if at not in call.turn_speakers:
                call.turn_speakers[at] = self._label_speaker(call, label)
            key = call.turn_speakers[at]
        else:
            if call.heading_speaker is None:
                call.heading_speaker = self._heading_speaker(call)
            key = call.heading_speaker
        return (key, "speaker") if key else None

    def _resolve_addressee(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        """ "you" in a transcript's question turn (a label naming no one: "QUESTION:", "Q"):
        the person of the nearest turn that answers, the one before it, else the one after
        ("On Friday, you said the peace talks were making progress", af-009 s7)."""
        starts = [at for at, _ in call.turns]
        index = bisect.bisect_right(starts, span.start_char) - 1
        if index < 0:
            return None  # outside transcripts
        own = self._turn_speaker(call, index)
        if own:
            return self._other_principal(call, own, span)
        for other in [*range(index - 1, -1, -1), *range(index + 1, len(call.turns))]:
            key = self._turn_speaker(call, other)
            if key:
                return key, "speaker"
        return None

    def _other_principal(self, call: _Call, own: str, span: Span) -> tuple[str, str] | None:
        """ "you" in a principal's turn of remarks by two principals and no one else, no
        journalist asking: the other one ("PRESIDENT MOON: ... I saw the reports today that
        you had met Chairman Kim Jong-un", kp3-004_pompeo… s8, to the Secretary whose turn
        follows). Not "you all", and not in an answer to the press ("as you know")."""
        if span.end < len(call.words) and call.words[span.end].lower() == "all":
            return None
        speakers = {self._turn_speaker(call, i) for i in range(len(call.turns))}
        if "" in speakers or len(speakers) != 2:
            return None  # a journalist's or an unnamed turn, or more than two speakers
        (other,) = speakers - {own}
        return other, "speaker"

    def _turn_speaker(self, call: _Call, index: int) -> str:
        at, label = call.turns[index]
        if at not in call.turn_speakers:
            call.turn_speakers[at] = self._label_speaker(call, label)
        return call.turn_speakers[at]

    def _label_speaker(self, call: _Call, label: tuple[str, ...]) -> str:
        """The person a label names: a title held on the day ("THE VICE PRESIDENT"), else a
        surname, the one the text named last ("Vice Premier Liu." after "Liu He"); "QUESTION",
        "MODERATOR" name no one."""
        words = [w.lower() for w in label]
        if call.published is not None:
            for first in range(len(words)):
                phrase = " ".join(words[first:])
                for candidate in (phrase, f"the {phrase}"):
                    holders = [
                        n for n, role in self.role_phrases.get(candidate, [])
                        if role.held_on(call.published)
                    ]  # fmt: skip
                    if holders:
                        return holders[0]
        surname = label[-1][:1].upper() + label[-1][1:].lower() if label else ""
        if len(label) > 1 or surname in call.new_by_surname:
            candidates = [*self.surnames.get(surname, [])]
            if surname in call.new_by_surname:
                candidates.append(call.new_by_surname[surname])
            seen = [name for name in candidates if name in call.last_seen]
            if seen:
                return max(seen, key=lambda name: call.last_seen[name])
            if surname in self.default_for_surname:
                return self.default_for_surname[surname]
        return ""

    def _heading_speaker(self, call: _Call) -> str:
        """The speaker a transcript's heading names: "Statement from the President ...",
        "Press Conference by President X"."""
        lines = [line for line in call.text[:HEADING_REACH].splitlines() if line.strip()]
        for line in lines[:HEADING_LINES]:
            lowered = line.lower()
            for opening in vocabulary.SPEAKER_HEADINGS:
                at = lowered.find(opening + " ")
                if at < 0 or (at > 0 and lowered[at - 1].isalpha()):
                    continue
                after = line[at + len(opening) :].replace(":", " ").split()
                named = [w for w in after[:HEADING_NAME_WORDS] if w[:1].isupper() or w == "the"]
                for size in range(len(named), 0, -1):
                    if named[:size] != after[:size]:
                        continue
                    if size < len(after) and after[size].lower() == "and":
                        return ""  # "Remarks by X and Y": two speakers, none of them the heading's
                    key = self._label_speaker(call, tuple(named[:size]))
                    if key:
                        return key
        # A byline under the headline, a line that is only a name ("Ambassador Nikki
        # Haley" over her office, kp1-006_haley… s2; cleaning keeps it): its person speaks.
        for line in lines[1:HEADING_LINES]:
            words = line.split()
            if 2 <= len(words) <= BYLINE_WORDS and all(w[:1].isupper() for w in words):
                key = self._label_speaker(call, tuple(words))
                if key:
                    return key
        return ""

    def _resolve_new(self, call: _Call, span: Span, value: str) -> tuple[str, str] | None:
        if value in self.gazetteer.actors:  # a known person spelled one letter off
            return value, "alias"
        if call.found[value].kind != "person" and _after_locative(call.words, span.start):
            # "traveled to the Navy's 2nd Fleet Command": a body gone to is a place.
            call.places.append(PlaceMention(span.text, span.start_char, span.end_char, "to"))
            return None
        if value not in call.new_actors:
            call.new_actors[value] = call.found[value]
        return value, "new"

    # ------------------------------------------------------------------ gazetteer look-up
    def _gazetteer_spans(self, doc: Doc) -> list[Span]:
        priority = {"IGNORE": 0, "alias": 1, "joint": 1, "title": 2, "capital": 3,
                    "adjective": 4, "place": 5, "surname": 6}  # fmt: skip
        best: dict[tuple[int, int], tuple[int, str]] = {}
        for matcher in (self.names, self.titles):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                rank = priority[label.split("|", 1)[0]]
                if (start, end) not in best or rank < best[(start, end)][0]:
                    best[(start, end)] = (rank, label)
        # "Vice Chairman Kim Yong Chol": a titled alias ("Vice Chairman Kim") gives way to
        # the full name that starts inside it and ends after it (kp2-011_trump… s2).
        candidates = [(s, e, label) for (s, e), (_, label) in best.items()]
        full_names = [(s, e) for s, e, label in candidates if label.startswith("alias|")]
        candidates = [
            (s, e, label)
            for s, e, label in candidates
            if not (
                label.startswith("alias|")
                and doc[s].text in TITLE_WORDS
                and any(s < s2 < e < e2 for s2, e2 in full_names)
            )
        ]
        kept = longest_first(candidates)
        return [Span(doc, s, e, label=label) for s, e, label in kept]

    def _starts_unknown_name(self, call: _Call, span: Span) -> bool:
        """ "Kim Myong-gil": a known surname followed by a given name the gazetteer lacks;
        "Chairman Kim Jung Un": a titled alias followed by the rest of a name."""
        kind, _, value = span.label_.partition("|")
        titled = (
            kind == "alias"
            and value in self.titled_aliases
            and span.text.split()[0] in (TITLE_WORDS)
        )
        if (kind != "surname" and not titled) or span.end >= len(call.doc):
            return False
        following = call.words[span.end]
        return _name_shaped(following) and following not in HONORIFICS | TITLE_WORDS

    # ------------------------------------------------------------------ names not in the gazetteer
    def _new_names(self, call: _Call, known: list[Span]) -> list[Span]:
        """Runs of capitalised words the gazetteer does not cover: a body when the run ends
        in a body's head word, else a person when a title, an apposition, a speech verb or
        "(born" marks one. Titles, time words and the article's common nouns are peeled off."""
        words = call.words
        shaped = _name_shapes(call.doc, words)
        found: list[Span] = []
        unmarked: list[tuple[int, int]] = []  # runs of name words no mark made a person
        lone: set[str] = set()  # single name words a meeting verb takes as its party
        i, n = 0, len(words)
        while i < n:
            if not shaped[i] or i in call.covered:
                i += 1
                continue
            j = i
            while j < n and j - i < MAX_RUN_TOKENS and j not in call.covered:
                syllable = j > i and words[j] in NAME_SYLLABLES and shaped[j - 1]
                if shaped[j] or syllable or _particle_inside(words, shaped, i, j):
                    j += 1  # "Liu He", "Yusuf bin Alawi"
                elif (  # "Myong-gil": a hyphenated given name
                    j > i
                    and words[j] == "-"
                    and j + 1 < n
                    and words[j + 1].isalpha()
                    and not call.doc[j].whitespace_
                ):
                    j += 2
                elif (  # "Ministry of Foreign Affairs", "Association of Southeast Asian Nations"
                    words[j] in NAME_CONNECTORS
                    and j + 1 < n
                    and shaped[j + 1]
                    and j + 1 not in call.covered
                    and any(w in BODY_HEADS | ORGANISATION_HEADS for w in words[i:j])
                ):
                    j += 1
                else:
                    break
            if _venue_met_at(words, i, j):
                # "at Lancaster House", "at the Hotel President Wilson": a building, with
                # any title or name words its name goes on with.
                while j < n and j - i < MAX_RUN_TOKENS and (shaped[j] or words[j] in TITLE_WORDS):
                    j += 1
                i = j
                continue
            span = self._body(call, i, j)
            if span is not None and span.end < j:
                # "the Trilateral Contact Group Martin Sajdik": a name may follow the body.
                found.append(span)
                i = span.end
                continue
            if span is None and not _names_a_body(words, i, j):
                span = self._person(call, i, j)  # a run with a body's head word is no person
                inner = next((k for k in range(i + 1, j - 1) if words[k] in PERSON_TITLES), 0)
                if span is None and inner:
                    # "... for Afghanistan Reconciliation Ambassador Zalmay Khalilzad" (af-005
                    # s4): the words before the title are its office, the name follows it.
                    span = self._person(call, inner, j)
                if span is None and j - i >= 2:
                    unmarked.append((i, j))
                elif span is None and _party_of_event_verb(words, i, j):
                    lone.add(words[i])
            if span is not None:
                found.append(span)
            i = max(j, i + 1)
        # "Andriy Yermak gave an interview ... Yermak met Dmitry Kozak": a full name no mark
        # made a person is one when its surname alone is a meeting's party (ua-002 s30-s34:
        # "Volodymyr Zelenskyy, a television personality" ... "Zelenskyy was sworn in").
        for i, j in unmarked:
            if words[j - 1] in lone:
                span = self._person(call, i, j, marked=True)
                if span is not None:
                    found.append(span)
        return [self._longer_name(call, span) for span in found]

    def _lower_case_ministries(self, call: _Call) -> list[Span]:
        """ "a senior DPRK foreign ministry official" (kp4-016 s11), "the Iranian defense
        ministry": a ministry written in lower case after the state word that owns it, named
        as the capitalised one would be ("Japan's Defense Ministry")."""
        words = call.words
        found = []
        for i in range(2, len(words)):
            field_word = words[i - 1]
            if words[i] != "ministry" or not (field_word.isalpha() and field_word.islower()):
                continue
            country = self._owner_before(call, i - 1)
            if not country:
                continue  # "the foreign ministry": whose, the phrase does not say
            capitalised = field_word.capitalize()
            name = f"Ministry of {MINISTRY_FIELDS.get(capitalised, capitalised)}"
            name = self._known_body(name, country) or f"{self._adjective(country)} {name}"
            found.append(self._found_span(call, i - 1, i + 1, name, "body", "", country))
        return found

    def _office_of_spans(self, call: _Call) -> list[Span]:
        """ "the Iranian Supreme Leader's Office" (ir-014 s6), "the British Prime Minister's
        Office": the office of a head of state or government, a body of the state its demonym
        names. Without a state word, whose office it is the phrase does not say."""
        words = call.words
        found = []
        for i in range(2, len(words)):
            if words[i] not in BODY_HEADS or words[i - 1] not in {"'s", "’s"}:
                continue
            if words[i - 2] not in PERSON_TITLES:
                continue
            k = i - 2
            while (
                k > 0
                and i - k < 6
                and (
                    words[k - 1] in PERSON_TITLES | OFFICE_MODIFIERS
                    or call.covered.get(k - 1, "").partition("|")[0] in {"adjective", "title"}
                )
            ):
                k -= 1  # "Supreme Leader", "Japanese Prime Minister" (a known title)
            country = self._country_in(" ".join(words[k : i - 1]))
            if not country:
                continue
            title = " ".join(w for w in words[k : i - 1] if w in PERSON_TITLES | OFFICE_MODIFIERS)
            name = f"{self._adjective(country)} {title}'s {words[i]}"
            found.append(self._found_span(call, k, i + 1, name, "body", "", country))
        return found

    def _longer_name(self, call: _Call, span: Span) -> Span:
        """ "Special Representative Khalilzad ... Zalmay Khalilzad": a surname alone is the
        longer name the article gives, wherever it gives it (af-002_usun… s18)."""
        name = span.label_.split("|", 1)[1]
        full = call.new_by_surname.get(name, name)
        if full == name or len(span) != 1:
            return span
        return Span(call.doc, span.start, span.end, label=f"new|{full}")

    def _common(self, call: _Call, word: str, inside: bool = False) -> bool:
        """A capitalised word the article also writes in lower case is a common noun
        ("Peace", "Statement", "Nuclear"), as are time words and function words; inside a
        name, "He" and "Un" are syllables ("Liu He")."""
        if inside and word in NAME_SYLLABLES:
            return False
        return (
            word in TIME_WORDS or word.lower() in STOP_WORDS or word.lower() in call.lowercase_words
        )

    def _body(self, call: _Call, i: int, j: int) -> Span | None:
        """ "Japan's Defense Ministry", "the Ministry of Foreign Affairs of Japan", "the
        National Intelligence Service of South Korea": a body, typed with its country."""
        words = call.words
        heads = [k for k in range(i, j) if words[k] in BODY_HEADS | ORGANISATION_HEADS]
        if not heads:
            return None
        first = i
        while first < heads[0] and (words[first] in STOP_WORDS_TITLE or words[first] in TIME_WORDS):
            first += 1
        end = j
        country = ""
        # "... of Japan", "of South Korea": a trailing state gives the country.
        if end + 1 < len(words) and words[end] == "of":
            label = call.covered.get(end + 1, "")
            if label.startswith("alias|") and self._is_state(label):
                country = self.gazetteer.actors[label.split("|", 1)[1]].country
        if _names_a_body(words, i, j) is False:
            return None  # "Chief Cabinet Secretary Yoshi Tanaka": a title (kp4-018_jmh… s11)
        last = heads[-1]
        if last + 1 < end and words[last + 1] not in NAME_CONNECTORS:
            end, country = last + 1, ""  # "Department Press Briefing": the name ends at its head
        while end > first and words[end - 1] in NAME_CONNECTORS:
            end -= 1
        if end - first < 2 or first > heads[0]:
            return None  # "Ministry" alone names no one
        if first > 0 and call.lower[first - 1] in {"a", "an"}:
            return None  # "a Stanford University scientist": the name describes someone
        country = country or self._owner_before(call, first)
        phrase = " ".join(words[first:end])
        head = words[heads[-1]]
        kind = "body" if head in BODY_HEADS else "organisation"
        name = phrase
        if head == "Ministry" and heads[-1] == end - 1 and end - first == 2:
            field_word = words[first]
            name = f"Ministry of {MINISTRY_FIELDS.get(field_word, field_word)}"
        if kind == "body" and name.startswith("Ministry"):
            if not country and phrase in call.bodies_by_phrase:
                # "The Defense Ministry said": the ministry the article named before.
                name = call.bodies_by_phrase[phrase]
                return self._found_span(call, first, end, name, kind, "", "")
            if not country:
                return None  # whose ministry, the text does not say
            name = self._known_body(name, country) or f"{self._adjective(country)} {name}"
            call.bodies_by_phrase[phrase] = name
        return self._found_span(call, first, end, name, kind, "", country)

    def _known_body(self, name: str, country: str) -> str:
        """The gazetteer's body of that country whose name ends like `name`."""
        for actor in self.gazetteer.actors.values():
            if actor.kind == "body" and actor.country == country and actor.name.endswith(name):
                return actor.name
        return ""

    def _adjective(self, country: str) -> str:
        state = self.gazetteer.actors.get(self.states.get(country, ""))
        if state is None:
            return country
        return state.adjectives[0] if state.adjectives else state.name

    def _is_state(self, label: str) -> bool:
        actor = self.gazetteer.actors.get(label.split("|", 1)[1])
        return actor is not None and actor.kind == "state"

    def _owner_before(self, call: _Call, first: int) -> str:
        """ "Japan's", "Japanese" directly before a body: its country."""
        words = call.words
        k = first - 1
        if k >= 0 and words[k] in {"'s", "’s"}:
            k -= 1
        label = call.covered.get(k, "")
        kind, _, value = label.partition("|")
        if kind in {"alias", "adjective", "capital"}:
            actor = self.gazetteer.actors.get(value)
            if actor is not None and actor.kind == "state":
                return actor.country
        return ""

    def _person(self, call: _Call, i: int, j: int, marked: bool = False) -> Span | None:
        """A person's name in the run, after any title words before it; `marked`: the text
        marks it as a person elsewhere (its surname alone is a meeting's party)."""
        words = call.words
        first = i
        while first < j and (words[first] in TITLE_WORDS or self._common(call, words[first])):
            first += 1
        office = words[i:first]
        # "Secretary of Defense Esper": the title may open before the run.
        titled = (
            any(w in PERSON_TITLES for w in office)
            or (i > 0 and words[i - 1] in PERSON_TITLES)  # "Ms. Pak", "Lt. Gen. Joseph ..."
            or (i > 1 and words[i - 1] == "of" and words[i - 2] in PERSON_TITLES)
        )
        chain = None if titled else self._title_chain(call, i)
        end = first
        while end < j and end - first < MAX_NAME_TOKENS + 2:
            word = words[end]
            if word == "-" and end + 1 < j:
                end += 2  # "Young-chan": the syllable after a hyphen is lower case
                continue
            if word in NAME_PARTICLES and end > first and end + 1 < j:
                end += 1  # "bin" in "Yusuf bin Alawi": the run took it between two names
                continue
            if word in MONTHS and end > first and not words[min(end + 1, j - 1)].isdigit():
                end += 1  # "Theresa May": a month inside a name (never a weekday)
                continue
            if word in TITLE_WORDS or self._common(call, word, end > first):
                break
            end += 1
        name_words = [_without_footnote(w) for w in words[first:end] if w != "-"]
        if not name_words:
            return None  # "Vice Premier", "Your Excellency", "Earlier Friday"
        if _gerund(name_words[0]):
            # "The President Imposing Sanctions With Respect to Iran": a heading's verb, no
            # given name (ir-014_executive-order… s3, a Federal Register title).
            return None
        if len(name_words) > MAX_NAME_TOKENS:
            return None
        name = _without_footnote(call.doc[first:end].text)
        known = self._near_known(name)
        if known:
            return Span(call.doc, first, end, label=f"new|{known}")
        after = call.words[end : end + 2]
        if len(name_words) == 1:
            # "Secretary of Defense Esper", "Dr. Shin": a surname after a title.
            before = words[first - 1] if first > 0 else ""
            if not titled or before not in TITLE_WORDS or name in self.surnames:
                return None
            if name in call.new_by_surname:
                return Span(call.doc, first, end, label=f"new|{call.new_by_surname[name]}")
            description = " ".join(office)
        elif titled:
            description = call.doc[self._title_start(call, i) : first].text
        elif chain is not None:
            description = chain
        elif tuple(after) == BORN:
            description = ""
        else:
            description = self._person_context(call.doc, call.doc[first:end])
            if description is None:
                description = self._byline_office(call, first, end)
            if description is None and (
                marked
                or (
                    _party_of_event_verb(call.words, first, end)
                    and not all(_dictionary_word(w) for w in name_words)
                )
            ):
                description = ""
            if description is None:
                return None
        country = self._country_in(description) or self._country_after(call, end)
        if not country:
            country = self._country_in(self._byline_office(call, first, end) or "")
        if not country and titled:
            # "Serbia's President Aleksandar Vucic": the state that owns the title.
            country = self._owner_before(call, self._title_start(call, i))
        if country in self.state_of_country:
            # "Nikol Pashinyan, the Armenian prime minister,": the state his title names is
            # as clear as in "Armenian Prime Minister Nikol Pashinyan" (Recognition).
            call.titled_states.setdefault(country, self.state_of_country[country])
        span = self._found_span(call, first, end, name, "person", description, country)
        if len(name_words) > 1:
            call.new_by_surname.setdefault(name_words[-1], name)
            call.new_by_surname.setdefault(name_words[0], name)  # Korean order: "Kim Myong-gil"
        return span

    def _byline_office(self, call: _Call, first: int, end: int) -> str | None:
        """The office lines under a byline: a name alone on its line (after its title, if
        any) over a line of a `byline_offices` word ("Rodney Hunter" over "Political
        Coordinator" and "U.S. Mission to the United Nations", af-002_usun… s2-s4): the
        person and, through the lines, their country."""
        start, stop = call.doc[first].idx, call.doc[end - 1].idx + len(call.doc[end - 1])
        line_start = call.text.rfind("\n", 0, start) + 1
        line_end = call.text.find("\n", stop)
        line_end = len(call.text) if line_end < 0 else line_end
        if call.text[stop:line_end].strip():
            return None
        if any(w not in TITLE_WORDS for w in call.text[line_start:start].split()):
            return None
        below = [line.strip() for line in call.text[line_end:].splitlines() if line.strip()]
        below = below[:BYLINE_OFFICE_LINES]
        if not any(w.strip(",") in vocabulary.BYLINE_OFFICES for w in " ".join(below).split()):
            return None
        return " ".join(below)

    def _title_start(self, call: _Call, i: int) -> int:
        """Where the title before a name begins: "Retired Lt. Col.", "South Korean Foreign
        Minister" (its demonym included)."""
        k = i
        while k > 0 and i - k < 6:
            word = call.words[k - 1]
            label = call.covered.get(k - 1, "")
            if word in TITLE_WORDS or word in HONORIFICS or label.startswith("adjective|"):
                k -= 1
            else:
                break
        return k

    def _title_chain(self, call: _Call, i: int) -> str | None:
        """The title before a name that reaches it over the state or body its office names
        ("President of Ukraine Volodymyr Zelenskyy"; "Special Representative of the OSCE
        Chairperson-in-Office to the Trilateral Contact Group Martin Sajdik"): the phrase from
        the farthest title word, or None when no title opens the chain."""
        words = call.words
        if i == 0 or words[i - 1] in TITLE_CHAIN_LINKS:
            return None  # "Chairman of the Joint Chiefs": the office goes on after the run
        k, opened = i, None
        while k > 0 and i - k < TITLE_CHAIN_TOKENS:
            word = words[k - 1]
            glued = word == "-" or words[k] == "-" or (k > 1 and words[k - 2] == "-")
            if not (word in TITLE_CHAIN_LINKS or word[:1].isupper() or glued):
                break
            if self._covers_a_person(call, k - 1):
                break  # "Secretary of State Pompeo Gets Right To Work": a headline, no title
            k -= 1
            if word in PERSON_TITLES:
                opened = k
        if opened is None:
            return None
        return call.doc[self._title_start(call, opened) : i].text

    def _covers_a_person(self, call: _Call, k: int) -> bool:
        kind, _, value = call.covered.get(k, "").partition("|")
        actor = self.gazetteer.actors.get(value)
        return kind == "surname" or (actor is not None and actor.kind == "person")

    def _found_span(
        self, call: _Call, start: int, end: int, name: str, kind: str, description: str,
        country: str,
    ) -> Span:  # fmt: skip
        if name not in call.found:
            call.found[name] = NewActor(name, kind, description, country)
        elif country and not call.found[name].country:
            call.found[name].country = country
        return Span(call.doc, start, end, label=f"new|{name}")

    def _near_known(self, name: str) -> str:
        """A known person whose alias this name spells one letter off ("Mike Pompeio")."""
        parts = tuple(name.replace("-", " ").lower().split())
        if len(parts) < 2 or sum(map(len, parts)) < 6:
            return ""
        # Two or more words of which exactly one differs: the first or the last is shared.
        candidates = [
            *self.person_aliases.get(("first", len(parts), parts[0]), []),
            *self.person_aliases.get(("last", len(parts), parts[-1]), []),
        ]
        for alias, actor in candidates:
            differing = [(a, b) for a, b in zip(parts, alias, strict=True) if a != b]
            if len(differing) == 1 and _one_edit(*differing[0]):
                return actor
        return ""

    def _country_in(self, phrase: str) -> str:
        """The country a title or apposition names: "South Korean spokesman", "the president
        of Argentina". The longest state word wins ("South Korean" over "Korean")."""
        best = ""
        for i, char in enumerate(phrase):
            if not char.isalnum() or (i and phrase[i - 1].isalnum()):
                continue  # not the start of a word
            for word in self.state_word_starts.get(phrase[i : i + 2], ()):
                if len(word) > len(best) and _has_words(phrase, word):
                    best = word
        return self.state_words.get(best, "")

    def _country_after(self, call: _Call, end: int) -> str:
        """ "Vice Premier Liu He of China", "the President of Ukraine": the state after "of"."""
        if end + 1 < len(call.words) and call.words[end] == "of":
            label = call.covered.get(end + 1, "")
            if label.startswith("alias|") and self._is_state(label):
                return self.gazetteer.actors[label.split("|", 1)[1]].country
        return ""

    def _person_context(self, doc: Doc, span: Span) -> str | None:
        """The describing phrase if the context marks `span` as a person, else None."""
        before = [t.text for t in doc[max(0, span.start - 3) : span.start]]
        if before and before[-1].islower() and before[-1].capitalize() in PERSON_TITLES:
            # "senior adviser Jared Kushner", "trade policy advisor Peter Navarro" (cn-004 s8):
            # a title in lower case, with the words and the demonym that qualify it ("former
            # German foreign minister Frank-Walter Steinmeier", ua-007 s7).
            first = span.start - 1
            while first > 0 and span.start - first < 8:
                word = doc[first - 1]
                possessive = word.text in {"'s", "’s"}  # "Iran's foreign ministry spokesman"
                function_word = not possessive and word.is_lower and word.lower_ in STOP_WORDS
                if not (word.is_alpha or possessive) or function_word:
                    break
                first -= 1
            return doc[first : span.start].text
        if any(t.lower() in OFFICIAL_NOUNS for t in before):
            # "North Korea's chief negotiator, Kim Myong-gil": the office is the description.
            first = span.start
            while (
                first > 0 and doc[first - 1].text not in {".", ";", "\n"} and span.start - first < 8
            ):
                first -= 1
            return doc[first : span.start].text.rstrip(" ,")
        after = doc[span.end : span.end + 2]
        if len(after) == 2 and after[0].text == "," and after[1].lower_ in APPOSITIVE_STARTS:
            end = span.end + 1
            while (
                end < len(doc)
                and doc[end].text not in {",", ".", ";", "—"}
                and (end - span.end < 16)
            ):
                end += 1
            return doc[span.end + 1 : end].text
        if len(after) == 2 and after[0].text == ",":
            office = _office_apposition(doc, span.end + 1)
            if office:
                return office
        said_before = span.start > 0 and doc[span.start - 1].lower_ in SPEECH_VERBS
        said_after = span.end < len(doc) and doc[span.end].lower_ in SPEECH_VERBS
        return "" if said_before or said_after else None

    def _new_surname_spans(self, call: _Call, taken: list[bool]) -> list[Span]:
        """Later mentions of a new person by one word of their name ("Yoon told reporters")."""
        spans = []
        if not call.new_by_surname:
            return spans
        for i, word in enumerate(call.words):
            if word in call.new_by_surname and not taken[i] and _name_shaped(word):
                following = call.words[i + 1] if i + 1 < len(call.words) else ""
                if _name_shaped(following):
                    # "the Steinmeier Formula": a run of capitalised words the name rules
                    # did not take is a thing named after the person (ua-007_wikipedia… s7).
                    continue
                spans.append(Span(call.doc, i, i + 1, label=f"new|{call.new_by_surname[word]}"))
        return spans


# Capitalised words that start a body's phrase but are not part of its name.
STOP_WORDS_TITLE = vocabulary.BODY_PHRASE_OPENERS


def _names_a_body(words: list[str], i: int, j: int) -> bool:
    """Whether the run holds a body's head word that is not part of a person's title
    ("Chief Cabinet Secretary": the head word is followed by a title word)."""
    heads = [k for k in range(i, j) if words[k] in BODY_HEADS | ORGANISATION_HEADS]
    return bool(heads) and not any(
        k + 1 < len(words) and words[k + 1] in PERSON_TITLES for k in heads
    )


def _particle_inside(words: list[str], shaped: list[bool], i: int, j: int) -> bool:
    """A name particle ("bin", "von") between two name-shaped words of a run."""
    return (
        j > i
        and words[j] in NAME_PARTICLES
        and shaped[j - 1]
        and j + 1 < len(words)
        and shaped[j + 1]
    )


def _office_apposition(doc: Doc, start: int) -> str:
    """The apposition that opens at `start` when an office noun heads it ("Oman's minister
    responsible for foreign affairs", kp2-027 s6; "Cambodian government spokesman", kp3-025
    s10; "Department Spokesperson", ua-005 s3), else "". Before the noun only content words,
    names and determiners: "where the minister ..." is a clause, no apposition."""
    end = start
    while end < len(doc) and doc[end].text not in {",", ".", ";", "—", "\n"} and end - start < 16:
        end += 1
    words = [t.text for t in doc[start:end] if not t.is_space]
    for k, word in enumerate(words[: APPOSITION_REACH + 1]):
        if word.lower() in OFFICE_NOUNS:
            before = [w.lower() for w in words[:k]]
            if all(w in APPOSITION_FUNCTION_WORDS or w not in STOP_WORDS for w in before):
                return doc[start:end].text
            return ""
    return ""


def _after_locative(words: list[str], start: int) -> bool:
    """Whether the noun phrase that ends in the token at `start` follows "to", "in", "at"
    ("to the South Korean Navy's 2nd Fleet Command", kp1-025_voa… s9)."""
    k = start - 1
    while k >= 0 and start - k <= 8:
        word = words[k]
        if word.lower() in LOCATIVE and word.lower() != "from":
            return True
        if (
            word.lower() in {"the", "a", "an", "'s", "’s"}
            or word[:1].isdigit()
            or word[:1].isupper()
        ):
            k -= 1
            continue
        return False
    return False


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion or substitution apart."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def _has_words(phrase: str, words: str) -> bool:
    index = phrase.find(words)
    while index >= 0:
        before = phrase[index - 1] if index > 0 else " "
        after_index = index + len(words)
        after = phrase[after_index] if after_index < len(phrase) else " "
        if not before.isalnum() and not (after.isalnum() or after == "-"):
            return True
        index = phrase.find(words, index + 1)
    return False


HEADING_REACH = 600  # characters: where a transcript's heading and byline stand
HEADING_LINES = 8
BYLINE_OFFICE_LINES = 2  # "Permanent Representative", then "U.S. Mission to ..."
BYLINE_WORDS = 3  # the most words of a byline line (cleaning.MAX_STRAY_WORDS)
HEADING_NAME_WORDS = 4
# "THE PRESIDENT:", "SECRETARY POMPEO:", "MS. SANDERS:" at a line's start (kp2-009 s2, kp4-010
# s1, kp2-018); "President Trump." and "Vice Premier Liu." in the American Presidency
# Project's transcripts (cn-007 s3); "Q" before a journalist's question (kp1-024).
CAPITAL_LABEL = re.compile(r"^[ \t]*((?:[A-Z][A-Z.'’\-]*[ \t]+){0,4}[A-Z][A-Z.'’\-]*)[ \t]*:", re.M)
# "Q You appeared to ..." with one space (kp2-011 s36, White House transcript): a lone "Q"
# before a capitalised word opens a question as well.
QUESTION_LABEL = re.compile(r"^[ \t]*(Q)(?:[ \t]{2,}|[ \t]*[:.][ \t]|[ \t](?=[A-Z]))", re.M)
TITLED_LABEL = re.compile(r"^[ \t]*((?:[A-Z][a-z]+[ \t]+){1,3}[A-Z][a-z\-]+)\.[ \t]", re.M)


def _turns(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """Where each speaker's turn of a transcript begins, with the words of its label."""
    found = [
        (m.start(), tuple(m.group(1).replace(".", " ").split()))
        for pattern in (CAPITAL_LABEL, QUESTION_LABEL)
        for m in pattern.finditer(text)
    ]
    titled = [
        (m.start(), tuple(m.group(1).split()))
        for m in TITLED_LABEL.finditer(text)
        if m.group(1).split()[0] in PERSON_TITLES | HONORIFICS
    ]
    if titled:
        # In such a transcript any "Word." opening a line hands it on ("Interpreter.").
        others = [(m.start(), ("",)) for m in re.finditer(r"^[ \t]*[A-Z][a-z]+\.[ \t]", text, re.M)]
        titled = others + titled  # a title's label wins where both start
    return sorted(dict(found + titled).items())


def _past_verb_after(words: list[str], at: int) -> bool:
    """Whether the word at `at` is a verb in the past tense and no plural noun: "the two
    spoke by phone", "the two met" (kp1-019_voa… s6), not "the two sides"."""
    word = words[at] if at < len(words) else ""
    if not word.isalpha() or not word.islower():
        return False
    lemmas = getAllLemmas(word)
    verbs = lemmas.get("VERB", ())
    nouns = lemmas.get("NOUN", ())
    return bool(verbs) and word not in verbs and all(noun == word for noun in nouns)


PRONOUN_REACH = 400  # characters: a pronoun refers to a person named shortly before


# Plural references to the last two parties named: people, or states for "the two sides".
PAIR_PHRASES = vocabulary.PAIR_PHRASES
JOINT_NAMES = vocabulary.JOINT_NAMES


def _latest_people(mentions: list[ActorMention], before: int, count: int, kind: str) -> list[str]:
    """The last `count` distinct actors of `kind` named before `before`."""
    found: list[str] = []
    for mention in reversed(mentions):
        if mention.start < before - PRONOUN_REACH * 2:
            break
        if mention.kind == kind and mention.key not in found:
            found.append(mention.key)
            if len(found) == count:
                break
    return found


REPORT_REACH = 250  # characters: "Trump said talks between A and B went well and that he ..."


def _reporting_person(mentions: list[ActorMention], text: str, before: int) -> str:
    """ "President Trump said talks between Pompeo and Kim had gone well, and that he hoped
    to hold a summit" (kp2-007_voa… s13): a subject pronoun in what a person is
    reported to say is that person, not the last person named in the report."""
    for mention in reversed(mentions):
        if mention.start >= before:
            continue
        if mention.start < before - REPORT_REACH:
            break
        if mention.kind != "person":
            continue
        between = text[mention.end : before]
        if ". " in between or "\n" in between:
            break  # another sentence
        following = between.split(maxsplit=1)[:1]
        if following and following[0] in vocabulary.SPEECH_VERBS:
            return mention.key
    return ""


# Abbreviations whose period ends no sentence: ranks and titles ("Gen.", "Mr.").
ABBREVIATED = frozenset(vocabulary.ABBREVIATIONS) | vocabulary.COURTESY_TITLES


def _continued_subject(mentions: list[ActorMention], text: str, before: int) -> str:
    """A "He"/"She" that opens its sentence goes on telling of the person the sentence before
    opened with, not of whoever that sentence named last: "He added he was prepared to meet
    President X this year. But he said ... He also called on ..." (kp3-015_voa… s5-s8: the
    speaker throughout; X is only named in passing). The first person named in the sentence
    before, when that sentence is recent; else nothing (the caller falls back)."""
    start = _sentence_start(text, before)
    opening = text[start:before].split()
    if any(word.lower() not in vocabulary.SENTENCE_OPENERS for word in opening):
        return ""  # not the sentence's subject
    if start == 0 or before - start > 6:
        return ""
    previous = _sentence_start(text, start - 1)
    if start - previous > PRONOUN_REACH:
        return ""
    for mention in mentions:
        if previous <= mention.start < start and mention.kind == "person":
            return mention.key
    return ""


def _sentence_start(text: str, before: int) -> int:
    """Where the sentence holding offset `before` starts: after the last line break or
    sentence end (". ", "? ", "! ") before it; the period of an abbreviation ("U.S.", an
    initial, a rank or title such as "Gen." or "Mr.") ends nothing."""
    line = text.rfind("\n", 0, before) + 1
    end = before
    while end > line:
        found = max(text.rfind(mark, line, end) for mark in (". ", "? ", "! "))
        if found < 0:
            break
        word = text[text.rfind(" ", line, found) + 1 : found]
        if text[found] == "." and ("." in word or len(word) == 1 or word + "." in ABBREVIATED):
            end = found
            continue
        line = found + 2
        break
    while line < before and text[line].isspace():
        line += 1
    return line


OBJECT_SUBJECT_REACH = 40  # characters: "Kim Jong Un told him": the subject just before


def _latest_person(
    mentions: list[ActorMention], before: int, reach: int = PRONOUN_REACH, skip: str = ""
) -> str:
    """The subject pronoun "he"/"she" refers to the person mentioned last, if recent (`skip`:
    a person it cannot be)."""
    for mention in reversed(mentions):
        if mention.start >= before:
            continue
        if mention.start < before - reach:
            break
        if mention.kind == "person" and mention.key != skip:
            return mention.key
    return ""


OFFICIAL_NOUNS = vocabulary.OFFICIAL_NOUNS


def _describes_officials(doc: Doc, adjective: Span) -> bool:
    """The adjective, alone or in a list of adjectives, qualifies an officials noun."""
    i = adjective.end
    while i < len(doc) and i - adjective.end < 6:
        token = doc[i]
        if token.lower_ in OFFICIAL_NOUNS:
            return True
        if (
            token.text in {",", "and", "or"}
            or token.text[:1].isupper()
            or token.lower_
            in {
                "senior",
                "top",
                "foreign",
                "defense",
                "military",
                "trade",
                "nuclear",
                "high-level",
            }
        ):
            i += 1
            continue
        return False
    return False


def _name_shapes(doc: Doc, words: list[str]) -> list[bool]:
    """`_name_shaped` for every token; words repeat, so each is judged once."""
    cache = _SHAPES
    return [cache[w] if w in cache else cache.setdefault(w, _name_shaped(w)) for w in words]


_SHAPES: dict[str, bool] = {}


# ua-007_wikipedia… s35 "Frank-Walter Steinmeier.[15]": an encyclopedia's footnote mark
# glued to the name's last word by the tokenizer.
FOOTNOTE = re.compile(r"\.\[\d+$")


def _without_footnote(text: str) -> str:
    return FOOTNOTE.sub("", text)


def _name_shaped(text: str) -> bool:
    if FOOTNOTE.search(text):
        text = _without_footnote(text)
    return (
        text.isalpha()
        and text[0].isupper()
        and (len(text) == 1 or not text.isupper())
        and text not in NOT_NAME_WORDS
    ) or (len(text) == 2 and text[0].isupper() and text[1] == ".")


@cache
def _gerund(word: str) -> bool:
    """A verb's -ing form as the dictionary of lemminflect knows it ("Imposing"); names no
    dictionary lists ("Jing", "Deming") are not."""
    lower = word.lower()
    return lower.endswith("ing") and lower not in getAllLemmas(lower).get("VERB", (lower,))


def _next_word(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _precedes_a_name(doc: Doc, title: Span, kinds_at: dict[int, set[str]]) -> bool:
    following = _next_word(doc, title.end)
    return bool(kinds_at.get(following, set()) & {"alias", "surname", "new"})


def _modifies_a_name(adjective: Span, kinds_at: dict[int, set[str]]) -> bool:
    """ "North Korean senior official Kim Yong Chul": the demonym belongs to the person."""
    return any(
        kinds_at.get(adjective.end + gap, set()) & {"alias", "title", "surname"} for gap in range(4)
    )


@cache
def _dictionary_word(word: str) -> bool:
    """An English word of lemminflect's dictionary ("joint", "statement", "court"): a run of
    nothing but such words, with no title or context marking a person, is no untitled name
    ("the Singapore Summit Joint Statement", kp3-003 s8), where "Nikol Pashinyan" or "David
    Frost" has a word no dictionary of common English holds."""
    return bool(getAllLemmas(word.lower()))


def _party_of_event_verb(words: list[str], first: int, end: int) -> bool:
    """ "Ararat Mirzoyan met ...", "Ararat Mirzoyan and Jeyhun Bayramov will meet ...",
    "... met Jeyhun Bayramov", "... held talks with Jeyhun Bayramov": a run of two or more
    name words as the subject or the object of a meeting, trip or agreement verb."""
    n = len(words)
    k = end
    if k < n and words[k] == "and":  # the first of two subjects: the second's verb counts
        k += 1
        while k < n and k - end <= MAX_NAME_TOKENS and _name_shaped(words[k]):
            k += 1
    if k + 1 < n and words[k] == "on" and words[k + 1] in DAY_WORDS:
        k += 2  # "Nikol Pashinyan on Tuesday called off ..."
    while k < n and words[k].lower() in VERB_AUXILIARIES:
        k += 1
    if k < n and words[k] in SUBJECT_EVENT_VERBS:
        return True
    phrases = SUBJECT_CALLING_OFF.get(words[k], ()) if k < n else ()
    if any(tuple(words[k : k + len(phrase)]) == phrase for phrase in phrases):
        return True  # "Nikol Pashinyan called off ...", "Aleksandar Vucic has postponed ..."
    if k > end and k < n and words[k] in BARE_EVENT_VERBS:
        return True  # "will meet"
    if end + 1 < n and words[end] in {"'s", "’s"} and words[end + 1] in WITH_EVENT_WORDS:
        return True  # "Nikol Pashinyan's meeting with ..."
    k = first - 1
    if k > 0 and words[k] == "and":  # the second of two objects: "between A B and C D"
        k -= 1
        while k >= 0 and first - k <= MAX_NAME_TOKENS + 2 and _name_shaped(words[k]):
            k -= 1
        if k == first - 2:
            return False  # no name before "and"
    before = words[k] if k >= 0 else ""
    if before in OBJECT_EVENT_VERBS:
        return True
    # "held talks with X", "the talks between X and Y" (kp3-019 s5, kp2-007 s13)
    return before in {"with", "between"} and k > 0 and words[k - 1].lower() in WITH_EVENT_WORDS


@cache
def _inflected_verb(word: str) -> bool:
    """A finite verb form in lower case ("signed", "fired", "says"), lemminflect's: a verb
    whose lemma differs from it, not an "-ing" form."""
    if not word.isalpha() or not word.islower() or word.endswith("ing"):
        return False
    lemmas = getAllLemmas(word).get("VERB", ())
    return bool(lemmas) and word not in lemmas


def _verb_follows(words: list[str], lower: list[str], k: int) -> bool:
    """A finite verb at `k`, after any auxiliaries ("has launched", "will host"), the last
    part of a hyphenated verb counting ("test-fired"); never an event noun ("talks")."""
    n = len(words)
    start = k
    while k < n and lower[k] in VERB_AUXILIARIES:
        k += 1
    if k + 2 < n and words[k + 1] == "-" and words[k].isalpha():
        k += 2
    if k >= n or lower[k] in EVENT_NOUNS:
        return False
    if k > start:
        return words[k].isalpha() and words[k].islower() and "VERB" in getAllLemmas(words[k])
    return _inflected_verb(words[k])


def _party_position(words: list[str], lower: list[str], start: int, end: int) -> bool:
    """A name at [start, end) as a party of its clause: the subject of a finite verb, alone
    or as the first of two ("Yerevan and Baku signed"), the object of "met"/"hosted", or the
    other party after "with"/"between"/"against" ("talks with New Delhi", "between
    Washington and Beijing")."""
    n = len(words)
    k = start - 1
    if k >= 0 and lower[k] == "the":
        k -= 1
    # after a preposition no subject: "an interview with the CBS conducted ..." (kp3-002 s4)
    subject = k < 0 or lower[k] not in SUBJECT_BLOCKERS | LOCATIVE
    k = end
    if k < n and lower[k] == "and":  # the second party: "and Russia-backed rebels"
        k += 1
        if k < n and lower[k] == "the":
            k += 1
        while (
            k < n
            and k - end <= MAX_NAME_TOKENS + 4
            and (_name_shaped(words[k]) or words[k] == "-" or lower[k] in SECOND_PARTY_WORDS)
        ):
            k += 1
    if subject and _verb_follows(words, lower, k):
        return True
    k = start - 1
    if k >= 0 and lower[k] == "the":
        k -= 1
    if k > 0 and lower[k] == "and":
        k -= 1
        while (
            k >= 0
            and start - k <= MAX_NAME_TOKENS + 3
            and (_name_shaped(words[k]) or lower[k] == "the")
        ):
            k -= 1
    if k >= 0 and lower[k] == "with":  # "talks with X", "a deal with X"; no "interview with"
        return k > 0 and lower[k - 1] in WITH_PARTY_WORDS
    return k >= 0 and (lower[k] in PARTY_OBJECT_WORDS or words[k] in OBJECT_EVENT_VERBS)


def _head_noun_end(lower: list[str], start: int) -> int:
    """Where a head noun starting at `start` ends ("president", "prime minister"), or 0."""
    for noun in vocabulary.HEAD_NOUNS:
        parts = noun.split()
        if lower[start : start + len(parts)] == parts:
            return start + len(parts)
    return 0


def _holds_office(title: str, noun: str) -> bool:
    """A person's title holds the office a reference names: a head's ("prime minister",
    `names_a_head`), else a minister's whose title has every word of it ("foreign minister":
    "Minister of Foreign Affairs of Pakistan"), never a head's ("Prime Minister")."""
    if noun in HEAD_TITLE_NOUNS or noun in vocabulary.HEAD_NOUNS:
        return names_a_head(title, noun)
    words = title.lower().replace(",", " ").split()
    return all(w in words for w in noun.split()) and not names_a_head(title)


def names_a_head(title: str, noun: str = "") -> bool:
    """A title of a head of state or government ("Azerbaijani President", "the Armenian
    prime minister", "President of Ukraine"; not "Vice President"): with `noun` in it when
    `noun` is one of the title nouns, else with any of them."""
    nouns = (noun,) if noun in HEAD_TITLE_NOUNS else HEAD_TITLE_NOUNS
    words = title.lower().replace(",", " ").split()
    for k in range(len(words)):
        for head in nouns:
            parts = head.split()
            if words[k : k + len(parts)] == parts and (
                k == 0 or words[k - 1].capitalize() not in OFFICE_MODIFIERS
            ):
                return True
    return False


def _venue_met_at(words: list[str], start: int, end: int) -> bool:
    """A building's name after "at" or "in" (and "the"): a venue head first or last ("at the
    Blue House", kp1-025 s2; "Imperial Hotel Osaka", cn-010 s5; "the Hotel Metropole")."""
    if not (words[start] in VENUE_HEADS or words[end - 1] in VENUE_HEADS):
        return False
    k = start - 1
    if k >= 0 and words[k].lower() == "the":
        k -= 1
    return k >= 0 and words[k].lower() in vocabulary.PLACE_PREPOSITIONS
