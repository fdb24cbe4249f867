#!/usr/bin/env python
"""Django's command-line utility for Parley.

It first reads local.env, the development settings `make setup` writes (parley/local_env.py),
so the README's commands work as written on a developer's machine; and a configuration
error (no SECRET_KEY with DEBUG off, a bad value) ends with one clear line, not a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parley.settings")
    from parley.local_env import FILE_NAME, read_local_env

    read_local_env(Path(__file__).resolve().parent / FILE_NAME)

    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018 — reads parley/settings.py now
    except ImproperlyConfigured as problem:
        sys.exit(
            f"manage.py: {problem}\n"
            f"For local use run `make setup` once (it writes {FILE_NAME} with DEBUG=1), "
            "or set DEBUG=1; a deployment sets SECRET_KEY (README: Settings)."
        )
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
