"""Aggregates (facets, chart series, counts) cached until the record changes.

On a large database one facet or chart series costs a noticeable share of a second of
database time, and every page shows several (docs/benchmarks.md); they change only when a
load or a curator changes the record. So each is cached under the current *data version*:
a random token in one database row (DataVersion), replaced in the same transaction as
every change. A web process reads the token once per request, so a process never serves
aggregates older than the data it reads, whichever process or host made the change, and
nothing needs to be told to expire.

A random token rather than a counter: a transaction that is rolled back takes its token
with it, and the next change draws a new one instead of reusing a number whose cache
entries describe data that never committed.

Writes bump the version through model signals (admin, curation); `one_change()` groups a
whole article's writes into one bump (it needs at least one signalled save among them:
bulk writes alone send none, so call bump() after them).
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import uuid
from collections.abc import Callable, Iterator
from typing import TypeVar

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

T = TypeVar("T")

# Inside one_change(): a one-item list, True once a write was signalled.
_grouped: contextvars.ContextVar[list[bool] | None] = contextvars.ContextVar(
    "parley_grouped", default=None
)
# The version read for the current request (None: not read yet, or outside a request).
_request_version: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "parley_request_version", default=None
)


def data_version() -> str:
    """The current data version, read once per request."""
    from .models import DataVersion

    version = _request_version.get()
    if version is None:
        version = DataVersion.objects.filter(pk=1).values_list("token", flat=True).first() or ""
        _request_version.set(version)
    return version


def bump() -> None:
    """Mark the record changed (inside the caller's transaction, if any)."""
    from .models import DataVersion

    token = uuid.uuid4().hex
    if not DataVersion.objects.filter(pk=1).update(token=token):
        DataVersion.objects.update_or_create(pk=1, defaults={"token": token})
    _request_version.set(None)


@contextlib.contextmanager
def one_change() -> Iterator[None]:
    """Many writes, one bump at the end if any was signalled (use it inside the transaction
    that writes)."""
    if _grouped.get() is not None:
        yield
        return
    changed = [False]
    reset = _grouped.set(changed)
    try:
        yield
    finally:
        _grouped.reset(reset)
    if changed[0]:
        bump()


def cached(name: str, key: str, compute: Callable[[], T]) -> T:
    """`compute()`'s result, cached under this name and key for the current data version."""
    return cache.get_or_set(_key(name, key), compute)


def is_cached(name: str, key: str) -> bool:
    """Whether `cached(name, key, …)` would be answered from the cache now."""
    return cache.has_key(_key(name, key))


def _key(name: str, key: str) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"parley:{data_version()}:{name}:{digest}"


def start_request() -> None:
    _request_version.set(None)


def _changed(sender, **kwargs) -> None:
    if kwargs.get("raw"):  # loaddata
        return
    grouped = _grouped.get()
    if grouped is None:
        bump()
    else:
        grouped[0] = True


def connect_signals() -> None:
    from .models import Actor, ActorRole, Article, Event, Mention, Participant

    for model in (Article, Actor, ActorRole, Event, Participant, Mention):
        uid = f"parley-data-version-{model.__name__}"
        post_save.connect(_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(_changed, sender=model, dispatch_uid=uid)
