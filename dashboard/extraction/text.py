"""Tokens and sentences, with spaCy's blank English pipeline (no model to download).

Sentence boundaries come from one pass over the token strings rather than a pipeline
component: a sentence ends after ".", "!" or "?" (and any closing quotes or brackets), and at
every line break, since headlines and captions have no final period.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import spacy
from spacy.attrs import IDX, LENGTH, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from . import vocabulary
from .limits import MAX_ARTICLE_BYTES

# Titles and abbreviations that end in a period but do not end a sentence
# (corpus/vocabulary.toml). spaCy's English tokenizer already knows "Mr.", "Ms.", "Dr.",
# "Jan." and most months.
ABBREVIATIONS = vocabulary.ABBREVIATIONS
SENTENCE_END = (".", "!", "?")
CLOSERS = ("”", '"', "’", "'", ")", "]")


@cache
def english() -> Language:
    """The shared tokenizer: spaCy's English rules plus the abbreviations above."""
    return build_english()


def build_english() -> Language:
    """A new tokenizer with those rules, and a cache of its own."""
    nlp = spacy.blank("en")
    # spaCy refuses texts over 1,000,000 characters by default (E088); an article within
    # Parley's limit has at most MAX_ARTICLE_BYTES characters. The blank pipeline only
    # tokenises, so the memory spaCy's default guards against (parser, NER) is not at stake.
    nlp.max_length = MAX_ARTICLE_BYTES
    for abbreviation in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # "U.S.-North Korea talks": a hyphen after an abbreviation joins two names; split it.
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def tokenize(text: str) -> Doc:
    """Bare tokenisation with the shared tokenizer."""
    return english().make_doc(text)


def parse(text: str) -> Doc:
    """The pipeline's tokenisation: exactly tokenize(text), from spaCy's cache where it can.

    spaCy caches the tokens of each whitespace-separated chunk, but stops adding to its
    cache for the rest of a document once it has met a special case ("Mr.", "Jan.", "U.S."),
    and news articles meet one in their first lines, so they were tokenised almost entirely
    uncached. So each chunk not seen before is first tokenised on its own, which caches it,
    and the whole text then tokenises from the cache, several times faster
    (docs/benchmarks.md). The result is the same tokens (tests/test_text.py)."""
    nlp = english()
    new = set(text.split()) - _cached_chunks
    for chunk in new:
        nlp.make_doc(chunk)
    if len(_cached_chunks) > CACHED_CHUNKS_LIMIT:
        _cached_chunks.clear()  # the memory of what was seen, not spaCy's cache itself
    _cached_chunks.update(new)
    return nlp.make_doc(text)


# Chunks already given to spaCy's cache by parse(); bounded, for long-running processes.
_cached_chunks: set[str] = set()
CACHED_CHUNKS_LIMIT = 500_000


def words_of(doc: Doc, text: str) -> list[str]:
    """Token strings without building a Token object per token (rules index them often)."""
    bounds = doc.to_array([IDX, LENGTH]).astype(np.int64)
    starts, ends = bounds[:, 0].tolist(), (bounds[:, 0] + bounds[:, 1]).tolist()
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


def longest_first(matches: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, label) matches: longest first, then leftmost; returned in
    document order. spaCy's filter_spans does the same on Span objects, which cost more."""
    kept: list[tuple[int, int, str]] = []
    used: set[int] = set()
    for start, end, label in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        if used.isdisjoint(range(start, end)):
            kept.append((start, end, label))
            used.update(range(start, end))
    return sorted(kept)


def token_starts(doc: Doc) -> list[int]:
    return doc.to_array([IDX]).astype(np.int64).ravel().tolist()


# A text printed with hard line breaks at a fixed width (wire copy, mailed or gopher
# releases): at least this many lines, none longer than this many characters. News pages
# keep a paragraph on one line, far longer (the dev texts' longest lines: 186 characters and
# more); kp1-019_voa… is wrapped at 74, its sentences running over two to four lines.
WRAP_MIN_LINES = 8
WRAP_WIDTH = 100


def hard_wrapped(text: str) -> bool:
    """Whether `text` is wrapped at a fixed width: enough lines, none of them long."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) >= WRAP_MIN_LINES and max(map(len, lines)) <= WRAP_WIDTH


def _wraps(words: list[str], i: int) -> bool:
    """Whether the line break `words[i]` of a hard-wrapped text only wraps a sentence that
    goes on: a single break (a blank line ends a paragraph) after a word, not after a
    sentence's end or a colon ("solution to achieve a denuclearized Korean peninsula," the
    U.S. State / Department said Wednesday.")."""
    if words[i].count("\n") != 1 or i == 0 or i + 1 >= len(words):
        return False
    return words[i - 1][-1:].isalnum() or words[i - 1] in {",", "-", "—", "–"}


def sentences(doc: Doc, words: list[str] | None = None, text: str | None = None) -> list[Span]:
    """The sentences of `doc`, skipping whitespace-only stretches. `words` are the token
    strings and `text` the doc's text, if already at hand (`doc.text` builds every token)."""
    words = words if words is not None else [t.text for t in doc]
    n = len(words)
    wrapped = hard_wrapped(text if text is not None else doc.text)
    starts = [0]
    carry = False  # a sentence end was seen; the boundary waits for its closing quotes
    for i, word in enumerate(words):
        if word in SENTENCE_END:
            carry = True
        elif word.isspace():
            if "\n" in word and not (wrapped and _wraps(words, i)):
                starts.append(i + 1)
            continue
        elif not (carry and word in CLOSERS):
            continue
        following = words[i + 1] if i + 1 < n else ""
        if carry and following not in SENTENCE_END and following not in CLOSERS:
            starts.append(i + 1)
            carry = False
    result = []
    for start, end in zip(starts, [*starts[1:], n], strict=True):
        while start < end and words[start].isspace():
            start += 1
        while end > start and words[end - 1].isspace():
            end -= 1
        if start < end:
            result.append(doc[start:end])
    return result
