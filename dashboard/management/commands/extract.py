"""python manage.py extract PATH|- [--published YYYY-MM-DD] [--format json|text]

Runs the extraction pipeline on one text (or each line of a .jsonl file) and prints the
actors and events found. Nothing is written to the database.

Input is read by dashboard/sources.py, under the rules load_corpus applies: a bad JSON line
is one line on stderr (and an error object in its place on stdout), the other lines go on,
and the command exits non-zero at the end.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from dashboard.configured import configured_pipeline
from dashboard.extraction.limits import ArticleTooLong
from dashboard.extraction.output import extraction_as_dict, extraction_as_text
from dashboard.sources import (
    JSONL_SUFFIXES,
    ArticleInput,
    InputProblem,
    SourceError,
    read_jsonl,
    read_limited,
    read_text_article,
    read_text_file,
)


class Command(BaseCommand):
    help = "Extract actors and events from a text file, a .jsonl file, or standard input (-)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", metavar="PATH|-")
        parser.add_argument("--published", type=_date, help="Publication date, YYYY-MM-DD.")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, path: str, published: dt.date | None, format: str, **options):
        pipeline = configured_pipeline(curated=False)  # the gazetteer as written; no database
        if path != "-" and Path(path).suffix.lower() in JSONL_SUFFIXES:
            self._jsonl(path, pipeline, published)
            return
        try:
            if path == "-":
                article = read_text_article(read_limited(sys.stdin.buffer), "-", {})
            else:
                article = read_text_file(Path(path), path)
            result = pipeline.extract(article.text, published or article.published)
        except (InputProblem, ArticleTooLong) as problem:
            raise CommandError(f"{path}: {problem}") from None
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from None
        if format == "text":
            self.stdout.write(extraction_as_text(result))
        else:
            self.stdout.write(json.dumps(extraction_as_dict(result), ensure_ascii=False, indent=2))

    def _jsonl(self, path: str, pipeline, published: dt.date | None) -> None:
        """One JSON line out per line in, in order, each carrying the input's id; a line that
        cannot be read is an error object in its place and one line on stderr."""
        failed = 0
        try:
            with open(path, "rb") as stream:
                for item in read_jsonl(stream, path):
                    if isinstance(item, ArticleInput):
                        item = self._extract(item, pipeline, published)
                    if isinstance(item, SourceError):
                        failed += 1
                        self.stderr.write(f"failed: {item}")
                        if item.line is None:
                            continue  # the whole file (binary, empty): no line to stand for
                        item = {"id": item.record_id, "line": item.line, "error": item.reason}
                    self.stdout.write(json.dumps(item, ensure_ascii=False))
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from None
        if failed:
            raise CommandError(f"{failed} input(s) could not be read (see above).")

    def _extract(self, article: ArticleInput, pipeline, published: dt.date | None):
        try:
            result = pipeline.extract(article.text, article.published or published)
        except ArticleTooLong as too_long:  # sources.py refuses these first; a backstop
            return SourceError(article.file, str(too_long), article.line, article.record_id)
        return {"id": article.record_id, **extraction_as_dict(result)}


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published must be YYYY-MM-DD, not {value!r}") from None
