"""The data version behind the cached aggregates: a random token in one row, replaced inside
the transaction of every change, so no change can leave a page showing old data. What the
pages and the API do with it: tests/views/ (a repeated request, a change, another process)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from dashboard import caching
from dashboard.extraction.pipeline import Pipeline
from dashboard.loading import LoadReport, load_article
from dashboard.models import Actor, DataVersion, Event
from dashboard.sources import ArticleInput
from tests.factories import make_actor, make_event

pytestmark = pytest.mark.django_db


def token() -> str:
    return DataVersion.objects.get().token


def test_every_write_through_the_orm_replaces_the_token():
    event = make_event()
    seen = [token()]
    event.summary = "Changed"
    event.save()
    seen.append(token())
    event.delete()
    seen.append(token())
    make_actor("Mike Pompeo")
    seen.append(token())
    assert len(set(seen)) == 4


def test_loading_an_article_replaces_the_token_once(pipeline: Pipeline):
    caching.bump()
    before = token()
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
    assert token() != before
    assert Event.objects.filter(mentions__article__source_key="cache-test").exists()


def test_a_rolled_back_change_never_reuses_a_token():
    caching.bump()
    seen = {token()}
    with pytest.raises(RuntimeError), transaction.atomic():
        caching.bump()
        seen.add(token())
        raise RuntimeError("rolled back")
    assert token() in seen
    caching.bump()
    assert token() not in seen


def test_one_change_without_a_write_leaves_the_version_alone():
    make_actor("Mike Pompeo")
    before = token()
    with caching.one_change():
        Actor.objects.filter(slug="mike-pompeo").exists()
    assert token() == before


def test_one_change_of_many_writes_replaces_the_token_once():
    caching.bump()
    before = token()
    with CaptureQueriesContext(connection) as queries, caching.one_change():
        for n in range(3):
            make_actor(f"Envoy {n}")
    assert len([q for q in queries if "dashboard_dataversion" in q["sql"]]) == 1
    assert token() != before
