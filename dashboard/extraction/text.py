"""Tokens and sentences, with spaCy's blank English pipeline (no model to download).

Sentence boundaries are computed from token arrays in one vectorised pass rather than by a
per-token pipeline component: a sentence ends after ".", "!" or "?" (and any closing quotes
or brackets), and at every line break, since headlines and captions have no final period.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

# Titles and abbreviations that end in a period but do not end a sentence. spaCy's English
# tokenizer already knows "Mr.", "Ms.", "Dr.", "Jan." and most months.
ABBREVIATIONS = (
    "Lt.", "Col.", "Gen.", "Sen.", "Rep.", "Gov.", "Adm.", "Sgt.", "Capt.", "Maj.", "Amb.",
    "Cmdr.", "Brig.", "Prof.", "Rev.", "Sept.", "Pres.", "Sec.", "Corp.", "Inc.", "Ltd.",
    "Gens.", "Reps.", "Sens.", "No.",
)  # fmt: skip
SENTENCE_END = (".", "!", "?")
CLOSERS = ("”", '"', "’", "'", ")", "]")


@cache
def english() -> Language:
    """The shared tokenizer: spaCy's English rules plus the abbreviations above."""
    nlp = spacy.blank("en")
    for abbreviation in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # "U.S.-North Korea talks": a hyphen after an abbreviation joins two names; split it.
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@cache
def _hashes(strings: tuple[str, ...]) -> np.ndarray:
    vocab = english().vocab
    return np.array([vocab.strings.add(s) for s in strings], dtype=np.uint64)


def tokenize(text: str) -> Doc:
    """Bare tokenisation, the baseline the speed benchmark compares the pipeline with."""
    return english().make_doc(text)


def parse(text: str) -> Doc:
    return tokenize(text)


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


def sentences(doc: Doc) -> list[Span]:
    """The sentences of `doc`, skipping whitespace-only stretches."""
    if len(doc) == 0:
        return []
    array = doc.to_array([ORTH, IS_SPACE])
    orth, space = array[:, 0].astype(np.uint64), array[:, 1].astype(bool)
    ends = np.isin(orth, _hashes(SENTENCE_END))
    closers = np.isin(orth, _hashes(CLOSERS))
    # A boundary falls after a sentence end and the closing marks that follow it.
    boundary = np.zeros(len(doc) + 1, dtype=bool)
    carry = False  # a sentence end was seen; the boundary waits for its closing quotes
    for i in np.flatnonzero(ends | closers | space):  # few tokens: punctuation and spaces
        if space[i]:
            if "\n" in doc[i].text:
                boundary[i + 1] = True
            continue
        carry = carry or bool(ends[i])
        if carry and (i + 1 >= len(doc) or not (ends[i + 1] or closers[i + 1])):
            boundary[i + 1] = True
            carry = False
    starts = [0, *np.flatnonzero(boundary[1:-1]) + 1]
    result = []
    for start, end in zip(starts, [*starts[1:], len(doc)], strict=True):
        while start < end and space[start]:
            start += 1
        while end > start and space[end - 1]:
            end -= 1
        if start < end:
            result.append(doc[start:end])
    return result
