"""Full-text indexes for the `q` filter, on PostgreSQL only (SQLite searches with LIKE).

Not in Meta.indexes, which would create them on SQLite too; built here through the schema
editor. The expressions must stay those dashboard/search.py queries with, or the planner
cannot use them (tests/test_search.py checks that it does)."""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

TEXT_INDEXES = [
    ("Event", GinIndex(SearchVector("summary", config="english"), name="event_summary_search")),
    ("Mention", GinIndex(SearchVector("sentence", config="english"), name="mention_sentence_search")),
]


def create(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in TEXT_INDEXES:
        schema_editor.add_index(apps.get_model("dashboard", model_name), index)


def drop(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in TEXT_INDEXES:
        schema_editor.remove_index(apps.get_model("dashboard", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("dashboard", "0003_cached_aggregates")]
    operations = [migrations.RunPython(create, drop)]
