"""The signing of a document that closes a meeting ("talks wrapped up on Wednesday with the
signing of the ... Declaration", kp3-025_voa… s7) is an agreement reached at that meeting,
on its date and by its parties. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import event_rows

PUBLISHED = dt.date(2018, 9, 21)  # a Friday


@pytest.mark.parametrize(
    "text,expected",
    [
        # talks between two states, closed by a memorandum
        (
            "Talks between Russia and Ukraine concluded on Friday with the signing of a "
            "memorandum.",
            [
                (
                    "agreement",
                    "occurred",
                    "2018-09-21",
                    (("Russia", "participant"), ("Ukraine", "participant")),
                )
            ],
        ),
        # a summit of two leaders, another closing verb
        (
            "The summit between Moon and Kim closed on Wednesday with the signing of a joint "
            "declaration.",
            [
                (
                    "agreement",
                    "occurred",
                    "2018-09-19",
                    (("Kim Jong-un", "participant"), ("Moon Jae-in", "participant")),
                )
            ],
        ),
        # the parties given by an adjective of the talks ("inter-Korean")
        (
            "A second round of inter-Korean talks wrapped up on Tuesday with the signing of a "
            "military pact.",
            [
                (
                    "agreement",
                    "occurred",
                    "2018-09-18",
                    (("North Korea", "participant"), ("South Korea", "participant")),
                )
            ],
        ),
        # "with" an agreement that no signing makes closes nothing
        ("Pompeo met Kim on Friday with an agreement in mind.", []),
        ("Pompeo met Kim on Friday with the nuclear agreement on the agenda.", []),
    ],
)
def test_a_signing_that_closes_a_meeting_is_its_agreement(pipeline, text, expected):
    assert event_rows(pipeline, text, PUBLISHED, types={"agreement"}) == expected


# The time nearer the signing ("ended on Sunday with the signing of ...") still dates the
# meeting it closes; a visit lends the document no parties (its host is known only later).
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The visit of Secretary Pompeo to Pyongyang ended on Sunday with the signing of a "
            "statement.",
            [
                (
                    "visit",
                    "occurred",
                    "2018-09-16",
                    (("Mike Pompeo", "initiator"), ("North Korea", "target")),
                )
            ],
        ),
        (
            "Talks between Russia and Ukraine concluded on Friday with the signing of a "
            "memorandum.",
            [
                (
                    "negotiation",
                    "occurred",
                    "2018-09-21",
                    (("Russia", "participant"), ("Ukraine", "participant")),
                )
            ],
        ),
    ],
)
def test_the_closed_meeting_keeps_its_day(pipeline, text, expected):
    assert event_rows(pipeline, text, PUBLISHED, types={"visit", "negotiation"}) == expected
