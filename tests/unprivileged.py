"""Run a function where permissions hold: a forked child that reads as `nobody` when the suite
runs as root (root reads any file whatever its mode), or as the same user otherwise (a mode of
000 then keeps the user out too). The result comes back pickled; nothing is skipped.

A fork rather than a new interpreter: the child needs no access to the virtualenv's Python
(which may live in a home folder `nobody` cannot enter), and it never touches the parent's
database connection: it only reads files, and leaves through os._exit.
"""

from __future__ import annotations

import encodings.utf_8_sig  # noqa: F401 (see run_unprivileged)
import os
import pickle
import pwd
import shutil
import stat
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def run_unprivileged(function: Callable[..., Any], *args: Any) -> Any:
    """`function(*args)`, run by the child. What the child imports lazily must be imported
    here first: as `nobody` it may not reach the standard library's files (a Python
    installed under /root), hence the import of the utf-8-sig codec above."""
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            os.close(reading)
            if os.geteuid() == 0:
                nobody = pwd.getpwnam("nobody")
                os.setgroups([])
                os.setgid(nobody.pw_gid)
                os.setuid(nobody.pw_uid)
            try:
                outcome = ("result", function(*args))
            except BaseException as error:
                try:
                    outcome = ("error", traceback.format_exc())
                except BaseException:
                    outcome = ("error", repr(error))
            try:
                data = pickle.dumps(outcome)
            except Exception as error:  # a result that cannot travel (a generator, say)
                data = pickle.dumps(("error", f"cannot send the result back: {error!r}"))
            with os.fdopen(writing, "wb") as out:
                out.write(data)
        finally:
            os._exit(0)
    os.close(writing)
    with os.fdopen(reading, "rb") as stream:
        data = stream.read()
    os.waitpid(pid, 0)
    assert data, "the unprivileged child died before answering"
    kind, value = pickle.loads(data)
    assert kind == "result", value
    return value


@contextmanager
def open_folder() -> Iterator[Path]:
    """A new folder everyone may enter (pytest's tmp_path sits in a folder of mode 700), removed
    afterwards with whatever the test locked inside it."""
    folder = Path(tempfile.mkdtemp(prefix="parley-unprivileged-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            if not path.is_symlink():
                path.chmod(stat.S_IRWXU)
        shutil.rmtree(folder)


def lock(path: Path) -> None:
    """Nobody but root may read or enter `path` from now on."""
    path.chmod(0)
