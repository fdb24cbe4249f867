"""The negotiations Parley follows (corpus/negotiations.toml), and which one an event belongs
to. Pure Python, no Django."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Negotiation:
    slug: str
    name: str
    description: str
    counterparts: frozenset[str]  # ISO codes of the states across the table
    related: frozenset[str]  # states often party without making it another negotiation's
    organisations: frozenset[str]  # non-state parties that belong to it
    period: tuple[dt.date, dt.date]


def load_negotiations(path: Path) -> dict[str, Negotiation]:
    """slug -> Negotiation, in the file's order."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found = {}
    for raw in data.get("negotiation", []):
        first, last = raw["period"]
        found[raw["slug"]] = Negotiation(
            slug=raw["slug"],
            name=raw["name"],
            description=raw.get("description", ""),
            counterparts=frozenset(raw.get("counterparts", ())),
            related=frozenset(raw.get("related", ())),
            organisations=frozenset(raw.get("organisations", ())),
            period=(first, last),
        )
    return found


def negotiation_of(
    countries: Iterable[str],
    names: Iterable[str],
    default: str | None,
    negotiations: dict[str, Negotiation],
) -> str | None:
    """The negotiation an event belongs to, from the states (ISO codes) of its parties and
    their names: the article's (`default`) unless no party belongs to it and the parties
    belong to exactly one other (a US–DPRK article that reports an Iran sanction)."""
    countries, names = set(countries), set(names)

    def belongs(negotiation: Negotiation, wide: bool) -> bool:
        states = negotiation.counterparts | (negotiation.related if wide else frozenset())
        return bool(countries & states or names & negotiation.organisations)

    own = negotiations.get(default) if default else None
    if own is not None and belongs(own, wide=True):
        return default
    others = [n.slug for n in negotiations.values() if n is not own and belongs(n, wide=False)]
    if len(others) == 1:
        return others[0]
    return default
