"""People of any country recognised and typed without the gazetteer: from a title that
reaches the name over the state or body it names, a title in lower case, an apposition
headed by an office noun, a title inside a longer office, and name particles. The sentences
are ours; each row names the dev construction it reproduces (file and outlet)."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.text import parse

DAY = dt.date(2019, 10, 3)


def new_actors(pipeline, text: str) -> list[tuple[str, str, str]]:
    found = pipeline.actors.recognize(parse(text), DAY).new_actors
    return [(a.name, a.kind, a.country) for a in found]


@pytest.mark.parametrize(
    "text,expected",
    [
        # ua-006, ua-008 (Ukrainian presidency), ua-007 (Wikipedia): "President of <state> Name".
        (
            "Address by President of Ukraine Taras Melnyk to the nation",
            [("Taras Melnyk", "person", "UA")],
        ),
        (
            "The Prime Minister of Japan Kenta Mori arrived in Hanoi on Monday.",
            [("Kenta Mori", "person", "JP")],
        ),
        # ua-008: a title whose office names a body, then the name.
        (
            "The Special Envoy of the Chair to the Contact Group Lena Sorensen visited the bridge.",
            [("Lena Sorensen", "person", "")],
        ),
        # af-005 (State Department): the office before the title, the name after it.
        (
            "He sent Special Representative for Sahel Reconciliation Ambassador Omar Diallo to "
            "Bamako.",
            [("Omar Diallo", "person", "")],
        ),
        # cn-004 (VOA): a title in lower case with the words that qualify it.
        (
            "Also at the table was trade policy advisor Nadia Petrova.",
            [("Nadia Petrova", "person", "")],
        ),
        ("Senior adviser Paulo Mendes and the envoy flew home.", [("Paulo Mendes", "person", "")]),
        # ua-007 (Wikipedia): a lower-case title after a demonym keeps the country.
        (
            "The plan is named after former German foreign minister Klaus Brenner.",
            [("Klaus Brenner", "person", "DE")],
        ),
        # kp3-025 (VOA Khmer): an apposition that opens with a demonym.
        (
            "Sok Dara, Cambodian government spokesman, said the talks were welcome.",
            [("Sok Dara", "person", "KH")],
        ),
        # kp2-027 (Defense Department): a state's possessive before the office, and "bin".
        (
            "The secretary welcomed Khalid bin Saeed, Oman's minister for trade, to the Pentagon.",
            [("Khalid bin Saeed", "person", "OM")],
        ),
        # ua-005 (State Department): a capitalised office as the apposition.
        ("Dana Whitfield, Department Spokesperson", [("Dana Whitfield", "person", "")]),
        # cn-004: an apposition that opens with "assistant".
        (
            "Tom Becker, assistant to the president for trade, joined them.",
            [("Tom Becker", "person", "")],
        ),
    ],
)
def test_people_of_any_country_from_titles_and_appositions(pipeline, text, expected):
    assert new_actors(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # af-005: an office that goes on after the capitalised run names no one.
        "The Chairman of the Joint Chiefs of Staff spoke first.",
        # kp2-030 (VOA): a headline in title case after a known person is no name.
        "New Secretary of State Pompeo Gets Right To Work",
        # A clause after a place, not an apposition: the place is no person.
        "They met in Nova Scotia, where the trade minister had landed.",
        # A particle only joins two capitalised parts.
        "The envoy said de facto control had passed to the army.",
    ],
)
def test_offices_headlines_and_clauses_are_no_people(pipeline, text):
    assert [a for a in new_actors(pipeline, text) if a[1] == "person"] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # ir-014 (Federal Register): a leader's office after the state's demonym is a body.
        ("The order blocks the Iranian Supreme Leader’s Office and its staff.",
         [("Iranian Supreme Leader's Office", "body", "IR")]),
        ("A spokesman for the British Prime Minister's Office said the call went well.",
         [("British Prime Minister's Office", "body", "GB")]),
        ("The Japanese Prime Minister's Office issued a statement.",
         [("Japanese Prime Minister's Office", "body", "JP")]),
        # Whose office, the phrase does not say: no body.
        ("The Prime Minister's Office said nothing.", []),
    ],
)  # fmt: skip
def test_a_leaders_office_is_a_body_of_the_state(pipeline, text, expected):
    assert new_actors(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp4-016 (Japanese outlet): a ministry in lower case after the state that owns it.
        ("The Iranian foreign ministry said the tanker was free to go.",
         [("Iranian Ministry of Foreign Affairs", "body", "IR")]),
        ("Japan's defense ministry said the missiles fell outside its waters.",
         [("Japanese Ministry of Defense", "body", "JP")]),
        # ... and its spokesman, of the same country.
        ("Iran's foreign ministry spokesman Reza Karimi said no talks were planned.",
         [("Iranian Ministry of Foreign Affairs", "body", "IR"),
          ("Reza Karimi", "person", "IR")]),
        # kp4-010 (State Department): whose ministry, the phrase does not say.
        ("We will have the foreign ministry as our counterpart.", []),
    ],
)  # fmt: skip
def test_a_ministry_in_lower_case_is_its_states(pipeline, text, expected):
    assert new_actors(pipeline, text) == expected
