"""Serve plotly.js from the installed plotly package instead of a CDN or a vendored copy, and
the map data scripts/fetch_map_data.py fetched for it.

The Python library and the browser bundle then always come from one release, so the figure
JSON built in charts.py matches the plotly.js that draws it, and no page needs the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import plotly
from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.checks import Warning
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


MAP_DATA_PREFIX = "vendor/topojson"


def map_data_dir() -> Path:
    """Where scripts/fetch_map_data.py writes the world topojson (never committed)."""
    return Path(settings.BASE_DIR) / "build" / "topojson"


class MapDataFinder(BaseFinder):
    """Serve the world topojson the events map draws as vendor/topojson/*.json, so that
    plotly.js reads it from this host (its `topojsonURL`) instead of cdn.plot.ly."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=map_data_dir())
        self.storage.prefix = MAP_DATA_PREFIX

    def check(self, **kwargs: Any) -> list:
        if (map_data_dir() / "world_50m.json").exists():
            return []
        return [
            Warning(
                "The events map has no map data: run `make map-data` "
                "(python scripts/fetch_map_data.py).",
                id="dashboard.W001",
            )
        ]

    def find(self, path: str, find_all: bool = False, **kwargs: Any) -> str | list[str]:
        many = find_all or kwargs.get("all")
        name = path.removeprefix(f"{MAP_DATA_PREFIX}/")
        found = map_data_dir() / name
        if path.startswith(f"{MAP_DATA_PREFIX}/") and "/" not in name and found.is_file():
            return [str(found)] if many else str(found)
        return [] if many else ""

    def list(self, ignore_patterns: list[str] | None) -> Iterator[tuple[str, FileSystemStorage]]:
        if map_data_dir().is_dir():
            for found in sorted(map_data_dir().glob("*.json")):
                yield found.name, self.storage
