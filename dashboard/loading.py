"""Writes: store articles with their extracted actors, events and mentions.

Guarantees:
- Idempotent: an article whose text, metadata and extraction rules are unchanged is skipped.
- Each article is atomic (its own transaction, or a savepoint inside load_corpus's batch):
  a failure leaves nothing of that article half-written.
- One event per happening: a new event that describes a stored one (merging.same_happening)
  becomes one more mention of it, and refines its date to the more precise report.
- Curators win, whatever the timing: the loader writes only the fields it changes, with an
  UPDATE whose WHERE clause reads `edited`, `review` and `merged_into` as stored at that
  moment (not as cached); an edited event keeps its fields, a rejected event stays rejected
  (new evidence still attaches to it, so it is never extracted back as a fresh event), and
  evidence for an event a curator merged away goes to the survivor.
- Stable ids: re-extracting an article reuses the events its sentences evidenced before, so
  an event's page keeps its address when the rules change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from . import caching
from .extraction.gazetteer import Gazetteer
from .extraction.merging import (
    ambiguous,
    fits_every,
    merged_dates,
    report_of,
    shared_parties,
    stronger_status,
    told_both_ways,
)
from .extraction.negotiations import Negotiation as NegotiationSpec
from .extraction.ontology import PRECISION_RANK, merge_group
from .extraction.records import DateValue, Extraction
from .extraction.records import Event as ExtractedEvent
from .load_cache import LoadCache, parties_reach, report_json
from .models import Actor, ActorRole, Article, Event, Mention, Negotiation, Participant
from .sources import ArticleInput

if TYPE_CHECKING:  # web processes that only read never import the NLP (spaCy, lemminflect)
    from .extraction.pipeline import Pipeline


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
         article.published.isoformat() if article.published else None, article.authors,
         article.negotiation],
        ensure_ascii=False,
    )  # fmt: skip
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def sync_negotiations(registry: dict[str, NegotiationSpec]) -> None:
    """Create or refresh the negotiations of corpus/negotiations.toml (a curator's renaming in
    the admin is overwritten: the file is the record of what Parley follows)."""
    with transaction.atomic():
        for order, spec in enumerate(registry.values()):
            Negotiation.objects.update_or_create(
                slug=spec.slug,
                defaults={"name": spec.name, "description": spec.description, "order": order,
                          "first_day": spec.period[0], "last_day": spec.period[1]},
            )  # fmt: skip


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
        record = _save_article(
            article, stored, extraction, pipeline.version, cache.negotiation_id(article)
        )
        previous = Placement()
        if stored is not None:
            cache.flush()  # the stored evidence, earlier articles' included, is read below
            previous = _detach(record)
        _store_events(record, extraction, report, pipeline.nationality, previous, cache)
        if stored is not None:
            cache.flush()
            previous.drop_unkept_mentions()
            cache.forget(_drop_orphans(previous))
            cache.reread_reports(previous.events())
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
    article: ArticleInput,
    stored: Article | None,
    extraction: Extraction,
    version: str,
    negotiation_id: int | None,
) -> Article:
    record = stored or Article(source_key=article.key)
    record.negotiation_id = negotiation_id
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


class Placement:
    """Which event each sentence of an article evidenced before it was re-extracted.

    Re-extraction gives each new report the event its sentence evidenced before (followed
    to the survivor of a curator's merge), so evidence a curator moved stays where they put
    it and an event keeps its id, and so its address, when the rules change. "Own" events
    are machine-made ones that only this article reports: the new extraction replaces their
    fields instead of refining them."""

    def __init__(
        self,
        evidence: dict | None = None,
        own: set[int] | None = None,
        mentions: dict | None = None,
    ) -> None:
        # (sentence start, trigger start, sentence) -> event id, and -> the mention's id
        self.evidence: dict[tuple[int, int | None, str], int] = evidence or {}
        self.mentions: dict[tuple[int, int | None, str], int] = mentions or {}
        self.kept: set[int] = set()
        self.by_sentence: dict[tuple[int, str], list[int]] = {}
        for (start, _, sentence), event_id in self.evidence.items():
            self.by_sentence.setdefault((start, sentence), []).append(event_id)
        self.own = own or set()
        self.claimed: set[int] = set()

    def events(self) -> set[int]:
        return set(self.evidence.values())

    def keep(self, event: Event, evidence) -> bool:
        """True if this evidence is stored already, as a mention of `event`: the row stays
        as it is (a curator's open form may name it) instead of being written again."""
        key = (evidence.start, evidence.trigger_start, evidence.sentence)
        mention = self.mentions.get(key)
        if mention is None or self.evidence[key] != event.pk:
            return False
        self.kept.add(mention)
        return True

    def update_reports(self, kept: list, report: dict) -> None:
        """Write what the new extraction's report says on the mentions it keeps."""
        keys = [(e.start, e.trigger_start, e.sentence) for e in kept]
        Mention.objects.filter(pk__in=[self.mentions[key] for key in keys]).update(report=report)

    def drop_unkept_mentions(self) -> None:
        stale = set(self.mentions.values()) - self.kept
        Mention.objects.filter(pk__in=stale).delete()

    def claim(self, extracted: ExtractedEvent) -> Event | None:
        """The stored event this report's evidence belonged to, if no other report of this
        article took it: the same sentence and trigger first, else the same sentence (the
        rules now pick another word of it) and merge group."""
        group = merge_group(extracted.type)
        for exact in (True, False):
            for evidence in extracted.evidence:
                if exact:
                    key = (evidence.start, evidence.trigger_start, evidence.sentence)
                    found = [self.evidence.get(key)]
                else:
                    found = self.by_sentence.get((evidence.start, evidence.sentence), [])
                for event_id in found:
                    if event_id is None or event_id in self.claimed:
                        continue
                    event = Event.objects.filter(pk=event_id).first()
                    if event is None:
                        continue
                    event = _survivor(event)
                    own = event_id in self.own and event.pk == event_id
                    # A report of another kind of happening is not the shared event's.
                    if not own and not event.edited and merge_group(event.event_type) != group:
                        continue
                    self.claimed.add(event_id)
                    return event
        return None


def _detach(article: Article) -> Placement:
    """Before re-extracting a changed article: note which event each of its sentences
    evidenced, and which of those events only it reports, and drop its actor spans. Its
    mentions and events stay until the new extraction is stored: what it finds again keeps
    its rows (see Placement.keep and _drop_orphans)."""
    evidence, mentions = {}, {}
    for pk, start, trigger, sentence, event in article.mentions.values_list(
        "pk", "start", "trigger_start", "sentence", "event_id"
    ):
        evidence[start, trigger, sentence] = event
        mentions[start, trigger, sentence] = pk
    shared = set(
        Mention.objects.filter(event_id__in=set(evidence.values()))
        .exclude(article=article)
        .values_list("event_id", flat=True)
    )
    own = set(
        Event.objects.filter(
            pk__in=set(evidence.values()) - shared, edited=False, review="auto"
        ).values_list("pk", flat=True)
    )
    article.actor_spans.all().delete()
    return Placement(evidence, own, mentions)


def _drop_orphans(previous: Placement) -> set[int]:
    """After re-extraction: delete the machine-made events this article alone reported and
    no longer does. They are locked and checked as stored now, so an event a curator edited,
    verified or gave evidence to meanwhile is kept."""
    candidates = previous.events() - previous.claimed
    if not candidates:
        return set()
    list(  # lock them first (PostgreSQL; SQLite's writer already holds the database)
        Event.objects.select_for_update()
        .filter(pk__in=candidates)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    unwanted = Event.objects.filter(
        pk__in=candidates, edited=False, review="auto", mentions__isnull=True
    )
    doomed = set(unwanted.values_list("pk", flat=True))
    Event.objects.filter(pk__in=doomed, edited=False, review="auto").delete()
    return doomed


def _store_events(
    article: Article,
    extraction: Extraction,
    report: LoadReport,
    nationality: dict[str, str],
    previous: Placement,
    cache: LoadCache,
) -> None:
    actors = _actors_for(extraction, cache)
    cache.add_spans(
        (article.pk, actors[m.key].pk, m.start, m.end) for m in extraction.actors if m.key in actors
    )
    stored: dict[int, Event] = {}
    mentions: list[Mention] = []
    # The article's own reports were merged already (merging.merge_events): two it kept
    # apart are two happenings, and do not meet again in one stored event.
    taken: dict[int, list[ExtractedEvent]] = {}
    # One mention per sentence of the article and event: two triggers of one sentence whose
    # reports the loader puts in one stored event are one piece of evidence (issue 14,
    # point 5: identical evidence is stored once).
    cited: set[tuple[int, int]] = set()
    for extracted in extraction.events:
        said = report_of(extracted)
        event = previous.claim(extracted)
        if event is not None:
            merged = True
            if event.pk in previous.own:
                event = _replace(event, extracted, actors, cache)
            else:
                event = _refine(event, extracted, cache)
            cache.track(event)
        else:
            negotiation = cache.event_negotiation(extracted, actors, article.negotiation_id)
            event, merged = _match_or_create(extracted, nationality, cache, negotiation, taken)
        taken.setdefault(event.pk, []).append(extracted)
        cache.add_report(event.pk, said)
        stored[id(extracted)] = event
        if merged:
            report.events_merged += 1
        else:
            report.events_created += 1
        _add_participants(event, extracted, actors, cache)
        kept_report = report_json(said)
        kept = [evidence for evidence in extracted.evidence if previous.keep(event, evidence)]
        if kept:  # a re-extracted article's mention stays, with what the report says now
            previous.update_reports(kept, kept_report)
        cited.update((event.pk, evidence.start) for evidence in kept)
        new = []
        for evidence in extracted.evidence:
            if not any(evidence is k for k in kept) and (event.pk, evidence.start) not in cited:
                cited.add((event.pk, evidence.start))
                new.append(evidence)
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
                report=kept_report,
            )
            for evidence in new
        )
    cache.add_mentions(mentions)
    if not cache.defer_writes:
        cache.flush()
    for extracted in extraction.events:
        event = stored[id(extracted)]
        if extracted.related is not None and id(extracted.related) in stored:
            related = stored[id(extracted.related)]
            if not event.edited and event.related_event_id is None and related.pk != event.pk:
                _update_if_machine_made(event, {"related_event": related})


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
                name=new.name, kind=new.kind, description=new.description[:500],
                country=new.country, is_new=True,
            )  # fmt: skip
            cache.actor_created(known)
        found[new.name] = cache.actors[new.name] = _survivor(known)
    return found


