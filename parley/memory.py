"""Garbage-collector settings shared by the web processes and the page benchmark."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

# Collect the youngest generation after 50,000 new container objects instead of 700. A page
# of 500 events makes ~100,000 of them; with the default, collections ran dozens of times a
# request and walked everything the request was still holding.
THRESHOLDS = (50_000, 20, 100)


def tune_garbage_collector() -> None:
    """Call once the application is loaded. Moves everything loaded so far (modules,
    settings, URL patterns: ~135,000 objects that live as long as the process) out of the
    collector's reach, so its full passes walk only what requests create, and collects less
    often: those passes had been the p95 of every page (docs/benchmarks.md)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)


@contextlib.contextmanager
def collecting_less() -> Iterator[None]:
    """The same settings for one long batch job in a process that goes on afterwards (a load
    run by call_command, as the tests do), restored when it ends: a large load otherwise runs
    many full passes over its cache of stored events. Freezing before load_corpus forks its
    workers also keeps the shared pages shared."""
    thresholds = gc.get_threshold()
    tune_garbage_collector()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
