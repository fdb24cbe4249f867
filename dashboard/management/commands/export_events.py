"""python manage.py export_events --format json|csv [--output FILE] [FILTER=VALUE ...]

Filters are the events table's own parameters, e.g. `type=cancellation date_after=2018-06-01`.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from dashboard.exports import csv_lines, event_dicts
from dashboard.filters import validated_events


class Command(BaseCommand):
    help = 'Export events as JSON ({"events": [...]}) or CSV, optionally filtered.'

    def add_arguments(self, parser) -> None:
        parser.add_argument("filters", nargs="*", metavar="FILTER=VALUE")
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")

    def handle(self, *args, filters: list[str], format: str, output: str | None, **options):
        query = QueryDict(mutable=True)
        for item in filters:
            key, sep, value = item.partition("=")
            if not sep:
                raise CommandError(f"filters are KEY=VALUE, not {item!r}")
            query.appendlist(key, value)
        found = validated_events(query)
        if not found.valid:
            raise CommandError("invalid filter, nothing exported:\n" + found.errors_as_text())
        events = found.rows.order_by("date", "id")
        if output:
            with open(output, "w", encoding="utf-8", newline="") as stream:
                _write(format, events, stream.write)
        else:
            _write(format, events, lambda text: self.stdout.write(text, ending=""))


def _write(format: str, events, emit: Callable[[str], object]) -> None:
    """Stream the export: one event at a time, so memory stays flat."""
    if format == "csv":
        for line in csv_lines(event_dicts(events)):
            emit(line)
        return
    emit('{"events": [')
    for index, event in enumerate(event_dicts(events)):
        emit(("," if index else "") + "\n" + json.dumps(event, ensure_ascii=False))
    emit("\n]}\n")
