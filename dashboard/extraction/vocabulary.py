"""Every trigger, cue and function-word list of the extraction engine, from one data file.

`corpus/vocabulary.toml` holds the entries, each with a citation of the dev text and sentence
that justify it. Triggers and verb cues are written as lemmas; their inflected forms come from
lemminflect (its tables ship in its wheel: nothing is downloaded at run time), so "call off"
yields "called off", "calls off", "calling off" without a hand-written list.

The engine's modules import their lists from here, under the names they always used.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from lemminflect import getAllInflections, getAllInflectionsOOV, getAllLemmas

VOCABULARY_FILE = Path(__file__).resolve().parents[2] / "corpus" / "vocabulary.toml"
CASE_SENSITIVE = frozenset(
    {"honorifics", "not_name_words", "person_titles", "office_modifiers", "body_heads",
     "organisation_heads", "ministry_fields", "time_words", "name_syllables", "name_particles",
     "body_phrase_openers", "abbreviations", "byline_offices", "courtesy_titles",
     "venue_heads"}
)  # fmt: skip


@dataclass(frozen=True)
class Trigger:
    phrase: str
    type: str
    noun: bool = False
    requires: tuple[str, ...] = ()
    followed_by: tuple[str, ...] = ()  # one of these within `reach` words after ("agreed to")
    reach: int = 4
    preceded_by: tuple[str, ...] = ()  # one of these within `reach` words before ("lead")
    needs_object: bool = False  # a cancellation only with the event it calls off named
    # Not after a perfect auxiliary: "we've talked about it for years" names a topic long
    # discussed, not an occasion (kp3-027 s13); "Kim talked about ..." is one (kp3-008 s17).
    simple_past: bool = False
    lemma: str = ""
    cite: str = ""
    verb: bool = False  # listed as a verb (its forms inflected), not a noun or fixed phrase
    headline_base: bool = False  # its base form ("sign", "agree on") only in a headline


@dataclass(frozen=True)
class Entry:
    """One entry of the data file: its lemma or phrase, the forms it stands for, its cite."""

    text: str
    kind: str  # "verb", "noun" or "phrase"
    forms: tuple[str, ...]
    cite: str
    list: str  # the list's name, or "triggers"
    raw: dict


def inflect(lemma: str, pos: str, tags: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The forms of `lemma` (a verb's first word, a noun's last, inflected by lemminflect),
    in the order of `tags` (Penn tags; every form when empty), without repeats."""
    words = lemma.split()
    head = 0 if pos == "verb" else len(words) - 1
    prefix, _, word = words[head].rpartition("-")  # "test-fire": inflect "fire"
    upos = "VERB" if pos == "verb" else "NOUN"
    table = getAllInflections(word, upos=upos) or getAllInflectionsOOV(word, upos=upos)
    wanted = tags or tuple(table)
    found: list[str] = []
    for tag in wanted:
        for form in table.get(tag, ()):
            inflected = f"{prefix}-{form}" if prefix else form
            phrase = " ".join([*words[:head], inflected, *words[head + 1 :]])
            if phrase not in found:
                found.append(phrase)
    return tuple(found)


def inflected(word: str, upos: str) -> bool:
    """Whether lemminflect reads the lower-case word as an inflected form of that part of
    speech: a plural noun ("sanctions", "entities"; not "press", "news") or a verb's
    "-ed", "-s", "-ing" form ("announced", "imposes")."""
    lemmas = getAllLemmas(word).get(upos, ())
    return bool(lemmas) and word not in lemmas


def _entry(raw: dict, list_name: str) -> Entry:
    for kind in ("verb", "noun", "phrase"):
        if kind in raw:
            text = raw[kind]
            break
    else:
        raise ValueError(f"{list_name}: an entry without verb, noun or phrase: {raw}")
    tags = tuple(raw.get("tags", ()))
    forms = (text,) if kind == "phrase" else inflect(text, kind, tags)
    if not forms:
        raise ValueError(f"{list_name}: lemminflect knows no forms of {text!r} {tags}")
    return Entry(text, kind, forms, raw.get("cite", ""), list_name, raw)


@cache
def _data(path: Path = VOCABULARY_FILE) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def list_names() -> tuple[str, ...]:
    return tuple(_data()["lists"])


