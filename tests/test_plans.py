"""Plans told as a schedule, in sentences of our own words that reproduce constructions of
dev texts (cited in events.py): a journey verb in the present simple past the lead tells
the next leg of a trip, not a trip made (kp2-030 s8, kp1-024 s9)."""

from __future__ import annotations

import datetime as dt

import pytest

APR_26 = dt.date(2018, 4, 26)  # a Thursday
LEAD = (
    "Officials Review Alliance\n"
    "The alliance is strong, officials said on Thursday. Trade was on the agenda as well.\n"
)


def _visits(pipeline, text: str, published: dt.date) -> list[tuple[str, str]]:
    events = pipeline.extract(text, published).events
    return [(e.status, e.date.formatted()) for e in events if e.type == "visit"]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the third person of "head to", a wire story's next stop
        ("Today Mike Pompeo heads to Israel and Jordan.", ("planned", "2018-04-26")),
        # "travel to" with the stop and its purpose, as a briefing lays out a schedule
        ("After Brussels, Mike Pompeo travels to Amman today for talks with King Abdullah.",
         ("planned", "2018-04-26")),
        # the plain form after a plural subject
        ("The two envoys, Stephen Biegun and Choe Son-hui, head to Stockholm today.",
         ("planned", "2018-04-26")),
        # the same trips told in the past or as under way are trips made
        ("Mike Pompeo traveled to Israel and Jordan today.", ("occurred", "2018-04-26")),
        ("Mike Pompeo headed to Israel and Jordan today.", ("occurred", "2018-04-26")),
        ("Mike Pompeo is heading to Israel and Jordan today.", ("occurred", "2018-04-26")),
        # a caption's present tense with a day before the text's day: a trip made
        ("Mike Pompeo arrives in Pyongyang on April 7, 2018.", ("occurred", "2018-04-07")),
    ],
)  # fmt: skip
def test_a_journey_in_the_present_simple_is_the_next_leg(pipeline, sentence, expected):
    assert _visits(pipeline, LEAD + sentence, APR_26) == [expected]


def test_a_headline_in_the_present_simple_tells_news(pipeline):
    text = (
        "Mike Pompeo Heads to Israel and Jordan Today\n"
        "The secretary of state heads to Israel and Jordan today, officials said.\n"
    )
    assert _visits(pipeline, text, APR_26) == [("occurred", "2018-04-26")]
