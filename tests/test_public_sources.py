"""What public pages, the API and the exports say about a source article: its id, title,
outlet, date and web address (only an http or https one), never the file it was loaded from,
whose path names the curator who added it in the admin."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import call_command

from dashboard.exports import web_url
from dashboard.models import Actor, Article, Event, Mention, Participant

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeds")]


@pytest.fixture
def from_alice() -> tuple[Article, Event]:
    """An article a curator called alice added in the admin, with a javascript: address and
    no title, and the event it reports."""
    article = Article.objects.create(
        source_key="admin/alice/story.txt#0123456789ab",
        source_file="admin/alice/story.txt",
        url="javascript:alert(1)",
        outlet="Example Wire",
        published=dt.date(2018, 8, 25),
        text="Mike Pompeo met Kim Yong-chol in Pyongyang on Friday.",
        content_hash="story",
    )
    event = Event.objects.create(
        event_type="meeting", date=dt.date(2018, 8, 24), summary="Pompeo meets Kim Yong-chol"
    )
    Mention.objects.create(event=event, article=article, sentence=article.text, start=0, end=53)
    for slug in ("mike-pompeo", "kim-yong-chol"):
        Participant.objects.create(event=event, actor=Actor.objects.get(slug=slug))
    return article, event


def _body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode()


def test_a_javascript_address_is_never_a_link(client, from_alice):
    article, event = from_alice
    for url in (f"/articles/{article.pk}/", f"/events/{event.pk}/"):
        html = client.get(url).content.decode()
        assert "javascript:" not in html, url
    assert (
        client.get("/api/articles", {"outlet": "Example Wire"}).json()["articles"][0]["url"] is None
    )
    [source] = client.get("/api/events", {"article": article.pk}).json()["events"][0]["sources"]
    assert source["url"] is None


def test_a_web_address_is_a_link_on_the_article_and_event_pages(client, from_alice):
    article, event = from_alice
    Article.objects.filter(pk=article.pk).update(url="https://example.org/story?a=1&b=2")
    link = 'href="https://example.org/story?a=1&amp;b=2" rel="noopener noreferrer"'
    assert link in client.get(f"/articles/{article.pk}/").content.decode()
    assert link in client.get(f"/events/{event.pk}/").content.decode()
    [source] = client.get("/api/events", {"article": article.pk}).json()["events"][0]["sources"]
    assert source["url"] == "https://example.org/story?a=1&b=2"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("HTTP://example.org/a", "HTTP://example.org/a"),
        ("  https://example.org/a ", "https://example.org/a"),
        ("javascript:alert(1)", ""),
        ("JavaScript:alert(1)", ""),
        (" javascript:alert(1)", ""),
        ("java\tscript:alert(1)", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("vbscript:msgbox(1)", ""),
        ("//evil.example/x", ""),
        ("https:evil", ""),
        ("ftp://example.org/a", ""),
        ("http://[::1", ""),  # not a URL at all
        ("", ""),
        (None, ""),
    ],
)
def test_only_http_and_https_addresses_pass(url, shown):
    assert web_url(url) == shown


def test_sources_are_named_without_files_or_user_names(client, from_alice):
    article, _ = from_alice
    [exported] = client.get("/api/events", {"article": article.pk}).json()["events"]
    assert exported["sources"] == [
        {"article": article.pk, "url": None, "title": "", "outlet": "Example Wire",
         "published": "2018-08-25", "sentence": article.text},
    ]  # fmt: skip
    listed = client.get("/api/articles", {"outlet": "Example Wire"}).json()["articles"]
    assert "file" not in listed[0] and listed[0]["id"] == article.pk
    csv = _body(client.get("/events.csv", {"article": article.pk}))
    assert f"Example Wire: Article {article.pk} (2018-08-25)" in csv


def test_no_public_page_or_export_reveals_the_curator(client, from_alice):
    article, event = from_alice
    responses = {
        url: _body(client.get(url))
        for url in [
            "/", "/events/", f"/events/?article={article.pk}", f"/events/{event.pk}/",
            "/actors/mike-pompeo/", "/actors/kim-yong-chol/", f"/articles/{article.pk}/",
            "/api/events?_size=1000", f"/api/events?article={article.pk}",
            "/api/articles?_size=1000", "/api/articles?q=Pyongyang", "/api/actors?_size=1000",
            "/events.csv", f"/events.csv?article={article.pk}",
        ]
    }  # fmt: skip
    for arguments in (["--format", "json"], ["--format", "csv"]):
        out = StringIO()
        call_command("export_events", *arguments, stdout=out)
        responses[" ".join(arguments)] = out.getvalue()
    exported = json.loads(responses["--format json"])["events"]
    assert event.pk in [e["id"] for e in exported]  # the export does list its event
    for name, body in responses.items():
        assert "alice" not in body.lower(), name
        assert "story.txt" not in body, name
    assert "Pompeo meets Kim Yong-chol" in responses[f"/events/{event.pk}/"]
    assert f"Article {article.pk}" in responses[f"/articles/{article.pk}/"]
