"""A speaker's frame of the time just past: a sentence that tells no event but names the
period that ends as the speaker talks ("We've had a good week", "It has been a long day")
dates the undated happenings the very next sentence tells (kp1-004_tillerson… s3-s4, a
secretary's press remarks: the week, then the resolution it brought). Sentences of our own,
one row per phrasing; the last rows show what the frame must not date."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction import dates

WED = dt.date(2017, 8, 9)
FRAME = "SECRETARY SMITH: Well, I think the international community has had a {} {}. "


def events(pipeline, text):
    return [
        (e.type, e.status, e.date.formatted())
        for e in pipeline.extract(text, WED).events
        if e.type == "sanction"
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the frame, then "we had a resolution ... strengthening sanctions"
        (
            FRAME.format("pretty good", "week")
            + "We had a unanimous Security Council resolution strengthening sanctions against "
            "North Korea.",
            [("sanction", "occurred", "2017-08")],
        ),
        # "it's been a busy week", then a passive resolution
        (
            "Well, it's been a busy week. A Security Council resolution tightening sanctions on "
            "North Korea was adopted unanimously.",
            [("sanction", "occurred", "2017-08")],
        ),
        # "we have had a very productive day", then an agency's designation of a state
        (
            "We have had a very productive day. The Treasury designated North Korea's "
            "shipping companies.",
            [("sanction", "occurred", "2017-08-09")],
        ),
    ],
)
def test_a_frame_dates_the_next_sentence(pipeline, text, expected):
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # no frame (and past the lead): the resolution is undated and dropped
        (
            "SECRETARY SMITH: I am glad to be here. Thank you all for coming. We had a "
            "unanimous Security Council resolution strengthening sanctions against North Korea.",
            [],
        ),
        # a frame two sentences before dates nothing
        (
            FRAME.format("good", "week") + "I am glad to be here. We had a unanimous Security "
            "Council resolution strengthening sanctions against North Korea.",
            [],
        ),
    ],
)
def test_what_a_frame_does_not_date(pipeline, text, expected):
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("We've had a pretty good week.", "2017-08"),
        ("It's been an eventful 24 hours.", "2017-08-09"),
        ("So we had a good day.", "2017-08-09"),
        ("We had a meeting the next day.", None),  # another time, not a frame
        ("They had a long week of talks.", None),
    ],
)
def test_speech_period(sentence, expected):
    value = dates.speech_period(sentence, WED)
    assert (value.formatted() if value else None) == expected
