"""What holds on every page and endpoint at once: no query string causes a server error,
markup stored in a record or given in a filter is shown as text, and no public page or export
names the file an article came from (whose path names the curator who added it)."""

from __future__ import annotations

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.models import Actor, Article, Event
from tests.factories import make_actor, make_article, make_event, make_mention
from tests.views.reading import body

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(pompeo, kim, story) -> Event:
    event = make_event("meeting", "2018-07-06", actors=[pompeo, kim], negotiation="us-dprk",
                       summary="Pompeo meets Kim Yong-chol")  # fmt: skip
    make_mention(event, story, "Mike Pompeo met Kim Yong-chol in Pyongyang.", trigger="met")
    return event


# ---------------------------------------------------------------------- hostile query strings
# Every parameter any page or endpoint reads, and a few nobody reads.
KEYS = ["q", "type", "status", "actor", "country", "outlet", "article", "date_after",
        "date_before", "review", "kind", "new", "published_after", "published_before",
        "negotiation", "_sort", "_page", "_size", "format", "unit", "x", "q[]", "with", "location",
        "__proto__", "actor_match", "role", "_facet_size", "_facet"]  # fmt: skip
NASTY = st.sampled_from([
    "", " ", "\x00", "%00", "'", '"', "' OR 1=1 --", "<script>alert(1)</script>", "../../etc",
    "-1", "0", "99999999999999999999999", "1e309", "NaN", "2018-02-30", "0000-00-00",
    "9999-12-31", "-2018-01-01", "2018-06-12T00:00", "\ud7ff", "名前", "\u202e", "a" * 5000,
    "-date", "--date", "?", "&", "=", "%", "%%", "\\", "null", "[]", "{}", "mike-pompeo",
    "us-dprk", "all",
])  # fmt: skip
VALUES = st.one_of(NASTY, st.text(max_size=60))
QUERIES = st.lists(st.tuples(st.sampled_from(KEYS) | st.text(max_size=10), VALUES), max_size=6)


def paths(event: Event, actor: Actor, article: Article) -> list[str]:
    return [
        "/", "/events/", "/events.csv", "/api/events", "/api/actors", "/api/articles",
        f"/events/{event.pk}/", f"/actors/{actor.slug}/", f"/articles/{article.pk}/",
        "/actors/", "/articles/", f"/api/events/{event.pk}", "/meetings/", "/map/",
        "/chronology/", "/chronology.md", "/chronology.csv",
    ]  # fmt: skip


def as_query(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    query: dict[str, list[str]] = {}
    for key, value in pairs:
        query.setdefault(key, []).append(value)
    return query


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=QUERIES, which=st.integers(min_value=0, max_value=1000))
def test_no_query_string_causes_a_server_error(client, meeting, pompeo, story, query, which):
    every = paths(meeting, pompeo, story)
    path = every[which % len(every)]  # any page, however many there are
    response = client.get(path, as_query(query))
    assert response.status_code < 500, (path, query)


@pytest.mark.parametrize(
    "path",
    ["/events/0/", "/events/99999999999999999999/", "/actors/no-such-actor/", "/articles/-1/",
     "/api/nothing", "/events/%00/", "/static/../parley/settings.py"],
)  # fmt: skip
def test_unknown_objects_and_odd_paths_are_not_found(client, meeting, path):
    assert client.get(path).status_code == 404


# ---------------------------------------------------------------------- markup in records
PAYLOADS = ("<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
            '"><svg onload=alert(2)>')  # fmt: skip


@pytest.fixture
def poisoned() -> tuple[Article, Actor, Event]:
    """An article, an actor and an event whose texts carry markup."""
    actor = make_actor(PAYLOADS[2], description=PAYLOADS[1], country="KP")
    article = make_article(
        f"Trump met {PAYLOADS[2]} in Singapore on June 12. {PAYLOADS[0]}",
        title=f"{PAYLOADS[0]} summit", outlet=PAYLOADS[1], published="2018-06-13",
        negotiation="us-dprk", actors=[actor],
    )  # fmt: skip
    event = make_event("summit", "2018-06-12", actors=[actor], negotiation="us-dprk",
                       summary=f"{PAYLOADS[0]} in Singapore", location=PAYLOADS[1])  # fmt: skip
    make_mention(event, article, f"Trump met {PAYLOADS[2]} in Singapore on June 12.", "met")
    return article, actor, event


def assert_inert(html: str) -> None:
    for payload in PAYLOADS:
        assert payload not in html
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html


