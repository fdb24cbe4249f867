from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.dates import find_time_mentions, resolve_date, tense_at
from dashboard.extraction.records import DateValue

WED = dt.date(2018, 11, 7)  # a Wednesday
MON = dt.date(2018, 8, 27)


@pytest.mark.parametrize(
    "expression,published,tense,expected",
    [
        ("June 12, 2018", WED, "past", "2018-06-12"),
        ("12 June 2018", WED, "past", "2018-06-12"),
        ("September 2017", WED, "past", "2017-09"),
        ("Sept. 2017", WED, "past", "2017-09"),
        ("in July", WED, "past", "2018-07"),
        ("in September", MON, "future", "2018-09"),
        ("in September", MON, "past", "2017-09"),
        ("last July", dt.date(2018, 7, 20), "past", "2017-07"),
        ("on June 12", WED, "past", "2018-06-12"),
        ("Jan. 5", WED, "future", "2019-01-05"),
        ("in 2017", WED, "past", "2017"),
        ("Thursday", WED, "future", "2018-11-08"),
        ("on Monday", WED, "past", "2018-11-05"),
        ("early Wednesday", WED, "past", "2018-11-07"),
        ("Last Friday", WED, "past", "2018-11-02"),
        ("last Wednesday", WED, "past", "2018-10-31"),
        ("next Wednesday", WED, "future", "2018-11-14"),
        ("On Friday", WED, "future", "2018-11-09"),
        ("yesterday", WED, "past", "2018-11-06"),
        ("tomorrow", WED, "future", "2018-11-08"),
        ("last month", WED, "past", "2018-10"),
        ("next month", dt.date(2018, 12, 3), "future", "2019-01"),
        ("this week", MON, "past", "2018-08"),
        ("last year", WED, "past", "2017"),
        ("two months ago", dt.date(2018, 8, 25), "past", "2018-06"),
        ("three days ago", WED, "past", "2018-11-04"),
        ("by year’s end", WED, "future", "2018"),
        ("by the end of the year", WED, "future", "2018"),
    ],
)
def test_resolve_date(expression, published, tense, expected):
    assert resolve_date(expression, published, tense).formatted() == expected


@pytest.mark.parametrize(
    "expression,anchor,expected",
    [
        ("A day later", DateValue(dt.date(2018, 8, 23), "day"), "2018-08-24"),
        ("a month later", DateValue(dt.date(2018, 7, 1), "month"), "2018-08"),
        ("two days earlier", DateValue(dt.date(2018, 8, 23), "day"), "2018-08-21"),
        ("the same day", DateValue(dt.date(2018, 11, 9), "day"), "2018-11-09"),
        ("the next day", DateValue(dt.date(2018, 11, 9), "day"), "2018-11-10"),
    ],
)
def test_relative_expressions_count_from_the_anchor(expression, anchor, expected):
    assert resolve_date(expression, WED, "past", anchor).formatted() == expected


def test_later_without_an_earlier_date_is_no_date():
    assert resolve_date("a day later", WED, "past", None) is None


def test_it_does_not_take_the_modal_may_for_a_month():
    assert find_time_mentions("North Korea may be more patient this time.", 0, WED) == []


def test_it_does_not_take_quantities_for_years():
    sentence = "It has 30 to 60 nuclear warheads and fired 2018 rounds."
    assert [m.text for m in find_time_mentions(sentence, 0, WED)] == []


def test_impossible_calendar_dates_are_ignored():
    assert find_time_mentions("It happened on February 30, 2018.", 0, WED) == []


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("A diplomatic meeting set for Thursday seemed simple.", "Thursday", "future"),
        ("In a statement on Monday, she said they planned to meet.", "Monday", "past"),
        ("“They will be tough,” Biegun said Thursday.", "Thursday", "past"),
        ("On Friday, the subject will no doubt come up again.", "Friday", "future"),
    ],
)
def test_tense_is_read_near_the_expression(sentence, word, expected):
    start = sentence.index(word)
    assert tense_at(sentence, start, start + len(word)) == expected


def test_mentions_carry_article_offsets():
    sentence = "Last Friday, North Korea warned."
    [mention] = find_time_mentions(sentence, 100, WED)
    assert (mention.start, mention.end, mention.text) == (100, 111, "Last Friday")
