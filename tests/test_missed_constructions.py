"""Happenings the dev part told with words no trigger knew (round 6, `recall6`): tariffs
announced in the speaker's own words (cn-003 s4), a successor named (kp4-023 s12), a
delegation led to a place (kp1-025 s6). Sentences of our own; each row gives the events of
the construction's type that the sentence must produce (none for the near misses)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import event_rows

PUBLISHED = dt.date(2018, 6, 18)  # a Monday


def events(pipeline, text, types):
    return event_rows(pipeline, text, PUBLISHED, types)


@pytest.mark.parametrize(
    "text,expected",
    [
        # tariffs announced: a sanction of the day the text gives
        (
            "Last Thursday, President Trump announced plans for tariffs on $30 billion of "
            "imports from China.",
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-14",
                    # the head announcing his own measure takes it, with his state
                    # (tests/test_document_parties.py; cn-003 e1, cn-002 e1 in the dev gold)
                    (
                        ("China", "target"),
                        ("Donald Trump", "initiator"),
                        ("United States", "initiator"),
                    ),
                )
            ],
        ),
        (
            "On Friday, President Trump announced new tariffs on goods from China.",
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-15",
                    # the head announcing his own measure takes it, with his state
                    # (tests/test_document_parties.py; cn-003 e1, cn-002 e1 in the dev gold)
                    (
                        ("China", "target"),
                        ("Donald Trump", "initiator"),
                        ("United States", "initiator"),
                    ),
                )
            ],
        ),
        # near misses: "announced" with no tariff after it is no sanction
        ("On Friday, President Trump announced plans for a summit with China.", []),
        (
            "On Friday, President Trump announced that he would visit China soon, and that "
            "tariffs were not on his mind.",
            [],
        ),
    ],
)
def test_announced_tariffs(pipeline, text, expected):
    assert events(pipeline, text, {"sanction", "threat"}) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the successor is appointed; the "would" of a past announcement is no plan, and
        # the one who leaves is no party
        (
            "On April 2, it was announced that Rex Tillerson would be succeeded by Mike Pompeo.",
            [("appointment", "occurred", "2018-04-02", (("Mike Pompeo", "target"),))],
        ),
        (
            "Jim Mattis was succeeded by Stephen Biegun on June 4.",
            [("appointment", "occurred", "2018-06-04", (("Stephen Biegun", "target"),))],
        ),
        # a succession still ahead stays a plan
        (
            "Nikki Haley will be succeeded by Mike Pompeo in August.",
            [("appointment", "planned", "2018-08", (("Mike Pompeo", "target"),))],
        ),
        # near miss: a succession of things, no person in it
        ("The old sanctions regime was succeeded by a tougher one on June 4.", []),
    ],
)
def test_a_successor_named(pipeline, text, expected):
    assert events(pipeline, text, {"appointment"}) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # leading a delegation to a state is a visit there
        (
            "On Thursday, Mike Pompeo will lead a delegation to Japan.",
            [
                (
                    "visit",
                    "planned",
                    "2018-06-21",
                    (("Japan", "target"), ("Mike Pompeo", "initiator")),
                )
            ],
        ),
        # the year naming the occasion does not date the trip; the day does
        (
            "Later Monday, Mike Pompeo will lead a delegation to the 2018 Asian Games in Jakarta.",
            [
                (
                    "visit",
                    "planned",
                    "2018-06-18",
                    (("Indonesia", "target"), ("Mike Pompeo", "initiator")),
                )
            ],
        ),
        # near misses: a delegation named, or only sent, is no one's trip
        ("The American delegation to the talks was small.", []),
        ("On Thursday, Washington will send a delegation to Japan.", []),
    ],
)
def test_a_delegation_led_to_a_place(pipeline, text, expected):
    assert events(pipeline, text, {"visit"}) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a person said to be in a state now visits it on the report's day; the rest of
        # the sentence gives the visit no parties
        (
            "Secretary of State Mike Pompeo is in Japan for a regional forum that opens as "
            "North Korea tests another missile.",
            [
                (
                    "visit",
                    "occurred",
                    "2018-06-18",
                    (("Japan", "target"), ("Mike Pompeo", "initiator")),
                )
            ],
        ),
        # near misses: no person before it, no state after it, or a past stay
        ("The decision is in China's hands, officials said.", []),
        ("Mike Pompeo is in talks with China.", []),
        ("Mike Pompeo was in Japan last year.", []),
    ],
)
def test_a_person_who_is_in_a_state(pipeline, text, expected):
    assert events(pipeline, text, {"visit"}) == expected


@pytest.mark.parametrize(
    "text,types,expected",
    [
        # a day written before the month: "May" after the day's number is the month, not
        # the modal that makes a happening only possible (kp2-014 s17)
        (
            "On 9 May, Abe met Moon Jae-in in Tokyo.",
            {"meeting", "summit"},
            [
                (
                    "summit",
                    "occurred",
                    "2018-05-09",
                    (("Moon Jae-in", "participant"), ("Shinzo Abe", "participant")),
                )
            ],
        ),
        # near miss: the modal still makes a possibility
        ("Officials said Moon Jae-in may visit Japan on 14 July.", {"visit"}, []),
    ],
)
def test_a_day_before_the_month_may(pipeline, text, types, expected):
    assert events(pipeline, text, types) == expected
