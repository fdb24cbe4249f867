"""PostgreSQL: the full-text documents of event summaries and evidence sentences stored in
columns of their own (generated from the text, kept current by the database), with GIN
indexes, in place of 0004's indexes on expressions.

A phrase ("working-level talks") needs each candidate's word positions, which an index
does not hold: with an expression index PostgreSQL parsed every candidate's text again, and
the costliest search the box allows took 1.3 s at 200,000 events; from a stored column it
reads them (0.3 s). The columns are not model fields: Django never reads or writes them,
and dashboard/search.py asks for them by name. Nothing changes on SQLite (FTS5, 0005).
"""

from __future__ import annotations

from django.db import migrations

DOCUMENTS = [  # (table, text column, document column, index)
    ("dashboard_event", "summary", "summary_document", "event_summary_document"),
    ("dashboard_mention", "sentence", "sentence_document", "mention_sentence_document"),
]
OLD_INDEXES = ["event_summary_search", "mention_sentence_search"]  # 0004's


def create(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, text, document, index in DOCUMENTS:
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN {document} tsvector GENERATED ALWAYS AS "
            f"(to_tsvector('english'::regconfig, COALESCE({text}, ''))) STORED"
        )
        schema_editor.execute(f"CREATE INDEX {index} ON {table} USING gin ({document})")
    for index in OLD_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index}")


def drop(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, _, document, index in DOCUMENTS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index}")
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {document}")
    from importlib import import_module

    import_module("dashboard.migrations.0004_text_search_indexes").create(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("dashboard", "0007_articles_known_by_url")]
    operations = [migrations.RunPython(create, drop)]
