"""Writes a curator asks for in the admin: merge and split events, merge actors.

Every operation runs in one transaction, marks what it changed as edited by a person (so no
reload overwrites it) and keeps the merged-away records with a link to their survivor (so
no reload brings them back as new).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import QuerySet

from .models import Actor, ActorSpan, Event, Mention, Participant

MERGEABLE_FIELDS = ("event_type", "status", "date", "date_precision", "end_date", "location",
                    "summary", "related_event")  # fmt: skip


@transaction.atomic
def merge_events(
    survivor: Event,
    others: list[Event],
    fields_from: dict[str, Event],
    participants: Iterable[Participant] | None = None,
) -> Event:
    """Fold `others` into `survivor`: every mention is kept; for each field in `fields_from`
    the chosen event's value survives. `participants` are those the curator ticked (None:
    all of them): the survivor ends with exactly those, each actor and role once. An unticked
    participant of the survivor is deleted; one of a merged-away event stays on that record,
    where the history of what extraction found is kept."""
    for name, source in fields_from.items():
        if name in MERGEABLE_FIELDS:
            setattr(survivor, name, getattr(source, name))
    kept = None if participants is None else {p.pk for p in participants}
    if kept is not None:
        survivor.participants.exclude(pk__in=kept).delete()
    present = set(survivor.participants.values_list("actor_id", "role"))
    for other in others:
        if other.pk == survivor.pk:
            continue
        Mention.objects.filter(event=other).update(event=survivor)
        for participant in other.participants.all():
            if kept is not None and participant.pk not in kept:
                continue
            if (participant.actor_id, participant.role) not in present:
                participant.event = survivor
                participant.save(update_fields=["event"])
                present.add((participant.actor_id, participant.role))
        Event.objects.filter(related_event=other).update(related_event=survivor)
        other.merged_into = survivor
        other.save(update_fields=["merged_into", "updated_at"])
        Event.objects.filter(merged_into=other).update(merged_into=survivor)
    survivor.confidence = max([survivor.confidence, *(o.confidence for o in others)])
    survivor.edited = True
    survivor.save()
    return survivor


@transaction.atomic
def split_event(event: Event, mentions: QuerySet[Mention] | list[Mention]) -> Event:
    """Move `mentions` of a wrongly merged event to a new event with the same fields and
    participants, for the curator to correct. The event a curator split is marked edited;
    the new one is a draft nobody has checked yet: review "auto" and not edited, like what
    extraction makes, until the curator corrects or verifies it. It keeps the event's
    negotiation and inferred-date flag, which belong to the sources it takes along."""
    moved = [m.pk for m in mentions if m.event_id == event.pk]
    if not moved or len(moved) == event.mentions.count():
        raise ValueError("choose some, but not all, of the event's sources to split off")
    fields = {name: getattr(event, name) for name in MERGEABLE_FIELDS}
    new = Event.objects.create(
        **fields,
        confidence=event.confidence,
        date_inferred=event.date_inferred,
        negotiation_id=event.negotiation_id,
        review="auto",
        edited=False,
    )
    Participant.objects.bulk_create(
        Participant(event=new, actor_id=p.actor_id, role=p.role) for p in event.participants.all()
    )
    Mention.objects.filter(pk__in=moved).update(event=new)
    event.edited = True
    event.save(update_fields=["edited", "updated_at"])
    return new


@transaction.atomic
def merge_actors(survivor: Actor, others: list[Actor]) -> Actor:
    """The survivor takes the others' names and aliases, every participation and every place
    an article names them."""
    aliases = list(survivor.aliases)
    for other in others:
        if other.pk == survivor.pk:
            continue
        aliases += [other.name, *other.aliases]
        taken = set(Participant.objects.filter(actor=survivor).values_list("event_id", "role"))
        for participation in Participant.objects.filter(actor=other):
            if (participation.event_id, participation.role) in taken:
                participation.delete()
            else:
                participation.actor = survivor
                participation.save(update_fields=["actor"])
        ActorSpan.objects.filter(actor=other).update(actor=survivor)
        other.merged_into = survivor
        other.save(update_fields=["merged_into"])
        Actor.objects.filter(merged_into=other).update(merged_into=survivor)
    survivor.aliases = [a for a in dict.fromkeys(aliases) if a != survivor.name]
    survivor.edited = True
    survivor.save()
    return survivor
