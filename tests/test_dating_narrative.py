"""Dates and statuses an event takes from the story around it, in sentences of our own words
that reproduce constructions of dev texts (cited in events.py, narrative.py, dating.py):
a purpose told with "was to", a second meeting that continues the first, a recalled
occasion of another place, and the undated events of a page without a publication date (an
encyclopedia page)."""

from __future__ import annotations

import datetime as dt

import pytest

JUL_20 = dt.date(2018, 7, 20)  # a Friday


def _found(pipeline, text: str, published: dt.date | None) -> list[tuple[str, str, str]]:
    return [
        (e.type, e.status, e.date.formatted()) for e in pipeline.extract(text, published).events
    ]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # "The reason ... was to meet": why a trip was made, so the meeting took place.
        ("Briefing at the UN\nThe main reason Mike Pompeo came to New York today was to meet "
         "with members of the UN Security Council about North Korea.",
         JUL_20, ("meeting", "occurred", "2018-07-20")),
        # Without a purpose noun, "was to meet" is still a plan (the Monday before).
        ("Briefing at the UN\nMike Pompeo was to meet with members of the UN Security Council "
         "on Monday about North Korea.",
         JUL_20, ("meeting", "planned", "2018-07-16")),
        # "is to" after a purpose noun is still ahead.
        ("Briefing at the UN\nThe reason Mike Pompeo flies to New York is to meet with members "
         "of the UN Security Council on Monday.",
         JUL_20, ("meeting", "planned", "2018-07-23")),
    ],
)  # fmt: skip
def test_a_purpose_told_with_was_to_is_no_plan(pipeline, text, published, expected):
    found = _found(pipeline, text, published)
    assert expected in found, found


@pytest.mark.parametrize(
    "text,published,expected,absent",
    [
        # The second meeting continues the day of the first, not the month of the trip the
        # first sentence recalled.
        ("Remarks at the UN\nSome words first.\nMore words.\nMike Pompeo came to the UN today "
         "to meet members of the UN Security Council and brief them on Mike Pompeo's trip to "
         "North Korea earlier this month. "
         "Pompeo also had the chance to meet with Secretary-General Antonio Guterres.",
         JUL_20, ("meeting", "occurred", "2018-07-20"), ("meeting", "occurred", "2018-07")),
        # A summit named by its own place is recalled, not held at the meeting in Pyongyang
        # told just before it.
        ("Pompeo travels to Asia\nSome words first.\nMore words.\nIn Pyongyang on October 7, "
         "2018, Mike Pompeo met Kim Jong Un. They talked about the Singapore summit of "
         "Donald Trump and Kim Jong Un.",
         dt.date(2018, 10, 9), ("summit", "occurred", "2018"),
         ("summit", "occurred", "2018-10-07")),
    ],
)  # fmt: skip
def test_an_undated_event_continues_the_fitting_event_before_it(
    pipeline, text, published, expected, absent
):
    found = _found(pipeline, text, published)
    assert expected in found and absent not in found, found


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # No publication date: the undated sanctions take the month the page's story is
        # at, the month of the last date it told.
        ("Drone shoot-down\nSome words first.\nMore words.\nOn June 20, 2019, Iran shot down "
         "an American drone over the Strait of Hormuz. The incident raised tensions. "
         "Instead, the United States imposed new sanctions on Iran.",
         None, ("sanction", "occurred", "2019-06")),
        # The same story with a publication date: news told past the lead keeps the year.
        ("Drone shoot-down\nSome words first.\nMore words.\nOn June 20, 2019, Iran shot down "
         "an American drone over the Strait of Hormuz. The incident raised tensions. "
         "Instead, the United States imposed new sanctions on Iran.",
         dt.date(2019, 7, 2), ("sanction", "occurred", "2019")),
        # No publication date and nothing dated before the event: the year the page states,
        # not a month borrowed from a date it mentions later.
        ("Foreign ministers meeting\nThe United States imposed new sanctions on North "
         "Korea. The meeting was held on January 16, 2018 in Vancouver after North Korea "
         "tested a missile in late November.",
         None, ("sanction", "occurred", "2018")),
    ],
)  # fmt: skip
def test_an_undated_page_dates_undated_events_by_its_story(pipeline, text, published, expected):
    found = _found(pipeline, text, published)
    assert expected in found, found


_LETTER_FIRST = (
    "Letter for Trump\nSome words first.\nMore words.\nDonald Trump will receive a letter "
    "from Kim Jong Un on Friday, before a possible summit between the two leaders later this "
    "month. "
)


@pytest.mark.parametrize(
    "second,expected",
    [
        # The envoy's journey shares the envoy and the receiver with the letter of Friday,
        # and only the receiver with the summit of the month told after it: Friday wins.
        ("Trump will get the letter from the envoy Kim Yong Chol, who travels to Washington.",
         ("visit", "2018-07-20")),
        # A journey sharing as many people with both keeps the nearest one, the summit's month.
        ("Donald Trump will travel to Singapore.", ("visit", "2018-07")),
    ],
)  # fmt: skip
def test_an_undated_event_continues_the_event_sharing_most_people(pipeline, second, expected):
    events = pipeline.extract(_LETTER_FIRST + second, dt.date(2018, 7, 18)).events
    found = [(e.type, e.date.formatted()) for e in events]
    assert expected in found, found
