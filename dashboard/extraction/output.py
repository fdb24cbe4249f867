"""Extraction results as JSON-ready dicts or readable text (for `manage.py extract`)."""

from __future__ import annotations

from .ontology import EVENT_TYPES, cameo_code
from .records import Event, Extraction


def event_as_dict(event: Event) -> dict:
    kind = EVENT_TYPES[event.type]
    return {
        "type": event.type,
        "status": event.status,
        "date": event.date.formatted(),
        "date_precision": event.date.precision,
        "date_text": event.date_text,
        "date_inferred": event.date_inferred,
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "location": event.location,
        "summary": event.summary,
        "confidence": event.confidence,
        "plover": kind.plover,
        "cameo": cameo_code(event.type, event.related.type if event.related else None),
        "related": event.related.summary if event.related else None,
        "actors": [{"name": p.actor, "role": p.role} for p in event.participants],
        "evidence": [
            {"sentence": e.sentence, "start": e.start, "end": e.end, "trigger": e.trigger}
            for e in event.evidence
        ],
    }


def extraction_as_dict(extraction: Extraction) -> dict:
    seen: dict[str, dict] = {}
    for mention in extraction.actors:
        entry = seen.setdefault(
            mention.key,
            {"name": mention.key, "kind": mention.kind, "new": mention.is_new, "mentions": 0},
        )
        entry["mentions"] += 1
    new = {a.name: a.description for a in extraction.new_actors}
    for name, entry in seen.items():
        if name in new:
            entry["description"] = new[name]
    return {
        "published": extraction.published.formatted() if extraction.published else None,
        "published_inferred": extraction.published_inferred,
        "actors": list(seen.values()),
        "events": [event_as_dict(e) for e in extraction.events],
    }


def extraction_as_text(extraction: Extraction) -> str:
    data = extraction_as_dict(extraction)
    inferred = " (inferred)" if data["published_inferred"] else ""
    lines = [f"Published: {data['published'] or 'unknown'}{inferred}", "", "Actors:"]
    for actor in data["actors"]:
        flag = "  [new]" if actor["new"] else ""
        lines.append(f"  {actor['name']} ({actor['kind']}, {actor['mentions']}×){flag}")
    lines += ["", "Events:"]
    for event in data["events"]:
        lines.append(
            f"  {event['date']:<10} {event['type']:<13} {event['status']:<13} {event['summary']}"
        )
        for evidence in event["evidence"]:
            lines.append(f"      “{evidence['sentence']}”")
    return "\n".join(lines)
