from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from dashboard.extraction.pipeline import Pipeline

# Fixtures for tests that run Parley's commands in processes of their own.
pytest_plugins = ["tests.sites"]

ROOT = Path(__file__).resolve().parent.parent
SEED_DATES = {
    "seeds/000_ea8c22ae733595af.txt": dt.date(2018, 11, 7),
    "seeds/001_c1bd6e5c87d5b890.txt": dt.date(2018, 8, 27),
    "seeds/002_8dec2069f99c670a.txt": dt.date(2018, 8, 25),
    "seeds/004_5e639a9b6a1a7385.txt": dt.date(2018, 7, 8),
}


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline.from_corpus(ROOT / "corpus")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """PostgreSQL: no autovacuum on the test database. Each test writes inside a transaction
    it rolls back, so an ANALYZE that autovacuum runs meanwhile sees the tables empty; the
    planner then takes them for one row each and joins thousands by nested loops (the
    overview of the reference chronology ran for minutes instead of 0.2 s)."""
    if connection.vendor == "postgresql":
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            for table in connection.introspection.table_names(cursor):
                cursor.execute(f'ALTER TABLE "{table}" SET (autovacuum_enabled = false)')


@pytest.fixture
def seeds(db) -> None:
    """The four seed articles loaded by the real command, for the tests of extraction and
    loading that read what it finds in them. Every other test builds its own rows
    (tests/factories.py): the base test database holds no article, actor or event."""
    call_command("load_corpus", verbosity=0)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test's database is rolled back, but the process's cache is not: start empty."""
    cache.clear()


# What a test needs to touch the suite's database (pytest-django refuses it to the others).
DATABASE_FIXTURES = {"django_db_setup", "live_server", "database_url"}


def pytest_addoption(parser):
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="Run only the tests that use the database (`make test-postgres`: the others "
        "have just run on SQLite and would run the same way again).",
    )


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--database-tests-only"):
        return
    kept, left = [], []
    for item in items:
        uses = item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(
            getattr(item, "fixturenames", ())
        )
        (kept if uses else left).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = terminalreporter.stats.get("skipped", [])
    if skipped:
        terminalreporter.write_line(
            f"FAILED: {len(skipped)} test(s) skipped; a skipped test is a failing test here.",
            red=True,
        )


def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and reporter.stats.get("skipped") and session.exitstatus == 0:
        session.exitstatus = 1
