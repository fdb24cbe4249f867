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
            that describes them and flagged for review.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import vocabulary
from .gazetteer import Gazetteer
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


@dataclass
class Recognition:
    mentions: list[ActorMention]
    places: list[PlaceMention]
    new_actors: list[NewActor]


class ActorRecognizer:
    """Built once per gazetteer; `recognize` then runs on any number of documents."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        nlp = english()
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        # "he", "she" and "the two leaders": references resolved by what came before.
        self.references = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.references.add("pronoun|", [nlp.make_doc("he"), nlp.make_doc("she")])
        for phrase, kind in PAIR_PHRASES.items():
            self.references.add(f"pair|{kind}", [nlp.make_doc(" ".join(phrase))])
        self.role_phrases = gazetteer.role_phrases()
        self._new_by_surname: dict[str, str] = {}
        self.surnames = gazetteer.persons_by_surname()
        self.default_for_surname = {surname: names[0] for surname, names in self.surnames.items()}
        for actor in gazetteer.actors.values():
            if actor.default_for_surname:
                self.default_for_surname[actor.surname] = actor.name

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
        lower = lower if lower is not None else [word.lower() for word in words]
        self._text = text if text is not None else doc.text
        spans = [s for s in self._gazetteer_spans(doc) if not _starts_unknown_name(doc, s)]
        new_people = self._new_people(doc, words, spans)
        spans = filter_spans(spans + [person for person, _ in new_people])
        descriptions = {person.start: text for person, text in new_people}
        new_surnames: dict[str, str] = {}
        for person, _ in new_people:
            name = person.label_.split("|", 1)[1]
            new_surnames.setdefault(person[-1].text, name)
            new_surnames.setdefault(person[0].text, name)  # Korean order: "Kim Myong-gil"
        self._new_by_surname = new_surnames

        mentions: list[ActorMention] = []
        places: list[PlaceMention] = []
        new_actors: dict[str, NewActor] = {}
        last_seen: dict[str, int] = {}
        taken = [False] * len(doc)
        for span in sorted(spans, key=lambda s: s.start):
            for i in range(span.start, span.end):
                taken[i] = True
        extra = self._new_surname_spans(doc, words, taken, new_surnames) + [
            Span(doc, start, end, label=doc.vocab.strings[match_id])
            for match_id, start, end in self.references(doc)
            if not any(taken[start:end])
        ]

        # Which kinds of mention start at each token: a title or a demonym before a name
        # belongs to the name (looked up, not searched for, in an article of thousands).
        kinds_at: dict[int, set[str]] = {}
        for span in spans:
            kinds_at.setdefault(span.start, set()).add(span.label_.split("|", 1)[0])
        for span in sorted([*spans, *extra], key=lambda s: s.start):
            kind, _, value = span.label_.partition("|")
            if kind == "IGNORE":
                continue
            preposition = lower[span.start - 1] if span.start > 0 else ""
            preposition = preposition if preposition in LOCATIVE | DESTINATION_VERBS else ""
            following = lower[span.end] if span.end < len(lower) else ""
            paired = span.start > 0 and words[span.start - 1] == "-"  # "U.S.-North Korea talks"
            locative = bool(preposition) or (following in EVENT_NOUNS and not paired)
            if kind == "place":
                places.append(PlaceMention(value, span.start_char, span.end_char, preposition))
                continue
            if kind == "capital":
                if locative:
                    places.append(
                        PlaceMention(span.text, span.start_char, span.end_char, preposition)
                    )
                    continue
                key, how = value, "metonym"
            elif kind == "alias":
                key, how = value, "alias"
                actor = self.gazetteer.actors[value]
                # "the Singapore summit" is where; "North Korea talks" are with North Korea.
                hosted = following in HOSTED_EVENT_NOUNS and not paired
                if actor.kind == "state" and (preposition or hosted):
                    places.append(PlaceMention(value, span.start_char, span.end_char, preposition))
                    how = "place"
            elif kind == "adjective":
                if _modifies_a_name(span, kinds_at):
                    continue
                # "Hungarian and Romanian officials agreed": the officials act for the state.
                key, how = value, "delegation" if _describes_officials(doc, span) else "adjective"
            elif kind == "title":
                if _precedes_a_name(doc, span, kinds_at) or published is None:
                    continue
                key = self._title_holder(value, published)
                how = "title"
                if not key:
                    continue
            elif kind == "surname":
                key = self._resolve_surname(value, last_seen)
                how = "surname"
                if not key:
                    continue
            elif kind == "pronoun":
                key = _latest_person(mentions, span.start_char)
                how = "pronoun"
                if not key:
                    continue
            elif kind == "pair":
                # "the two leaders": the last two people named, one mention each.
                pair = _latest_people(mentions, span.start_char, 2, value)
                if len(pair) < 2:
                    continue
                for person in pair[:-1]:
                    mentions.append(self._mention(person, span, "pair", new_actors))
                key, how = pair[-1], "pair"
            elif kind == "new":
                key, how = value, "new"
                if key not in new_actors:
                    new_actors[key] = NewActor(key, "person", descriptions.get(span.start, ""))
            else:  # pragma: no cover - labels are all produced above
                continue
            last_seen[key] = span.start
            mentions.append(self._mention(key, span, how, new_actors))
        return Recognition(mentions, places, list(new_actors.values()))

    def _mention(self, key: str, span: Span, how: str, new_actors: dict) -> ActorMention:
        known = self.gazetteer.actors.get(key)
        start, end = span.start_char, span.end_char
        return ActorMention(
            key=key,
            text=self._text[start:end],
            start=start,
            end=end,
            how=how,
            kind=known.kind if known else "person",
            country=known.country if known else "",
            is_new=key in new_actors,
            description=new_actors[key].description if key in new_actors else "",
        )

    # ------------------------------------------------------------------ gazetteer look-up
    def _gazetteer_spans(self, doc: Doc) -> list[Span]:
        priority = {"IGNORE": 0, "alias": 1, "title": 2, "capital": 3, "adjective": 4,
                    "place": 5, "surname": 6}  # fmt: skip
        best: dict[tuple[int, int], tuple[int, str]] = {}
        for matcher in (self.names, self.titles):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                rank = priority[label.split("|", 1)[0]]
                if (start, end) not in best or rank < best[(start, end)][0]:
                    best[(start, end)] = (rank, label)
        kept = longest_first([(s, e, label) for (s, e), (_, label) in best.items()])
        return [Span(doc, s, e, label=label) for s, e, label in kept]

    def _title_holder(self, phrase: str, published: dt.date) -> str:
        holders = [name for name, role in self.role_phrases[phrase] if role.held_on(published)]
        return holders[0] if holders else ""

    def _resolve_surname(self, surname: str, last_seen: dict[str, int]) -> str:
        candidates = list(self.surnames.get(surname, []))
        if surname in self._new_by_surname:
            candidates.append(self._new_by_surname[surname])
        seen = [name for name in candidates if name in last_seen]
        if seen:
            return max(seen, key=lambda name: last_seen[name])
        return self.default_for_surname.get(surname, "")

    # ------------------------------------------------------------------ people not in the gazetteer
    def _new_people(self, doc: Doc, words: list[str], known: list[Span]) -> list[tuple[Span, str]]:
        """Name-shaped runs the gazetteer does not cover, when the context says "person"."""
        covered = set()
        for span in known:
            covered.update(range(span.start, span.end))
        shaped = _name_shapes(doc, words)
        found: list[tuple[Span, str]] = []
        i, n = 0, len(words)
        while i < n:
            if not shaped[i]:
                i += 1
                continue
            j = i
            while j < n and j - i < MAX_NEW_NAME_TOKENS and j not in covered:
                if shaped[j]:
                    j += 1
                elif (  # "Myong-gil": a hyphenated given name
                    j > i
                    and words[j] == "-"
                    and j + 1 < n
                    and words[j + 1].isalpha()
                    and not doc[j].whitespace_
                ):
                    j += 2
                else:
                    break
            # "Foreign Minister Amara Okafor": capitalised office words open the run; the
            # name is what follows the last title word, and the office describes it.
            titled = [k for k in range(i, j) if words[k] in TITLE_WORDS_BEFORE_NEW_NAME]
            if titled and j - (titled[-1] + 1) >= 2 and not (covered & set(range(i, j))):
                office = doc[i : titled[-1] + 1].text
                span = doc[titled[-1] + 1 : j]
                found.append((Span(doc, span.start, j, label=f"new|{span.text}"), office))
            elif j - i >= 2 and words[i] not in NOT_NAME_WORDS:
                span = doc[i:j]
                description = self._person_context(doc, span)
                if description is not None:
                    found.append((Span(doc, i, j, label=f"new|{span.text}"), description))
            elif j - i == 1 and i > 0 and words[i - 1] in {"Mr.", "Ms.", "Mrs.", "Dr."}:
                name = words[i]
                if name not in self.surnames:
                    found.append((Span(doc, i, j, label=f"new|{name}"), ""))
            i = max(j, i + 1)
        return found

    def _person_context(self, doc: Doc, span: Span) -> str | None:
        """The describing phrase if the context marks `span` as a person, else None."""
        before = [t.text for t in doc[max(0, span.start - 3) : span.start]]
        title = [t for t in before if t in TITLE_WORDS_BEFORE_NEW_NAME]
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
        if title:
            first = max(span.start - 3, 0)
            return " ".join(t.text for t in doc[first : span.start] if t.text[0].isupper())
        said_before = span.start > 0 and doc[span.start - 1].lower_ in SPEECH_VERBS
        said_after = span.end < len(doc) and doc[span.end].lower_ in SPEECH_VERBS
        return "" if said_before or said_after else None

    def _new_surname_spans(
        self, doc: Doc, words: list[str], taken: list[bool], new_surnames: dict[str, str]
    ) -> list[Span]:
        spans = []
        if not new_surnames:
            return spans
        for i, word in enumerate(words):
            if word in new_surnames and not taken[i] and _name_shaped(word):
                token = doc[i]
                spans.append(
                    Span(doc, token.i, token.i + 1, label=f"new|{new_surnames[token.text]}")
                )
        return spans


PRONOUN_REACH = 400  # characters: a pronoun refers to a person named shortly before


# Plural references to the last two parties named: people, or states for "the two sides".
PAIR_PHRASES = vocabulary.PAIR_PHRASES


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


def _latest_person(mentions: list[ActorMention], before: int) -> str:
    """The subject pronoun "he"/"she" refers to the person mentioned last, if recent."""
    for mention in reversed(mentions):
        if mention.start < before - PRONOUN_REACH:
            break
        if mention.kind == "person":
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


def _starts_unknown_name(doc: Doc, span: Span) -> bool:
    """ "Kim Myong-gil": a known surname followed by a given name the gazetteer lacks."""
    if not span.label_.startswith("surname|") or span.end >= len(doc):
        return False
    following = doc[span.end]
    return _name_shaped(following.text) and following.text not in HONORIFICS


def _name_shapes(doc: Doc, words: list[str]) -> list[bool]:
    """`_name_shaped` for every token; words repeat, so each is judged once."""
    cache = _SHAPES
    return [cache[w] if w in cache else cache.setdefault(w, _name_shaped(w)) for w in words]


_SHAPES: dict[str, bool] = {}


def _name_shaped(text: str) -> bool:
    return (
        text.isalpha()
        and text[0].isupper()
        and (len(text) == 1 or not text.isupper())
        and text not in NOT_NAME_WORDS
    ) or (len(text) == 2 and text[0].isupper() and text[1] == ".")


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