@cache
def entries(path: Path = VOCABULARY_FILE) -> tuple[Entry, ...]:
    """Every entry of the data file, triggers first, then the lists in file order."""
    data = _data(path)
    found = [_entry(raw, "triggers") for raw in data["triggers"]]
    for name, table in data["lists"].items():
        found.extend(_entry(raw, name) for raw in table["entries"])
    return tuple(found)


def words(name: str) -> tuple[str, ...]:
    """The forms of list `name`, in file order, without repeats (lower case unless the list
    is one of CASE_SENSITIVE), each with a straight apostrophe also with a curly one."""
    if name not in list_names():
        raise KeyError(f"no word list {name!r} in {VOCABULARY_FILE.name}")
    found: list[str] = []
    for entry in entries():
        if entry.list == name:
            for form in entry.forms:
                form = form if name in CASE_SENSITIVE else form.lower()
                # "didn't" and "didn’t": one entry, both apostrophes
                for variant in dict.fromkeys((form, form.replace("'", "’"))):
                    if variant not in found:
                        found.append(variant)
    return tuple(found)


def closed(name: str) -> bool:
    """A closed-class list (month names, number words): its entries need no citation."""
    return bool(_data()["lists"][name].get("closed", False))


def mapping(name: str, key: str = "value") -> dict[str, Any]:
    """List `name` as a dictionary: each form (cased as `words` gives it) -> its entry's
    `key` ("months": "january" -> 1)."""
    words(name)  # the list exists
    found: dict[str, Any] = {}
    for entry in entries():
        if entry.list == name:
            for form in entry.forms:
                form = form if name in CASE_SENSITIVE else form.lower()
                found.setdefault(form, entry.raw[key])
    return found


def _triggers() -> tuple[Trigger, ...]:
    made: list[Trigger] = []
    for entry in entries():
        if entry.list != "triggers":
            continue
        raw = entry.raw
        requires = words(raw["requires"]) if "requires" in raw else ()
        followed_by = words(raw["followed_by"]) if "followed_by" in raw else ()
        preceded_by = words(raw["preceded_by"]) if "preceded_by" in raw else ()
        for form in entry.forms:
            made.append(
                Trigger(
                    form,
                    raw["type"],
                    noun=bool(raw.get("event_noun", False)),
                    requires=requires,
                    followed_by=followed_by,
                    reach=int(raw.get("reach", 4)),
                    preceded_by=preceded_by,
                    needs_object=bool(raw.get("needs_object", False)),
                    simple_past=bool(raw.get("simple_past", False)),
                    lemma=entry.text,
                    cite=entry.cite,
                    verb=entry.kind == "verb",
                    headline_base=bool(raw.get("headline_base", False)),
                )
            )
    return tuple(made)


def _pairs() -> dict[tuple[str, ...], str]:
    return {
        tuple(e.text.lower().split()): e.raw["kind"] for e in entries() if e.list == "pair_phrases"
    }


TRIGGERS: tuple[Trigger, ...] = _triggers()
# Part of the pipeline's version: a new entry re-extracts stored articles.
FINGERPRINT = hashlib.sha256(VOCABULARY_FILE.read_bytes()).hexdigest()[:16]

