"""Writes: the reference chronology (corpus/chronology/) as curator-verified events.

Each reference event is stored once, under its id (`Event.reference_key`), as verified and
edited: no load of articles overwrites it, and reports of the same happening extracted from
articles merge into it as evidence (loading.py treats it as any curated event). Loading is
idempotent. When the file changes, an event is rewritten only if nobody changed it in the
admin since it was loaded: `reference_hash` is a digest of the event as this module last
wrote it, so a curator's edit shows as a mismatch and is kept.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from django.db import transaction

from . import caching
from .extraction.chronology import Chronology, ReferenceEvent
from .extraction.merging import same_happening
from .extraction.negotiations import Negotiation as NegotiationSpec
from .extraction.ontology import EVENT_TYPES, merge_group
from .extraction.records import DateValue
from .loading import sync_negotiations
from .models import Actor, Event, Mention, Negotiation, Participant, ReferenceSource

# Words that make a name a government body or an organisation rather than a person, for
# actors the gazetteer does not know (marked new, for a curator to review).
BODY_WORDS = re.compile(
    r"\b(Department|Ministry|Office|Agency|Council|Committee|Commission|Command|Forces|Army|"
    r"Navy|Bureau|Service|Administration|House|Congress|Senate|Parliament|Assembly|Mission|"
    r"Embassy|Treasury|Representative of)\b"
)
ORGANISATION_WORDS = re.compile(r"\b(Taliban|Union|Nations|Organization|Organisation|Group)\b")


@dataclass
class ChronologyReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: list[str] | None = None  # ids a curator changed since they were loaded
    removed: int = 0
    absorbed: int = 0  # machine-made events found to report a reference event

    def summary(self) -> str:
        kept = self.kept or []
        line = (
            f"reference events: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {len(kept)} kept as a curator left them, "
            f"{self.removed} removed; {self.absorbed} event(s) extracted before took in as "
            "their reports"
        )
        return line + (f" (kept: {', '.join(kept[:10])}{'…' if len(kept) > 10 else ''})"
                       if kept else "")  # fmt: skip


def store_chronology(
    chronology: Chronology,
    registry: dict[str, NegotiationSpec],
    nationality: dict[str, str] | None = None,
) -> str:
    """Store the chronology; `nationality` (person or body -> state, from the gazetteer)
    lets a reference event absorb the machine-made events already stored that report it."""
    sync_negotiations(registry)
    negotiations = dict(Negotiation.objects.values_list("slug", "id"))
    report = ChronologyReport(kept=[])
    wanted = {event.id: event for event in chronology.events}
    with transaction.atomic(), caching.one_change():
        stored = {e.reference_key: e for e in Event.objects.filter(reference_key__isnull=False)}
        actors = _actors({a.name for e in chronology.events for a in e.actors})
        written: dict[str, Event] = {}
        for key, entry in wanted.items():
            event = stored.get(key)
            if event is not None and not _untouched(event):
                report.kept.append(key)
                continue
            negotiation_id = negotiations[entry.negotiation]
            if event is not None and event.reference_hash == _digest_of(entry, negotiation_id):
                report.unchanged += 1
                continue
            created = event is None
            event = _write(event, entry, negotiation_id, actors)
            written[key] = event
            report.created += created
            report.updated += not created
            if created:
                report.absorbed += _absorb_reports(event, entry, nationality or {})
        for key, entry in wanted.items():  # links, once every event exists
            if key in written and entry.related:
                related = written.get(entry.related) or stored.get(entry.related)
                Event.objects.filter(pk=written[key].pk).update(related_event=related)
        for key in written:
            event = Event.objects.get(pk=written[key].pk)
            Event.objects.filter(pk=event.pk).update(reference_hash=_stored_digest(event))
        for key, event in stored.items():  # gone from the file: removed if nobody touched it
            if key not in wanted and _untouched(event) and not event.mentions.exists():
                event.delete()
                report.removed += 1
    return report.summary()


def _write(
    event: Event | None, entry: ReferenceEvent, negotiation_id: int, actors: dict[str, Actor]
) -> Event:
    event = event or Event(reference_key=entry.id)
    event.event_type = entry.type
    event.status = entry.status
    event.date = entry.date.value
    event.date_precision = entry.date.precision
    event.end_date = entry.end_date
    event.location = entry.place[:200]
    event.summary = entry.description
    event.confidence = 1.0
    event.review = "verified"
    event.edited = True  # a curated record: no load of articles changes it
    event.date_inferred = False
    event.negotiation_id = negotiation_id
    event.save()
    event.participants.all().delete()
    Participant.objects.bulk_create(
        [Participant(event=event, actor=actors[a.name], role=a.role) for a in entry.actors],
        ignore_conflicts=True,
    )
    event.references.all().delete()
    ReferenceSource.objects.bulk_create(
        ReferenceSource(event=event, url=s.url, outlet=s.outlet[:200], title=s.title[:500],
                        published=s.published)
        for s in entry.sources
    )  # fmt: skip
    return event


def _absorb_reports(event: Event, entry: ReferenceEvent, nationality: dict[str, str]) -> int:
    """Fold into a new reference event the machine-made events stored before it that report
    the same happening (merging.same_happening): their evidence moves to it, and they point
    to it as merged away, so a reload puts their reports there too."""
    group = merge_group(entry.type)
    types = [key for key in EVENT_TYPES if merge_group(key) == group]
    year = entry.date.value.year
    candidates = Event.objects.filter(
        event_type__in=types, date__year=year, reference_key__isnull=True, review="auto",
        edited=False, merged_into__isnull=True,
    ).prefetch_related("participants__actor")  # fmt: skip
    ours = {a.name for a in entry.actors if a.role != "announcer"}
    absorbed = 0
    for candidate in candidates:
        theirs = {p.actor.name for p in candidate.participants.all() if p.role != "announcer"}
        date = DateValue(candidate.date, candidate.date_precision)
        if same_happening(
            entry.type, entry.status, entry.date, ours, entry.place,
            candidate.event_type, candidate.status, date, theirs, candidate.location,
            nationality,
        ):  # fmt: skip
            Mention.objects.filter(event=candidate).update(event=event)
            Event.objects.filter(related_event=candidate).update(related_event=event)
            Event.objects.filter(pk=candidate.pk).update(merged_into=event)
            absorbed += 1
    if absorbed > 1:
        _drop_repeated_mentions(event)
    return absorbed


def _drop_repeated_mentions(event: Event) -> None:
    """One mention per sentence of an article: two machine events that one sentence reported
    (two of its triggers) and that the reference event took in both would show it twice."""
    seen: set[tuple[int, int]] = set()
    repeated = []
    rows = Mention.objects.filter(event=event).order_by("pk")
    for pk, article_id, start in rows.values_list("pk", "article_id", "start"):
        if (article_id, start) in seen:
            repeated.append(pk)
        seen.add((article_id, start))
    if repeated:
        Mention.objects.filter(pk__in=repeated).delete()


def _actors(names: set[str]) -> dict[str, Actor]:
    """name -> its actor (a merged-away one's survivor), created if unknown (marked new)."""
    found: dict[str, Actor] = {}
    known = {a.name: a for a in Actor.objects.filter(name__in=names).select_related("merged_into")}
    for name in sorted(names):
        actor = known.get(name)
        if actor is None:
            kind = (
                "organisation"
                if ORGANISATION_WORDS.search(name)
                else "body"
                if BODY_WORDS.search(name)
                else "person"
            )
            actor = Actor.objects.create(
                name=name, kind=kind, is_new=True, description="Named by the reference chronology."
            )
        seen = set()
        while actor.merged_into_id is not None and actor.pk not in seen:
            seen.add(actor.pk)
            actor = actor.merged_into
        found[name] = actor
    return found


def _untouched(event: Event) -> bool:
    """Nobody changed the event since load_chronology wrote it (nor merged it away)."""
    return event.merged_into_id is None and event.reference_hash == _stored_digest(event)


def _stored_digest(event: Event) -> str:
    """A digest of the event as stored: its fields, parties, sources and link."""
    participants = sorted(event.participants.values_list("actor__name", "role"))
    sources = sorted(
        (url, outlet, title, str(published))
        for url, outlet, title, published in event.references.values_list(
            "url", "outlet", "title", "published"
        )
    )
    related = (
        Event.objects.filter(pk=event.related_event_id).values_list("reference_key", flat=True)
        .first()
        if event.related_event_id
        else None
    )  # fmt: skip
    basis = [
        event.event_type, event.status, str(event.date), event.date_precision,
        str(event.end_date), event.location, event.summary, event.review, event.edited,
        event.negotiation_id, related, participants, sources,
    ]  # fmt: skip
    return hashlib.sha256(json.dumps(basis, default=str).encode()).hexdigest()[:32]


def _digest_of(entry: ReferenceEvent, negotiation_id: int) -> str:
    """What _stored_digest would say if the event were written from `entry` now: equal to
    the stored digest when the file's entry has not changed."""
    basis = [
        entry.type, entry.status, str(entry.date.value), entry.date.precision,
        str(entry.end_date), entry.place[:200], entry.description, "verified", True,
        negotiation_id, entry.related or None,
        sorted((a.name, a.role) for a in entry.actors),
        sorted((s.url, s.outlet[:200], s.title[:500], str(s.published)) for s in entry.sources),
    ]  # fmt: skip
    return hashlib.sha256(json.dumps(basis, default=str).encode()).hexdigest()[:32]
