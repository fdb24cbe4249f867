"""Actors the gazetteer does not list, junk that is not an actor, part-of chains, roles from
the clause, and a recognizer shared by threads. The sentences are ours; each row names the
dev construction it reproduces (file and outlet)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from dashboard.extraction.actors import _one_edit
from dashboard.extraction.text import parse

DAY = dt.date(2019, 8, 25)


def recognise(pipeline, text: str, published: dt.date = DAY):
    return pipeline.actors.recognize(parse(text), published)


def new_actors(pipeline, text: str) -> list[tuple[str, str, str]]:
    return [(a.name, a.kind, a.country) for a in recognise(pipeline, text).new_actors]


@pytest.mark.parametrize(
    "text,expected",
    [
        # cn-007 (White House): a vice premier by title, a name that ends in "He", "of China".
        ("The president welcomed Vice Premier Zhou He of China to the talks.",
         [("Zhou He", "person", "CN")]),
        # kp4-023 (Wikipedia), kp4-019 (Japanese outlet): a department title before a name.
        ("Defense Secretary Mark Esper flew to Seoul.", [("Mark Esper", "person", "")]),
        # kp4-019: "Secretary of Defense Esper": a surname alone after a title.
        ("After the meeting, Secretary of Defense Esper told the press it was delayed.",
         [("Esper", "person", "")]),
        # kp1-020 (VOA): a demonym, a ministerial title and a hyphenated Korean given name.
        ("South Korean Unification Minister Park Soo-min said the talks would go on.",
         [("Park Soo-min", "person", "KR")]),
        # cn-004 (VOA): an apposition that gives the office and the state.
        ("Ahmad Karimi, the foreign minister of Afghanistan, arrived on Monday.",
         [("Ahmad Karimi", "person", "AF")]),
        # kp4-018 (Japanese outlet): a long title; "Chief Cabinet" is not a body.
        ("Chief Cabinet Secretary Yoshi Tanaka told reporters that the launch was a threat.",
         [("Yoshi Tanaka", "person", "")]),
        # cn-008 (White House): a weekday after a name is no part of it.
        ("Trade Representative Robert Lighthizer Thursday said the round was over.",
         [("Robert Lighthizer", "person", "")]),
        # af-002 (U.S. Mission to the UN): the surname first, the full name later.
        ("Special Representative Khalilzad landed. Ambassador Zalmay Khalilzad said he would "
         "stay.", [("Zalmay Khalilzad", "person", "")]),
        # ir-003 (UK Prime Minister's Office): a month inside a name.
        ("Prime Minister Theresa May met the chancellor in May.",
         [("Theresa May", "person", "")]),
        # kp4-016 (Japanese outlet): a state's possessive before a ministry.
        ("Japan's Defense Ministry said the missiles fell outside its waters.",
         [("Japanese Ministry of Defense", "body", "JP")]),
        # kp1-019 (VOA): another country's foreign ministry.
        ("A day later, Russia's Foreign Ministry said the call had gone well.",
         [("Russian Ministry of Foreign Affairs", "body", "RU")]),
        # kp2-006 (State Department): the ministry named in full, its state after "of".
        ("The Ministry of Foreign Affairs of Ukraine protested.",
         [("Ukrainian Ministry of Foreign Affairs", "body", "UA")]),
        # kp2-014 (Wikipedia): a body "of South Korea" in an apposition.
        ("Moon came with Suh Hoon, Director of the National Intelligence Service of South Korea.",
         [("National Intelligence Service", "body", "KR")]),
        # ua-007 (Wikipedia) s35: a footnote mark glued to a hyphenated name's last word.
        ("The plan is named after former Austrian foreign minister Karl-Heinz Gruber.[7] In 2015, "
         "Gruber proposed a vote.", [("Karl-Heinz Gruber", "person", "AT")]),
        # ua-014 (Wikipedia): a contact group, then a person named after it.
        ("Talks produced the Trilateral Contact Group, whose envoy Martin Sajdik said no.",
         [("Trilateral Contact Group", "organisation", ""), ("Martin Sajdik", "person", "")]),
    ],
)  # fmt: skip
def test_actors_outside_the_gazetteer_are_named_and_typed(pipeline, text, expected):
    assert new_actors(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # kp1-025 (VOA) s9: a time word opening a sentence.
        "Early Friday, the envoy left Hanoi for home.",
        "Later Monday, the envoy left Hanoi for home.",
        # kp1-014 (White House): a form of address before a name.
        "I extend my welcome to Your Excellency, President Donald Trump.",
        # cn-007: a title alone.
        "It was an honor to be with the Vice Premier of China today.",
        # kp4-020 (Senate committee) s2: a headline in title case whose words the story
        # writes in lower case.
        "Seoul Urges Pyongyang To Resume Nuclear Talks\nSeoul urged the North to resume "
        "nuclear talks soon.",
        # kp2-014 (Wikipedia): a building, not a person.
        "They met in the Peace House, where peace was on every banner.",
        # ir-014 (Federal Register): "Executive Orders" is no one.
        "The president signed two Executive Orders on Monday.",
        # kp1-025 (VOA): a command gone to is a place.
        "Pence traveled to the South Korean Navy's 2nd Fleet Command on Friday.",
        # A name-shaped organisation that only describes a person.
        "It can make bombs, said Jane Roe, a Stanford University physicist.",
        # ir-014 (Federal Register) s3: a title-case heading's verb after "The President".
        "Order 13 of May 2, 2019 The President Restricting Imports From Ruritania By the "
        "authority vested in me.",
    ],
)
def test_fragments_titles_and_places_are_no_new_actors(pipeline, text):
    names = [a.name for a in recognise(pipeline, text).new_actors]
    assert names in ([], ["Jane Roe"])


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp4-027 (State Department): a titled alias followed by a misspelt full name.
        ("He met Chairman Kim Jung Un of North Korea in Singapore.",
         [("Kim Jung Un", "Kim Jong-un"), ("North Korea", "North Korea"),
          ("Singapore", "Singapore")]),
        # kp2-011 (White House): a titled alias inside the full name that follows it.
        ("Remarks after meeting Vice Chairman Kim Yong Chol on Friday.",
         [("Kim Yong Chol", "Kim Yong-chol")]),
        # kp2-021 (State Department): a known name one letter off.
        ("Senators questioned Mike Pompeio at length.", [("Mike Pompeio", "Mike Pompeo")]),
    ],
)  # fmt: skip
def test_partial_and_misspelt_names_are_the_known_person(pipeline, text, expected):
    recognition = recognise(pipeline, text, dt.date(2018, 6, 1))
    assert [(m.text, m.key) for m in recognition.mentions] == expected
    assert recognition.new_actors == []


@pytest.mark.parametrize(
    "name,chain",
    [
        ("Office of Foreign Assets Control", ["U.S. Department of the Treasury", "United States"]),
        ("U.S. Department of the Treasury", ["United States"]),
        ("DPRK Ministry of Foreign Affairs", ["North Korea"]),
        ("Mike Pompeo", ["United States"]),
        ("North Korea", []),
        ("United Nations", []),
    ],
)
def test_part_of_chains(pipeline, name, chain):
    gazetteer = pipeline.gazetteer
    assert gazetteer.parents(name) == chain
    assert all(gazetteer.part_of(name, whole) for whole in chain)
    assert gazetteer.part_of(name, name)


def roles(pipeline, text: str, published: dt.date = DAY) -> list[tuple[str, set]]:
    events = pipeline.extract(text, published).events
    return [(e.type, {(p.actor, p.role) for p in e.participants}) for e in events]


@pytest.mark.parametrize(
    "text,event_type,expected",
    [
        # kp3-001: a letter "sent to X by Y".
        ("A letter sent to Pompeo by Kim Yong-chol on Monday warned that talks could fail.",
         "letter", {("Kim Yong-chol", "initiator"), ("Mike Pompeo", "target")}),
        # kp2-011 (White House): a subjectless "after meeting with" takes the main subject.
        ("Remarks by President Trump after meeting with Kim Yong-chol on Friday",
         "meeting", {("Donald Trump", "participant"), ("Kim Yong-chol", "participant")}),
    ],
)  # fmt: skip
def test_roles_from_the_clause(pipeline, text, event_type, expected):
    found = [parties for kind, parties in roles(pipeline, text, dt.date(2018, 8, 30))]
    kinds = [kind for kind, _ in roles(pipeline, text, dt.date(2018, 8, 30))]
    assert event_type in kinds
    assert found[kinds.index(event_type)] == expected


@pytest.mark.parametrize(
    "text,spokesperson",
    [
        # kp3-001 (Japanese outlet): a spokesperson in the clause of a postponed visit.
        ("Amid the postponement of Pompeo's visit to Pyongyang, State Department spokesperson "
         "Heather Nauert read a statement on Tuesday.", "Heather Nauert"),
        # kp2-029 (VOA): a spokeswoman's words about a meeting.
        ("Pompeo met Kim Yong-chol in New York on Wednesday, spokeswoman Sarah Sanders said.",
         "Sarah Sanders"),
    ],
)  # fmt: skip
def test_a_spokesperson_only_announces(pipeline, text, spokesperson):
    found = roles(pipeline, text, dt.date(2018, 8, 30))
    offices = {
        actor
        for kind, parties in found
        for actor, role in parties
        if actor == "U.S. Department of State" and kind != "statement" and role != "announcer"
    }
    assert offices == set()  # "State Department spokesperson": the office only announces
    theirs = {
        role
        for kind, parties in found
        for actor, role in parties
        if actor == spokesperson and kind != "statement"  # a statement's speaker is its own
    }
    assert theirs == {"announcer"}


def test_one_recognizer_serves_two_threads(pipeline):
    """recognize keeps its state per call: two threads sharing one recognizer each get what
    they would get alone."""
    texts = [
        "Vice Premier Zhou He of China met Defense Secretary Mark Esper. Zhou said no.",
        "South Korean Unification Minister Park Soo-min said Japan's Defense Ministry agreed. "
        "Park left.",
    ]
    docs = [parse(text) for text in texts]

    def summary(doc):
        recognition = pipeline.actors.recognize(doc, DAY)
        return (
            [(m.text, m.key, m.kind, m.country) for m in recognition.mentions],
            [(a.name, a.kind, a.country) for a in recognition.new_actors],
        )

    alone = [summary(doc) for doc in docs]
    results: list[list] = [[], []]
    barrier = threading.Barrier(2)

    def work(index: int) -> None:
        barrier.wait()
        for _ in range(30):
            results[index].append(summary(docs[index]))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert alone[0] != alone[1]
    assert all(result == alone[0] for result in results[0])
    assert all(result == alone[1] for result in results[1])


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("pompeio", "pompeo", True),  # one letter more
        ("pompeo", "pompeio", True),  # one letter fewer
        ("pompea", "pompeo", True),  # one letter other
        ("pmopeo", "pompeo", False),  # two letters swapped: two edits
        ("pompeoo1", "pompeo", False),  # two letters more
        ("kim", "kin", True),
        ("kim", "lin", False),
    ],
)
def test_a_name_one_letter_off(a, b, one):
    assert _one_edit(a, b) is one
