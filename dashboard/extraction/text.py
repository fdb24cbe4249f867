"""Tokens and sentences, with spaCy's blank English pipeline (no model to download)."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

# Titles and abbreviations that end in a period but do not end a sentence. spaCy's English
# tokenizer already knows "Mr.", "Ms.", "Dr.", "Jan." and most months.
ABBREVIATIONS = (
    "Lt.",
    "Col.",
    "Gen.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Adm.",
    "Sgt.",
    "Capt.",
    "Maj.",
    "Amb.",
    "Cmdr.",
    "Brig.",
    "Prof.",
    "Rev.",
    "Sept.",
    "Pres.",
    "Sec.",
    "Corp.",
    "Inc.",
    "Ltd.",
    "Gens.",
    "Reps.",
    "Sens.",
    "No.",
)


@Language.component("line_breaks_end_sentences")
def line_breaks_end_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and captions have no final period."""
    after_break = True
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
            continue
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        elif token.i > 0 and not token.is_space:
            after_break = False
    return doc


@cache
def english() -> Language:
    """The shared pipeline: tokenizer, line-break boundaries, then punctuation boundaries."""
    nlp = spacy.blank("en")
    for abbreviation in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # "U.S.-North Korea talks": a hyphen after an abbreviation joins two names; split it.
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("line_breaks_end_sentences")
    nlp.add_pipe("sentencizer", config={"overwrite": False})
    return nlp


def tokenize(text: str) -> Doc:
    """Bare tokenisation, the baseline the speed benchmark compares the pipeline with."""
    return english().make_doc(text)


def parse(text: str) -> Doc:
    return english()(text)
