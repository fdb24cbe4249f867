from __future__ import annotations

import datetime as dt

from dashboard.extraction.gazetteer import Gazetteer
from tests.conftest import ROOT

GAZETTEER = Gazetteer.from_file(ROOT / "corpus" / "gazetteer.toml")


def test_the_gazetteer_covers_the_main_actors():
    names = set(GAZETTEER.actors)
    assert len(names) >= 40
    assert {"Donald Trump", "Kim Jong-un", "Mike Pompeo", "Kim Yong-chol", "Stephen Biegun",
            "Moon Jae-in", "Xi Jinping", "Choe Son-hui", "John Bolton", "Jim Mattis",
            "U.S. Department of State", "U.S. Department of the Treasury",
            "DPRK Ministry of Foreign Affairs"} <= names  # fmt: skip


def test_spelling_variants_are_aliases():
    assert {"Kim Yong Chol", "Kim Yong Chul", "Kim Yong-chol"} <= set(
        GAZETTEER.actors["Kim Yong-chol"].aliases
    )


def test_titles_are_dated():
    pompeo = GAZETTEER.actors["Mike Pompeo"]
    assert pompeo.title_on(dt.date(2018, 1, 1)) == "Director of the Central Intelligence Agency"
    assert pompeo.title_on(dt.date(2018, 8, 24)) == "Secretary of State"


def test_people_found_only_in_text_are_not_in_the_gazetteer():
    # The seeds' analysts must be found as new actors, not looked up.
    assert not {"Siegfried Hecker", "Daniel Davis", "Harry Kazianis"} & set(GAZETTEER.actors)
