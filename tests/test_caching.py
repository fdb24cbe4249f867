"""Aggregates are cached per data version, and no change can leave a page showing old data."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from dashboard import caching
from dashboard.extraction.pipeline import Pipeline
from dashboard.loading import LoadReport, load_article
from dashboard.models import Actor, DataVersion, Event, Participant
from dashboard.sources import ArticleInput

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeds")]

PAGES = ["/", "/events/", "/events/?type=meeting&status=occurred", "/actors/mike-pompeo/",
         "/api/events?type=meeting"]  # fmt: skip


def _get(client, url: str) -> tuple[bytes, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content, len(queries)


@pytest.mark.parametrize("url", PAGES)
def test_a_repeated_request_reuses_the_aggregates_and_shows_the_same_page(client, url):
    first, cold = _get(client, url)
    second, warm = _get(client, url)
    assert warm < cold
    assert second == first


def _meeting_count(client) -> int:
    return client.get("/api/events", {"type": "meeting"}).json()["count"]


def test_a_change_through_the_orm_shows_at_once(client):
    before = _meeting_count(client)
    event = Event.objects.visible().filter(event_type="meeting").first()
    event.review = "rejected"
    event.save()
    assert _meeting_count(client) == before - 1
    Participant.objects.filter(event=event).delete()
    event.review = "auto"
    event.save()
    assert _meeting_count(client) == before


def test_a_change_by_another_process_shows_at_once(client):
    """Another process's write changes the token in the database; this process's cache has
    no entry under the new token."""
    before = _meeting_count(client)
    Event.objects.filter(event_type="meeting").update(event_type="visit")  # no signals
    assert _meeting_count(client) == before
    DataVersion.objects.update(token="written-by-another-process")
    assert _meeting_count(client) == 0


def test_loading_an_article_bumps_the_version_once(client, pipeline: Pipeline):
    _meeting_count(client)
    version = DataVersion.objects.get().token
    article = ArticleInput(
        key="cache-test",
        file="cache-test.txt",
        title="Talks",
        outlet="Test",
        published=dt.date(2019, 2, 20),
        authors="",
        text="Mike Pompeo met Kim Yong-chol in Hanoi on February 21, 2019, to prepare the summit.",
    )
    with CaptureQueriesContext(connection) as queries:
        load_article(article, pipeline, LoadReport())
    bumps = [q for q in queries if "dashboard_dataversion" in q["sql"]]
    assert len(bumps) == 1
    assert DataVersion.objects.get().token != version
    assert Event.objects.filter(mentions__article__source_key="cache-test").exists()


def test_a_rolled_back_change_never_reuses_a_token():
    seen = {DataVersion.objects.get().token}
    with pytest.raises(RuntimeError), transaction.atomic():
        caching.bump()
        seen.add(DataVersion.objects.get().token)
        raise RuntimeError("rolled back")
    assert DataVersion.objects.get().token in seen
    caching.bump()
    assert DataVersion.objects.get().token not in seen


def test_one_change_without_a_write_leaves_the_version_alone():
    version = DataVersion.objects.get().token
    with caching.one_change():
        Actor.objects.filter(slug="mike-pompeo").exists()
    assert DataVersion.objects.get().token == version


def test_filter_values_that_look_like_query_strings_get_their_own_entry(client):
    plain = client.get("/api/events", {"q": "Pompeo", "type": "meeting"}).json()["count"]
    tricky = client.get("/api/events", {"q": "Pompeo&type=meeting"}).json()["count"]
    assert plain > 0 and tricky == 0
