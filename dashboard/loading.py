"""Writes: store articles with their extracted actors, events and mentions.

Guarantees:
- Idempotent: an article whose text, metadata and extraction rules are unchanged is skipped.
- Each article is atomic (its own transaction, or a savepoint inside load_corpus's batch):
  a failure leaves nothing of that article half-written.
- One event per happening: a new event that describes a stored one (merging.same_happening)
  becomes one more mention of it, and refines its date to the more precise report.
- Curators win: an edited event keeps its fields, a rejected event stays rejected (new
  evidence still attaches to it, so it is never extracted back as a fresh event).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q

from . import caching
from .extraction.gazetteer import Gazetteer
from .extraction.merging import more_precise, same_happening, shared_parties, stronger_status
from .extraction.ontology import PRECISION_RANK
from .extraction.pipeline import Pipeline
from .extraction.records import DateValue, Extraction
from .extraction.records import Event as ExtractedEvent
from .load_cache import LoadCache, parties_reach
from .models import Actor, ActorRole, Article, Event, Mention
from .sources import ArticleInput


@dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    events_created: int = 0
    events_merged: int = 0

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def summary(self) -> str:
        return (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed; events: {self.events_created} new, "
            f"{self.events_merged} merged into existing"
        )


def content_hash(article: ArticleInput) -> str:
    basis = json.dumps(
        [article.text, article.title, article.outlet, article.url,
         article.published.isoformat() if article.published else None, article.authors],
        ensure_ascii=False,
    )  # fmt: skip
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def sync_gazetteer(gazetteer: Gazetteer) -> int:
    """Create or refresh the gazetteer's actors; a curator's edits are left alone."""
    changed = 0
    with transaction.atomic(), caching.one_change():
        existing = {a.name: a for a in Actor.objects.filter(name__in=list(gazetteer.actors))}
        for known in gazetteer.actors.values():
            actor = existing.get(known.name)
            if known.curated:
                continue  # known from the database, not from the gazetteer file
            if actor is None:
                actor = Actor(name=known.name)
            elif actor.edited or actor.merged_into_id is not None:
                continue
            fields = {
                "kind": known.kind,
                "country": known.country,
                "aliases": [a for a in known.aliases if a != known.name],
                "in_gazetteer": True,
                "is_new": False,
            }
            if actor.pk and all(getattr(actor, k) == v for k, v in fields.items()):
                continue
            for key, value in fields.items():
                setattr(actor, key, value)
            actor.save()
            actor.roles.all().delete()
            ActorRole.objects.bulk_create(
                ActorRole(actor=actor, title=r.title, start=r.start, end=r.end) for r in known.roles
            )
            changed += 1
    return changed


def article_outcome(
    article: ArticleInput, version: str, cache: LoadCache | None = None
) -> tuple[str, Article | None]:
    """ "created", "updated" or "unchanged", with the stored article if there is one."""
    if cache is not None and cache.new_keys is not None and article.key in cache.new_keys:
        return "created", None  # known absent: no query
    stored = Article.objects.filter(source_key=article.key).first()
    if stored is None:
        return "created", None
    if stored.content_hash == content_hash(article) and stored.extraction_version == version:
        return "unchanged", stored
    return "updated", stored


def load_article(
    article: ArticleInput,
    pipeline: Pipeline,
    report: LoadReport,
    *,
    dry_run: bool = False,
    extraction: Extraction | None = None,
    cache: LoadCache | None = None,
) -> str:
    """Store one article and its events in one transaction. `extraction`, when given, is the
    pipeline's result computed elsewhere (by a worker process); it is ignored if the article
    turns out to be unchanged. A load of many articles passes one `cache` to all of them."""
    outcome, stored = article_outcome(article, pipeline.version, cache)
    if outcome == "unchanged":
        report.count("unchanged")
        return outcome
    if extraction is None:
        extraction = pipeline.extract(article.text, article.published)  # CPU, outside the lock
    if dry_run:
        report.count(outcome)
        report.events_created += len(extraction.events)
        return outcome
    cache = cache if cache is not None else LoadCache()
    if cache.new_keys is not None:
        cache.new_keys.discard(article.key)  # stored from now on (or failed: then look it up)
    with cache.article(), transaction.atomic(), caching.one_change():
        record = _save_article(article, stored, extraction, pipeline.version)
        placed = {}
        if stored is not None:
            cache.flush()  # _detach reads the stored evidence
            placed = _detach(record)
            cache.reset()  # _detach may have deleted events
        _store_events(record, extraction, report, pipeline.nationality, placed, cache)
    report.count(outcome)
    return outcome


def stored_versions(articles: list[ArticleInput]) -> dict[str, tuple[str, str]]:
    """Which of these articles are stored: key -> (content hash, extraction version), read in
    batches so that a load asks nothing about each article before writing it."""
    keys = [article.key for article in articles]
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(keys), 500):  # stay under SQLite's limit on query parameters
        rows = Article.objects.filter(source_key__in=keys[start : start + 500]).values_list(
            "source_key", "content_hash", "extraction_version"
        )
        found.update((key, (digest, version)) for key, digest, version in rows)
    return found


def unchanged_keys(
    articles: list[ArticleInput], version: str, stored: dict[str, tuple[str, str]]
) -> set[str]:
    """The keys of the articles stored with this very content and extraction version."""
    return {a.key for a in articles if stored.get(a.key) == (content_hash(a), version)}


def _save_article(
    article: ArticleInput, stored: Article | None, extraction: Extraction, version: str
) -> Article:
    record = stored or Article(source_key=article.key)
    record.source_file = article.file
    record.title = article.title
    record.outlet = article.outlet
    record.url = article.url
    record.published = extraction.published.value if extraction.published else None
    record.published_inferred = extraction.published_inferred and record.published is not None
    record.authors = article.authors
    record.text = article.text
    record.content_hash = content_hash(article)
    record.extraction_version = version
    record.save()
    return record


def _detach(article: Article) -> dict[tuple[int, int | None], int]:
    """Before re-extracting a changed article: drop its evidence, and the machine-made events
    that no other article and no curator vouches for. Returns which event each sentence
    evidenced, so that evidence a curator placed (by merging, splitting, editing) goes back
    to the same event."""
    placed = {
        (start, trigger): event
        for start, trigger, event in article.mentions.values_list(
            "start", "trigger_start", "event_id"
        )
    }
    article.mentions.all().delete()
    Event.objects.filter(
        id__in=set(placed.values()), edited=False, review="auto", mentions__isnull=True
    ).delete()
    surviving = set(Event.objects.filter(id__in=set(placed.values())).values_list("id", flat=True))
    return {key: event for key, event in placed.items() if event in surviving}


def _store_events(
    article: Article,
    extraction: Extraction,
    report: LoadReport,
    nationality: dict[str, str],
    placed: dict[tuple[int, int | None], int],
    cache: LoadCache,
) -> None:
    actors = _actors_for(extraction, cache)
    stored: dict[int, Event] = {}
    mentions: list[Mention] = []
    for extracted in extraction.events:
        event = _placed_before(extracted, placed)
        if event is not None:
            merged = True
            if not event.edited and event.review != "rejected":
                _refine(event, extracted)
            cache.track(event)
        else:
            event, merged = _match_or_create(extracted, nationality, cache)
        stored[id(extracted)] = event
        if merged:
            report.events_merged += 1
        else:
            report.events_created += 1
        _add_participants(event, extracted, actors, cache)
        mentions.extend(
            Mention(
                event=event,
                article=article,
                sentence=evidence.sentence,
                start=evidence.start,
                end=evidence.end,
                trigger=evidence.trigger[:100],
                trigger_start=evidence.trigger_start,
                trigger_end=evidence.trigger_end,
            )
            for evidence in extracted.evidence
        )
    cache.add_mentions(mentions)
    if not cache.defer_writes:
        cache.flush()
    for extracted in extraction.events:
        event = stored[id(extracted)]
        if extracted.related is not None and id(extracted.related) in stored:
            related = stored[id(extracted.related)]
            if not event.edited and event.related_event_id is None and related.pk != event.pk:
                event.related_event = related
                event.save(update_fields=["related_event", "updated_at"])


def _placed_before(extracted: ExtractedEvent, placed: dict) -> Event | None:
    """The event this evidence belonged to before re-extraction, followed to its survivor."""
    for evidence in extracted.evidence:
        event_id = placed.get((evidence.start, evidence.trigger_start))
        if event_id is not None:
            return _survivor(Event.objects.get(pk=event_id))
    return None


def _actors_for(extraction: Extraction, cache: LoadCache) -> dict[str, Actor]:
    """The stored actors of the extraction's names, new people and bodies created (marked
    new, for a curator to review)."""
    names = {m.key for m in extraction.actors}
    unknown = names - cache.actors.keys()
    if unknown:
        cache.actors.update(dict.fromkeys(unknown))  # None: not stored (yet)
        for actor in Actor.objects.filter(name__in=unknown):
            cache.actors[actor.name] = _survivor(actor)
    found = {name: cache.actors[name] for name in names if cache.actors[name] is not None}
    for new in extraction.new_actors:
        if new.name in found:
            continue
        if new.name in cache.actors:
            known = cache.actors[new.name]
        else:
            known = Actor.objects.filter(name=new.name).first()
        if known is None:
            known = Actor.objects.create(
                name=new.name, kind=new.kind, description=new.description[:500], is_new=True
            )
            cache.actor_created(known)
        found[new.name] = cache.actors[new.name] = _survivor(known)
    return found


def _match_or_create(
    extracted: ExtractedEvent, nationality: dict[str, str], cache: LoadCache
) -> tuple[Event, bool]:
    ours = extracted.actor_keys()
    our_reach = parties_reach(ours, nationality)
    best, best_rank = None, None
    candidates = cache.candidates(extracted.type, extracted.date)
    for candidate in cache.sharing(candidates, our_reach, nationality):
        theirs = cache.names.get(candidate.id, set())
        date = DateValue(candidate.date, candidate.date_precision)
        if same_happening(
            candidate.event_type, candidate.status, date, theirs, candidate.location,
            extracted.type, extracted.status, extracted.date, ours, extracted.location,
            nationality,
        ):  # fmt: skip
            # Prefer the same status, then actors named alike, then any shared party; then the
            # latest date and the oldest event, so that the choice is the same in any order.
            rank = (
                candidate.status == extracted.status,
                len(theirs & ours),
                shared_parties(theirs, ours, nationality),
                candidate.date,
                -candidate.id,
            )
            if best_rank is None or rank > best_rank:
                best, best_rank = candidate, rank
    if best is not None and best.merged_into_id is not None:
        best = _survivor(best)  # a duplicate a curator merged away: its survivor gets the report
    if best is None:
        event = Event.objects.create(
            event_type=extracted.type,
            status=extracted.status,
            date=extracted.date.value,
            date_precision=extracted.date.precision,
            location=extracted.location[:200],
            summary=extracted.summary,
            confidence=extracted.confidence,
            date_inferred=not extracted.date_text,
        )
        cache.track(event)
        return event, False
    if not best.edited and best.review != "rejected":
        _refine(best, extracted)
    cache.track(best)
    return best, True


def _refine(event: Event, extracted: ExtractedEvent) -> None:
    """A further report of a stored event: keep the most precise date and strongest status."""
    before = _refined_fields(event)
    current = DateValue(event.date, event.date_precision)
    date = more_precise(current, extracted.date)
    if PRECISION_RANK[date.precision] > PRECISION_RANK[current.precision]:
        event.date, event.date_precision = date.value, date.precision
        event.summary = extracted.summary or event.summary
        event.date_inferred = not extracted.date_text
    elif extracted.date_text and event.date_inferred and date == current:
        event.date_inferred = False  # a report that states the date itself
    event.status = stronger_status(event.status, extracted.status)
    if extracted.type == "summit" and event.event_type in {"meeting", "visit"}:
        event.event_type = "summit"
    event.location = event.location or extracted.location[:200]
    event.confidence = max(event.confidence, extracted.confidence)
    if _refined_fields(event) != before:  # most further reports change nothing
        event.save()


def _refined_fields(event: Event) -> tuple:
    return (event.date, event.date_precision, event.summary, event.date_inferred, event.status,
            event.event_type, event.location, event.confidence)  # fmt: skip


def _add_participants(
    event: Event, extracted: ExtractedEvent, actors: dict[str, Actor], cache: LoadCache
) -> None:
    if event.edited:
        return
    present = cache.present.get(event.pk)
    if present is None:  # not among the cached events (re-extraction of a changed article)
        cache.flush()
        present = event.participants.values_list("actor__name", flat=True)
    present = set(present)  # as it was before this report
    for participant in extracted.participants:
        if participant.actor in actors and participant.actor not in present:
            cache.add_participant(event, actors[participant.actor], participant.role)


def project_pipeline(*, curated: bool = True) -> Pipeline:
    """The pipeline configured from the project's corpus/ folder and, unless `curated` is
    False, what curators decided: a merged-away actor's names are aliases of its survivor."""
    from django.conf import settings

    pipeline = Pipeline.from_corpus(settings.PARLEY_CORPUS_DIR)
    if curated:
        pipeline.add_aliases(curated_aliases())
    return pipeline


def curated_aliases() -> list[tuple[str, str, str, list[str]]]:
    survivors: dict[int, list[str]] = {}
    for merged in Actor.objects.filter(merged_into__isnull=False).only(
        "name", "aliases", "merged_into"
    ):
        survivor = _survivor(merged)
        survivors.setdefault(survivor.pk, []).extend([merged.name, *merged.aliases])
    curated = []
    for actor in Actor.objects.filter(Q(pk__in=survivors) | Q(edited=True, merged_into=None)):
        names = [*actor.aliases, *survivors.get(actor.pk, [])]
        curated.append((actor.name, actor.kind, actor.country, names))
    return curated


def _survivor(record):
    """Follow merged_into links to the record that survived (events and actors alike)."""
    seen = set()
    while record.merged_into_id is not None and record.pk not in seen:
        seen.add(record.pk)
        record = record.merged_into
    return record
