"""scripts/postgres-for-tests: `make test` leaves no PostgreSQL server running that it started,
and none listening with a password anyone knows.

The script runs for real, with PostgreSQL's tools (pg_lsclusters, pg_ctlcluster, psql,
createdb) and sudo/runuser replaced by small stand-ins on PATH that record their calls and
keep the cluster's state in a file: what it starts, stops and leaves alone can be checked on
any machine, CI included, without root or a server.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # runs the script in processes of its own

SCRIPT = ROOT / "scripts" / "postgres-for-tests"

STAND_INS = {
    # One cluster, 15/main on port 5432, online or down as the state file says.
    "pg_lsclusters": 'echo "15 main 5432 $(cat "$FAKE_PG/status") postgres /x /y.log"',
    "pg_ctlcluster": """echo "pg_ctlcluster $*" >>"$FAKE_PG/calls"
case "$3" in start) echo online >"$FAKE_PG/status";; stop) echo down >"$FAKE_PG/status";; esac""",
    "psql": """echo "psql $*" >>"$FAKE_PG/calls"
if [ ! -t 0 ]; then cat >>"$FAKE_PG/sql"; fi
case "$*" in *pg_database*) echo 1;; esac""",
    "createdb": 'echo "createdb $*" >>"$FAKE_PG/calls"',
    "runuser": 'shift 3; exec "$@"',  # runuser -u postgres -- CMD
    "sudo": 'if [ "$1" = -u ]; then shift 2; fi; exec "$@"',
}


@pytest.fixture
def fake_pg(tmp_path: Path) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in STAND_INS.items():
        path = bin_dir / name
        path.write_text(f"#!/usr/bin/env bash\n{body}\n")
        path.chmod(0o755)
    (tmp_path / "status").write_text("down\n")
    (tmp_path / "calls").write_text("")
    return tmp_path


def run(fake_pg: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PATH": f"{fake_pg / 'bin'}:{os.environ['PATH']}",
        "FAKE_PG": str(fake_pg),
        "PARLEY_PG_STATE": str(fake_pg / "started"),
        "PARLEY_PG_SECRET": str(fake_pg / "secret" / "password"),
    }
    return subprocess.run(
        [str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60, cwd=fake_pg
    )


def cluster_calls(fake_pg: Path) -> list[str]:
    calls = (fake_pg / "calls").read_text().splitlines()
    return [call for call in calls if call.startswith("pg_ctlcluster")]


def test_a_run_that_started_the_server_stops_it_even_when_the_tests_fail(fake_pg):
    result = run(fake_pg, "run", "sh", "-c", 'echo "$DATABASE_URL" >url; exit 3')
    assert result.returncode == 3, result.stderr  # the tests' failure is the run's
    assert cluster_calls(fake_pg) == ["pg_ctlcluster 15 main start", "pg_ctlcluster 15 main stop"]
    assert (fake_pg / "status").read_text().strip() == "down"
    assert not (fake_pg / "started").exists()  # the bookkeeping is cleared


def test_a_server_that_was_running_is_left_running(fake_pg):
    (fake_pg / "status").write_text("online\n")
    result = run(fake_pg, "run", "true")
    assert result.returncode == 0, result.stderr
    assert cluster_calls(fake_pg) == []
    assert (fake_pg / "status").read_text().strip() == "online"


def test_the_password_is_random_private_and_the_same_for_every_run(fake_pg):
    run(fake_pg, "run", "sh", "-c", 'echo "$DATABASE_URL" >url')
    first = (fake_pg / "url").read_text().strip()
    run(fake_pg, "run", "sh", "-c", 'echo "$DATABASE_URL" >url')
    secret_file = fake_pg / "secret" / "password"
    secret = secret_file.read_text()
    assert len(secret) == 36 and secret != "parley"
    assert first == (fake_pg / "url").read_text().strip()
    assert first == f"postgres://parley:{secret}@127.0.0.1:5432/parley"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    sql = (fake_pg / "sql").read_text()
    assert f"ALTER ROLE parley PASSWORD '{secret}';" in sql
    assert "PASSWORD 'parley'" not in sql
    # Never on a command line, where `ps` shows it to every user.
    assert secret not in (fake_pg / "calls").read_text()


def test_printing_the_url_then_stop_stops_only_what_it_started(fake_pg):
    printed = run(fake_pg)
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith("postgres://parley:")
    assert (fake_pg / "started").read_text().split() == ["15", "main"]
    assert run(fake_pg, "stop").returncode == 0
    assert run(fake_pg, "stop").returncode == 0  # nothing left to stop
    assert cluster_calls(fake_pg) == ["pg_ctlcluster 15 main start", "pg_ctlcluster 15 main stop"]


def test_make_test_postgres_runs_the_tests_through_the_script():
    """The Makefile's recipe, as make would run it (without running it)."""
    result = subprocess.run(
        ["make", "-n", "test-postgres", "TEST_POSTGRES="], cwd=ROOT, capture_output=True,
        text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        "scripts/postgres-for-tests run .venv/bin/python -m pytest -n auto --database-tests-only"
        in lines
    )
    given = subprocess.run(
        ["make", "-n", "test-postgres", "TEST_POSTGRES=postgres://u:p@db:5432/mine"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "DATABASE_URL='postgres://u:p@db:5432/mine' .venv/bin/python -m pytest" in given.stdout
    assert "postgres-for-tests" not in given.stdout
