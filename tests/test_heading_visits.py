"""A heading that places an official's remarks, briefing or press availability in a site of
another state than his own tells his visit there, on the day of the text (docs/annotation.md:
an occasion that is itself a visit is a happening). Constructions from dev headings —
af-004_pompeo… s1 ("Remarks to Press in <capital> by <official>", the host's leaders the
speaker says he met), kp1-013_dod… s1 ("Remarks by <official> and <host minister> at <site>,
<host state>") — in sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 6, 25)


def events(pipeline, text, published=PUBLISHED):
    return sorted(
        (
            e.type,
            e.status,
            e.date.formatted(),
            tuple(sorted((p.actor, p.role) for p in e.participants)),
        )
        for e in pipeline.extract(text, published).events
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Remarks to Press in <capital> by <official>": the host state from the capital
        (
            "Remarks to the Press in Seoul by Secretary of State Mike Pompeo\n\n"
            "SECRETARY POMPEO: Good evening, and thank you for coming.\n",
            [
                (
                    "visit",
                    "occurred",
                    "2019-06-25",
                    (("Mike Pompeo", "initiator"), ("South Korea", "target")),
                )
            ],
        ),
        # no official in the heading: the transcript's first speaker is the visitor
        (
            "Remarks at a Press Availability in Tokyo\n\n"
            "SECRETARY POMPEO: Thanks for waiting. I am glad to be back here.\n",
            [
                (
                    "visit",
                    "occurred",
                    "2019-06-25",
                    (("Japan", "target"), ("Mike Pompeo", "initiator")),
                )
            ],
        ),
        # a site, then its state after a comma; the host's minister named beside him
        (
            "Remarks by Secretary Mattis and Minister Song at Panmunjom, South Korea\n\n"
            "SECRETARY MATTIS: We stand here together today.\n",
            [
                (
                    "visit",
                    "occurred",
                    "2017-10-27",
                    (
                        ("Jim Mattis", "initiator"),
                        ("Song Young-moo", "participant"),
                        ("South Korea", "target"),
                    ),
                )
            ],
        ),
        # the leaders the speaker says he met during the stay are the ones he visits
        (
            "Remarks to Reporters in Kabul by Secretary Pompeo\n\n"
            "SECRETARY POMPEO: Good afternoon. After my meeting with President Ghani today, "
            "I am confident that peace is within reach.\n",
            [
                (
                    "visit",
                    "occurred",
                    "2019-06-25",
                    (
                        ("Afghanistan", "target"),
                        ("Ashraf Ghani", "participant"),
                        ("Mike Pompeo", "initiator"),
                    ),
                )
            ],
        ),
        # remarks in the official's own capital: no visit
        (
            "Remarks to the Press in Washington by Secretary of State Mike Pompeo\n\n"
            "SECRETARY POMPEO: Good morning.\n",
            [],
        ),
        # a place in the topic ("on …") is not where the remarks are given
        (
            "Remarks by Secretary Pompeo on the Situation in Kabul\n\n"
            "SECRETARY POMPEO: Good morning.\n",
            [],
        ),
    ],
)
def test_heading_visit(pipeline, text, expected):
    # the Mattis row needs a day he and Song held office
    published = dt.date(2017, 10, 27) if expected and expected[0][2] == "2017-10-27" else PUBLISHED
    assert events(pipeline, text, published) == expected
