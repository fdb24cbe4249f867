"""Settings come from the environment; a production start without SECRET_KEY must fail."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

SETTINGS_VARIABLES = {
    "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "HTTPS", "BEHIND_PROXY",
    "CSRF_TRUSTED_ORIGINS", "STATIC_ROOT", "HSTS_SECONDS", "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",  # set by the browser tests for Playwright's event loop
}  # fmt: skip
# What README's production section tells a newcomer to set.
PRODUCTION = {"SECRET_KEY": "k3Yq-" + "x7Vb9" * 10, "ALLOWED_HOSTS": "parley.example.org",
              "DATABASE_URL": "postgres://parley:secret@db.example:5432/parley"}  # fmt: skip


def clean_environment(env: dict) -> dict:
    return {**{k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}, **env}


def run_settings(env: dict, code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", f"import parley.settings as s; {code}"],
        cwd=ROOT,
        env=clean_environment(env),
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


@pytest.mark.slow  # manage.py check in a process of its own
def test_a_production_start_passes_every_deployment_check():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=clean_environment(PRODUCTION), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_defaults_to_https_with_secure_cookies_and_hsts():
    code = (
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_HSTS_SECONDS > 0, hasattr(s, 'SECURE_PROXY_SSL_HEADER'))"
    )
    result = run_settings(PRODUCTION, code)
    assert result.stdout.split() == ["True", "True", "True", "True", "False"], result.stderr
    plain = run_settings({**PRODUCTION, "HTTPS": "0", "BEHIND_PROXY": "1"}, code)
    assert plain.stdout.split() == ["False", "False", "False", "False", "True"], plain.stderr


@pytest.mark.slow  # manage.py check in a process of its own
def test_the_production_check_fails_on_a_weak_key():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=clean_environment({**PRODUCTION, "SECRET_KEY": "short"}),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode != 0 and "security.W009" in result.stderr + result.stdout


@pytest.mark.slow  # a process that loads the whole app
def test_every_web_process_tunes_the_garbage_collector_once_loaded():
    result = run_settings(
        {"DEBUG": "1"},
        "import gc, parley.wsgi, parley.memory; "
        "print(gc.get_threshold() == parley.memory.THRESHOLDS, gc.get_freeze_count() > 10_000)",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]


def test_a_web_process_never_imports_the_nlp():
    """Pages read stored rows; spaCy and the vocabulary's generated forms (about 90 MB and
    1.6 s per process) are imported only where an article is extracted."""
    result = run_settings(
        {"DEBUG": "1"},
        "import sys, parley.wsgi, parley.urls, dashboard.admin, dashboard.views; "
        "print(sorted(m for m in ('spacy', 'lemminflect', 'dashboard.extraction.vocabulary') "
        "if m in sys.modules))",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_load_collects_less_and_gives_the_collector_back_when_it_ends():
    import gc

    from parley.memory import THRESHOLDS, collecting_less

    before = gc.get_threshold()
    with collecting_less():
        assert gc.get_threshold() == THRESHOLDS and gc.get_freeze_count() > 10_000
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
