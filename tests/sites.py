"""Parley's commands in processes of their own, against a database of their own: for tests of
what needs separate processes (a kill, a race, a curator working while a load runs).

The database is a SQLite file, or a fresh PostgreSQL database when the suite runs on
PostgreSQL.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from tests.test_settings import clean_environment

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def database_url(tmp_path):
    """A DATABASE_URL for the processes of one test, on the suite's kind of database."""
    default = settings.DATABASES["default"]
    if default["ENGINE"] != "django.db.backends.postgresql":
        yield f"sqlite:///{tmp_path / 'parley.sqlite3'}"
        return
    import psycopg

    name = f"parley_faults_{uuid.uuid4().hex[:10]}"
    params = {
        "host": default["HOST"], "port": default["PORT"] or 5432, "user": default["USER"],
        "password": default["PASSWORD"], "dbname": "postgres",
    }  # fmt: skip
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield (f"postgres://{params['user']}:{params['password']}@{params['host']}:"
           f"{params['port']}/{name}")  # fmt: skip
    # FORCE ends the test's own sessions; an autovacuum worker that has just started on the
    # new database belongs to no role and may only be ended by pg_signal_backend's members
    # (scripts/postgres-for-tests grants it), so elsewhere wait for the worker to finish.
    deadline = time.monotonic() + 60
    with psycopg.connect(**params, autocommit=True) as admin:
        while True:
            try:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                break
            except psycopg.errors.InsufficientPrivilege:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)


class Site:
    """manage.py in its own processes against one database."""

    def __init__(self, database_url: str) -> None:
        self.env = clean_environment(
            {"DEBUG": "1", "DATABASE_URL": database_url, "PYTHONUNBUFFERED": "1"}
        )

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "manage.py", *args]

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(self.command(*args), cwd=ROOT, env=self.env,
                                capture_output=True, text=True, timeout=600)  # fmt: skip
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(self.command(*args), cwd=ROOT, env=self.env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip

    def contents(self) -> dict:
        """Counts and a fingerprint of what is stored, to compare two databases."""
        code = (
            "import json; from dashboard.models import Article, Event, Mention, Actor;"
            "print(json.dumps({'articles': Article.objects.count(),"
            " 'keys': Article.objects.values('source_key').distinct().count(),"
            " 'events': sorted(map(list, Event.objects.values_list('event_type', 'date',"
            " 'status').order_by())), 'mentions': Mention.objects.count(),"
            " 'bare_articles': sorted(Article.objects.filter(mentions__isnull=True)"
            ".values_list('source_key', flat=True)),"
            " 'actors': Actor.objects.count()}, default=str))"
        )
        return json.loads(self.run("shell", "-c", code).stdout.strip().splitlines()[-1])


def wait_for_lines(process: subprocess.Popen, needle: str, count: int) -> None:
    seen = 0
    deadline = time.monotonic() + 120
    while seen < count and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            pytest.fail(f"the process ended early: {process.stderr.read()}")
        seen += needle in line


def generate(tmp_path: Path, articles: int) -> Path:
    path = tmp_path / f"corpus-{articles}.jsonl"
    Site(f"sqlite:///{tmp_path / 'unused.sqlite3'}").run(
        "generate_corpus", "--articles", str(articles), "--out", str(path)
    )
    return path
