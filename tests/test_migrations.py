"""Data migrations do to stored rows what the code now expects of them."""

from __future__ import annotations

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from dashboard.sources import url_key

pytestmark = pytest.mark.django_db(transaction=True)

KNOWN_BY_URL = importlib.import_module("dashboard.migrations.0007_articles_known_by_url")


def migrate(target: str):
    executor = MigrationExecutor(connection)
    executor.migrate([("dashboard", target)])
    return executor.loader.project_state([("dashboard", target)]).apps


@pytest.mark.parametrize(
    "url",
    [
        "https://www.State.gov/remarks/#top",
        "HTTP://Example.ORG/Story?id=7",
        "https://user@News.Example.org:8443/a/b",
        "https://example.org/" + "x" * 600,
    ],
)
def test_the_migration_keys_articles_as_the_loader_does(url):
    assert KNOWN_BY_URL.url_key(url) == url_key(url)


def test_stored_articles_with_a_url_are_known_by_it_after_the_migration():
    old = migrate("0006_actor_spans_and_web_urls")
    Article = old.get_model("dashboard", "Article")
    common = {"text": "Text.", "content_hash": "x"}
    first = Article.objects.create(
        source_key="/data/a.txt", url="https://Example.org/s#p", **common
    )
    twin = Article.objects.create(source_key="/data/b.txt", url="https://example.org/s", **common)
    bare = Article.objects.create(source_key="/data/c.txt", url="", **common)
    odd = Article.objects.create(source_key="/data/d.txt", url="mailto:x@example.org", **common)
    new = migrate("0007_articles_known_by_url")
    keys = dict(new.get_model("dashboard", "Article").objects.values_list("pk", "source_key"))
    assert keys[first.pk] == "url:https://example.org/s"
    assert keys[twin.pk] == "/data/b.txt"  # the same URL twice: the oldest takes the key
    assert keys[bare.pk] == "/data/c.txt" and keys[odd.pk] == "/data/d.txt"
