"""A transcript's speaker is the other side of a meeting "with" someone that the speaker
tells of on a day the sentence names: "my honour today ..., after this summit with X"
(kp2-009_trump… s2), "my meeting with the ambassador this afternoon" (ir-011_hansard… s7).
Undated talk of meetings stays out (tests/test_transcript_speakers.py). Sentences of our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.ontology import MEETING_TYPES

PUBLISHED = dt.date(2018, 2, 14)  # a Wednesday


def meetings(pipeline, text):
    """The meetings, summits, visits and talks extracted (the rule is about them only)."""
    return sorted(
        (e.type, e.status, e.date.formatted(), tuple(sorted(p.actor for p in e.participants)))
        for e in pipeline.extract(text, PUBLISHED).events
        if e.type in MEETING_TYPES
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # a heading names the speaker; "today" dates the summit the speaker just held
        (
            "Remarks by President Trump\n\n"
            "I am proud today to speak to you all, after a long summit with Chairman Kim "
            "Jong Un.\n",
            [
                (
                    "summit",
                    "occurred",
                    "2018-02-14",
                    ("Donald Trump", "Kim Jong-un"),
                )
            ],
        ),
        # a label names the speaker; "this morning" dates the meeting of the speaker's
        # own ("my meeting"), a day word after it (admitted before this rule, too: "my"
        # stands in the meeting's own window)
        (
            "SECRETARY TILLERSON: Thank you.\n\n"
            "I raised the matter in my meeting with Foreign Minister Kono this morning.\n",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-02-14",
                    ("Rex Tillerson", "Taro Kono"),
                )
            ],
        ),
        # a day the text names, not the transcript's: "yesterday"; the speaker's "we" stands
        # in the main clause, the meeting in a phrase after a comma
        (
            "THE VICE PRESIDENT: Good evening.\n\n"
            "We were glad yesterday to see many old friends, following a good meeting with "
            "Prime Minister Abe.\n",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-02-13",
                    ("Mike Pence", "Shinzo Abe"),
                )
            ],
        ),
        # the same meeting told without a day: nothing is admitted
        (
            "SECRETARY TILLERSON: Thank you.\n\n"
            "I raised the matter in my meeting with Foreign Minister Kono.\n",
            [],
        ),
        # a news quotation has no speaker the text names: one party, no meeting
        (
            "Tokyo — “I raised the matter in my meeting with Foreign Minister Kono this "
            "morning,” an official said.\n",
            [],
        ),
    ],
)
def test_speaker_meets_someone_on_a_named_day(pipeline, text, expected):
    assert meetings(pipeline, text) == expected
