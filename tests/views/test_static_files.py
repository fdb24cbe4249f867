"""Static files: Parley's own, and plotly.js from the installed plotly package, served from
this host (no page loads anything from another)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db


def test_plotly_js_is_served_from_our_static_files(client):
    response = client.get("/static/vendor/plotly/plotly.min.js")
    assert response.status_code == 200
    assert b"plotly" in b"".join(response.streaming_content)[:2000].lower()


@pytest.mark.parametrize(
    "path", ["/static/css/parley.css", "/static/js/charts.js", "/static/js/actors.js"]
)
def test_our_stylesheet_and_scripts_are_served(client, path):
    assert client.get(path).status_code == 200


def test_every_block_of_the_stylesheet_is_closed():
    """An unclosed block swallows every rule after it without an error anywhere: merging two
    branches' CSS once left `@media print` open, and the phone layout below it was never
    applied (only the browser tests saw it)."""
    css = (Path(__file__).resolve().parents[2] / "static/css/parley.css").read_text()
    code = re.sub(r"/\*.*?\*/", "", re.sub(r'"[^"\n]*"', '""', css), flags=re.S)
    depth = 0
    for number, line in enumerate(code.splitlines(), 1):
        depth += line.count("{") - line.count("}")
        assert depth >= 0, f"parley.css line {number} closes a block never opened"
    assert depth == 0, f"parley.css leaves {depth} block(s) open"
