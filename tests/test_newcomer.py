"""A newcomer's first hour: the README's `.venv/bin/python manage.py …` commands work as
written once `make setup` has run (it writes local.env, which manage.py reads); without it a
missing SECRET_KEY is one clear message, not a traceback; `make run` takes HOST and PORT;
`make clean` leaves a fresh clone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from parley.local_env import CONTENT, read_local_env, write_local_env
from tests.conftest import ROOT
from tests.test_settings import clean_environment


# ---------------------------------------------------------------------- local.env, read
def test_local_env_adds_what_the_environment_lacks(tmp_path):
    path = tmp_path / "local.env"
    path.write_text("# a comment\n\nDEBUG=1\nLOG_LEVEL = INFO\nnot a setting\n")
    environ = {"LOG_LEVEL": "ERROR"}
    assert read_local_env(path, environ) == ["DEBUG"]
    assert environ == {"LOG_LEVEL": "ERROR", "DEBUG": "1"}  # the environment wins


def test_local_env_is_ignored_where_secret_key_is_set(tmp_path):
    """A deployment sets SECRET_KEY: a stray local.env never turns DEBUG on there."""
    path = tmp_path / "local.env"
    write_local_env(path)
    environ = {"SECRET_KEY": "x" * 50}
    assert read_local_env(path, environ) == [] and "DEBUG" not in environ
    assert read_local_env(tmp_path / "missing.env", {}) == []


def test_writing_keeps_a_file_someone_edited(tmp_path):
    path = tmp_path / "local.env"
    assert write_local_env(path) and path.read_text() == CONTENT
    path.write_text("DEBUG=1\nLOG_LEVEL=INFO\n")
    assert not write_local_env(path)
    assert path.read_text() == "DEBUG=1\nLOG_LEVEL=INFO\n"


# ---------------------------------------------------------------------- manage.py, as written
STORY = "Secretary of State Mike Pompeo met Kim Yong-chol in Pyongyang on Friday.\n"


def manage(folder: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The README's `.venv/bin/python manage.py ARGS`, run with manage.py copied into `folder`
    (where its local.env is looked for) and no DEBUG or SECRET_KEY in the environment."""
    shutil.copy(ROOT / "manage.py", folder / "manage.py")
    environment = clean_environment({"PYTHONPATH": str(ROOT), **(env or {})})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=folder, env=environment, input=STORY,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.slow  # manage.py in processes of its own
def test_the_readme_extract_line_works_after_setup_and_says_why_before(tmp_path):
    command = ["extract", "-", "--published", "2018-08-25"]
    before = manage(tmp_path, *command)
    assert before.returncode == 1 and before.stdout == ""
    assert "Traceback" not in before.stderr
    lines = before.stderr.strip().splitlines()
    assert len(lines) == 2, before.stderr
    assert lines[0].startswith("manage.py: SECRET_KEY must be set when DEBUG is off")
    assert "make setup" in lines[1]

    write_local_env(tmp_path / "local.env")  # what `make setup` does
    after = manage(tmp_path, *command)
    assert after.returncode == 0, after.stderr
    assert '"meeting"' in after.stdout and "Kim Yong-chol" in after.stdout

    # A production environment (SECRET_KEY set, DEBUG not) ignores local.env altogether.
    deployed = manage(tmp_path, "shell", "-c", "from django.conf import settings as s; "
                      "print(s.DEBUG)", env={"SECRET_KEY": "k" * 50})  # fmt: skip
    assert deployed.returncode == 0, deployed.stderr
    assert deployed.stdout.split()[-1] == "False"


@pytest.mark.slow
def test_a_bad_setting_is_one_line_too(tmp_path):
    result = manage(tmp_path, "check", env={"DEBUG": "maybe"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("manage.py: DEBUG must be a boolean")


# ---------------------------------------------------------------------- the Makefile
def make(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"PORT", "HOST", "MAKEFLAGS"}}
    return subprocess.run(
        ["make", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow  # make in a process of its own
def test_make_run_serves_where_host_and_port_say():
    default = make("-n", "run").stdout.splitlines()
    assert "DEBUG=1 .venv/bin/python manage.py runserver 127.0.0.1:8000" in default
    chosen = make("-n", "run", "PORT=8080", "HOST=0.0.0.0").stdout.splitlines()
    assert "DEBUG=1 .venv/bin/python manage.py runserver 0.0.0.0:8080" in chosen


GENERATED = [
    ".hypothesis/examples/x", ".pytest_cache/v/x", ".ruff_cache/x", "staticfiles/css/x.css",
    "parley.sqlite3", "parley.sqlite3-wal", "parley.sqlite3.load-lock", "parley.sqlite3.writers",
    "local.env",
    "dashboard/__pycache__/x.pyc", "tests/views/__pycache__/x.pyc", "parley.egg-info/PKG-INFO",
    "test-results/x", "build/lib/x", "evaluate/evaluate.sqlite3", "bench/ingest.sqlite3",
]  # fmt: skip
KEPT = ["dashboard/models.py", "corpus/chronology/x.toml", "my-articles/a.txt", "notes.sqlite"]


@pytest.mark.slow
def test_make_setup_writes_local_env_and_make_clean_leaves_a_fresh_clone(tmp_path):
    """In a copy of the Makefile, with a stand-in venv (its python the running one)."""
    shutil.copy2(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    venv_bin = tmp_path / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "python").write_text(
        f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" "$@"\n'
    )  # fmt: skip
    (venv_bin / "python").chmod(0o755)
    (tmp_path / ".venv" / ".installed").touch()  # newer than pyproject.toml: nothing to install

    written = make("local.env", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "local.env").read_text() == CONTENT

    for name in GENERATED + KEPT:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    cleaned = make("clean", f"EVAL_DB={tmp_path / 'evaluate'}", f"BENCH_DB={tmp_path / 'bench'}",
                   cwd=tmp_path)  # fmt: skip
    assert cleaned.returncode == 0, cleaned.stderr
    left = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*") if path.is_file())
    assert left == sorted(["Makefile", "pyproject.toml", *KEPT])
    assert not (tmp_path / ".venv").exists()
