"""Hostile and malformed requests: never a server error, and injected markup stays inert."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.models import Actor, Article, Event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeds")]

# Every parameter any page or endpoint reads, and a few nobody reads.
KEYS = ["q", "type", "status", "actor", "country", "outlet", "article", "date_after",
        "date_before", "review", "kind", "new", "published_after", "published_before",
        "_sort", "_page", "_size", "format", "unit", "x", "q[]", "__proto__"]  # fmt: skip
NASTY = st.sampled_from([
    "", " ", "\x00", "%00", "'", '"', "' OR 1=1 --", "<script>alert(1)</script>", "../../etc",
    "-1", "0", "99999999999999999999999", "1e309", "NaN", "2018-02-30", "0000-00-00",
    "9999-12-31", "-2018-01-01", "2018-06-12T00:00", "\ud7ff", "名前", "\u202e", "a" * 5000,
    "-date", "--date", "?", "&", "=", "%", "%%", "\\", "null", "[]", "{}",
])  # fmt: skip
VALUES = st.one_of(NASTY, st.text(max_size=60))
QUERIES = st.lists(st.tuples(st.sampled_from(KEYS) | st.text(max_size=10), VALUES), max_size=6)


def paths() -> list[str]:
    event = Event.objects.order_by("id").first()
    return [
        "/", "/events/", "/events.csv", "/api/events", "/api/actors", "/api/articles",
        f"/events/{event.pk}/", f"/actors/{Actor.objects.order_by('id').first().slug}/",
        f"/articles/{Article.objects.order_by('id').first().pk}/",
    ]  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=QUERIES, which=st.integers(min_value=0, max_value=8))
def test_no_query_string_causes_a_server_error(client: Client, query, which):
    path = paths()[which]
    response = client.get(path, dict_to_query(query))
    assert response.status_code < 500, (path, query)


def dict_to_query(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    query: dict[str, list[str]] = {}
    for key, value in pairs:
        query.setdefault(key, []).append(value)
    return query


@pytest.mark.parametrize(
    "path",
    ["/events/0/", "/events/99999999999999999999/", "/actors/no-such-actor/", "/articles/-1/",
     "/api/nothing", "/events/%00/", "/static/../parley/settings.py"],
)  # fmt: skip
def test_unknown_objects_and_odd_paths_are_not_found(client, path):
    assert client.get(path).status_code == 404


PAYLOADS = ("<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
            '"><svg onload=alert(2)>')  # fmt: skip


@pytest.fixture
def poisoned(tmp_path):
    """An article, an actor and a sentence that carry markup, stored the normal way."""
    story = tmp_path / "poisoned.md"
    story.write_text(
        f"---\ntitle: {PAYLOADS[0]} summit\noutlet: {PAYLOADS[1]}\npublished: 2018-06-13\n---\n"
        f"Trump met Kim Jong-un in Singapore on June 12. {PAYLOADS[2]} {PAYLOADS[0]}\n"
    )
    call_command("load_corpus", str(story), stdout=StringIO(), stderr=StringIO())
    article = Article.objects.get(source_file=str(story))
    actor = Actor.objects.get(name="Kim Jong-un")
    Actor.objects.filter(pk=actor.pk).update(name=PAYLOADS[2], description=PAYLOADS[1])
    event = article.mentions.first().event
    return article, actor, event


def assert_inert(html: str) -> None:
    for payload in PAYLOADS:
        assert payload not in html
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html


def test_markup_in_articles_actors_and_filters_renders_inert_everywhere(client, poisoned):
    article, actor, event = poisoned
    pages = [
        "/", f"/events/{event.pk}/", f"/actors/{actor.slug}/", f"/articles/{article.pk}/",
        "/events/?" + "&".join(f"q={p}" for p in PAYLOADS),
        f"/events/?outlet={PAYLOADS[1]}&country={PAYLOADS[2]}&_sort={PAYLOADS[0]}",
        f"/events/?article={article.pk}",
    ]  # fmt: skip
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        assert_inert(response.content.decode())
    # The highlighted evidence escapes the sentence around the marked trigger.
    detail = client.get(f"/articles/{article.pk}/").content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in detail


def test_markup_in_the_admin_is_escaped_too(client, poisoned):
    User.objects.create_superuser("admin", password="a-long-passphrase")
    client.login(username="admin", password="a-long-passphrase")
    article, actor, event = poisoned
    for page in ["/admin/dashboard/event/", "/admin/dashboard/actor/",
                 f"/admin/dashboard/event/{event.pk}/change/",
                 f"/admin/dashboard/actor/{actor.pk}/change/",
                 f"/admin/dashboard/article/{article.pk}/change/"]:  # fmt: skip
        response = client.get(page)
        assert response.status_code == 200, page
        assert_inert(response.content.decode())


def test_the_admin_needs_a_login_and_a_csrf_token():
    anonymous = Client(enforce_csrf_checks=True)
    response = anonymous.get("/admin/dashboard/event/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    User.objects.create_superuser("admin", password="a-long-passphrase")
    forged = anonymous.post("/admin/login/", {"username": "admin", "password": "a-long-passphrase"})
    assert forged.status_code == 403  # no CSRF token: refused, not logged in
    assert "_auth_user_id" not in anonymous.session