# events.py and lexicon's former lists
SANCTION_WORDS = words("sanction_words")
APPOINTMENT_ROLE_WORDS = words("appointment_roles")
NEGATION_BEFORE = words("negation")
PLANNED_CUES = words("planned_cues")
CONTINUING_CONNECTIVES = frozenset(words("continuing_connectives"))
STATEMENT_OPENERS = frozenset(words("statement_openers"))
SAYING_OPENERS = frozenset(words("saying_openers"))
DELEGATION_WORDS = frozenset(words("delegation_words"))
RELATIVE_WORDS = frozenset(words("relative_words"))
DEPICTION_WORDS = frozenset(words("depiction_words"))
HYPOTHETICAL_CUES = words("hypothetical_cues")
MONTH_PREPOSITIONS = frozenset(words("month_prepositions"))
DID_NOT_HAPPEN = words("did_not_happen")
SPEECH_VERBS = frozenset(words("reporting_words"))
PASSIVE_AUXILIARIES = frozenset(words("passive_auxiliaries"))
SUBORDINATORS = frozenset(words("subordinators"))
SENTENCE_OPENERS = frozenset(words("sentence_openers"))
TIME_PREPOSITIONS = frozenset(words("time_prepositions"))
OCCASION_PREPOSITIONS = frozenset(words("occasion_prepositions"))
WINDOW_STOPS = SUBORDINATORS | {"that"}  # a noun's phrase also ends where "that" opens a clause
FUNCTION_WORDS = frozenset(words("function_words"))
PERFECT_AUXILIARIES = frozenset(words("perfect_auxiliaries"))
RECENCY_ADVERBS = frozenset(words("recency_adverbs"))
COURTESY_TITLES = frozenset(words("courtesy_titles"))
OWNER_PRONOUNS = frozenset(words("owner_pronouns"))
JOINT_WORDS = frozenset(words("joint_words"))
EVENT_PRONOUNS = frozenset(words("event_pronouns"))
PARTICLES = frozenset(words("particles"))
PERSON_OWNERS = frozenset(words("person_owners"))
FRONTED_MEETING_OPENERS = frozenset(words("fronted_meeting_openers"))
TOPIC_ENDS = frozenset(words("topic_ends"))
PLACE_PREPOSITIONS = frozenset(words("place_prepositions"))
SUBJECT_FIRST_PERSON = frozenset(words("subject_first_person"))
RELATIVE_CLAUSE_SUBJECTS = frozenset(words("relative_clause_subjects"))
OBJECT_RELATIVES = frozenset(words("object_relatives"))
STATEMENT_ISSUING_VERBS = frozenset(words("statement_issuing_verbs"))
APPOSITION_FUNCTION_WORDS = frozenset(words("apposition_function_words"))
TITLE_CHAIN_LINKS = frozenset(words("title_chain_links"))
OWN_DECISIONS = frozenset(words("own_decisions"))  # "announced his intent to designate"
POSSESSIVE_PRONOUNS = frozenset(words("possessive_pronouns"))
OCCASION_OPENINGS = frozenset(words("occasion_openings"))
HEADING_OCCASIONS = words("heading_occasions")
HEADING_COMPANY = frozenset(words("heading_company"))
ADOPTION_WORDS = frozenset(words("adoption_words"))
HEADING_TOPICS = frozenset(words("heading_topics"))
HEADING_SITES = frozenset(words("heading_sites"))
QUESTION_LABELS = frozenset(words("question_labels"))
HONOUR_NOUNS = frozenset(words("honour_nouns"))
COMPANY_VERBS = words("company_verbs")
FIRST_PERSON_SINGULAR = frozenset(words("first_person_singular"))
FIRST_PERSON_PLURAL = frozenset(words("first_person_plural"))
SECOND_PERSON = frozenset(words("second_person"))
SPEAKER_HEADINGS = frozenset(words("speaker_headings"))
RECEIVING_VERBS = frozenset(words("receiving_verbs"))
SENDING_VERBS = frozenset(words("sending_verbs"))
CARRYING_VERBS = frozenset(words("carrying_verbs"))
DETERMINERS = frozenset(words("determiners"))
SERIES_WORDS = frozenset(words("series_words"))
LIGHT_NOUNS = frozenset(words("light_nouns"))
LIGHT_VERBS = frozenset(words("light_verbs"))
NON_FINITE_PREFIXES = words("non_finite_prefixes")
CLAUSE_OPENERS = frozenset(words("clause_openers"))
OFFICE_WORDS = frozenset(words("office_words"))
NEW_CLAUSE_WORDS = frozenset(words("new_clause_words"))
PARTY_PREPOSITIONS = frozenset(words("party_prepositions"))
TOPIC_PREPOSITIONS = frozenset(words("topic_prepositions"))
REPORT_PARTICIPLES = frozenset(words("report_participles"))
# what keeps a trigger from being a happening (events.py's admission)
THING_HEADS = frozenset(words("thing_heads"))
WISH_CUES = words("wish_cues")
HABITUAL_CUES = words("habitual_cues")
POSSIBILITY_CUES = words("possibility_cues")
REPETITION_WORDS = frozenset(words("repetition_words"))
STANDING_RELATIVES = frozenset(words("standing_relatives"))
GENERIC_SUBJECTS = frozenset(words("generic_subjects"))
REFERENCE_OPENERS = frozenset(words("reference_openers"))
BACKGROUND_OPENERS = frozenset(words("background_openers"))
TIME_CLAUSE_OPENERS = frozenset(words("time_clause_openers"))
ANNOUNCING_FORMS = frozenset(words("announcing_forms"))
POSSESSIVE_MARKS = frozenset(words("possessive_marks"))
MEETING_KINDS = frozenset(words("meeting_kinds"))
MEETING_COUNTERPARTS = frozenset(words("meeting_counterparts"))
DISCUSSION_PARTNERS = words("discussion_partners")
RECORD_WORDS = frozenset(words("record_words"))
NEGATION_STOPS = frozenset(words("negation_stops"))
OWN_TEXT_WORDS = frozenset(words("own_text_words"))
COUNT_WORDS = frozenset(words("count_words"))
OCCASION_WORDS = frozenset(words("occasion_words"))
TALLY_WORDS = frozenset(words("tally_words"))
LONG_SPANS = frozenset(words("long_spans"))
FORCE_NOUNS = frozenset(words("force_nouns"))
WATER_HEADS = frozenset(words("water_heads"))
NAMESAKE_WORDS = frozenset(words("namesake_words"))
SUCCESSION_PHRASES = frozenset(words("succession_phrases"))
PRESENCE_PHRASES = frozenset(words("presence_phrases"))
CONTENT_OPENERS = frozenset(words("content_openers"))

