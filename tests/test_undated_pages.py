"""Pages that print no publication date, and words that name two states at once.

A page without its own date (an encyclopedia page, a news page whose date line was lost) is
dated no earlier than the latest full date its text states; a weekday or "yesterday" on such
a page counts from a day the page never gives, so it dates only the month around that
anchor. "inter-Korean" names both Koreas as the parties of what it qualifies. The sentences
are written for these tests, after constructions of dev texts (kp3-025 s4, s7; kp2-014 s10).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.dates import DateContext, find_time_mentions

WED = dt.date(2018, 9, 19)  # a Wednesday


def _resolved(sentence: str, known: bool, today: dt.date | None = None) -> list[str]:
    context = DateContext(WED, published_known=known, today=today)
    return [m.date.formatted() for m in find_time_mentions(sentence, 0, context)]


@pytest.mark.parametrize(
    "sentence,known,expected",
    [
        # With a publication day, a weekday is the latest such day on or before it.
        ("The talks ended on Monday.", True, ["2018-09-17"]),
        ("Delegates said yesterday that they would return.", True, ["2018-09-18"]),
        # Without one, the day of the week is unknown: the month of the anchor only.
        ("The talks ended on Monday.", False, ["2018-09"]),
        ("Delegates said yesterday that they would return.", False, ["2018-09"]),
        ("The envoys will meet again on Friday.", False, ["2018-09"]),
        ("Late Tuesday the delegation flew home.", False, ["2018-09"]),
    ],
)  # fmt: skip
def test_a_weekday_dates_only_the_month_on_a_page_without_its_own_day(sentence, known, expected):
    assert _resolved(sentence, known) == expected


def test_a_weekday_before_the_first_of_the_month_dates_the_month_it_falls_in():
    context = DateContext(dt.date(2018, 10, 2), published_known=False)  # a Tuesday
    found = find_time_mentions("Talks opened on Friday.", 0, context)
    assert [m.date.formatted() for m in found] == ["2018-09"]


def test_a_day_the_speakers_stand_at_still_dates_a_weekday_to_the_day():
    # A transcript's own day (its title's date) is a day told, though publication is not.
    assert _resolved("We met on Monday.", False, today=dt.date(2018, 9, 20)) == ["2018-09-17"]


CAPTION = "Leaders wave from a podium in Pyongyang, North Korea, Sept. 20, 2018.\n\n"


@pytest.mark.parametrize(
    "body,expected",
    [
        # A VOA-style page: the only full date is a caption's; the news counts weekdays.
        ("Inter-Korea talks wrapped up on Wednesday with the signing of a declaration.",
         ("negotiation", "2018-09", {"South Korea", "North Korea"})),
        ("The inter-Korean summit ended on Thursday in Pyongyang.",
         ("summit", "2018-09", {"South Korea", "North Korea"})),
        ("Officials said the inter-Korean talks closed yesterday.",
         ("negotiation", "2018-09", {"South Korea", "North Korea"})),
    ],
)  # fmt: skip
def test_an_undated_page_dates_weekday_news_to_the_month_of_its_latest_full_date(
    pipeline, body, expected
):
    extraction = pipeline.extract(CAPTION + body)
    assert extraction.published is not None and extraction.published_inferred
    found = [
        (e.type, e.date.formatted(), {p.actor for p in e.participants}) for e in extraction.events
    ]
    assert expected in found, found


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # The adjective qualifies the happening: both states are its parties.
        ("The inter-Korean summit took place in Panmunjom on April 27, 2018.",
         dt.date(2018, 4, 28), ("summit", {"South Korea", "North Korea"})),
        ("Inter-Korean talks resumed on Tuesday at the border village.",
         dt.date(2018, 1, 10), ("negotiation", {"South Korea", "North Korea"})),
        ("Seoul said the next round of inter-Korea talks would be held on January 9, 2018.",
         dt.date(2018, 1, 3), ("negotiation", {"South Korea", "North Korea"})),
    ],
)  # fmt: skip
def test_inter_korean_names_both_koreas_as_parties(pipeline, text, published, expected):
    events = pipeline.extract(text, published).events
    found = [(e.type, {p.actor for p in e.participants} & expected[1]) for e in events]
    assert expected in found, [(e.type, e.participants) for e in events]


def test_a_korean_adjective_alone_names_no_state(pipeline):
    # "Korean" alone is the people or the language; only the "inter-" word names the pair.
    extraction = pipeline.extract(
        "Korean officials met in Geneva on May 3, 2018.", dt.date(2018, 5, 4)
    )
    assert {m.key for m in extraction.actors} & {"South Korea", "North Korea"} == set()


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # Date lines in figures, year first, and day-month with a comma before the year.
        ("2019/3/7", ["2019-03-07"]),
        ("Seoul, 2018/11/2 - talks resumed.", ["2018-11-02"]),
        ("14 February, 2019", ["2019-02-14"]),
        ("The envoys met on 3 June, 2018 in Hanoi.", ["2018-06-03"]),
        # No such day, or a date of another order (month or day first): no date.
        ("2018/13/40", []),
        ("11/2/2018", []),
    ],
)  # fmt: skip
def test_full_dates_of_date_lines(sentence, expected):
    found = find_time_mentions(sentence, 0, DateContext(dt.date(2019, 6, 1)))
    assert [m.date.formatted() for m in found] == expected


HEADLINE = "Envoys of the Two Koreas Finish Talks\n\n"


@pytest.mark.parametrize(
    "line,published,expected",
    [
        # The date line prints the publication day: the lead's news done lately is its day.
        ("2018/6/14", dt.date(2018, 6, 14), "2018-06-14"),
        ("14 June, 2018", dt.date(2018, 6, 14), "2018-06-14"),
        ("June 14, 2018", dt.date(2018, 6, 14), "2018-06-14"),
        # A release stamped with the hour as well (presidential and ministry sites).
        ("14 June 2018 - 11:05", dt.date(2018, 6, 14), "2018-06-14"),
        ("June 14, 2018 3:40 pm", dt.date(2018, 6, 14), "2018-06-14"),
        # A clock time is no date line by itself.
        ("11:05", dt.date(2018, 6, 14), "2018-06"),
        # Without a date line, or with one of another day, the lead's news keeps the month.
        ("", dt.date(2018, 6, 14), "2018-06"),
        ("2018/6/10", dt.date(2018, 6, 14), "2018-06"),
    ],
)  # fmt: skip
def test_a_date_line_dates_the_news_the_lead_says_was_just_done(
    pipeline, line, published, expected
):
    text = (
        HEADLINE + (line + "\n\n" if line else "") + "The delegations of South Korea and North "
        "Korea have ended their second round of talks at the border."
    )
    events = pipeline.extract(text, published).events
    found = [(e.type, e.date.formatted()) for e in events]
    assert ("negotiation", expected) in found, found


def test_under_a_date_line_a_lead_in_the_simple_past_keeps_the_month(pipeline):
    # Only what the lead says was just done ("have ended") is the date line's news.
    text = (
        HEADLINE + "2018/6/14\n\nThe delegations of South Korea and North Korea held talks at "
        "the border."
    )
    events = pipeline.extract(text, dt.date(2018, 6, 14)).events
    found = [(e.type, e.date.formatted()) for e in events]
    assert ("meeting", "2018-06") in found, found


@pytest.mark.parametrize(
    "line,lead,expected",
    [
        # A release's lead that tells a trip in the simple past, under a date line with the
        # publication day (and its hour): the trip of that day, as verb or as noun.
        ("3 March 2019 - 12:10", "President of Finland Sauli Niinisto visited Estonia.",
         "2019-03-03"),
        ("March 3, 2019", "During a working trip to Estonia, President of Finland Sauli "
         "Niinisto inspected the new ferry terminal.", "2019-03-03"),
        # No date line, or one of another day: the lead's trip keeps the month.
        ("", "President of Finland Sauli Niinisto visited Estonia.", "2019-03"),
        ("1 March 2019 - 09:00", "President of Finland Sauli Niinisto visited Estonia.",
         "2019-03"),
    ],
)  # fmt: skip
def test_under_a_date_line_the_leads_trip_is_that_days(pipeline, line, lead, expected):
    text = "Visit to the border\n\n" + (line + "\n\n" if line else "") + lead
    events = pipeline.extract(text, dt.date(2019, 3, 3)).events
    found = [(e.type, e.date.formatted()) for e in events]
    assert ("visit", expected) in found, found
