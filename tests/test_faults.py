"""Faults a long-running deployment meets: a load killed halfway, two loads at once.

These run `manage.py` in real processes against a database of their own (a SQLite file, or
a fresh PostgreSQL database when the suite runs on PostgreSQL), because a kill and a race
need separate processes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from tests.conftest import ROOT
from tests.test_settings import clean_environment

ARTICLES = 60


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
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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
            " 'bare_articles': Article.objects.filter(mentions__isnull=True).count(),"
            " 'actors': Actor.objects.count()}, default=str))"
        )
        return json.loads(self.run("shell", "-c", code).stdout.strip().splitlines()[-1])


def wait_for_lines(process: subprocess.Popen, needle: str, count: int) -> None:
    seen = 0
    deadline = time.monotonic() + 120
    while seen < count and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            pytest.fail(f"the load ended early: {process.stderr.read()}")
        seen += needle in line


def generate(tmp_path: Path, articles: int) -> Path:
    path = tmp_path / f"corpus-{articles}.jsonl"
    Site(f"sqlite:///{tmp_path / 'unused.sqlite3'}").run(
        "generate_corpus", "--articles", str(articles), "--out", str(path)
    )
    return path


@pytest.fixture
def corpus(tmp_path) -> Path:
    return generate(tmp_path, ARTICLES)


def test_a_load_killed_halfway_then_rerun_stores_what_an_uninterrupted_load_stores(
    database_url, corpus, tmp_path
):
    site = Site(database_url)
    site.run("migrate", "--noinput", "-v0")
    load = site.start("load_corpus", str(corpus), "-v2")
    wait_for_lines(load, "created:", ARTICLES // 3)
    os.kill(load.pid, signal.SIGKILL)
    load.wait(timeout=30)
    halfway = site.contents()
    assert 0 < halfway["articles"] < ARTICLES
    assert halfway["bare_articles"] == 0, "an article was stored without its events"

    rerun = site.run("load_corpus", str(corpus))
    assert f"{halfway['articles']} unchanged" in rerun.stdout

    reference = Site(f"sqlite:///{tmp_path / 'reference.sqlite3'}")
    reference.run("migrate", "--noinput", "-v0")
    reference.run("load_corpus", str(corpus))
    assert site.contents() == reference.contents()


def test_a_second_load_refuses_while_one_runs_and_a_waiting_one_adds_no_duplicate(
    database_url, tmp_path
):
    # Long enough (several seconds) that the first load is still running when the second
    # process has started up.
    articles = 400
    corpus = generate(tmp_path, articles)
    site = Site(database_url)
    site.run("migrate", "--noinput", "-v0")
    first = site.start("load_corpus", str(corpus), "-v2")
    wait_for_lines(first, "created:", 1)
    refused = site.run("load_corpus", str(corpus), check=False)
    assert refused.returncode != 0
    assert "another load is running" in refused.stderr
    assert "Nothing was loaded" in refused.stderr
    waiting = site.start("load_corpus", str(corpus), "--wait", "300")
    first.communicate(timeout=300)
    assert first.returncode == 0
    after_first = site.contents()
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err
    assert f"0 created, 0 updated, {articles} unchanged" in out
    assert site.contents() == after_first
    assert after_first["articles"] == after_first["keys"] == articles
