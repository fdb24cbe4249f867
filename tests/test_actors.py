from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.text import parse

AUG_2018 = dt.date(2018, 8, 25)


def resolved(pipeline, text: str, published=AUG_2018) -> list[tuple[str, str]]:
    recognition = pipeline.actors.recognize(parse(text), published)
    return [(m.text, m.key) for m in recognition.mentions]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("Kim Yong Chul wrote to Pompeo.", AUG_2018,
         [("Kim Yong Chul", "Kim Yong-chol"), ("Pompeo", "Mike Pompeo")]),
        ("The secretary of state flew in.", AUG_2018, [("The secretary of state", "Mike Pompeo")]),
        ("The secretary of state flew in.", dt.date(2017, 9, 1),
         [("The secretary of state", "Rex Tillerson")]),
        ("The North Korean leader smiled.", AUG_2018, [("The North Korean leader", "Kim Jong-un")]),
        ("Pyongyang said no.", AUG_2018, [("Pyongyang", "North Korea")]),
        ("U.S. Secretary of State Mike Pompeo said so.", AUG_2018,
         [("Mike Pompeo", "Mike Pompeo")]),
        ("He read The Washington Post.", AUG_2018, []),
    ],
)  # fmt: skip
def test_gazetteer_actors(pipeline, text, published, expected):
    assert resolved(pipeline, text, published) == expected


def test_a_capital_after_in_is_a_place_not_an_actor(pipeline):
    recognition = pipeline.actors.recognize(parse("They met in Pyongyang."), AUG_2018)
    assert recognition.mentions == []
    assert [p.name for p in recognition.places] == ["Pyongyang"]


def test_mr_kim_is_the_kim_mentioned_last(pipeline):
    text = (
        "Pompeo met Kim Yong-chol. Later Mr. Kim left. "
        "Then the North Korean leader spoke. Mr. Kim smiled."
    )
    kims = [key for span, key in resolved(pipeline, text) if span == "Kim"]
    assert kims == ["Kim Yong-chol", "Kim Jong-un"]


@pytest.mark.parametrize(
    "text,name,description",
    [
        ("Retired Lt. Col. Daniel Davis said it was curious.", "Daniel Davis", "Retired Lt. Col."),
        ("It can make six bombs, said Siegfried Hecker, a Stanford University nuclear scientist.",
         "Siegfried Hecker", "a Stanford University nuclear scientist"),
        ("Foreign Minister Amara Okafor of Ghana met Mike Pompeo in Accra.", "Amara Okafor",
         "Foreign Minister"),
        ("Envoy Tomas Lindqvist held talks in Stockholm.", "Tomas Lindqvist", "Envoy"),
    ],
)  # fmt: skip
def test_people_outside_the_gazetteer_are_recorded_as_new(pipeline, text, name, description):
    recognition = pipeline.actors.recognize(parse(text), AUG_2018)
    [new] = recognition.new_actors
    assert (new.name, new.description) == (name, description)
    assert any(m.key == name and m.is_new for m in recognition.mentions)


def test_a_new_person_is_found_again_by_surname(pipeline):
    text = "Retired Lt. Col. Daniel Davis said no. Davis maintained it."
    assert [key for _, key in resolved(pipeline, text)] == ["Daniel Davis", "Daniel Davis"]
