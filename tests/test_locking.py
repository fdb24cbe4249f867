"""Taking turns on SQLite: a load lets a request that writes go before its next transaction."""

from __future__ import annotations

import threading
import time

import pytest

from dashboard import locking


@pytest.fixture
def writers_file(tmp_path, monkeypatch):
    path = tmp_path / "parley.sqlite3.writers"
    monkeypatch.setattr(locking, "_writers_file", lambda: path)
    return path


def a_request_that_writes_for(seconds: float) -> threading.Event:
    inside = threading.Event()

    def request() -> None:
        with locking.interactive_write():
            inside.set()
            time.sleep(seconds)

    threading.Thread(target=request, daemon=True).start()
    assert inside.wait(5)
    return inside


def test_a_load_waits_for_a_request_that_writes_then_goes_on(writers_file):
    a_request_that_writes_for(0.4)
    started = time.monotonic()
    locking.let_writers_in(wait=5)
    assert 0.3 < time.monotonic() - started < 2


def test_a_load_does_not_wait_when_no_request_writes(writers_file):
    started = time.monotonic()
    locking.let_writers_in(wait=5)
    assert time.monotonic() - started < 0.2


def test_a_load_waits_no_longer_than_it_was_told(writers_file):
    a_request_that_writes_for(3)
    started = time.monotonic()
    locking.let_writers_in(wait=0.3)
    assert 0.25 < time.monotonic() - started < 1.5


def test_requests_that_write_hold_the_file_together(writers_file):
    a_request_that_writes_for(0.5)
    started = time.monotonic()
    with locking.interactive_write():  # shared: a second writer does not queue behind the first
        assert time.monotonic() - started < 0.2
