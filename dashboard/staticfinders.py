"""Serve plotly.js from the installed plotly package instead of a CDN or a vendored copy.

The Python library and the browser bundle then always come from one release, so the figure
JSON built in charts.py matches the plotly.js that draws it, and no page needs the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import plotly
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

PLOTLY_DIR = Path(plotly.__file__).parent / "package_data"
PLOTLY_PREFIX = "vendor/plotly"
PLOTLY_FILE = "plotly.min.js"


class PlotlyJsFinder(BaseFinder):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=PLOTLY_DIR)
        self.storage.prefix = PLOTLY_PREFIX

    def check(self, **kwargs: Any) -> list:
        return []

    def find(self, path: str, find_all: bool = False, **kwargs: Any) -> str | list[str]:
        if path == f"{PLOTLY_PREFIX}/{PLOTLY_FILE}":
            found = str(PLOTLY_DIR / PLOTLY_FILE)
            return [found] if find_all or kwargs.get("all") else found
        return [] if find_all or kwargs.get("all") else ""

    def list(self, ignore_patterns: list[str] | None) -> Iterator[tuple[str, FileSystemStorage]]:
        yield PLOTLY_FILE, self.storage