def _with_stored_countries(nationality, names: set[str], cache: LoadCache):
    """The sides, and for each of `names` no list knows, its stored actor's country's side
    (Actor.country of a person or body found in a text)."""
    unknown = {name for name in names if name not in nationality}
    if not unknown or not hasattr(nationality, "with_countries"):
        return nationality
    missing = unknown - cache.actors.keys()
    if missing:
        cache.actors.update(dict.fromkeys(missing))
        for actor in Actor.objects.filter(name__in=missing):
            cache.actors[actor.name] = _survivor(actor)
    stored = ((name, cache.actors[name]) for name in unknown)
    return nationality.with_countries((name, a.country) for name, a in stored if a is not None)


def _match_or_create(
    extracted: ExtractedEvent,
    nationality: dict[str, str],
    cache: LoadCache,
    negotiation_id: int | None = None,
    taken: Mapping[int, list[ExtractedEvent]] | None = None,
) -> tuple[Event, bool]:
    """`taken`: stored event id -> the reports of the same article that went to it. The
    article's merging kept a report of a day told as to come apart from one told as done
    (merging.told_both_ways): they do not meet again in one stored event."""
    ours = extracted.actor_keys()
    said = report_of(extracted)
    candidates = cache.candidates(extracted.type, extracted.date, extracted.end_date)
    taken = taken or {}
    if taken:  # most candidates hold no report of this article: no call for them
        candidates = [
            c for c in candidates if c.id not in taken or not told_both_ways(extracted, taken[c.id])
        ]
    # Stored people and bodies the gazetteer lacks stand for their country's side too.
    nationality = _with_stored_countries(
        nationality, ours.union(*(cache.names.get(c.id, ()) for c in candidates)), cache
    )
    our_reach = parties_reach(ours, nationality)
    best, best_rank = None, None
    accepted = []
    fitting = [
        candidate
        for candidate in cache.sharing(candidates, our_reach, nationality)
        # What each earlier article said, not the parties they add up to (merging.Report).
        if fits_every(
            said, cache.reports(candidate), nationality, other_text=candidate.id not in taken
        )
    ]
    if extracted.date.precision == "year" and extracted.location:
        # A year report that names its place ("the recent Hanoi summit", kp4-024_jmh… s2)
        # is the happening of that place when one fits: another of the year's summits of
        # the same leaders that no report places is no rival for it.
        placed = [c for c in fitting if c.location == extracted.location]
        fitting = placed or fitting
    for candidate in fitting:
        theirs = cache.names.get(candidate.id, set())
        accepted.append((DateValue(candidate.date, candidate.date_precision), candidate.end_date))
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
    if ambiguous(extracted.date, accepted):
        best = None  # a month or a year that fits several days: which one is it?
    if best is not None and best.merged_into_id is not None:
        best = _survivor(best)  # a duplicate a curator merged away: its survivor gets the report
    if best is None:
        event = Event.objects.create(
            event_type=extracted.type,
            status=extracted.status,
            date=extracted.date.value,
            date_precision=extracted.date.precision,
            end_date=extracted.end_date,
            location=extracted.location[:200],
            summary=extracted.summary,
            confidence=extracted.confidence,
            date_inferred=extracted.date_inferred,
            negotiation_id=negotiation_id,
        )
        cache.track(event)
        return event, False
    best = _refine(best, extracted, cache)
    cache.track(best)
    return best, True


