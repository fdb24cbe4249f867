"""Settings come from the environment; a production start without SECRET_KEY must fail."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def run_settings(env: dict, code: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}
    }
    return subprocess.run(
        [sys.executable, "-c", f"import parley.settings as s; {code}"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_secret_key_is_required_when_debug_is_off():
    result = run_settings({}, "print(s.DEBUG)")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_allows_local_hosts_and_sqlite_by_default():
    result = run_settings(
        {"DEBUG": "1"}, "print(s.ALLOWED_HOSTS, s.DATABASES['default']['ENGINE'])"
    )
    assert result.returncode == 0, result.stderr
    assert "'127.0.0.1', 'localhost'" in result.stdout and "sqlite3" in result.stdout


def test_database_url_and_allowed_hosts_come_from_the_environment():
    env = {"SECRET_KEY": "x" * 50, "DATABASE_URL": "postgres://u:p@db.example:5432/parley",
           "ALLOWED_HOSTS": "parley.example.org"}  # fmt: skip
    result = run_settings(env, "print(s.DEBUG, s.ALLOWED_HOSTS, s.DATABASES['default']['HOST'])")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "['parley.example.org']", "db.example"]


def test_a_bad_boolean_is_a_configuration_error():
    result = run_settings({"DEBUG": "maybe"}, "pass")
    assert result.returncode != 0 and "DEBUG must be a boolean" in result.stderr
