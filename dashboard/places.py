"""Where events happened: the places of corpus/places.tsv and the events map's counts.

An event's location is free text as the article gave it ("Washington", "Hodo peninsula,
near Wonsan"). The table gives a place coordinates and the spellings that name it; a
location is that place when its whole text is one of them, in any case. Counting happens in
the database, per distinct location text; only those few texts are matched here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.db.models import Count, QuerySet
from django.db.models.functions import Lower
from django.db.models.lookups import In

PLACES_FILE = Path(__file__).resolve().parent.parent / "corpus" / "places.tsv"


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    spellings: tuple[str, ...]  # the name first


@dataclass(frozen=True)
class PlaceCount:
    place: Place
    count: int


def parse_places(text: str) -> dict[str, Place]:
    """The table's places by every spelling, casefolded."""
    by_spelling: dict[str, Place] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, lat, lon, *rest = line.split("\t")
        others = [s.strip() for s in (rest[0] if rest else "").split(";") if s.strip()]
        place = Place(name, float(lat), float(lon), tuple(dict.fromkeys([name, *others])))
        if not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180):
            raise ValueError(f"places.tsv line {number}: {name} has no valid coordinates")
        for spelling in place.spellings:
            if by_spelling.setdefault(spelling.casefold(), place) is not place:
                raise ValueError(f"places.tsv line {number}: {spelling!r} names two places")
    return by_spelling


@cache
def known_places() -> dict[str, Place]:
    return parse_places(PLACES_FILE.read_text(encoding="utf-8"))


def place_of(location: str) -> Place | None:
    return known_places().get(location.strip().casefold())


def location_q(value: str) -> In:
    """Events at this place, by any of its spellings (or at exactly this text, in any case,
    when the table does not know it): the events table's `location` filter. Compared in
    lower case, as the index event_by_place holds the locations."""
    place = place_of(value)
    spellings = place.spellings if place else (value.strip(),)
    return In(Lower("location"), sorted({spelling.lower() for spelling in spellings}))


def place_counts(events: QuerySet) -> tuple[list[PlaceCount], int]:
    """Events per known place, most first, and the number of events with no known place
    (no location given, or one the table does not place). One query."""
    # Grouped in lower case: the index event_by_place holds them so, and places match any case.
    by_text = (
        events.order_by()
        .annotate(text=Lower("location"))
        .values_list("text")
        .annotate(n=Count("id"))
    )
    counts: dict[Place, int] = {}
    unplaced = 0
    for text, n in by_text:
        place = place_of(text) if text else None
        if place is None:
            unplaced += n
        else:
            counts[place] = counts.get(place, 0) + n
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].name))
    return [PlaceCount(place, n) for place, n in ranked], unplaced
