"""python manage.py load_corpus [PATH ...] [--dry-run] [--workers N] [--batch N] [--wait SECONDS]"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from tqdm import tqdm

from dashboard import caching
from dashboard.load_cache import LoadCache
from dashboard.loading import (
    LoadReport,
    load_article,
    project_pipeline,
    stored_versions,
    sync_gazetteer,
    unchanged_keys,
)
from dashboard.locking import LoadInProgress, load_lock
from dashboard.parallel import extractions
from dashboard.sources import ArticleInput, SourceError, load_manifest, read_articles
from parley.memory import collecting_less

PROGRESS_FROM = 20  # articles; shorter runs print no bar
# Articles committed together (--batch). Each article still has its own savepoint, so a bad
# article leaves nothing behind and the others of its batch are kept; batching spares a
# commit and a data-version bump per article (a fifth of a large load's time). A load killed
# mid-batch loses that batch's uncommitted articles, which the next run stores.
BATCH = 50


class Command(BaseCommand):
    help = (
        "Load articles and extract their actors and events. With no PATH, loads seeds/ and "
        "corpus/. A PATH may be a .txt/.md file, a .jsonl file or a folder of them."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="*", type=Path, metavar="PATH")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would change; write nothing."
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            metavar="N",
            help="Extract in N parallel processes (default 1); writes stay in this one.",
        )
        parser.add_argument(
            "--batch",
            type=int,
            default=BATCH,
            metavar="N",
            help=f"Commit every N articles (default {BATCH}); each article is all or nothing.",
        )
        parser.add_argument(
            "--wait",
            type=float,
            default=0.0,
            metavar="SECONDS",
            help="If another load is running, wait up to SECONDS for it (default: refuse).",
        )

    def handle(self, *args, paths: list[Path], dry_run: bool, wait: float, **options) -> None:
        # Two loads at once could each store the same new event; a dry run writes nothing.
        try:
            with nullcontext() if dry_run else load_lock(wait), collecting_less():
                self._load(paths, dry_run, options)
        except LoadInProgress as busy:
            raise CommandError(
                f"{busy}. Nothing was loaded: wait for it to finish or pass --wait SECONDS."
            ) from None

    def _load(self, paths: list[Path], dry_run: bool, options: dict) -> None:
        targets = paths or [settings.PARLEY_SEEDS_DIR, settings.PARLEY_CORPUS_DIR]
        pipeline = project_pipeline()
        if not dry_run:
            _commit_without_waiting_for_disk()
            sync_gazetteer(pipeline.gazetteer)
        manifest = load_manifest(settings.PARLEY_CORPUS_DIR / "manifest.toml")
        items = list(read_articles(targets, settings.BASE_DIR, manifest))
        report = LoadReport()
        articles = [item for item in items if isinstance(item, ArticleInput)]
        cache = LoadCache()  # stored events and actors, read once for the whole run
        cache.defer_writes = True  # participants and mentions written once per batch
        stored = stored_versions(articles)
        cache.new_keys = {article.key for article in articles} - stored.keys()
        verbose = options["verbosity"] >= 2
        workers = max(1, options["workers"])
        skip = unchanged_keys(articles, pipeline.version, stored) if workers > 1 else set()
        results = extractions(items, pipeline, workers, skip)
        bar = tqdm(items, unit="article", disable=True if len(items) < PROGRESS_FROM else None)
        pairs = zip(bar, results, strict=True)
        size = max(1, options["batch"])
        while batch := list(islice(pairs, size)):
            with nullcontext() if dry_run else _one_transaction():
                for item, extraction in batch:
                    self._load_one(item, extraction, pipeline, report, cache, dry_run, verbose)
                cache.flush()
        prefix = "Dry run, nothing written: " if dry_run else ""
        self.stdout.write(prefix + report.summary())
        if report.failed:
            raise CommandError(f"{len(report.failed)} input(s) could not be loaded (see above).")

    def _load_one(self, item, extraction, pipeline, report, cache, dry_run, verbose) -> None:
        if isinstance(item, SourceError):
            self._fail(report, str(item))
            return
        try:
            outcome = load_article(
                item, pipeline, report, dry_run=dry_run, extraction=extraction, cache=cache
            )
        except Exception as error:  # one bad article must not stop the others
            self._fail(report, f"{item.key}: {type(error).__name__}: {error}")
            return
        if verbose or (dry_run and outcome != "unchanged"):
            self.stdout.write(f"{'would be ' if dry_run else ''}{outcome}: {item.key}")

    def _fail(self, report: LoadReport, message: str) -> None:
        report.failed.append(message)
        self.stderr.write(f"failed: {message}")


@contextmanager
def _one_transaction() -> Iterator[None]:
    with transaction.atomic(), caching.one_change():
        yield


def _commit_without_waiting_for_disk() -> None:
    """On PostgreSQL, let this session's commits return before the WAL reaches the disk.

    A load commits once per article, and waiting for the disk each time halved its speed.
    The database stays consistent: a server crash can lose only the last articles' commits,
    and a re-run stores them again (loads are idempotent). A load killed by itself loses
    nothing that was committed."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO OFF")
