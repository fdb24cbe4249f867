"""The one vocabulary (corpus/vocabulary.toml, dashboard/extraction/vocabulary.py): every
entry is cited, every cited sentence is a dev text's and holds the entry, and inflected forms
come from lemminflect, not from hand-written lists."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from django.conf import settings
from lemminflect import getAllInflections, getAllInflectionsOOV

from dashboard.extraction import vocabulary
from dashboard.extraction.text import parse, sentences

CITE = re.compile(r"^(?P<text>[a-z]+\d?-\d{3}) s(?P<number>\d+)$")
ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT / "tests" / "gold" / "devcorpus" / "dev"
TEXTS = Path(settings.PARLEY_DEVCORPUS) / "texts"
ENTRIES = vocabulary.entries()


def _name(entry: vocabulary.Entry) -> str:
    return f"{entry.list}:{entry.text}"


@cache
def _dev_text(prefix: str) -> Path:
    """The dev text whose file name starts with `prefix` and "_" (never a test-part text)."""
    [gold] = DEV_GOLD.glob(f"{prefix}_*.toml")
    return TEXTS / f"{gold.stem}.txt"


@cache
def _sentences(path: Path) -> list[list[str]]:
    """The text's sentences after its front matter, as token strings, as the engine splits."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text[text.index("\n---", 3) + 4 :]
    return [[t.text for t in span if not t.is_space] for span in sentences(parse(text))]


def _holds(sentence: list[str], form: str, case_sensitive: bool) -> bool:
    tokens = [t.text for t in parse(form) if not t.is_space]
    words = sentence if case_sensitive else [w.lower() for w in sentence]
    if not case_sensitive:
        tokens = [t.lower() for t in tokens]
    return any(words[i : i + len(tokens)] == tokens for i in range(len(words)))


@pytest.mark.parametrize("entry", ENTRIES, ids=_name)
def test_every_entry_is_justified(entry):
    """A dev text's sentence, or (for entries no dev text shows) the test that needs it, or
    (for closed classes: month names, ranks, modals) the mark that it is one."""
    if entry.list != "triggers" and (vocabulary.closed(entry.list) or entry.raw.get("closed")):
        assert "cite" not in entry.raw and "needed_by" not in entry.raw
        return
    if "cite" in entry.raw:
        assert CITE.match(entry.cite), entry.cite
        assert "needed_by" not in entry.raw
    else:
        test = entry.raw["needed_by"]
        path, _, name = test.partition("::")
        assert name and f"def {name.split('[')[0]}(" in (ROOT / path).read_text()


@pytest.mark.skipif(not TEXTS.exists(), reason="the development corpus is not on this machine")
@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.cite], ids=_name)
def test_the_cited_dev_sentence_holds_the_entry(entry):
    match = CITE.match(entry.cite)
    found = _sentences(_dev_text(match["text"]))
    number = int(match["number"])
    assert 1 <= number <= len(found)
    case_sensitive = entry.list in vocabulary.CASE_SENSITIVE
    assert any(_holds(found[number - 1], form, case_sensitive) for form in entry.forms)


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.kind != "phrase"], ids=_name)
def test_inflected_forms_come_from_lemminflect(entry):
    words = entry.text.split()
    head = words[0] if entry.kind == "verb" else words[-1]
    head = head.rpartition("-")[2]
    upos = "VERB" if entry.kind == "verb" else "NOUN"
    table = getAllInflections(head, upos=upos) or getAllInflectionsOOV(head, upos=upos)
    known = {form for forms in table.values() for form in forms}
    tags = entry.raw.get("tags") or list(table)
    expected = {form for tag in tags for form in table.get(tag, ())}
    heads = {
        (f.split()[0] if entry.kind == "verb" else f.split()[-1]).rpartition("-")[2]
        for f in entry.forms
    }
    assert heads == expected and heads <= known


