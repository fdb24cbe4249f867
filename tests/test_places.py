"""corpus/places.tsv: every place an event location names, with coordinates of our own."""

from __future__ import annotations

import pytest
from django.conf import settings

from dashboard import places
from dashboard.extraction.gazetteer import Gazetteer


def test_every_place_of_the_gazetteer_has_coordinates():
    gazetteer = Gazetteer.from_file(settings.PARLEY_CORPUS_DIR / "gazetteer.toml")
    states = {a.name for a in gazetteer.actors.values() if a.kind == "state"}
    named = set(gazetteer.places.values()) - states  # a state is an area, not a point
    assert named and {name for name in named if places.place_of(name) is None} == set()


@pytest.mark.parametrize(
    "location,place",
    [
        ("Washington", "Washington"),
        ("  singapore ", "Singapore"),
        ("Hodo peninsula, near Wonsan", "Hodo peninsula"),
        ("Joint Security Area", "Panmunjom"),
        ("Sohae Satellite Launching Ground", "Sohae"),
        ("North Korea", None),
        ("Kangwon Province", None),
        ("", None),
    ],
)
def test_a_location_is_a_place_by_its_whole_text_in_any_case(location, place):
    found = places.place_of(location)
    assert (found.name if found else None) == place


def test_coordinates_are_where_the_places_are():
    pyongyang, washington = places.place_of("Pyongyang"), places.place_of("Washington")
    assert 38 < pyongyang.lat < 40 and 125 < pyongyang.lon < 127
    assert 38 < washington.lat < 40 and -78 < washington.lon < -76
    assert places.place_of("Buenos Aires").lat < 0  # south is negative


@pytest.mark.parametrize(
    "row,problem",
    [
        ("Atlantis\t95\t10\t", "no valid coordinates"),
        ("Somewhere\t1\t2\tElsewhere\nElsewhere\t3\t4\t", "names two places"),
    ],
)
def test_a_bad_table_is_refused(row, problem):
    with pytest.raises(ValueError, match=problem):
        places.parse_places(row)