def _refine(event: Event, extracted: ExtractedEvent, cache: LoadCache) -> Event:
    """A further report of a stored event: keep the most precise date and strongest status.
    Returns the event the report belongs to (the survivor, if a curator merged it away)."""
    if event.edited or event.review == "rejected":
        return event
    changes: dict = {}
    current = DateValue(event.date, event.date_precision)
    date, end = merged_dates(current, event.end_date, extracted.date, extracted.end_date)
    if PRECISION_RANK[date.precision] > PRECISION_RANK[current.precision]:
        changes.update(date=date.value, date_precision=date.precision, end_date=end,
                       summary=extracted.summary or event.summary,
                       date_inferred=extracted.date_inferred)  # fmt: skip
    elif date.precision == "day" and (date, end) != (current, event.end_date):
        changes.update(date=date.value, end_date=end)  # a happening over several days
    elif not extracted.date_inferred and event.date_inferred and date == current:
        changes["date_inferred"] = False  # a report that states the date itself
    changes["status"] = stronger_status(event.status, extracted.status)
    if extracted.type == "summit" and event.event_type in {"meeting", "visit"}:
        changes["event_type"] = "summit"
    changes["location"] = event.location or extracted.location[:200]
    changes["confidence"] = max(event.confidence, extracted.confidence)
    changes = {k: v for k, v in changes.items() if getattr(event, k) != v}
    if not changes or _update_if_machine_made(event, changes):
        return event  # most further reports change nothing
    return _reread(event, cache)


