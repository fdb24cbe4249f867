"""The benchmark commands run end to end on small numbers (their figures are not asserted)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_benchmark_scale_fills_the_database_and_times_every_url():
    out = StringIO()
    call_command("benchmark_scale", events=300, articles=40, actors=30, requests=2, stdout=out)
    text = out.getvalue()
    assert text.count("  /") >= 11  # one line per URL
    assert "CSV export:" in text and "worst p95:" in text


def test_benchmark_ingest_loads_the_synthetic_corpus():
    out = StringIO()
    call_command("benchmark_ingest", articles=12, stdout=out)
    assert "12 created" in out.getvalue() and "articles/s" in out.getvalue()
