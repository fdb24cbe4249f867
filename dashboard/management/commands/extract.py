"""python manage.py extract PATH|- [--published YYYY-MM-DD] [--format json|text]

Runs the extraction pipeline on one text (or each line of a .jsonl file) and prints the
actors and events found. Nothing is written to the database.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from dashboard.extraction.output import extraction_as_dict, extraction_as_text
from dashboard.loading import project_pipeline
from dashboard.sources import InputProblem, decode, parse_date, split_front_matter


class Command(BaseCommand):
    help = "Extract actors and events from a text file, a .jsonl file, or standard input (-)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", metavar="PATH|-")
        parser.add_argument("--published", type=_date, help="Publication date, YYYY-MM-DD.")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, path: str, published: dt.date | None, format: str, **options):
        raw = sys.stdin.buffer.read() if path == "-" else _read(path)
        pipeline = project_pipeline(curated=False)  # the gazetteer as written; no database
        if path.endswith((".jsonl", ".ndjson")):
            self._jsonl(raw, pipeline, published)
            return
        try:
            metadata, body = split_front_matter(decode(raw))
            when = published or (
                parse_date(metadata["published"]) if "published" in metadata else None
            )
        except InputProblem as problem:
            raise CommandError(f"{path}: {problem}") from None
        result = pipeline.extract(body, when)
        if format == "text":
            self.stdout.write(extraction_as_text(result))
        else:
            self.stdout.write(json.dumps(extraction_as_dict(result), ensure_ascii=False, indent=2))

    def _jsonl(self, raw: bytes, pipeline, published: dt.date | None) -> None:
        """One JSON line out per line in, in order, each carrying the input's id."""
        try:
            text = decode(raw)
        except InputProblem as problem:
            raise CommandError(str(problem)) from None
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise InputProblem("expected an object with a 'text' string")
                when = parse_date(record["published"]) if record.get("published") else published
                output = {
                    "id": record.get("id"),
                    **extraction_as_dict(pipeline.extract(record["text"], when)),
                }
            except (json.JSONDecodeError, InputProblem) as error:
                output = {"id": None, "line": number, "error": str(error)}
                if isinstance(record := _safe_json(line), dict):
                    output["id"] = record.get("id")
            self.stdout.write(json.dumps(output, ensure_ascii=False))


def _safe_json(line: str):
    try:
        return json.loads(line)
    except json.JSONDecodeError:
        return None


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published must be YYYY-MM-DD, not {value!r}") from None


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror}") from None
