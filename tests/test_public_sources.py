"""What public pages say about a source article: its web address only if it is an http or
https one."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.exports import web_url
from dashboard.models import Actor, Article, Event, Mention, Participant

pytestmark = pytest.mark.django_db


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


def test_a_web_address_is_a_link_on_the_article_and_event_pages(client, from_alice):
    article, event = from_alice
    Article.objects.filter(pk=article.pk).update(url="https://example.org/story?a=1&b=2")
    link = 'href="https://example.org/story?a=1&amp;b=2" rel="noopener noreferrer"'
    assert link in client.get(f"/articles/{article.pk}/").content.decode()
    assert link in client.get(f"/events/{event.pk}/").content.decode()


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
