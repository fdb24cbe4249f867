"""python manage.py benchmark_memory [--megabytes N ...] [--padding-kb K] [--workers N]

Does load_corpus stream? For each size, write a JSON Lines file of about that many
megabytes (synthetic articles, each carrying K KB of page markup in a field Parley does not
read, as a feed that ships the page's HTML does), load it into the database DATABASE_URL
names (use an empty one), and print the load's resident memory as it goes: at a tenth of
the run, at the end, and at its peak. Memory that stays flat while the file grows fourfold
is the point; a reader that held the input would grow with the file. A benchmark, not a
test: it prints figures.
"""

from __future__ import annotations

import datetime as dt
import io
import platform
import tempfile
import threading
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test.utils import override_settings

from dashboard.measure import rss_mb
from dashboard.models import Article
from dashboard.synthetic import CorpusGenerator, write_jsonl


class Command(BaseCommand):
    help = "Print load_corpus's resident memory while it loads JSON Lines files of growing size."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--megabytes", type=int, nargs="+", default=[512, 2048])
        parser.add_argument("--padding-kb", type=int, default=64)
        parser.add_argument("--workers", type=int, default=2)

    def handle(self, *args, megabytes: list[int], padding_kb: int, workers: int, **options):
        self.stdout.write(
            f"{platform.machine()}, Python {platform.python_version()}, {connection.vendor}, "
            f"{workers} worker(s), {dt.date.today()}"
        )
        offset = 0
        for size in megabytes:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "feed.jsonl"
                count = _write_feed(path, size * 1_000_000, padding_kb * 1000, offset)
                offset += count
                before = Article.objects.count()
                samples = _load_sampling(path, workers)
                elapsed = samples[-1][0]
                loaded = Article.objects.count() - before
            early = next(mb for t, mb in samples if t >= elapsed / 10)
            self.stdout.write(
                f"{size:,} MB file, {count:,} articles ({loaded:,} stored) in {elapsed:.0f} s: "
                f"RSS {early:.0f} MB at a tenth of the run, {samples[-1][1]:.0f} MB at the end, "
                f"peak {max(mb for _, mb in samples):.0f} MB"
            )


def _write_feed(path: Path, size: int, padding: int, offset: int) -> int:
    """Synthetic articles, numbered from `offset` (each file's are new), up to `size` bytes."""
    generator = CorpusGenerator.from_corpus(Path(settings.PARLEY_CORPUS_DIR), seed=offset + 1)
    markup = ("<div class='story'><p>" + "lorem ipsum dolor " * (padding // 18))[:padding]
    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        while written < size:
            for article in generator.articles(1000):
                article["id"] = f"{article['id']}-{offset + count}"
                article["url"] = f"{article['url']}-{offset + count}"
                article["html"] = markup
                buffer = io.StringIO()
                write_jsonl(iter([article]), buffer)
                out.write(buffer.getvalue())
                written += len(buffer.getvalue().encode("utf-8"))
                count += 1
                if written >= size:
                    break
    return count


def _load_sampling(path: Path, workers: int) -> list[tuple[float, float]]:
    """Load the file in this process while a thread notes its RSS every half second."""
    samples: list[tuple[float, float]] = []
    done = threading.Event()
    began = time.perf_counter()

    def sample() -> None:
        while not done.is_set():
            samples.append((time.perf_counter() - began, rss_mb()))
            done.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        with override_settings(DEBUG=False):  # as in production: no query log
            call_command("load_corpus", str(path), workers=workers, stdout=io.StringIO())
    finally:
        done.set()
        sampler.join()
    samples.append((time.perf_counter() - began, rss_mb()))
    return samples