# actors.py's lists
DESTINATION_VERBS = frozenset(words("destination_verbs"))
LOCATIVE = frozenset(words("locative"))
HOSTED_EVENT_NOUNS = frozenset(words("hosted_event_nouns"))
EVENT_NOUNS = frozenset(words("event_nouns"))
HONORIFICS = frozenset(words("honorifics"))
NAME_SPEECH_VERBS = frozenset(words("name_speech_verbs"))
APPOSITIVE_STARTS = frozenset(words("appositive_starts"))
NOT_NAME_WORDS = frozenset(words("not_name_words"))
OFFICIAL_NOUNS = frozenset(words("official_nouns"))
PAIR_PHRASES = _pairs()
# "inter-Korean talks", "the two Koreas": the states each names, in the list's order
JOINT_NAMES: dict[str, tuple[str, ...]] = {
    form: tuple(states) for form, states in mapping("joint_names", "states").items()
}

# actors.py's name and title words (case as written)
PERSON_TITLES = frozenset(words("person_titles"))
OFFICE_MODIFIERS = frozenset(words("office_modifiers"))
BODY_HEADS = frozenset(words("body_heads"))
ORGANISATION_HEADS = frozenset(words("organisation_heads"))
NAME_CONNECTORS = frozenset(words("name_connectors"))
MINISTRY_FIELDS: dict[str, str] = mapping("ministry_fields", "field")
NAME_SYLLABLES = frozenset(words("name_syllables"))
NAME_PARTICLES = frozenset(words("name_particles"))  # "Yusuf bin Alawi"
ARMED_GROUP_NOUNS = frozenset(words("armed_group_nouns"))  # "separatists", "rebels"
GROUP_SPONSOR_MARKS = frozenset(words("group_sponsor_marks"))  # "pro-Russian", "-backed"
PARTY_OBJECT_WORDS = frozenset(words("party_object_words"))  # "between", "with"
SUBJECT_BLOCKERS = frozenset(words("subject_blockers"))  # "an interview with the CBS ..."
BODY_PHRASE_OPENERS = frozenset(words("body_phrase_openers"))

# dates.py's names and numbers (lower case), with their values
MONTHS: dict[str, int] = mapping("months")
WEEKDAYS: dict[str, int] = mapping("weekdays")
NUMBER_WORDS: dict[str, int] = mapping("number_words")
REPETITION_NOUNS = frozenset(words("repetition_nouns"))  # "three or four times"
MULTIPLIER_WORDS = frozenset(words("multiplier_words"))  # "ten times more powerful"
CONVERSATION_VERBS = frozenset(words("conversation_verbs"))
INDEFINITE_ARTICLES = frozenset(words("indefinite_articles"))
SENTENCE_ENDS = frozenset(words("sentence_ends"))
DAY_SHIFTS: dict[str, int] = mapping("day_shifts")
ACT_NOUNS: dict[str, str] = mapping("act_nouns", "lemma")
MONTH_NAMES = tuple(  # the full names, without abbreviations
    e.text for e in entries() if e.list == "months" and not e.raw.get("abbreviation")
)
FUTURE_MARKERS = words("future_markers")
# actors.py: capitalised time words open sentences, not names ("Early Friday, Pence ...")
CAPITALISED_MONTHS = frozenset(name.capitalize() for name in MONTH_NAMES)
TIME_WORDS = (
    CAPITALISED_MONTHS
    | frozenset(name.capitalize() for name in WEEKDAYS)
    | frozenset(words("time_words"))
)

