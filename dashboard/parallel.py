"""Extraction for `load_corpus`, chunk by chunk, in this process or in forked workers.

Extraction is pure CPU work on one article at a time. `Extractor.submit(chunk)` starts it
for a chunk of input (in a pool of forked processes that share the parent's pipeline:
gazetteer, spaCy tokenizer, curated aliases) and `.results()` returns one outcome per item,
in order. The loader submits the next chunk before it writes the current one, so workers
extract while the parent writes, and no more than two chunks are ever held in memory.

An article whose extraction raises becomes an `ExtractionFailed` with the reason, in the
parent or in a worker alike: one bad article never stops a load.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult, Pool

from .extraction.pipeline import Pipeline
from .extraction.records import Extraction
from .sources import ArticleInput, SourceError

_pipeline: Pipeline | None = None  # set in the parent before forking; inherited by workers


@dataclass(frozen=True)
class ExtractionFailed:
    reason: str


Outcome = Extraction | ExtractionFailed | None  # None: not extracted (bad input, unchanged)
Item = ArticleInput | SourceError


def extract_one(pipeline: Pipeline, article: ArticleInput) -> Extraction | ExtractionFailed:
    try:
        return pipeline.extract(article.text, article.published)
    except Exception as error:  # one bad article must not stop the others
        return ExtractionFailed(f"extraction failed: {type(error).__name__}: {error}")


def _extract(item: ArticleInput | None) -> Extraction | ExtractionFailed | None:
    return None if item is None else extract_one(_pipeline, item)


class Pending:
    """The outcomes of one submitted chunk."""

    def __init__(self, outcomes: list[Outcome] | None, job: AsyncResult | None = None) -> None:
        self._outcomes = outcomes
        self._job = job

    def results(self) -> list[Outcome]:
        if self._outcomes is None:
            self._outcomes = self._job.get()
        return self._outcomes


class Extractor:
    """Use as a context manager; `workers` > 1 starts a pool of that many processes."""

    def __init__(self, pipeline: Pipeline, workers: int = 1) -> None:
        self.pipeline = pipeline
        self.workers = max(1, workers)
        self._pool: Pool | None = None

    def __enter__(self) -> Extractor:
        if self.workers > 1:
            global _pipeline
            _pipeline = self.pipeline
            # The children inherit the parent's database connection (which holds the load
            # lock on PostgreSQL) but never use it, and leave through os._exit, so nothing
            # closes it under the parent.
            self._pool = multiprocessing.get_context("fork").Pool(self.workers)
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def submit(self, items: Sequence[Item], skip: set[str]) -> Pending:
        """Start extracting the chunk's articles, except those whose key is in `skip`. With
        one worker, the work is done in this process when results() asks for it."""
        work = [
            item if isinstance(item, ArticleInput) and item.key not in skip else None
            for item in items
        ]
        if self._pool is None:
            return _Lazy(self.pipeline, work)
        return Pending(None, self._pool.map_async(_extract, work, chunksize=4))


class _Lazy(Pending):
    """Serial extraction, done when results() asks: after the previous chunk is written
    and before this one's write transaction opens, so no lock is held while it runs."""

    def __init__(self, pipeline: Pipeline, work: list[ArticleInput | None]) -> None:
        super().__init__(None)
        self._pipeline_ref, self._work = pipeline, work

    def results(self) -> list[Outcome]:
        if self._outcomes is None:
            self._outcomes = [
                None if a is None else extract_one(self._pipeline_ref, a) for a in self._work
            ]
        return self._outcomes
