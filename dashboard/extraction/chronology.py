"""The reference chronology (corpus/chronology/*.toml, see its README): reading and checking.

Pure Python, no Django: dashboard/chronology.py stores what this reads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .gold import GoldActor, GoldProblem, check_kind, parse_date, read_actors
from .ontology import EVENT_TYPES
from .records import DateValue

EVENT_KEYS = {
    "id", "type", "status", "date", "end_date", "actors", "place", "description", "related",
    "source",
}  # fmt: skip
SOURCE_KEYS = {"url", "outlet", "title", "published"}


@dataclass(frozen=True)
class Source:
    url: str
    outlet: str
    title: str
    published: dt.date | None = None


@dataclass(frozen=True)
class ReferenceEvent:
    id: str
    negotiation: str
    type: str
    status: str
    date: DateValue
    actors: tuple[GoldActor, ...]
    description: str
    sources: tuple[Source, ...]
    end_date: dt.date | None = None
    place: str = ""
    related: str = ""

    def fingerprint(self) -> str:
        """Changes whenever the entry in the file changes."""
        basis = json.dumps(
            [self.negotiation, self.type, self.status, self.date.formatted(), self.end_date,
             [(a.name, a.role) for a in self.actors], self.description, self.place,
             self.related, [(s.url, s.outlet, s.title, s.published) for s in self.sources]],
            default=str,
        )  # fmt: skip
        return hashlib.sha256(basis.encode()).hexdigest()[:32]


@dataclass
class Chronology:
    events: list[ReferenceEvent] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def counts(self) -> str:
        """Events per negotiation and per type, and sources."""
        by_negotiation = Counter(e.negotiation for e in self.events)
        lines = [f"{len(self.events)} reference events"]
        for negotiation, n in sorted(by_negotiation.items()):
            types = Counter(e.type for e in self.events if e.negotiation == negotiation)
            listed = ", ".join(f"{t} {types[t]}" for t in EVENT_TYPES if types[t])
            lines.append(f"  {negotiation}: {n} ({listed})")
        without = sum(1 for e in self.events if not e.sources)
        lines.append(
            f"sources: {sum(len(e.sources) for e in self.events)} in all; "
            f"{without} event(s) without a source URL"
        )
        return "\n".join(lines)


def read_chronology(
    folder: Path, negotiations: set[str], reserved: set[str] | None = None
) -> Chronology:
    """Every *.toml file of the folder; problems name the file and the event."""
    chronology = Chronology()
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            chronology.problems.append(f"{path}: not valid TOML: {error}")
            continue
        negotiation = data.get("negotiation")
        if negotiation not in negotiations:
            chronology.problems.append(f"{path}: unknown negotiation {negotiation!r}")
            continue
        for number, raw in enumerate(data.get("event", []), start=1):
            where = f"{path}: event {number} ({raw.get('id', 'no id')})"
            try:
                event = _event(raw, negotiation, reserved or set())
            except (GoldProblem, ValueError, TypeError, KeyError) as problem:
                chronology.problems.append(f"{where}: {problem}")
                continue
            if event.id in seen:
                chronology.problems.append(f"{where}: id used before, in {seen[event.id]}")
                continue
            seen[event.id] = path
            chronology.events.append(event)
    ids = {e.id for e in chronology.events}
    for event in chronology.events:
        if event.related and event.related not in ids:
            chronology.problems.append(f"{event.id}: related {event.related!r} is no event id")
    return chronology


def _event(raw: dict, negotiation: str, reserved: set[str]) -> ReferenceEvent:
    unknown = set(raw) - EVENT_KEYS
    if unknown:
        raise GoldProblem(f"unknown keys {sorted(unknown)}")
    for key in ("id", "type", "status", "date", "actors", "description", "source"):
        if not raw.get(key):
            raise GoldProblem(f"'{key}' is required")
    check_kind(raw)
    date = parse_date(raw["date"])
    end_date = None
    if raw.get("end_date"):
        end = parse_date(raw["end_date"])
        if end.precision != "day" or date.precision != "day" or end.value < date.value:
            raise GoldProblem("end_date must be a day on or after the date (both to the day)")
        end_date = end.value if end.value != date.value else None
    actors = read_actors(raw["actors"])
    description = " ".join(str(raw["description"]).split())
    if len(description) > 300:
        raise GoldProblem("the description is one line: at most 300 characters")
    sources = [_source(s, reserved) for s in raw["source"]]
    return ReferenceEvent(
        id=str(raw["id"]),
        negotiation=negotiation,
        type=raw["type"],
        status=raw["status"],
        date=date,
        actors=tuple(actors),
        description=description,
        sources=tuple(sources),
        end_date=end_date,
        place=raw.get("place", ""),
        related=raw.get("related", ""),
    )


def _source(raw: dict, reserved: set[str]) -> Source:
    unknown = set(raw) - SOURCE_KEYS
    if unknown:
        raise GoldProblem(f"source: unknown keys {sorted(unknown)}")
    for key in ("url", "outlet", "title"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise GoldProblem(f"source: '{key}' is required")
    parts = urlsplit(raw["url"])
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise GoldProblem(f"source: not an http(s) address: {raw['url']!r}")
    if raw["url"].rstrip("/") in reserved:
        raise GoldProblem(f"source: {raw['url']} is reserved for independent evaluation")
    published = raw.get("published")
    if published is not None and type(published) is not dt.date:
        raise GoldProblem("source: 'published' must be a TOML date, unquoted")
    return Source(raw["url"].strip(), raw["outlet"].strip(), raw["title"].strip(), published)


def reserved_pages(path: Path) -> set[str]:
    """The URLs kept for independent evaluation (never cited), without trailing slashes."""
    if not path.exists():
        return set()
    return {
        line.strip().rstrip("/")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith(("http://", "https://"))
    }
