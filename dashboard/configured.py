"""The extraction pipeline as this project configures it: the rules of dashboard/extraction/
with the gazetteer, countries and markers of corpus/, and what curators decided (a merged-away
actor's names are aliases of its survivor; an edited actor's aliases are its own).

Building one costs a fifth of a second (spaCy's tokenizer, the gazetteer's phrase matchers),
so each thread keeps the pipelines it built: one as the corpus files stand, and one for the
curators' aliases as they were last read. Both are rebuilt when a file of corpus/ changes;
the curated one also when the curated aliases change (a merge or an edit of an actor), which
is read (two queries) each time it is asked for. Per thread, because a pipeline keeps state
while it extracts: two threads of a web process (an admin's Add article) never share one.
"""

from __future__ import annotations

import threading
from pathlib import Path

from django.conf import settings
from django.db.models import Q

from .extraction.pipeline import Pipeline
from .models import Actor

_local = threading.local()


def configured_pipeline(*, curated: bool = True) -> Pipeline:
    """The project's pipeline; with `curated=False`, the gazetteer as written (no database)."""
    corpus = Path(settings.PARLEY_CORPUS_DIR)
    aliases = curated_aliases() if curated else []
    key = (str(corpus), _fingerprint(corpus), repr(aliases))
    built: dict[tuple, Pipeline] = _local.__dict__.setdefault("built", {})
    pipeline = built.get(key)
    if pipeline is None:
        pipeline = Pipeline.from_corpus(corpus)
        if aliases:
            pipeline.add_aliases(aliases)
        for old in [k for k in built if k[:2] != key[:2] or (curated and k[2] != "[]")]:
            del built[old]  # the files changed, or older curated aliases: not needed again
        built[key] = pipeline
    return pipeline


def _fingerprint(corpus: Path) -> tuple:
    """The corpus files' sizes and change times: cheap, and changes with any edit."""
    found = []
    for name in ("gazetteer.toml", "countries.tsv", "boilerplate.toml"):
        path = corpus / name
        if path.exists():
            stat = path.stat()
            found.append((name, stat.st_size, stat.st_mtime_ns))
    return tuple(found)


def curated_aliases() -> list[tuple[str, str, str, list[str]]]:
    """(name, kind, country, aliases) of every actor a curator merged others into or edited."""
    survivors: dict[int, list[str]] = {}
    for merged in Actor.objects.filter(merged_into__isnull=False).only(
        "name", "aliases", "merged_into"
    ):
        survivor = merged
        seen = set()
        while survivor.merged_into_id is not None and survivor.pk not in seen:
            seen.add(survivor.pk)
            survivor = survivor.merged_into
        survivors.setdefault(survivor.pk, []).extend([merged.name, *merged.aliases])
    curated = []
    for actor in Actor.objects.filter(
        Q(pk__in=survivors) | Q(edited=True, merged_into=None)
    ).order_by("name"):
        names = [*actor.aliases, *survivors.get(actor.pk, [])]
        curated.append((actor.name, actor.kind, actor.country, names))
    return curated
