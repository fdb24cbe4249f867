"""/favicon.ico and the icon every page names."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_favicon_ico_leads_to_our_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == "/static/img/favicon.svg"
    icon = client.get(response["Location"])
    assert icon.status_code == 200 and b"<svg" in b"".join(icon.streaming_content)


@pytest.mark.parametrize("url", ["/", "/events/", "/accounts/login/"])
def test_every_page_names_our_icon(client, url):
    assert 'rel="icon" href="/static/img/favicon.svg"' in client.get(url).content.decode()