def _replace(
    event: Event, extracted: ExtractedEvent, actors: dict[str, Actor], cache: LoadCache
) -> Event:
    """Re-extraction of the one article that reports a machine-made event: its fields and
    parties become what the rules find now (the event keeps its id, and the participants
    found again keep their rows)."""
    values = {
        "event_type": extracted.type,
        "status": extracted.status,
        "date": extracted.date.value,
        "date_precision": extracted.date.precision,
        "end_date": extracted.end_date,
        "location": extracted.location[:200],
        "summary": extracted.summary,
        "confidence": extracted.confidence,
        "date_inferred": extracted.date_inferred,
    }
    values = {key: value for key, value in values.items() if getattr(event, key) != value}
    # The same check as any write: a curator may have taken the event over meanwhile. With
    # nothing to change, the review state alone is checked.
    if not _update_if_machine_made(event, values, review="auto"):
        return _refine(_reread(event, cache), extracted, cache)
    wanted = [(actors[p.actor].pk, p.role) for p in extracted.participants if p.actor in actors]
    gone = Participant.objects.filter(event=event)
    for actor_id, role in wanted:
        gone = gone.exclude(actor_id=actor_id, role=role)
    if gone.exists():
        gone.delete()
        cache.reread_parties(event.pk)
    return event


def _update_if_machine_made(event: Event, values: dict, review: str | None = None) -> bool:
    """Write `values` to the event unless a curator edited, rejected or merged it away, as
    stored now rather than as cached; then copy them onto the instance. On PostgreSQL the
    UPDATE holds the row until the commit, so a curator's save waits for it, then wins."""
    rows = Event.objects.filter(pk=event.pk, edited=False, merged_into__isnull=True)
    rows = rows.filter(review=review) if review else rows.exclude(review="rejected")
    if not values:
        return rows.exists()
    if not rows.update(**values, updated_at=timezone.now()):
        return False
    for key, value in values.items():
        setattr(event, key, value)
    return True


def _reread(event: Event, cache: LoadCache) -> Event:
    """The event as stored now (a curator changed it during the load), followed to its
    survivor; the cache takes the fresh copies."""
    fresh = Event.objects.filter(pk=event.pk).first()
    if fresh is None:  # deleted by a curator meanwhile
        cache.forget({event.pk})
        return event
    cache.track(fresh)
    survivor = _survivor(fresh)
    if survivor is not fresh:
        cache.track(survivor)
    return survivor


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
        if participant.actor not in actors:
            continue
        if participant.actor not in present:
            cache.add_participant(event, actors[participant.actor], participant.role)
        else:
            cache.specify_role(event, actors[participant.actor], participant.role)


def _survivor(record):
    """Follow merged_into links to the record that survived (events and actors alike)."""
    seen = set()
    while record.merged_into_id is not None and record.pk not in seen:
        seen.add(record.pk)
        record = record.merged_into
    return record
