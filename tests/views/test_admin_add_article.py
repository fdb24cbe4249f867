"""The admin's Add article form: a pasted or uploaded article is stored and extracted at once,
its new events waiting for review; it meets the rules of load_corpus, and a bad one is a form
error naming the reason, with nothing stored.

The form's job is to run extraction, so three tests read what it finds in a sentence of their
own: a meeting, dated from the publication date the form gives (on the Thursday before), a
sanction, and evidence at all in a text over a million characters."""

from __future__ import annotations

from io import BytesIO

import pytest
from django.contrib.admin.models import LogEntry

from dashboard.models import Article, Event

pytestmark = pytest.mark.django_db

ADD = "/admin/dashboard/article/add/"
MEETING = "Mike Pompeo met Kim Yong-chol in New York on Thursday."
TOO_LARGE = "too large for one article (2.1 MB; the limit is 2 MB)"
NOT_WEB = "'url' must be an http:// or https:// address with a host, not"


def form_errors(response) -> list[str]:
    assert response.status_code == 200  # the form again, not a redirect nor a server error
    form = response.context["form"]
    return [str(message) for errors in form.errors.values() for message in errors]


def upload(name: str, content: bytes) -> BytesIO:
    stream = BytesIO(content)
    stream.name = name
    return stream


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"text": "a" * 2_100_000}, f"pasted: {TOO_LARGE}"),
        # Over Django's default limit on a request body (2.5 MB): still the form's message.
        ({"text": "é" * 1_050_000}, f"pasted: {TOO_LARGE}"),
        ({"text": "Pompeo met\x00 Kim Yong-chol."}, "Null characters are not allowed."),
        ({"text": MEETING, "title": "A\x00B"}, "Null characters are not allowed."),
        ({"text": MEETING, "url": "javascript:alert(document.cookie)"}, "Enter a valid URL."),
        ({"text": MEETING, "url": "data:text/html,<b>x</b>"}, "Enter a valid URL."),
        ({"text": MEETING, "url": "ftp://example.org/story"},
         f"{NOT_WEB} 'ftp://example.org/story'"),
    ],
)  # fmt: skip
def test_a_bad_paste_is_a_form_error_and_stores_nothing(curator, fields, error):
    before = Article.objects.count()
    response = curator.post(ADD, {"published": "2018-06-01", **fields})
    assert error in form_errors(response)
    assert Article.objects.count() == before


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"a" * 4_100_000, "too large for one article (4.1 MB; the limit is 2 MB)"),
        (b"---\ntitle: T\n---\n" + b"a" * 2_100_000, TOO_LARGE),
        (b"---\nurl: javascript:alert(1)\n---\n" + MEETING.encode(),
         f"{NOT_WEB} 'javascript:alert(1)'"),
        (b"---\nurl: VBSCRIPT:msgbox(1)\n---\n" + MEETING.encode(), NOT_WEB),
        (MEETING.encode() + b" " * 9000 + b"\x00", "contains a NUL character"),
        (b"---\npublished: 20180601\n---\n" + MEETING.encode(), "'published' is not a valid"),
    ],
)  # fmt: skip
def test_a_bad_upload_is_a_form_error_naming_the_file_and_stores_nothing(curator, content, error):
    before = Article.objects.count()
    response = curator.post(ADD, {"file": upload("story.md", content)})
    [message] = form_errors(response)
    assert message.startswith(f"story.md: {error}")
    assert Article.objects.count() == before


def test_a_pasted_article_within_the_limit_but_over_a_million_characters_is_stored(curator):
    text = "word " * 250_000 + "\n" + MEETING
    response = curator.post(ADD, {"text": text, "published": "2018-06-01", "title": "Long"})
    assert response.status_code == 302
    assert Article.objects.get(title="Long").mentions.exists()


def test_an_article_with_a_known_url_is_the_same_article(curator):
    first = {"text": MEETING, "title": "First", "url": "https://example.org/pompeo#top",
             "published": "2018-06-01"}  # fmt: skip
    assert curator.post(ADD, first).status_code == 302
    [article] = Article.objects.filter(source_key="url:https://example.org/pompeo")
    assert article.url == "https://example.org/pompeo#top"
    second = {**first, "title": "Second", "url": "HTTPS://EXAMPLE.ORG/pompeo"}
    response = curator.post(ADD, second, follow=True)
    assert "An article with the same URL was stored already; updated" in response.content.decode()
    [article] = Article.objects.filter(source_key="url:https://example.org/pompeo")
    assert article.title == "Second"
    assert LogEntry.objects.filter(object_id=str(article.pk)).count() == 2  # added, changed


def test_a_pasted_article_is_stored_and_its_events_wait_for_review(curator):
    response = curator.post(ADD, {"text": MEETING, "title": "Pompeo meets Kim Yong-chol",
                                  "outlet": "Example Wire", "published": "2018-06-01"})  # fmt: skip
    assert response.status_code == 302
    assert response["Location"] == "/admin/dashboard/event/?needs_review=yes"
    article = Article.objects.get(title="Pompeo meets Kim Yong-chol")
    assert article.source_key.startswith("admin/curator/") and article.outlet == "Example Wire"
    [event] = Event.objects.filter(mentions__article=article)
    assert (event.event_type, event.date.isoformat(), event.review) == (
        "meeting", "2018-05-31", "auto",
    )  # fmt: skip
    assert list(Event.objects.needs_review().values_list("pk", flat=True)) == [event.pk]
    assert LogEntry.objects.filter(object_id=str(article.pk), user__username="curator").exists()


def test_an_uploaded_file_brings_its_front_matter(curator):
    content = (b"---\ntitle: Uploaded\npublished: 2018-08-25\n---\n"
               b"The Treasury Department on Wednesday sanctioned two Russian firms.\n")  # fmt: skip
    assert curator.post(ADD, {"file": upload("upload.md", content)}).status_code == 302
    article = Article.objects.get(title="Uploaded")
    assert article.published.isoformat() == "2018-08-25"
    assert article.source_key.startswith("admin/curator/upload.md#")
    assert list(
        Event.objects.filter(mentions__article=article).values_list("event_type", flat=True)
    ) == ["sanction"]


def test_a_binary_upload_is_refused_with_its_reason(curator):
    response = curator.post(ADD, {"file": upload("bad.txt", b"\x00\x01binary")})
    assert form_errors(response) == ["bad.txt: binary file, not text"]
    assert not Article.objects.exists()