# events.py and dating.py
SPOKESPERSON_WORDS = frozenset(words("spokesperson_words"))
DATING_SPEECH_WORDS = frozenset(words("speech_words"))
ACTS_BY_SAYING = frozenset(words("acts_by_saying"))
OCCASION_NOUNS = frozenset(words("occasion_nouns"))
FRAMING_AFTER = frozenset(words("framing_after"))
REPORT_NOUNS = frozenset(words("report_nouns"))
STATEMENT_FRAMING_AFTER = frozenset(words("statement_framing_after"))

# text.py: abbreviations the tokenizer keeps whole ("Lt.", "Sept.")
ABBREVIATIONS = words("abbreviations")

# event_types.py: the titles of heads of state or government (a gazetteer title starts so),
# and the triggers of a telephone call (a meeting even between leaders)
COUNCIL_WORDS = frozenset(words("council_words"))
HEAD_TITLES = words("head_titles")
LEADER_WORDS = frozenset(words("leader_words"))
HEAD_NOUNS = words("head_nouns")
HEAD_REFERENCES = words("head_references")
MINISTER_REFERENCES = words("minister_references")
VENUE_HEADS = frozenset(words("venue_heads"))
# "was sworn in", "was told": the irregular past participles of the verb triggers, so that a
# passive is recognised without an "-ed" ending (kp2-030 s3)
PARTICIPLES = frozenset(
    form
    for e in entries()
    if e.list == "triggers" and e.kind == "verb"
    for form in inflect(e.text.split()[0], "verb", ("VBN",))
)
PURPOSE_VERBS = frozenset(words("purpose_verbs"))
PURPOSE_NOUNS = frozenset(words("purpose_nouns"))
INFINITIVE_MARKS = frozenset(words("infinitive_marks"))
PURPOSE_HOLDING_VERBS = frozenset(words("purpose_holding_verbs"))
DELIVERY_PARTICIPLES = frozenset(words("delivery_participles"))
SOURCE_PREPOSITIONS = frozenset(words("source_prepositions"))
ASKING_WORDS = frozenset(words("asking_words"))
CARRYING_PARTICIPLES = frozenset(words("carrying_participles"))
GOODS_WORDS = frozenset(words("goods_words"))
MEASURE_WORDS = frozenset(words("measure_words"))
MEASURE_ANNOUNCING_VERBS = frozenset(words("measure_announcing_verbs"))
DECISION_MARKERS = frozenset(words("decision_markers"))
CONDITION_WORDS = frozenset(words("condition_words"))
MEDIUM_VERBS = frozenset(words("medium_verbs"))
MEDIUM_NOUNS = frozenset(words("medium_nouns"))
PRESS_OCCASIONS = frozenset(words("press_occasions"))
CONCLUDING_LINKS = frozenset(words("concluding_links"))
DOCUMENT_ACTS = frozenset(words("document_acts"))
PASSIVE_INSERTS = frozenset(words("passive_inserts"))
BYLINE_OFFICES = frozenset(words("byline_offices"))
# "a Statement Condemning North Korea's ... Launch" (kp1-006 s1): the present participle of
# a verb of judgement (a statement verb that is no reporting word: condemn, criticize, laud)
# after a statement noun names whom the statement judges.
JUDGEMENT_PARTICIPLES = frozenset(
    form
    for e in entries()
    if e.list == "triggers"
    and e.kind == "verb"
    and e.raw.get("type") == "statement"
    and " " not in e.text
    and not set(e.forms) & SPEECH_VERBS
    for form in inflect(e.text, "verb", ("VBG",))
)
PHONE_WORDS = frozenset(words("phone_words"))
PHONE_TRIGGERS = frozenset(
    form.lower() for e in entries() if e.raw.get("by_phone") for form in e.forms
)