@pytest.mark.parametrize(
    ("lemma", "pos", "tags", "forms"),
    [
        ("call off", "verb", (), {"call off", "called off", "calling off", "calls off"}),
        ("cancel", "verb", ("VBD",), {"canceled", "cancelled"}),
        ("test-fire", "verb", ("VBD",), {"test-fired"}),
        ("hold talks", "verb", ("VBD", "VBZ"), {"held talks", "holds talks"}),
        ("summit meeting", "noun", (), {"summit meeting", "summit meetings"}),
    ],
)
def test_inflect(lemma, pos, tags, forms):
    assert set(vocabulary.inflect(lemma, pos, tags)) == forms


def test_no_trigger_phrase_stands_for_two_entries():
    seen: dict[str, str] = {}
    for trigger in vocabulary.TRIGGERS:
        assert trigger.phrase not in seen, (trigger.phrase, seen.get(trigger.phrase), trigger.lemma)
        seen[trigger.phrase] = trigger.lemma


@pytest.mark.parametrize("name", vocabulary.list_names())
def test_no_list_repeats_an_entry(name):
    texts = [e.text for e in ENTRIES if e.list == name]
    assert len(texts) == len(set(texts))


def test_triggers_are_of_known_types():
    from dashboard.extraction.ontology import EVENT_TYPES

    assert {t.type for t in vocabulary.TRIGGERS} <= set(EVENT_TYPES)


def test_the_lists_of_other_modules_are_the_vocabularys():
    from dashboard.extraction import actors, dates, dating, events, roles, statements

    assert events.lexicon is vocabulary
    assert actors.LOCATIVE is vocabulary.LOCATIVE
    assert actors.OFFICIAL_NOUNS is vocabulary.OFFICIAL_NOUNS
    assert events.CLAUSE_OPENERS is vocabulary.CLAUSE_OPENERS
    assert actors.PERSON_TITLES is vocabulary.PERSON_TITLES
    assert actors.BODY_HEADS is vocabulary.BODY_HEADS
    assert actors.TIME_WORDS is vocabulary.TIME_WORDS
    assert roles.SPOKESPERSON_WORDS is vocabulary.SPOKESPERSON_WORDS
    assert roles.lexicon is statements.lexicon is vocabulary
    assert dating.SPEECH_WORDS is vocabulary.DATING_SPEECH_WORDS
    assert dates.MONTHS is vocabulary.MONTHS
    assert dates.NUMBERS is vocabulary.NUMBER_WORDS
    assert roles.OWNERS is vocabulary.PERSON_OWNERS
    assert roles.TOPIC_ENDS is vocabulary.TOPIC_ENDS
    assert actors.TITLE_CHAIN_LINKS is vocabulary.TITLE_CHAIN_LINKS
    assert actors.APPOSITION_FUNCTION_WORDS is vocabulary.APPOSITION_FUNCTION_WORDS
    assert dates._SHIFT is vocabulary.DAY_SHIFTS


@pytest.mark.parametrize(
    ("name", "form", "value"),
    [("months", "sept", 9), ("months", "may", 5), ("weekdays", "sunday", 6),
     ("number_words", "twelve", 12), ("ministry_fields", "Foreign", "Foreign Affairs")],
)  # fmt: skip
def test_lists_with_values(name, form, value):
    key = "field" if name == "ministry_fields" else "value"
    assert vocabulary.mapping(name, key)[form] == value


def test_future_markers_cover_both_apostrophes_and_inflected_plans():
    markers = vocabulary.FUTURE_MARKERS
    assert {"won't", "won’t", "plans to", "planned to", "by year’s end"} <= set(markers)


@pytest.mark.parametrize(
    ("word", "upos", "inflected"),
    [
        ("sanctions", "NOUN", True),
        ("entities", "NOUN", True),
        ("resolution", "NOUN", False),
        ("press", "NOUN", False),  # a singular that ends in s
        ("news", "NOUN", False),
        ("announced", "VERB", True),
        ("imposes", "VERB", True),
        ("impose", "VERB", False),
        ("three", "NOUN", False),
    ],
)
def test_inflected_forms_are_lemminflects(word, upos, inflected):
    assert vocabulary.inflected(word, upos) is inflected
