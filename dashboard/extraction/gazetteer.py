"""The gazetteer: known actors, their aliases, dated titles and places (corpus/gazetteer.toml)."""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Role:
    title: str
    start: dt.date | None
    end: dt.date | None  # exclusive
    phrases: tuple[str, ...]

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class KnownActor:
    name: str
    kind: str
    country: str = ""
    aliases: tuple[str, ...] = ()
    surname: str = ""
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    default_for_surname: bool = False  # "Mr. Kim" with no Kim mentioned before
    part_of: str = ""  # the actor this body belongs to ("Office of Foreign Assets Control")
    curated: bool = False  # added from curators' decisions, not from the gazetteer file

    def title_on(self, day: dt.date | None) -> str:
        for role in self.roles:
            if day is None or role.held_on(day):
                return role.title
        return ""


@dataclass
class Gazetteer:
    actors: dict[str, KnownActor] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)  # alias -> place name
    place_countries: dict[str, str] = field(default_factory=dict)  # place name -> country code
    ignore: tuple[str, ...] = ()
    fingerprint: str = ""
    # countries.tsv's capitals -> their state's name: places that stand for the state only
    # where the text makes them a party (actors.ActorRecognizer._capital_as_party).
    table_capitals: dict[str, str] = field(default_factory=dict)
    # states_by_country(), kept until an actor is added (it is read for every article)
    _states: dict[str, str] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_file(cls, path: Path | str, countries: Path | str | None = None) -> Gazetteer:
        """Read gazetteer.toml, and the world's states from countries.tsv if given."""
        raw = Path(path).read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
        digest = hashlib.sha256(raw)
        if countries is not None:
            table = Path(countries).read_bytes()
            digest.update(table)
            data = {**data, "country": parse_countries(table.decode("utf-8"))}
        gazetteer = cls.from_dict(data)
        gazetteer.fingerprint = digest.hexdigest()[:16]
        return gazetteer

    @classmethod
    def from_dict(cls, data: dict) -> Gazetteer:
        gazetteer = cls(ignore=tuple(data.get("ignore", {}).get("phrases", ())))
        for entry in data.get("actor", []):
            gazetteer.add(_actor_from_entry(entry))
        for actor in gazetteer.actors.values():
            if actor.kind == "state":
                # "the North Korean government", "China's government": the state's government.
                extra = _governments({"name": actor.name, "adjectives": actor.adjectives})
                actor.aliases = tuple(dict.fromkeys([*actor.aliases, *extra]))
        defined = {a.country for a in gazetteer.actors.values() if a.kind == "state"}
        for entry in data.get("country", []):
            if entry["code"] in defined:
                continue  # gazetteer.toml describes this state in more detail
            gazetteer.add(
                KnownActor(
                    name=entry["name"],
                    kind="state",
                    country=entry["code"],
                    # "Colombia's government", "the Ethiopian government" as for the
                    # states above: the state itself, not its name owning a noun.
                    aliases=tuple(
                        dict.fromkeys([entry["name"], *entry["aliases"], *_governments(entry)])
                    ),
                    adjectives=tuple(entry["adjectives"]),
                )
            )
            # A capital from the table is a place; only gazetteer.toml's capitals also stand
            # for their governments ("Pyongyang said"), where that reading is checked.
            if entry["capital"]:
                gazetteer.places.setdefault(entry["capital"], entry["capital"])
                gazetteer.place_countries.setdefault(entry["capital"], entry["code"])
                gazetteer.table_capitals.setdefault(entry["capital"], entry["name"])
        for entry in data.get("place", []):
            for alias in [entry["name"], *entry.get("aliases", [])]:
                gazetteer.places[alias] = entry["name"]
            gazetteer.place_countries[entry["name"]] = entry.get("country", "")
        return gazetteer

    def add(self, actor: KnownActor) -> None:
        if actor.name in self.actors:
            raise ValueError(f"gazetteer: actor {actor.name!r} is listed twice")
        self.actors[actor.name] = actor
        self._states = None
        if actor.kind == "state":
            # A state and its capital are also places: "a trip to North Korea", "in Pyongyang".
            for alias in actor.aliases:
                self.places[alias] = actor.name
            self.place_countries[actor.name] = actor.country
            for capital in actor.capitals:
                self.places[capital] = capital
                self.place_countries[capital] = actor.country

    def add_aliases(
        self, name: str, aliases: list[str], kind: str = "person", country: str = ""
    ) -> None:
        """Aliases learned outside the file: a curator merged actors or edited an actor.
        An actor the file lacks (a new person a curator kept) is added."""
        actor = self.actors.get(name)
        if actor is None:
            surname = name.split()[-1] if kind == "person" else ""
            self.add(KnownActor(name=name, kind=kind, country=country, aliases=(name,),
                                surname=surname, curated=True))  # fmt: skip
            actor = self.actors[name]
        actor.aliases = tuple(dict.fromkeys([*actor.aliases, *aliases]))

    def nationality(self) -> dict[str, str]:
        """Person or body -> the state it belongs to (by country code)."""
        states = self.states_by_country()
        return {
            a.name: states[a.country]
            for a in self.actors.values()
            if a.kind != "state" and a.country in states
        }

    def parents(self, name: str) -> list[str]:
        """The chain of actors `name` belongs to, nearest first: the Office of Foreign Assets
        Control -> the Treasury -> the United States. A body or person with a country and no
        `part_of` belongs to that country's state; a state belongs to nothing."""
        states = self.states_by_country()
        chain: list[str] = []
        actor = self.actors.get(name)
        while actor is not None and actor.kind != "state":
            parent = actor.part_of or states.get(actor.country, "")
            if not parent or parent == actor.name or parent in chain:
                break
            chain.append(parent)
            actor = self.actors.get(parent)
        return chain

    def part_of(self, name: str, whole: str) -> bool:
        """Whether `name` is `whole` or belongs to it, directly or through its parents."""
        return name == whole or whole in self.parents(name)

    def states_by_country(self) -> dict[str, str]:
        """Country code -> the state's canonical name (the caller must not change it)."""
        if self._states is None:
            self._states = {a.country: a.name for a in self.actors.values() if a.kind == "state"}
        return self._states

    def persons_by_surname(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for actor in self.actors.values():
            if actor.kind == "person" and actor.surname:
                index.setdefault(actor.surname, []).append(actor.name)
        return index

    def role_phrases(self) -> dict[str, list[tuple[str, Role]]]:
        """Lower-cased phrase -> every (actor, role) it can name."""
        index: dict[str, list[tuple[str, Role]]] = {}
        for actor in self.actors.values():
            for role in actor.roles:
                for phrase in role.phrases:
                    index.setdefault(phrase.lower(), []).append((actor.name, role))
        return index


def _governments(entry: dict) -> list[str]:
    """A state's government by demonym and by possessive: "the Ethiopian government",
    "Colombia's government"."""
    extra = [f"{adjective} government" for adjective in entry["adjectives"]]
    return [*extra, f"{entry['name']}'s government", f"{entry['name']}’s government"]


def parse_countries(text: str) -> list[dict]:
    """Rows of countries.tsv: code, name, adjectives, capital, aliases (";"-separated)."""
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        code, name, adjectives, capital, aliases = (line.split("\t") + [""] * 5)[:5]
        rows.append(
            {
                "code": code.strip(),
                "name": name.strip(),
                "adjectives": [a.strip() for a in adjectives.split(";") if a.strip()],
                "capital": capital.strip(),
                "aliases": [a.strip() for a in aliases.split(";") if a.strip()],
            }
        )
    return rows


def _actor_from_entry(entry: dict) -> KnownActor:
    name = entry["name"]
    kind = entry.get("kind", "person")
    surname = entry.get("surname") or (name.split()[-1] if kind == "person" else "")
    roles = tuple(
        Role(
            title=role["title"],
            start=role.get("start"),
            end=role.get("end"),
            phrases=tuple(role.get("phrases", ())),
        )
        for role in entry.get("role", [])
    )
    return KnownActor(
        name=name,
        kind=kind,
        country=entry.get("country", ""),
        aliases=tuple(dict.fromkeys([name, *entry.get("aliases", [])])),
        surname=surname,
        adjectives=tuple(entry.get("adjectives", ())),
        capitals=tuple(entry.get("capitals", ())),
        roles=roles,
        default_for_surname=bool(entry.get("default_for_surname", False)),
        part_of=entry.get("part_of", ""),
    )
