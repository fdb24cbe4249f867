"""Tokenisation: the pipeline's parse() is exactly spaCy's tokenisation of the whole text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.extraction.text import parse, tokenize


def _tokens(doc) -> list[tuple[int, str, str]]:
    return [(token.idx, token.text, token.whitespace_) for token in doc]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        "Mr. Pompeo met Kim Yong-chol on Jan. 1, 2018.\nThe U.S.-North Korea talks resumed.",
        "DILI — On Jan. 1, 2018, Sudan warned that H. R. McMaster would face a response.\n"
        'Ms. Emil Andersen, a researcher, said: "It\'s over" (for now).',
        "Trump's trip, Pompeo's trip: cancelled!\r\nGen. Kelly didn't comment. :) e.g. U.N.",
        "  leading spaces\n\ttabs\tand   runs  \n",
    ],
)
def test_parse_tokenises_like_the_whole_text(text):
    assert _tokens(parse(text)) == _tokens(tokenize(text))
    assert _tokens(parse(text)) == _tokens(tokenize(text))  # again, from a warm cache


WORDS = ["Mr.", "Jan.", "U.S.", "Kim", "Jong-un", "didn't", "talks", "(", ")", '"', "'s",
         ",", ".", "—", ":)", "e.g.", "2018", "N.K.", "Sept.", "U.S.-North"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "", "\n", "  ", " \n", "\t"])),
        max_size=40,
    )
)
def test_parse_never_differs_from_tokenising_the_whole_text(pieces):
    text = "".join(word + gap for word, gap in pieces)
    assert _tokens(parse(text)) == _tokens(tokenize(text))
