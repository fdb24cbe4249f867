"""Static files: Parley's own, and plotly.js from the installed plotly package, served from
this host (no page loads anything from another)."""

from __future__ import annotations

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
