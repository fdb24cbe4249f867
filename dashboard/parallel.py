"""Extraction in worker processes for `load_corpus --workers N`.

Extraction is pure CPU work on one article at a time, so it runs in a pool of forked
processes that share the parent's pipeline (gazetteer, spaCy tokenizer, curated aliases) and
never touch the database. Results come back in input order; the parent alone writes, one
article per transaction, exactly as a serial load does, so the stored result is the same.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator

from .extraction.pipeline import Pipeline
from .extraction.records import Extraction
from .sources import ArticleInput, SourceError

_pipeline: Pipeline | None = None  # set in the parent before forking; inherited by workers


def _extract(item: ArticleInput | SourceError | None) -> Extraction | None:
    if not isinstance(item, ArticleInput):
        return None
    return _pipeline.extract(item.text, item.published)


def extractions(
    items: list[ArticleInput | SourceError], pipeline: Pipeline, workers: int, skip: set[str]
) -> Iterator[Extraction | None]:
    """One extraction (or None) per item, in order; items whose key is in `skip` get None."""
    global _pipeline
    if workers <= 1:
        yield from (None for _ in items)  # load_article extracts in this process
        return
    _pipeline = pipeline
    # The children inherit the parent's database connection (which holds the load lock on
    # PostgreSQL) but never use it, and leave through os._exit, so nothing closes it under
    # the parent.
    context = multiprocessing.get_context("fork")
    work: Iterable = (
        None if isinstance(item, ArticleInput) and item.key in skip else item for item in items
    )
    with context.Pool(workers) as pool:
        yield from pool.imap(_extract, work, chunksize=4)
