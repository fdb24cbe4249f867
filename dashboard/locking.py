"""One load at a time: a lock that a killed process cannot leave behind.

Two loads that ran together would each decide, for the same reported event, that it is not
stored yet, and store it twice. `load_corpus` therefore holds this lock for its whole run.

- PostgreSQL: a session-level advisory lock; the server releases it when the connection
  ends, however the process ended.
- SQLite (and any other database): an exclusive `flock` on a file next to the database; the
  kernel releases it when the process ends, SIGKILL included.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

LOCK_NAME = "parley-load-corpus"
POLL_SECONDS = 0.2


class LoadInProgress(Exception):
    """Another load holds the lock (and did not release it within the wait)."""


def _advisory_key(name: str) -> int:
    digest = hashlib.sha256(name.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _lock_file() -> Path:
    settings = connection.settings_dict
    name = str(settings.get("NAME") or "")
    if connection.vendor == "sqlite" and name and not name.startswith(("file:", ":memory:")):
        return Path(name).with_name(Path(name).name + ".load-lock")
    if connection.vendor == "sqlite":  # in memory: no other process can reach the database
        name = f"{name}:{os.getpid()}"
    key = hashlib.sha256(f"{connection.vendor}:{settings.get('HOST')}:{name}".encode())
    return Path(tempfile.gettempdir()) / f"parley-{key.hexdigest()[:16]}.load-lock"


@contextmanager
def load_lock(wait: float = 0.0) -> Iterator[None]:
    """Hold the load lock; wait up to `wait` seconds for it, then raise LoadInProgress."""
    deadline = time.monotonic() + wait
    if connection.vendor == "postgresql":
        key = _advisory_key(LOCK_NAME)
        with connection.cursor() as cursor:
            while True:
                cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
                if cursor.fetchone()[0]:
                    break
                if time.monotonic() >= deadline:
                    raise LoadInProgress("another load is running on this database")
                time.sleep(POLL_SECONDS)
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
        return

    path = _lock_file()
    with open(path, "a+") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "unknown"
                    raise LoadInProgress(
                        f"another load is running on this database (process {holder}; "
                        f"lock file {path})"
                    ) from None
                time.sleep(POLL_SECONDS)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# ---------------------------------------------------------------------- curators first
# SQLite has one writer at a time, and a waiting writer polls for the lock every ~100 ms. A
# load that opens its next transaction right after committing the last would nearly always
# win, and a curator's save in the admin would wait for the whole load. So each web request
# that may write holds a shared lock on a file next to the database while it runs, and the
# loader, between two of its transactions, waits until no such request is running.


def _writers_file() -> Path | None:
    settings = connection.settings_dict
    name = str(settings.get("NAME") or "")
    if connection.vendor != "sqlite" or not name or name.startswith(("file:", ":memory:")):
        return None  # PostgreSQL locks rows, not the database: nothing to take turns for
    return Path(name).with_name(Path(name).name + ".writers")


@contextmanager
def _opened(path: Path) -> Iterator[int | None]:
    try:  # read-only is enough for flock, so a web server and a loader of other users share it
        handle = os.open(path, os.O_RDONLY | os.O_CREAT, 0o644)
    except OSError:
        yield None  # a folder we cannot write to: no turn-taking, nothing worse
        return
    try:
        yield handle
    finally:
        os.close(handle)


@contextmanager
def interactive_write() -> Iterator[None]:
    """Held by a web request that may write (admin saves), for as long as it runs."""
    path = _writers_file()
    if path is None:
        yield
        return
    with _opened(path) as handle:
        if handle is not None:
            fcntl.flock(handle, fcntl.LOCK_SH)
        yield


def let_writers_in(wait: float = 30.0) -> None:
    """Between a load's transactions: wait (up to `wait` seconds) until no web request that
    may write is running. A request waiting for the database got it at the load's commit."""
    path = _writers_file()
    if path is None:
        return
    deadline = time.monotonic() + wait
    with _opened(path) as handle:
        if handle is None:
            return
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return
                time.sleep(0.01)
            else:
                fcntl.flock(handle, fcntl.LOCK_UN)
                return
