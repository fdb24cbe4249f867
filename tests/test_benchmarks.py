"""The benchmark commands run end to end on small numbers (their figures are not asserted)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_benchmark_scale_fills_the_database_and_times_every_url():
    out = StringIO()
    call_command("benchmark_scale", events=300, articles=40, actors=30, requests=2, stdout=out)
    text = out.getvalue()
    assert text.count("  /") >= 11  # one line per URL
    assert "CSV export:" in text and "worst p95:" in text
    assert "worst-case search:" in text and text.count("  find ") == 4


def test_the_benchmarked_searches_are_the_costliest_shapes_within_the_bounds():
    from dashboard.management.commands.benchmark_scale import worst_searches
    from dashboard.search import SearchLimits, parse_search

    searches = worst_searches(SearchLimits(characters=200, alternatives=4, words=8))
    assert searches == [
        "synthetic -event or event -evidence or evidence -sentence or sentence -synthetic",
        '"synthetic event" -"evidence sentence" or "evidence sentence" -"synthetic evidence"',
        "synthetic or event or evidence or sentence",
        "-synthetic or -event or -evidence or -sentence",
    ]
    for text in searches:  # each uses every alternative or every word the bounds allow
        alternatives = parse_search(text)
        words = sum(len(p.split()) for a in alternatives for p in (*a.wanted, *a.unwanted))
        assert len(alternatives) == 4 or words == 8, text


def test_benchmark_ingest_loads_the_synthetic_corpus():
    out = StringIO()
    call_command("benchmark_ingest", articles=12, stdout=out)
    assert "12 created" in out.getvalue() and "articles/s" in out.getvalue()
