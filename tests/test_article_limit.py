"""One limit on an article's size (extraction/limits.py), and the pipeline's own backstop."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from dashboard.extraction.limits import MAX_ARTICLE_BYTES, ArticleTooLong, check_article_size
from dashboard.extraction.text import build_english, english

JUNE_13 = dt.date(2018, 6, 13)


def test_the_limit_is_two_million_bytes_of_utf8():
    assert MAX_ARTICLE_BYTES == 2_000_000
    check_article_size("a" * 2_000_000)
    check_article_size("é" * 1_000_000)  # two bytes each: exactly at the limit
    with pytest.raises(ArticleTooLong) as too_long:
        check_article_size("é" * 1_000_001)  # fewer characters than bytes: bytes count
    assert (too_long.value.size, too_long.value.limit) == (2_000_002, 2_000_000)


def test_the_pipeline_refuses_a_text_over_the_limit_naming_its_size_and_the_limit(pipeline):
    with pytest.raises(ArticleTooLong) as too_long:
        pipeline.extract("a" * 2_000_001, JUNE_13)
    message = str(too_long.value)
    assert message == "too large for one article (2,000,001 bytes; the limit is 2 MB)"
    assert "E088" not in message
    with pytest.raises(ArticleTooLong, match=r"\(3\.5 MB; the limit is 2 MB\)"):
        pipeline.infer_published("a" * 3_500_000)


def test_a_text_longer_than_spacys_default_of_a_million_characters_is_extracted(pipeline):
    text = "word " * 240_000 + "\nTrump met Kim Jong-un in Singapore on June 12.\n"
    assert 1_000_000 < len(text) <= MAX_ARTICLE_BYTES
    result = pipeline.extract(text, JUNE_13)
    # Trump and Kim: two leaders meeting hold a summit (docs/annotation.md).
    assert [event.type for event in result.events] == ["summit"]


def test_every_tokenizer_accepts_any_text_within_the_limit():
    assert english().max_length == build_english().max_length == MAX_ARTICLE_BYTES


def test_the_error_survives_the_trip_back_from_a_worker_process():
    back = pickle.loads(pickle.dumps(ArticleTooLong(2_500_000)))
    assert isinstance(back, ValueError)
    assert (back.size, back.limit, str(back)) == (
        2_500_000,
        MAX_ARTICLE_BYTES,
        "too large for one article (2.5 MB; the limit is 2 MB)",
    )
