"""python manage.py benchmark_ingest [--articles N] [--workers N]

Generate a synthetic corpus (generate_corpus) and load it into the database named by
DATABASE_URL, which should be empty (`make bench` uses a fresh one). Prints articles and
events per second and peak resident memory. A benchmark, not a test: it prints figures.
"""

from __future__ import annotations

import datetime as dt
import io
import platform
import resource
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test.utils import override_settings

from dashboard.models import Event, Mention
from dashboard.synthetic import CorpusGenerator, write_jsonl


class Command(BaseCommand):
    help = "Print articles/s, events/s and peak memory of load_corpus on a synthetic corpus."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--articles", type=int, default=10_000)
        parser.add_argument("--workers", type=int, default=1)

    def handle(self, *args, articles: int, workers: int, **options) -> None:
        generator = CorpusGenerator.from_corpus(Path(settings.PARLEY_CORPUS_DIR))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "synthetic.jsonl"
            with path.open("w", encoding="utf-8") as out:
                write_jsonl(generator.articles(articles), out)
            began = time.perf_counter()
            output = io.StringIO()
            with override_settings(DEBUG=False):  # as in production: no query log
                call_command("load_corpus", str(path), workers=workers, stdout=output)
            elapsed = time.perf_counter() - began
        mentions = Mention.objects.count()
        peak = max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        )
        self.stdout.write(
            f"{platform.machine()}, Python {platform.python_version()}, {connection.vendor}, "
            f"{workers} worker(s), {dt.date.today()}"
        )
        self.stdout.write(output.getvalue().strip().splitlines()[-1])
        self.stdout.write(
            f"{articles:,} articles in {elapsed:.1f} s: {articles / elapsed:,.0f} articles/s, "
            f"{mentions / elapsed:,.0f} extracted events/s ({Event.objects.count():,} stored "
            f"after merging); peak RSS {peak / 1024:.0f} MB (targets: 150 articles/s, 500 MB)"
        )
