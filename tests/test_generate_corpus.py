"""generate_corpus writes a realistic synthetic corpus that load_corpus can read."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from dashboard.models import Article, Event
from dashboard.synthetic import CONTEXT, TEMPLATES, CorpusGenerator

ROOT = Path(__file__).resolve().parent.parent


def generate(path, articles: int, seed: int = 1) -> list[dict]:
    call_command("generate_corpus", articles=articles, out=path, seed=seed, stdout=StringIO())
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_the_corpus_has_the_asked_size_and_every_field(tmp_path):
    records = generate(tmp_path / "c.jsonl", 120)
    assert len(records) == 120
    assert len({r["id"] for r in records}) == 120
    for record in records:
        assert set(record) == {"id", "title", "outlet", "published", "url", "authors", "text"}
        assert record["text"].strip() and record["published"][:2] == "20"


def test_the_corpus_varies_and_repeats_events_across_outlets(tmp_path):
    records = generate(tmp_path / "c.jsonl", 300)
    assert len({r["outlet"] for r in records}) >= 8
    assert len({r["published"][:7] for r in records}) >= 20  # months covered
    sentences = Counter(
        line for r in records for line in r["text"].split("\n") if " — " not in line
    )
    assert len(sentences) > 300
    # The same world event is reported by several articles, in more than one wording.
    titles = Counter(r["title"] for r in records)
    assert titles.most_common(1)[0][1] >= 3
    words = " ".join(r["text"] for r in records).lower()
    for kind in ("met", "summit", "visit", "canceled", "postponed", "sanctions", "agreement"):
        assert kind in words
    assert len(TEMPLATES) >= 9


def test_articles_are_as_long_as_news_stories_and_their_context_reports_no_event(
    tmp_path, pipeline
):
    records = generate(tmp_path / "c.jsonl", 200)
    words = sorted(len(r["text"].split()) for r in records)
    assert 300 <= words[len(words) // 2] <= 700  # the seeds: 333 to 1,187 words
    generator = CorpusGenerator.from_corpus(ROOT / "corpus")
    for template in CONTEXT:
        paragraph = generator._context(template)
        assert pipeline.extract(paragraph, dt.date(2018, 6, 1)).events == [], paragraph


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another(tmp_path):
    first = generate(tmp_path / "a.jsonl", 50, seed=7)
    assert generate(tmp_path / "b.jsonl", 50, seed=7) == first
    assert generate(tmp_path / "c.jsonl", 50, seed=8) != first


@pytest.mark.django_db
def test_load_corpus_reads_it_and_merges_repeated_reports(tmp_path):
    path = tmp_path / "c.jsonl"
    generate(path, 40)
    call_command("load_corpus", str(path), stdout=StringIO(), stderr=StringIO())
    articles = Article.objects.filter(source_file=str(path))
    assert articles.count() == 40
    events = Event.objects.filter(mentions__article__in=articles).distinct()
    mentions = sum(e.mentions.count() for e in events)
    assert events.count() >= 20
    assert mentions > events.count()  # reports of one event became mentions of one event


def test_a_bad_size_or_path_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="at least 1"):
        call_command("generate_corpus", articles=0, out=tmp_path / "x.jsonl")
    with pytest.raises(CommandError, match="cannot write"):
        call_command("generate_corpus", articles=1, out=tmp_path / "missing" / "x.jsonl")
