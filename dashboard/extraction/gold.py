"""Gold annotations of the development corpus (docs/annotation.md): reading and checking.

Pure Python, no Django. One TOML file per text under tests/gold/devcorpus/{dev,test}/; the
texts themselves stay in ../shared/devcorpus/texts/ and are read from there.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .ontology import EVENT_TYPES, ROLES, STATUSES
from .records import DateValue

SPLITS = ("dev", "test")
DATE_FROM = ("stated", "relative", "context", "knowledge")
FILE_KEYS = {"text", "negotiation", "published", "second_pass", "event"}
EVENT_KEYS = {
    "key", "type", "status", "date", "end_date", "date_from", "actors", "place", "required",
    "at", "negotiation", "related", "note",
}  # fmt: skip


@dataclass(frozen=True)
class GoldActor:
    name: str
    role: str


@dataclass(frozen=True)
class Happening:
    """One real-world happening a text reports."""

    key: str
    type: str
    status: str
    date: DateValue
    date_from: str
    actors: tuple[GoldActor, ...]
    required: bool
    at: tuple[int, ...]  # offsets in the file (front matter included) of its sentences
    negotiation: str
    end_date: dt.date | None = None
    place: str = ""
    related: str = ""
    note: str = ""

    @property
    def names(self) -> frozenset[str]:
        return frozenset(a.name for a in self.actors)

    def roles(self) -> frozenset[tuple[str, str]]:
        return frozenset((a.name, a.role) for a in self.actors)

    def principal_names(self) -> frozenset[str]:
        """The parties: everyone but announcers."""
        return frozenset(a.name for a in self.actors if a.role != "announcer")


@dataclass
class GoldText:
    gold_file: Path
    split: str
    text: str  # the text's file name in the corpus
    negotiation: str
    published: dt.date | None
    second_pass: bool
    events: list[Happening] = field(default_factory=list)

    @property
    def required(self) -> list[Happening]:
        return [e for e in self.events if e.required]


def parse_date(value: str) -> DateValue:
    """YYYY-MM-DD, YYYY-MM or YYYY (ValueError otherwise)."""
    parts = str(value).split("-")
    if len(parts) == 3 and len(parts[0]) == 4:
        return DateValue(dt.date.fromisoformat(str(value)), "day")
    if len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 2:
        return DateValue(dt.date(int(parts[0]), int(parts[1]), 1), "month")
    if len(parts) == 1 and len(parts[0]) == 4 and parts[0].isdigit():
        return DateValue(dt.date(int(parts[0]), 1, 1), "year")
    raise ValueError(f"not YYYY-MM-DD, YYYY-MM or YYYY: {value!r}")


class GoldProblem(ValueError):
    pass


def read_gold_file(path: Path, split: str, negotiations: set[str]) -> GoldText:
    """One gold file, checked against the format (GoldProblem naming what is wrong)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise GoldProblem(f"not valid TOML: {error}") from None
    unknown = set(data) - FILE_KEYS
    if unknown:
        raise GoldProblem(f"unknown keys {sorted(unknown)}")
    for key in ("text", "negotiation"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise GoldProblem(f"'{key}' is required")
    if data["negotiation"] not in negotiations:
        raise GoldProblem(f"unknown negotiation {data['negotiation']!r}")
    published = data.get("published")
    if published is not None and type(published) is not dt.date:
        raise GoldProblem("'published' must be a TOML date (2018-11-07), unquoted")
    text = GoldText(path, split, data["text"], data["negotiation"], published,
                    bool(data.get("second_pass", False)))  # fmt: skip
    keys: set[str] = set()
    for number, raw in enumerate(data.get("event", []), start=1):
        try:
            event = _happening(raw, text, negotiations)
        except (GoldProblem, ValueError, TypeError) as problem:
            raise GoldProblem(f"event {number}: {problem}") from None
        if event.key in keys:
            raise GoldProblem(f"event {number}: key {event.key!r} used twice")
        keys.add(event.key)
        text.events.append(event)
    for event in text.events:
        if event.related and event.related not in keys:
            raise GoldProblem(f"event {event.key}: related {event.related!r} is no key here")
    return text


def _happening(raw: dict, text: GoldText, negotiations: set[str]) -> Happening:
    unknown = set(raw) - EVENT_KEYS
    if unknown:
        raise GoldProblem(f"unknown keys {sorted(unknown)}")
    for key in ("key", "type", "status", "date", "date_from", "actors", "required"):
        if key not in raw:
            raise GoldProblem(f"'{key}' is required")
    check_kind(raw)
    if raw["date_from"] not in DATE_FROM:
        raise GoldProblem(f"date_from must be one of {', '.join(DATE_FROM)}")
    if not isinstance(raw["required"], bool):
        raise GoldProblem("'required' must be true or false")
    if raw["date_from"] == "knowledge" and raw["required"]:
        raise GoldProblem("a date from knowledge only is never required")
    date = parse_date(raw["date"])
    end_date = None
    if "end_date" in raw:
        end = parse_date(raw["end_date"])
        if end.precision != "day" or date.precision != "day" or end.value <= date.value:
            raise GoldProblem("end_date must be a day after the date (both to the day)")
        end_date = end.value
    actors = read_actors(raw["actors"])
    if raw["required"] and not [a for a in actors if a.role != "announcer"]:
        raise GoldProblem("a required happening names at least one party (not an announcer)")
    negotiation = raw.get("negotiation", text.negotiation)
    if negotiation not in negotiations | {"other"}:
        raise GoldProblem(f"unknown negotiation {negotiation!r}")
    at = raw.get("at", [])
    if not isinstance(at, list) or not all(isinstance(n, int) and n >= 0 for n in at):
        raise GoldProblem("'at' is a list of character offsets")
    return Happening(
        key=str(raw["key"]),
        type=raw["type"],
        status=raw["status"],
        date=date,
        date_from=raw["date_from"],
        actors=tuple(actors),
        required=raw["required"],
        at=tuple(sorted(at)),
        negotiation=negotiation,
        end_date=end_date,
        place=raw.get("place", ""),
        related=raw.get("related", ""),
        note=raw.get("note", ""),
    )


def check_kind(raw: dict) -> None:
    """An event's type and status are Parley's (GoldProblem otherwise)."""
    if raw["type"] not in EVENT_TYPES:
        raise GoldProblem(f"unknown type {raw['type']!r}")
    if raw["status"] not in STATUSES:
        raise GoldProblem(f"unknown status {raw['status']!r}")


def read_actors(raw: list) -> list[GoldActor]:
    """`[{ name = "…", role = "…" }, …]` with Parley's roles (GoldProblem otherwise)."""
    actors = []
    for actor in raw:
        if not isinstance(actor, dict) or set(actor) != {"name", "role"}:
            raise GoldProblem("each actor is { name = ..., role = ... }")
        if actor["role"] not in ROLES:
            raise GoldProblem(f"unknown role {actor['role']!r}")
        actors.append(GoldActor(actor["name"].strip(), actor["role"]))
    return actors


def read_gold(folder: Path, negotiations: set[str]) -> tuple[list[GoldText], list[str]]:
    """Every gold file under folder/dev and folder/test, and the problems of those that
    could not be read (`path: problem`)."""
    texts, problems = [], []
    for split in SPLITS:
        for path in sorted((folder / split).glob("*.toml")):
            try:
                texts.append(read_gold_file(path, split, negotiations))
            except GoldProblem as problem:
                problems.append(f"{path}: {problem}")
    return texts, problems


def check_against_corpus(texts: list[GoldText], corpus: Path) -> list[str]:
    """What the gold says that the corpus contradicts: a gold file for a missing text, a text
    without gold, a file name that does not follow its text, offsets outside the text, a
    published date other than the text's, a negotiation other than the manifest's."""
    problems = []
    manifest = _manifest(corpus)
    seen: Counter[str] = Counter()
    for gold in texts:
        seen[gold.text] += 1
        path = corpus / "texts" / gold.text
        if not path.exists():
            problems.append(f"{gold.gold_file}: no text {gold.text!r} in {corpus}")
            continue
        if gold.gold_file.stem != Path(gold.text).stem:
            problems.append(f"{gold.gold_file}: is named after another text than {gold.text}")
        content = path.read_text(encoding="utf-8")
        front = _front_matter(content)
        given = front.get("published")
        if (given or None) != (gold.published.isoformat() if gold.published else None):
            problems.append(f"{gold.gold_file}: published {gold.published} but the text says "
                            f"{given or 'nothing'}")  # fmt: skip
        row = manifest.get(gold.text)
        if row is not None and row["negotiation"] != gold.negotiation:
            problems.append(f"{gold.gold_file}: negotiation {gold.negotiation} but the "
                            f"manifest says {row['negotiation']}")  # fmt: skip
        for event in gold.events:
            outside = [n for n in event.at if n >= len(content)]
            if outside:
                problems.append(f"{gold.gold_file}: event {event.key}: offsets {outside} are "
                                f"past the text's end ({len(content)})")  # fmt: skip
    for name, count in seen.items():
        if count > 1:
            problems.append(f"{name}: {count} gold files")
    for name in manifest:
        if name not in seen:
            problems.append(f"{name}: no gold file")
    return problems


def counts(texts: list[GoldText]) -> str:
    """Rows per type, per negotiation and per split (required / all)."""
    by_type: Counter[tuple[str, bool]] = Counter()
    by_negotiation: Counter[tuple[str, bool]] = Counter()
    by_split: Counter[tuple[str, bool]] = Counter()
    texts_by_split: Counter[str] = Counter()
    for gold in texts:
        texts_by_split[gold.split] += 1
        for event in gold.events:
            for counter, key in ((by_type, event.type), (by_negotiation, event.negotiation),
                                 (by_split, gold.split)):  # fmt: skip
                counter[key, event.required] += 1

    def table(title: str, counter: Counter, keys) -> list[str]:
        lines = [f"{title:<20} {'required':>9} {'optional':>9} {'all':>6}"]
        for key in keys:
            required, optional = counter[key, True], counter[key, False]
            if required or optional:
                lines.append(f"{key:<20} {required:>9} {optional:>9} {required + optional:>6}")
        total_r = sum(v for (_, r), v in counter.items() if r)
        total_o = sum(v for (_, r), v in counter.items() if not r)
        lines.append(f"{'all':<20} {total_r:>9} {total_o:>9} {total_r + total_o:>6}")
        return lines

    negotiations = sorted({key for key, _ in by_negotiation})
    split_line = ", ".join(f"{texts_by_split[s]} {s} texts" for s in SPLITS)
    return "\n".join(
        [
            f"{len(texts)} gold files: {split_line}",
            "",
            *table("type", by_type, list(EVENT_TYPES)),
            "",
            *table("negotiation", by_negotiation, negotiations),
            "",
            *table("split", by_split, SPLITS),
        ]
    )


def _manifest(corpus: Path) -> dict[str, dict]:
    import csv

    with (corpus / "manifest.csv").open(encoding="utf-8") as stream:
        return {row["file"]: row for row in csv.DictReader(stream)}


def _front_matter(content: str) -> dict[str, str]:
    lines = content.splitlines()
    found: dict[str, str] = {}
    if not lines or lines[0].strip() != "---":
        return found
    for line in lines[1:]:
        if line.strip() == "---":
            break
        key, _, value = line.partition(":")
        found[key.strip()] = value.strip()
    return found
