"""Full-text search on SQLite: FTS5 indexes of event summaries and evidence sentences.

The SQLite counterpart of 0004's PostgreSQL indexes, so that the `q` filter matches words by
their English stem on both databases (dashboard/search.py). Each index is an FTS5 table
over its model's table (external content: the text is stored once), kept current by
triggers on insert, delete and a change of the indexed column, whoever writes: the loader,
the admin, bulk inserts. The Porter stemmer plays the part of PostgreSQL's English
dictionary ("summits" finds "summit"). Nothing is created on PostgreSQL.
"""

from __future__ import annotations

from django.db import migrations

# (index table, model table, indexed column)
FULL_TEXT = [
    ("dashboard_event_fts", "dashboard_event", "summary"),
    ("dashboard_mention_fts", "dashboard_mention", "sentence"),
]


def _statements(index: str, table: str, column: str) -> list[str]:
    remove = (
        f"INSERT INTO {index}({index}, rowid, {column}) VALUES ('delete', old.id, old.{column})"
    )
    add = f"INSERT INTO {index}(rowid, {column}) VALUES (new.id, new.{column})"
    return [
        f"CREATE VIRTUAL TABLE {index} USING fts5({column}, content='{table}', "
        f"content_rowid='id', tokenize='porter unicode61')",
        f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {add}; END",
        f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {remove}; END",
        f"CREATE TRIGGER {index}_update AFTER UPDATE OF {column} ON {table} "
        f"BEGIN {remove}; {add}; END",
        f"INSERT INTO {index}({index}) VALUES ('rebuild')",  # index the rows already stored
    ]


def create(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    for index, table, column in FULL_TEXT:
        for statement in _statements(index, table, column):
            schema_editor.execute(statement)


def drop(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    for index, _, _ in FULL_TEXT:
        for trigger in ("insert", "delete", "update"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {index}_{trigger}")
        schema_editor.execute(f"DROP TABLE IF EXISTS {index}")


class Migration(migrations.Migration):
    dependencies = [("dashboard", "0004_text_search_indexes")]
    operations = [migrations.RunPython(create, drop)]
