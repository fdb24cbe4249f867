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
            pytest.fail(f"the process ended early: {process.stderr.read()}")
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
    # Commits every 4 articles; -v2 prints each article as it is stored, before its commit.
    load = site.start("load_corpus", str(corpus), "-v2", "--batch", "4")
    wait_for_lines(load, "created:", ARTICLES // 4)
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


def test_a_second_load_refuses_while_one_runs_and_waiting_loads_add_no_duplicate(
    database_url, corpus
):
    site = Site(database_url)
    site.run("migrate", "--noinput", "-v0")
    # A process that holds the real load lock until told to let go, so that the race does
    # not depend on how fast a load happens to run on this machine.
    holder = subprocess.Popen(
        site.command("shell", "-c", HOLD_THE_LOCK), cwd=ROOT, env=site.env, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    wait_for_lines(holder, "holding", 1)

    refused = site.run("load_corpus", str(corpus), check=False)
    assert refused.returncode != 0
    assert "another load is running" in refused.stderr
    assert "Nothing was loaded" in refused.stderr
    assert site.contents()["articles"] == 0

    waiting = [site.start("load_corpus", str(corpus), "--wait", "300") for _ in range(2)]
    time.sleep(1)  # both are now queued behind the holder
    holder.communicate("release\n", timeout=60)
    outputs = [process.communicate(timeout=300)[0] for process in waiting]
    assert all(process.returncode == 0 for process in waiting), outputs
    created = sorted(f"{ARTICLES} created" in out for out in outputs)
    unchanged = sorted(f"{ARTICLES} unchanged" in out for out in outputs)
    assert created == unchanged == [False, True], outputs  # one loaded, then one found it done
    stored = site.contents()
    assert stored["articles"] == stored["keys"] == ARTICLES


HOLD_THE_LOCK = (
    "import sys; from dashboard.locking import load_lock\n"
    "with load_lock():\n    print('holding', flush=True); sys.stdin.readline()"
)


def test_a_load_with_worker_processes_stores_what_a_serial_load_stores(
    database_url, corpus, tmp_path
):
    parallel = Site(database_url)
    parallel.run("migrate", "--noinput", "-v0")
    result = parallel.run("load_corpus", str(corpus), "--workers", "2")
    assert f"{ARTICLES} created" in result.stdout
    serial = Site(f"sqlite:///{tmp_path / 'serial.sqlite3'}")
    serial.run("migrate", "--noinput", "-v0")
    serial.run("load_corpus", str(corpus))
    assert parallel.contents() == serial.contents()
    again = parallel.run("load_corpus", str(corpus), "--workers", "2")
    assert f"{ARTICLES} unchanged" in again.stdout
