"""Faults a long-running deployment meets: a load killed halfway, two loads at once.

These run `manage.py` in real processes against a database of their own (a SQLite file, or
a fresh PostgreSQL database when the suite runs on PostgreSQL), because a kill and a race
need separate processes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.sites import Site, generate, wait_for_lines

pytestmark = pytest.mark.slow

ARTICLES = 60


@pytest.fixture
def corpus(tmp_path) -> Path:
    return generate(tmp_path, ARTICLES)


def test_a_load_killed_halfway_then_rerun_stores_what_an_uninterrupted_load_stores(
    database_url, corpus, tmp_path
):
    reference = Site(f"sqlite:///{tmp_path / 'reference.sqlite3'}")
    reference.run("migrate", "--noinput", "-v0")
    reference.run("load_corpus", str(corpus))
    uninterrupted = reference.contents()

    site = Site(database_url)
    site.run("migrate", "--noinput", "-v0")
    # Commits every 4 articles; -v2 prints each article as it is stored, before its commit.
    load = site.start("load_corpus", str(corpus), "-v2", "--batch", "4")
    wait_for_lines(load, "created:", ARTICLES // 4)
    os.kill(load.pid, signal.SIGKILL)
    load.wait(timeout=30)
    halfway = site.contents()
    assert 0 < halfway["articles"] < ARTICLES
    # Every stored article has the events it reports: only those in which extraction finds
    # nothing at all are without a mention, as in the uninterrupted load.
    bare = set(halfway["bare_articles"]) - set(uninterrupted["bare_articles"])
    assert not bare, f"stored without their events: {sorted(bare)}"

    rerun = site.run("load_corpus", str(corpus))
    assert f"{halfway['articles']} unchanged" in rerun.stdout
    assert site.contents() == uninterrupted


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