def test_markup_in_records_and_filters_renders_as_text_on_every_page(client, poisoned):
    article, actor, event = poisoned
    pages = {  # each page, and the payloads it shows (escaped)
        "/": [0, 2],
        f"/events/{event.pk}/": [0, 1, 2],
        f"/actors/{actor.slug}/": [0, 1, 2],
        f"/articles/{article.pk}/": [0, 1, 2],
        "/events/?" + "&".join(f"q={p}" for p in PAYLOADS): [0, 2],  # the last q
        f"/events/?outlet={PAYLOADS[1]}&_sort={PAYLOADS[0]}": [0, 1, 2],
        f"/events/?article={article.pk}": [0, 2],
        f"/map/?location={PAYLOADS[1]}": [1],
        f"/meetings/?outlet={PAYLOADS[0]}": [0],
        "/chronology/": [0, 1, 2],
        f"/chronology/?outlet={PAYLOADS[1]}": [0, 1, 2],
    }
    for page, shown in pages.items():
        response = client.get(page)
        assert response.status_code == 200, page
        html = response.content.decode()
        assert_inert(html)
        for n in shown:
            assert escape(PAYLOADS[n]) in html, (page, n)


def test_markup_in_records_renders_as_text_in_the_admin(admin_client, poisoned):
    article, actor, event = poisoned
    for page in ["/admin/dashboard/event/", "/admin/dashboard/actor/",
                 f"/admin/dashboard/event/{event.pk}/change/",
                 f"/admin/dashboard/actor/{actor.pk}/change/",
                 f"/admin/dashboard/article/{article.pk}/change/"]:  # fmt: skip
        response = admin_client.get(page)
        assert response.status_code == 200, page
        html = response.content.decode()
        assert_inert(html)
        assert escape(PAYLOADS[2]) in html or escape(PAYLOADS[0]) in html, page


# ---------------------------------------------------------------------- the curator's name
@pytest.fixture
def from_alice(pompeo, kim) -> tuple[Article, Event]:
    """An article a curator called alice added in the admin, with no title, and its event."""
    article = make_article(
        "Mike Pompeo met Kim Yong-chol in Pyongyang on Friday.",
        source_key="admin/alice/story.txt#0123456789ab", source_file="admin/alice/story.txt",
        outlet="Example Wire", published="2018-08-25", negotiation="us-dprk",
        actors=[pompeo, kim],
    )  # fmt: skip
    event = make_event("meeting", "2018-08-24", actors=[pompeo, kim], sources=[article],
                       negotiation="us-dprk", summary="Pompeo meets Kim Yong-chol")  # fmt: skip
    return article, event


def test_no_public_page_or_export_names_the_curator_or_the_file(client, from_alice):
    article, event = from_alice
    named = f"Article {article.pk}"
    shown = {  # each page, and what shows that it does list the article or its event
        "/": "Pompeo meets Kim Yong-chol",
        "/events/": "Pompeo meets Kim Yong-chol",
        f"/events/?article={article.pk}": "Pompeo meets Kim Yong-chol",
        f"/events/{event.pk}/": named,
        "/actors/mike-pompeo/": "Pompeo meets Kim Yong-chol",
        "/actors/kim-yong-chol/": "Pompeo meets Kim Yong-chol",
        f"/articles/{article.pk}/": named,
        "/api/events?_size=1000": f'"article": {article.pk}',
        f"/api/events?article={article.pk}": f'"article": {article.pk}',
        "/api/articles?_size=1000": f'"id": {article.pk}',
        "/api/articles?q=Pyongyang": f'"id": {article.pk}',
        "/api/actors?_size=1000": '"events": 1',
        "/events.csv": named,
        f"/events.csv?article={article.pk}": named,
        "/chronology/": named,
        "/chronology.md": named,
        f"/chronology.csv?article={article.pk}": named,
    }
    responses = {url: body(client.get(url)) for url in shown}
    for url, proof in shown.items():
        assert proof in responses[url], url
    for arguments in (["--format", "json"], ["--format", "csv"]):
        out = StringIO()
        call_command("export_events", *arguments, stdout=out)
        responses[" ".join(arguments)] = out.getvalue()
    assert [e["id"] for e in json.loads(responses["--format json"])["events"]] == [event.pk]
    assert named in responses["--format csv"]
    for name, text in responses.items():
        assert "alice" not in text.lower(), name
        assert "story.txt" not in text, name


def test_markup_in_records_is_escaped_in_the_markdown_chronology(client, poisoned):
    """A Markdown viewer renders inline HTML: the export escapes every `<`."""
    text = body(client.get("/chronology.md"))
    assert "summit" in text and not re.search(r"(?<!\\)[<>]", text)  # each after a backslash
    assert "\\<script\\>alert('x')\\</script\\> in Singapore" in text
