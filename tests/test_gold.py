"""Extraction quality against the gold annotations (tests/gold/), as the suite's floor."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from dashboard.extraction.evaluation import evaluate, load_gold
from dashboard.extraction.gazetteer import Gazetteer
from dashboard.extraction.ontology import EVENT_TYPES, STATUSES
from tests.conftest import ROOT, SEED_DATES

GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def seed_report(pipeline):
    return evaluate(pipeline, load_gold(GOLD / "seeds", ROOT))


def test_overall_f1_on_the_seeds_is_at_least_0888(seed_report):
    """0.89 (40 of 47 found, 43 stored) before issue 14's rebuild and after it: the rebuild
    may not cost the seeds."""
    assert seed_report.overall.f1 >= 0.888, seed_report.misses + seed_report.false_alarms


def test_date_accuracy_on_the_seeds_is_at_least_09(seed_report):
    assert seed_report.date_accuracy >= 0.9, seed_report.wrong_dates


def test_every_seed_has_a_gold_file_with_its_manifest_date():
    gold = {a.source.relative_to(ROOT).as_posix(): a for a in load_gold(GOLD / "seeds", ROOT)}
    assert {path: article.published for path, article in gold.items()} == SEED_DATES


def test_gold_actors_are_gazetteer_names():
    corpus = ROOT / "corpus"
    known = set(Gazetteer.from_file(corpus / "gazetteer.toml", corpus / "countries.tsv").actors)
    for article in load_gold(GOLD / "seeds", ROOT) + load_gold(GOLD / "articles", ROOT):
        for event in article.events:
            assert event.actors <= known | NEW_PEOPLE, (article.gold_file, event)


# People the gold set names who are deliberately not in the gazetteer.
NEW_PEOPLE = {"Kim Myong-gil"}


def test_the_command_prints_the_scores():
    out = StringIO()
    call_command("evaluate_extraction", "--gold", str(GOLD / "seeds"), stdout=out)
    text = out.getvalue()
    for heading in ("overall", "date accuracy", "actor accuracy", "publication date inferred"):
        assert heading in text


@pytest.fixture(scope="module")
def article_report(pipeline):
    return evaluate(pipeline, load_gold(GOLD / "articles", ROOT))


def test_the_test_articles_are_extracted_as_well_as_the_seeds(article_report):
    assert article_report.overall.f1 >= 0.85, article_report.misses + article_report.false_alarms
    assert article_report.date_accuracy >= 0.9, article_report.wrong_dates


def test_the_test_articles_cover_every_type_and_status():
    articles = load_gold(GOLD / "articles", ROOT)
    assert len(articles) >= 10
    events = [event for article in articles for event in article.events]
    assert {e.type for e in events} == set(EVENT_TYPES)
    assert {e.status for e in events} == set(STATUSES)
    assert any(not article.published_given for article in articles)


def test_the_publication_date_is_inferred_when_missing(article_report):
    errors = [e for e in article_report.published_errors if e is not None]
    assert errors and max(errors) <= 31
