"""The local settings file `make setup` writes (local.env, next to manage.py).

A newcomer runs the README's commands (`.venv/bin/python manage.py load_corpus`, `extract`…)
exactly as written; without this file each would stop on the missing SECRET_KEY that a
deployment must set. Only manage.py reads it, never gunicorn's WSGI entry, and not at all
when SECRET_KEY is in the environment (a deployment), so it cannot turn DEBUG on in
production. A variable already in the environment wins over the file's.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

FILE_NAME = "local.env"
CONTENT = """\
# Written by `make setup` for development on this machine; `make clean` removes it.
# manage.py reads it (a variable set in the environment wins), unless SECRET_KEY is set:
# a deployment then runs on its own settings. gunicorn never reads it.
DEBUG=1
"""


def read_local_env(path: Path, environ: MutableMapping[str, str] = os.environ) -> list[str]:
    """Put the file's KEY=VALUE lines into `environ` where they are not set yet; return the
    names set. Blank lines and `#` comments are skipped; a missing file sets nothing."""
    if "SECRET_KEY" in environ or not path.is_file():
        return []
    added = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        name, value = (part.strip() for part in line.split("=", 1))
        if name and name not in environ:
            environ[name] = value
            added.append(name)
    return added


def write_local_env(path: Path) -> bool:
    """Write the development settings unless the file exists (a person may have edited it);
    True when written."""
    if path.exists():
        return False
    path.write_text(CONTENT, encoding="utf-8")
    return True
