"""Dates of expressions and of events, in sentences of our own words that reproduce the
constructions of dev texts (cited by file and sentence in dates.py and dating.py): the exact
date, precision, last day and inferred flag expected."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.dates import DateContext, Rule, find_time_mentions, resolve
from dashboard.extraction.pipeline import _time_mentions
from dashboard.extraction.records import DateValue
from dashboard.extraction.text import parse, sentences

TUE = dt.date(2019, 11, 26)  # a Tuesday
DAY = DateValue(dt.date(2019, 11, 20), "day")


@pytest.mark.parametrize(
    "expression,context,expected,end,inferred",
    [
        # Stated in full: nothing inferred.
        ("March 3, 2019", DateContext(TUE), "2019-03-03", None, False),
        ("3 March 2019", DateContext(TUE), "2019-03-03", None, False),
        ("September of 2018", DateContext(TUE), "2018-09", None, False),
        # A weekday before a full date belongs to it: one expression, stated.
        ("Thursday, April 11, 2019", DateContext(TUE), "2019-04-11", None, False),
        ("Monday 9 December 2019", DateContext(TUE), "2019-12-09", None, False),
        ("in 2017", DateContext(TUE), "2017", None, False),
        # Spans of days: the first day, and the last as end_date.
        ("March 4-5, 2019", DateContext(TUE), "2019-03-04", dt.date(2019, 3, 5), False),
        ("4–5 March 2019", DateContext(TUE), "2019-03-04", dt.date(2019, 3, 5), False),
        ("from March 4 to 6, 2019", DateContext(TUE), "2019-03-04", dt.date(2019, 3, 6), False),
        ("October 2-4", DateContext(TUE), "2019-10-02", dt.date(2019, 10, 4), True),
        # Day and month without a year: the year is inferred.
        ("on 14 October", DateContext(TUE), "2019-10-14", None, True),
        ("October 14", DateContext(TUE), "2019-10-14", None, True),
        # A few weeks ahead rather than almost a year back, even in a past-tense sentence.
        ("December 10", DateContext(TUE), "2019-12-10", None, True),
        # The year a list stands at wins over the publication's.
        ("14 October", DateContext(TUE, year=2017), "2017-10-14", None, True),
        ("in October", DateContext(TUE, year=2017), "2017-10", None, True),
        # "this <month>" is the month of the publication's year, whether it lies ahead or
        # behind and whatever the tense around it; a bare month is the last one past.
        ("this August", DateContext(dt.date(2018, 6, 19)), "2018-08", None, True),
        ("this March", DateContext(TUE, tense="future"), "2019-03", None, True),
        ("in August", DateContext(dt.date(2018, 6, 19)), "2017-08", None, True),
        # Weekdays and relative phrases are inferred.
        ("Friday", DateContext(TUE), "2019-11-22", None, True),
        ("Friday", DateContext(TUE, tense="future"), "2019-11-29", None, True),
        ("this evening", DateContext(TUE), "2019-11-26", None, True),
        ("this morning", DateContext(TUE), "2019-11-26", None, True),
        # Within the day the story stands at, not the publication day.
        ("earlier in the day", DateContext(TUE, anchor=DAY, day_anchor=DAY), "2019-11-20", None,
         True),
        ("later that day", DateContext(TUE, anchor=DAY, day_anchor=DAY), "2019-11-20", None, True),
        ("that evening", DateContext(TUE, anchor=DAY, day_anchor=DAY), "2019-11-20", None, True),
        ("a day earlier", DateContext(TUE, anchor=DAY, day_anchor=DAY), "2019-11-19", None, True),
        ("the day before", DateContext(TUE, anchor=DAY), "2019-11-19", None, True),
        ("the next day", DateContext(TUE, anchor=DAY), "2019-11-21", None, True),
        # Hours apart without a number of days: the same day, the last past day told, else
        # the publication day.
        ("just hours after", DateContext(TUE), "2019-11-26", None, True),
        ("only hours before", DateContext(TUE), "2019-11-26", None, True),
        ("three hours later", DateContext(TUE, anchor=DAY, day_anchor=DAY), "2019-11-20", None,
         True),
        # A transcript's own day, told by its title, is the speakers' "today".
        ("today", DateContext(TUE, today=dt.date(2019, 11, 25)), "2019-11-25", None, True),
        ("this afternoon", DateContext(TUE, today=dt.date(2019, 11, 25)), "2019-11-25",
         None, True),
        ("yesterday", DateContext(TUE, today=dt.date(2019, 11, 25)), "2019-11-24", None, True),
        # "Last week" within one month gives the month; across two months, only the year.
        ("last week", DateContext(TUE), "2019-11", None, True),
        ("last week", DateContext(dt.date(2019, 11, 6)), "2019", None, True),
        ("next week", DateContext(dt.date(2019, 11, 20)), "2019", None, True),
        ("next week", DateContext(dt.date(2019, 11, 13)), "2019-11", None, True),
    ],
)  # fmt: skip
def test_expressions_resolve_with_precision_span_and_inferred_flag(
    expression, context, expected, end, inferred
):
    resolved = resolve(expression, context)
    assert resolved is not None
    assert (resolved.date.formatted(), resolved.end, resolved.inferred) == (
        expected,
        end,
        inferred,
    )


def test_a_phrase_within_the_day_needs_a_day_told_before():
    assert resolve("later that day", DateContext(TUE)) is None


def test_rules_say_whether_they_are_directional():
    assert isinstance(Rule.__dataclass_fields__["directional"].default, bool)
    tensed = find_time_mentions("The envoys will meet on Friday.", 0, DateContext(TUE))
    untensed = find_time_mentions("The envoys met on Friday.", 0, DateContext(TUE))
    assert [m.date.formatted() for m in tensed + untensed] == ["2019-11-29", "2019-11-22"]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # A noun phrase opened by "planned" is ahead, though its clause is in the past.
        ("The planned meeting with the northern envoy Thursday was put off.", "2019-11-28"),
        ("The talks collapsed Thursday.", "2019-11-21"),
    ],
)
def test_a_planned_noun_phrase_looks_ahead(sentence, expected):
    [mention] = find_time_mentions(sentence, 0, DateContext(TUE))
    assert mention.date.formatted() == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # What a present enabling verb opens lies ahead; told in the past, it lies behind.
        ("The new post allows her to attend a summit of allies Friday in Brussels.",
         "2019-11-29"),
        ("The new post allowed her to attend a summit of allies Friday in Brussels.",
         "2019-11-22"),
    ],
)  # fmt: skip
def test_an_enabling_verb_looks_ahead(sentence, expected):
    [mention] = find_time_mentions(sentence, 0, DateContext(TUE))
    assert mention.date.formatted() == expected


def test_a_modal_may_after_a_number_is_no_date():
    assert find_time_mentions("Some 30 may be released.", 0, DateContext(TUE)) == []


def _dates(text: str, published: dt.date, inferred: bool = False) -> list[tuple[str, str]]:
    doc = parse(text)
    found = _time_mentions(sentences(doc), text, published, None, inferred)
    return [(m.text, m.date.formatted()) for m in found]


@pytest.mark.parametrize(
    "text,published,inferred,expected",
    [
        # A chronology's lines take their year from the heading above them, not from a
        # publication two years later.
        ("2017\nOctober 3 -- Envoys meet in Oslo.\n14 December: Talks resume.",
         dt.date(2019, 5, 1), False, [("2017", "2017"), ("October 3", "2017-10-03"),
                                      ("14 December", "2017-12-14")]),
        # ... or from the previous line's explicit year.
        ("March 2, 2018 -- A summit is announced.\nMay 9 -- The envoys meet.",
         dt.date(2019, 5, 1), False, [("March 2, 2018", "2018-03-02"), ("May 9", "2018-05-09")]),
        # A news sentence is resolved against its publication as before: "met" says past.
        ("In 2017 tension rose. The envoys met on May 9.", dt.date(2019, 5, 1), False,
         [("2017", "2017"), ("May 9", "2018-05-09")]),
        # ... and a day a week ahead, told without a verb of the past, is ahead.
        ("In 2017 tension rose. Talks are due in the week up to the May 9 round.",
         dt.date(2019, 5, 1), False, [("2017", "2017"), ("May 9", "2019-05-09")]),
        # A page without a publication date of its own: the year its text stands at.
        ("The forum met in 2016. On 9 May, the envoys spoke.", dt.date(2016, 6, 1), True,
         [("2016", "2016"), ("9 May", "2016-05-09")]),
        # ... but a month after the last date told, in a clause opened by "after", came
        # before it: the year before.
        ("The envoys met in Oslo on February 3, 2016.\nThe talks were called after the North "
         "fired a rocket in early December, and ended in March.", dt.date(2016, 3, 31), True,
         [("February 3, 2016", "2016-02-03"), ("early December", "2015-12"),
          ("in March", "2016-03")]),
        # A forward narrative keeps the page's year.
        ("The envoys met in Oslo on February 3, 2016.\nThey met again in early December.",
         dt.date(2016, 12, 31), True,
         [("February 3, 2016", "2016-02-03"), ("early December", "2016-12")]),
    ],
)  # fmt: skip
def test_list_lines_take_the_year_of_the_list_around_them(text, published, inferred, expected):
    assert _dates(text, published, inferred) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # The summit is dated by its span, told in full.
        ("Trump and Kim Jong Un held a summit in Hanoi on February 27-28, 2019.",
         dt.date(2019, 3, 1), ("summit", "2019-02-27", dt.date(2019, 2, 28), False)),
        # A weekday: the date is inferred from publication.
        ("Trump met Kim Jong Un in Hanoi on Wednesday.",
         dt.date(2019, 2, 28), ("summit", "2019-02-27", None, True)),
        # The agreement signed at a dated summit takes the summit's date.
        ("Trump and Kim Jong Un signed an agreement at their summit in Singapore in June 2018.",
         dt.date(2018, 11, 1), ("agreement", "2018-06", None, False)),
        # "reported today" dates the report; the meeting is dated by its own Sunday.
        ("Papers reported today that after meeting Moon Jae-in in Bangkok on Sunday, Pompeo "
         "left.", dt.date(2018, 11, 19), ("meeting", "2018-11-18", None, True)),
        # The weekday dates the condemnation; the test it condemns, news of the lead, keeps
        # the publication month.
        ("Donald Trump condemned North Korea on Monday for conducting another nuclear test.",
         dt.date(2017, 9, 4), ("weapons_test", "2017-09", None, True)),
        # An opening "Since ..." clause tells when a period began: the summit is dated by its
        # own month.
        ("Since Kim Jong Un in early 2018 dropped his threats, he has held two summits with "
         "Moon Jae-in and one with Donald Trump, in Singapore in June 2018.",
         dt.date(2018, 10, 25), ("summit", "2018-06", None, False)),
        # A transcript's opening after a place dateline names its occasion: the meeting is
        # dated to the day of publication.
        ("Seoul - Remarks by President Moon Jae-in after Meeting with Secretary Mike Pompeo",
         dt.date(2018, 10, 7), ("meeting", "2018-10-07", None, True)),
        # A photo caption with a weekday and a full date dates the meeting it shows.
        ("Leaders talk.\nDonald Trump meets Moon Jae-in in the Oval Office, Thursday, April 11, "
         "2019, in Washington. (Jane Doe/Example Wire)\nThey spoke about trade.",
         dt.date(2019, 4, 12), ("summit", "2019-04-11", None, False)),
        # A transcript titled with the day of its occasion, posted the day after: its
        # "today" is the day of the title, not of publication.
        ("Press Remarks by Secretary Mike Pompeo, Washington, March 4, 2019\n\n"
         "Today I asked our envoy to raise the matter at the UN Security Council meeting "
         "later this afternoon.", dt.date(2019, 3, 5),
         ("meeting", "2019-03-04", None, True)),
        # A news story whose title ends in a day long before it: today is publication's.
        ("Remembering March 4, 2017\n\nToday I asked our envoy to raise the matter at the "
         "UN Security Council meeting later this afternoon.", dt.date(2019, 3, 5),
         ("meeting", "2019-03-05", None, True)),
        # A launch "just hours" before the story's present happened on the day of publication.
        ("Mike Pompeo arrived in Tokyo on a trip that began only hours after North Korea "
         "fired two short-range missiles.",
         dt.date(2019, 8, 2), ("weapons_test", "2019-08-02", None, True)),
        ("Mike Pompeo is in Bangkok for a forum that opens just hours after North Korea's "
         "newest ballistic missile test.",
         dt.date(2019, 7, 31), ("weapons_test", "2019-07-31", None, True)),
        # What a picture tweeted on a day shows is of that day: the handshake of the
        # photo, not only the tweet, is dated by "Wednesday night".
        ("Officials met in Geneva. Mike Pompeo tweeted a photo Wednesday night showing him "
         "shaking hands with Kim Yong Chol in New York.",
         dt.date(2018, 5, 31), ("meeting", "2018-05-30", None, True)),
        ("Officials met in Geneva. The spokeswoman tweeted two pictures on Thursday showing "
         "Moon Jae-in shaking hands with Donald Trump at the White House.",
         dt.date(2019, 4, 12), ("summit", "2019-04-11", None, True)),
    ],
)  # fmt: skip
def test_events_take_date_span_and_inferred_flag(pipeline, text, published, expected):
    events = pipeline.extract(text, published).events
    found = [(e.type, e.date.formatted(), e.end_date, e.date_inferred) for e in events]
    assert expected in found, found


LEAD = (
    "Envoy's Trip Ends in Discord\n\nTalks between Mike Pompeo and North Korean officials in "
    "Pyongyang{when} ended with harsh words. The North called the American demands "
    "unacceptable. "
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # An undated happening of a person of the lead's undated news, told further down
        # (kp2-029_voa… s5: the visit of the envoy whose talks the lead reports): the month
        # the story is set in.
        (LEAD.format(when="") + "Kim Jong Un did not meet with Pompeo this time.",
         ("meeting", "did_not_occur", "2018-07")),
        (LEAD.format(when="") + "Pompeo later sat down with Moon Jae-in as well.",
         ("meeting", "occurred", "2018-07")),
        # Unchanged: no person of the lead takes part (a place of its own keeps the undated
        # meeting, pipeline.standing) ...
        (LEAD.format(when="") + "Moon Jae-in met with Kim Jong Un in Seoul.",
         ("summit", "occurred", "2018")),
        # ... the lead's news has a day of its own ...
        (LEAD.format(when=" on Sunday") + "Kim Jong Un did not meet with Pompeo this time.",
         ("meeting", "did_not_occur", "2018")),
        # ... or the lead names states only.
        (LEAD.replace("Mike Pompeo and North Korean officials", "the United States and North "
                      "Korea").format(when="") + "Kim Jong Un did not meet with Pompeo this time.",
         ("meeting", "did_not_occur", "2018")),
    ],
)  # fmt: skip
def test_an_undated_happening_of_a_person_of_the_lead_is_of_the_story_month(
    pipeline, text, expected
):
    events = pipeline.extract(text, dt.date(2018, 7, 9)).events
    found = [(e.type, e.status, e.date.formatted()) for e in events]
    assert expected in found, found


TITLED = "{title}\n\nThank you, Madam President. The Council acts together once more."


@pytest.mark.parametrize(
    "title,expected",
    [
        # A heading that names its occasion and, after "adoption", the act adopted there: the
        # sanction is of the day of the session, the publication day.
        ("Remarks at the Adoption of Security Council Resolution 2500 Imposing Fresh "
         "Sanctions on Iran", ("sanction", "2019-06-14")),
        ("Explanation of Vote Following the Adoption of a UN Security Council Resolution on "
         "North Korea Imposing Sanctions", ("sanction", "2019-06-14")),
        # What the adopted text speaks of further on is not adopted: the launch a statement
        # condemns keeps the lead's month.
        ("Remarks Following the Adoption of a Security Council Statement Condemning North "
         "Korea's Latest Missile Launch", ("weapons_test", "2019-06")),
        # No adoption word: a sanction in a heading is the lead's news, of its month.
        ("Remarks on New Sanctions Imposed on Iran by the Security Council",
         ("sanction", "2019-06")),
    ],
)  # fmt: skip
def test_what_a_titled_occasion_adopts_is_of_its_day(pipeline, title, expected):
    events = pipeline.extract(TITLED.format(title=title), dt.date(2019, 6, 14)).events
    found = [(e.type, e.date.formatted()) for e in events]
    assert expected in found, found


REPORTED = (
    "Envoy Trip Put Off\n\nThe State Department put off a planned trip by Mike Pompeo to "
    "Pyongyang on Monday. "
)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # A day between a report verb and its "that" is the day of the report, not of what
        # the report tells (kp3-001_jmh… s9): undated, the told happening is of the month
        # the story is set in.
        ("Several outlets reported on Tuesday that in a letter to Pompeo, Kim Yong Chol "
         "threatened to walk away from the talks.", ("letter", "2018-08")),
        ("The Yonhap news agency reported Tuesday that Kim Yong Chol had sent a hostile "
         "letter to Pompeo.", ("letter", "2018-08")),
        ("The broadcaster added Tuesday that Kim Yong Chol had sent a letter to Pompeo.",
         ("letter", "2018-08")),
        ("Reuters reported on Tuesday that Kim Yong Chol met Pompeo in New York.",
         ("meeting", "2018-08")),
        # Unchanged: what is told keeps a day of its own ...
        ("CNN said on Tuesday that North Korea fired two missiles into the sea on Sunday.",
         ("weapons_test", "2018-08-26")),
        # ... the saying is itself the happening ...
        ("North Korea warned on Tuesday that it would resume missile tests.",
         ("threat", "2018-08-28")),
        # ... the day stands with what is told, before the report verb ...
        ("Kim Yong Chol sent a letter to Pompeo on Tuesday, the network reported.",
         ("letter", "2018-08-28")),
        # ... and announcing is the act: sanctions are of the day they are announced.
        ("The Treasury announced Tuesday that it imposed new sanctions on North Korea.",
         ("sanction", "2018-08-28")),
    ],
)  # fmt: skip
def test_a_day_after_a_report_verb_dates_the_report_not_what_it_tells(pipeline, sentence, expected):
    events = pipeline.extract(REPORTED + sentence, dt.date(2018, 8, 29)).events
    found = [(e.type, e.date.formatted()) for e in events[1:]]
    assert expected in found, found


@pytest.mark.parametrize(
    "text,present,absent",
    [
        # A time right after an occasion that is no trigger (the Games, the elections)
        # dates that occasion, not the talks before it (kp1-020_voa… s3): the talks stay
        # undated, a plan with no date of its own.
        ("Seoul offered to hold talks with Pyongyang over its athletes joining the Winter "
         "Olympic Games next month.", None, "2018-02"),
        ("South Korea proposed talks with North Korea on the Olympics next month.",
         None, "2018-02"),
        ("Washington and Beijing will hold trade talks after the elections next month.",
         None, "2018-02"),
        ("The United States will hold trade talks with China after the elections in "
         "November.", None, "2018-11"),
        # ... a later sentence can still date the talks ...
        ("South Korea proposed talks with North Korea on the Olympics next month. South "
         "Korea and North Korea would meet at Panmunjom on January 9.",
         ("meeting", "2018-01-09"), "2018-02"),
        # Unchanged: the time stands before the occasion, with the talks ...
        ("South Korea proposed talks with North Korea next month on the Olympics.",
         ("negotiation", "2018-02"), None),
        ("The United States will hold trade talks with China in November, after the "
         "elections.", ("negotiation", "2018-11"), None),
        # ... or right after the talks, with the occasion further on.
        ("South Korea will hold talks with North Korea on Tuesday about the Olympics in "
         "February.", ("meeting", "2018-01-02"), None),
    ],
)  # fmt: skip
def test_a_time_after_an_occasion_dates_the_occasion_not_the_talks(pipeline, text, present, absent):
    events = pipeline.extract("Korean Peninsula Update\n\n" + text, dt.date(2018, 1, 2)).events
    found = [(e.type, e.date.formatted()) for e in events]
    if present is not None:
        assert present in found, found
    if absent is not None:
        assert all(date != absent for _, date in found), found


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # The undated "to meet" reads as held; joined to the trip it serves, dated Thursday
        # after a Wednesday's publication, the trip is a plan, not a happening told as held.
        ("Mike Pompeo will travel to Brussels on Thursday to meet Jens Stoltenberg.",
         dt.date(2018, 11, 7), ("visit", "planned", "2018-11-08")),
        ("Foreign Minister Ivica Dacic travels to Vienna next month to meet Sebastian Kurz.",
         dt.date(2018, 11, 7), ("visit", "planned", "2018-12")),
        # Told on the day itself or before it, a happening stays held.
        ("Mike Pompeo travelled to Brussels on Wednesday to meet Jens Stoltenberg.",
         dt.date(2018, 11, 7), ("visit", "occurred", "2018-11-07")),
    ],
)  # fmt: skip
def test_nothing_after_the_publication_day_is_told_as_held(pipeline, text, published, expected):
    events = pipeline.extract(text, published).events
    found = [(e.type, e.status, e.date.formatted()) for e in events]
    assert expected in found, found
