"""The loading service behind `load_corpus` (and `make evaluate`): read input as a stream,
extract it chunk by chunk (in worker processes if asked), and write each chunk in short
transactions through loading.load_article, letting a curator's save in between.

    report = Ingest(workers=2, on_failure=print).run([Path("feed.jsonl")])

The caller holds the load lock (locking.load_lock) for the run; this module does not.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.db import OperationalError, connection, transaction
from tqdm import tqdm

from . import caching
from .configured import configured_pipeline
from .extraction.negotiations import load_negotiations
from .load_cache import LoadCache, UnknownNegotiation
from .loading import (
    LoadReport,
    load_article,
    stored_versions,
    sync_gazetteer,
    sync_negotiations,
    unchanged_keys,
)
from .locking import let_writers_in
from .parallel import ExtractionFailed, Extractor, Pending
from .sources import ArticleInput, SourceError, load_manifest, read_articles

PROGRESS_FROM = 20  # articles; shorter runs show no bar
# Articles committed together (--batch). Each article still has its own savepoint, so a bad
# article leaves nothing behind and the others of its batch are kept; batching spares a
# commit and a data-version bump per article. A load killed mid-batch loses that batch's
# uncommitted articles, which the next run stores.
BATCH = 50
# A batch's writes are committed early when they have held the database this long, so a
# curator's save waits at most about this long (more on SQLite: see locking.let_writers_in).
MAX_TRANSACTION_SECONDS = 1.0
# PostgreSQL's deadlock_detected and serialization_failure: retried, not reported.
TRANSIENT_STATES = {"40P01", "40001"}


class Ingest:
    """One load. `on_failure` receives each input that could not be loaded (one line,
    naming the file and the reason); `on_article` each article's outcome when given."""

    def __init__(
        self,
        *,
        dry_run: bool = False,
        workers: int = 1,
        batch: int = BATCH,
        negotiation: str | None = None,
        on_failure: Callable[[str], None] | None = None,
        on_article: Callable[[str, ArticleInput], None] | None = None,
        progress: bool = True,
    ) -> None:
        self.dry_run, self.workers, self.batch = dry_run, max(1, workers), max(1, batch)
        self.negotiation = negotiation
        self.on_failure = on_failure or (lambda message: None)
        self.on_article = on_article
        self.progress = _Progress(enabled=progress)

    def run(self, paths: list[Path] | None = None) -> LoadReport:
        """Load these files and folders (by default seeds/ and corpus/)."""
        targets = paths or [settings.PARLEY_SEEDS_DIR, settings.PARLEY_CORPUS_DIR]
        pipeline = configured_pipeline()
        registry = load_negotiations(settings.PARLEY_CORPUS_DIR / "negotiations.toml")
        if self.negotiation and self.negotiation not in registry:
            raise UnknownNegotiation(
                f"{self.negotiation}: no such negotiation (known: {', '.join(registry)})"
            )
        if not self.dry_run:
            _commit_without_waiting_for_disk()
            sync_negotiations(registry)
            sync_gazetteer(pipeline.gazetteer)
        manifest = load_manifest(settings.PARLEY_CORPUS_DIR / "manifest.toml")
        # Input streams in chunks: a corpus of any size is never held in memory whole.
        items = read_articles(targets, settings.BASE_DIR, manifest)
        if self.negotiation:
            items = (_with_negotiation(item, self.negotiation) for item in items)
        chunks = _chunks(items, self.batch)
        self.report = LoadReport()
        self.cache = LoadCache()  # stored events and actors, read once for the whole run
        self.cache.defer_writes = True  # participants, mentions, spans written once per batch
        self.pipeline = pipeline
        with Extractor(pipeline, self.workers) as extractor:
            current = self._submit(extractor, next(chunks, None))
            while current is not None:
                # Workers extract the next chunk while this process writes the current one.
                upcoming = self._submit(extractor, next(chunks, None))
                self._write(*current)
                current = upcoming
        self.progress.close()
        return self.report

    def _submit(self, extractor: Extractor, chunk: list | None) -> tuple | None:
        if chunk is None:
            return None
        articles = [item for item in chunk if isinstance(item, ArticleInput)]
        skip = unchanged_keys(articles, self.pipeline.version, stored_versions(articles))
        return chunk, extractor.submit(chunk, skip)

    def _write(self, chunk: list, pending: Pending) -> None:
        """Write one chunk in short transactions, letting a curator's save in between."""
        outcomes = pending.results()  # extracted before any lock is taken
        articles = [item for item in chunk if isinstance(item, ArticleInput)]
        self.cache.new_keys = {a.key for a in articles} - stored_versions(articles).keys()
        done = 0
        while done < len(chunk):
            started = time.monotonic()
            with nullcontext() if self.dry_run else _one_transaction():
                while done < len(chunk):
                    self._load_one(chunk[done], outcomes[done])
                    done += 1
                    if time.monotonic() - started > MAX_TRANSACTION_SECONDS:
                        break
                _retrying(self.cache.flush)
            if not self.dry_run:
                let_writers_in()
        self.progress.advance(len(chunk))

    def _load_one(self, item, extraction) -> None:
        if isinstance(item, SourceError):
            self._fail(str(item))
            return
        if isinstance(extraction, ExtractionFailed):
            self._fail(f"{_where(item)}: {extraction.reason}")
            return
        try:
            outcome = _retrying(
                lambda: load_article(
                    item, self.pipeline, self.report, dry_run=self.dry_run,
                    extraction=extraction, cache=self.cache,
                ),
                savepoint=False,  # load_article's own savepoint
            )  # fmt: skip
        except Exception as error:  # one bad article must not stop the others
            self._fail(f"{_where(item)}: {type(error).__name__}: {error}")
            return
        if self.on_article is not None:
            self.on_article(outcome, item)

    def _fail(self, message: str) -> None:
        self.report.failed.append(message)
        self.on_failure(message)


def _with_negotiation(item, slug: str):
    if isinstance(item, ArticleInput) and not item.negotiation:
        return replace(item, negotiation=slug)
    return item


def _where(article: ArticleInput) -> str:
    """The file (and line) an article came from, as input problems are named."""
    return f"{article.file}:{article.line}" if article.line else article.file


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    items = iter(items)
    while chunk := list(islice(items, max(1, size))):
        yield chunk


def _retrying(write, *, savepoint: bool = True):
    """Run `write` (in a savepoint of its own unless it opens one itself); again if the
    database broke a deadlock by aborting it (PostgreSQL, when a curator's transaction locks
    the same events in another order)."""
    for attempt in range(3):
        try:
            with transaction.atomic() if savepoint else nullcontext():
                return write()
        except OperationalError as error:
            if attempt == 2 or not _transient(error):
                raise
            time.sleep(0.05 * (attempt + 1))


def _transient(error: OperationalError) -> bool:
    return getattr(getattr(error, "__cause__", None), "sqlstate", None) in TRANSIENT_STATES


class _Progress:
    """A progress bar once more than PROGRESS_FROM articles went by (the total is not known:
    the input streams)."""

    def __init__(self, enabled: bool = True) -> None:
        self.count, self.bar, self.enabled = 0, None, enabled

    def advance(self, n: int) -> None:
        self.count += n
        if self.bar is not None:
            self.bar.update(n)
        elif self.enabled and self.count > PROGRESS_FROM:
            self.bar = tqdm(initial=self.count, unit="article", disable=None)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


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
