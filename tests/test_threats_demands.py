"""Warnings, demands and launches told the ways news tells them (issue 14, point 4): one row
per construction found in the dev texts (cited), in sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.text import hard_wrapped, sentences, tokenize
from tests.extracted import event_rows

TUE = dt.date(2019, 1, 1)


def told(pipeline, text, published=TUE):
    return event_rows(pipeline, text, published, announcers=False)


@pytest.mark.parametrize(
    "text,expected",
    [
        # The progressive of a news report tells a warning just given (kp3-015 s4, VOA).
        # Undated in the lead: the publication month.
        (
            "Kim Jong Un is warning the United States that the talks could collapse if "
            "sanctions stay, state media reported on Tuesday.",
            [
                (
                    "threat",
                    "occurred",
                    "2019-01",
                    (("Kim Jong-un", "initiator"), ("United States", "target")),
                )
            ],
        ),
        (
            "On Monday Iranian Foreign Minister Javad Zarif was warning the United States that "
            "Iran would resume enrichment.",
            [
                (
                    "threat",
                    "occurred",
                    "2018-12-31",
                    (
                        ("Iran", "initiator"),
                        ("Javad Zarif", "initiator"),
                        ("United States", "target"),
                    ),
                ),
            ],
        ),
        # "called on X to do Y" is a demand made of X (kp3-015 s8, VOA), in the past or the
        # present of a headline.
        (
            "On Monday Mike Pompeo called on Russia to return the seized ships.",
            [
                (
                    "demand",
                    "occurred",
                    "2018-12-31",
                    (("Mike Pompeo", "initiator"), ("Russia", "target")),
                )
            ],
        ),
        (
            "Pompeo calls upon the Taliban to reduce violence before talks on Monday.",
            [
                (
                    "demand",
                    "occurred",
                    "2019-01",
                    (("Mike Pompeo", "initiator"), ("Taliban", "target")),
                )
            ],
        ),
        # ... but calling on someone without "to" is a call paid, and "we call on" is the
        # text's own words (af-002, USUN; ua-005, State): no demand.
        ("Pompeo called on Moon Jae-in at his residence on Monday.", []),
        ("We call on Russia to release all other prisoners on Monday.", []),
    ],
)
def test_threats_and_demands(pipeline, text, expected):
    assert told(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A speech told over several sentences, one claim each, dated in the first: what
        # the speaker is then said to demand or warn of was said there (kp3-015 s4-s8, VOA).
        (
            "Kim Jong Un warned the United States on Monday that its sanctions would fail. He "
            "added he was ready to meet Donald Trump again. He also called on South Korea to "
            "end its joint drills.",
            (
                "demand",
                "occurred",
                "2018-12-31",
                (("Kim Jong-un", "initiator"), ("South Korea", "target")),
            ),
        ),
        (
            "Mike Pompeo said on Monday that Iran would pay for the attacks. But he said the "
            "United States wanted no war. He also called on Iran to free the tanker.",
            (
                "demand",
                "occurred",
                "2018-12-31",
                (("Iran", "target"), ("Mike Pompeo", "initiator"), ("United States", "initiator")),
            ),
        ),
    ],
)
def test_a_demand_or_warning_is_said_on_the_speakers_occasion(pipeline, text, expected):
    assert expected in told(pipeline, text)


@pytest.mark.parametrize(
    "text,initiator",
    [
        # "He" opening a sentence goes on with the person the sentence before opened with,
        # not the one it named last (kp3-015 s5-s8, VOA).
        (
            "Kim Jong Un spoke for half an hour. He added he was ready to meet Donald Trump "
            "again. He also called on the United States on Tuesday to end its joint drills.",
            "Kim Jong-un",
        ),
        (
            "Moon Jae-in said on Tuesday that he had written to Shinzo Abe. And he called on "
            "North Korea to return to talks.",
            "Moon Jae-in",
        ),
    ],
)
def test_a_sentence_opening_he_continues_the_subject(pipeline, text, initiator):
    demands = [e for e in pipeline.extract(text, TUE).events if e.type == "demand"]
    assert [p.actor for p in demands[0].participants if p.role == "initiator"][:1] == [initiator]


AUG1 = dt.date(2019, 8, 1)


@pytest.mark.parametrize(
    "text,expected",
    [
        # A participle clause after the main one tells the launch (kp1-019, VOA).
        (
            "North Korea stepped up its programs in 2019, launching a new intercontinental "
            "ballistic missile last month.",
            [("weapons_test", "occurred", "2019-07", (("North Korea", "initiator"),))],
        ),
        # "just launched", "has just fired": done a moment ago, the publication month, even
        # outside the lead and in a reporter's question (cn-011 s27, White House).
        (
            "Trump spoke to reporters. He was asked about Asia. On North Korea, they "
            "apparently just launched their third missile in a week.",
            [("weapons_test", "occurred", "2019-08", (("North Korea", "initiator"),))],
        ),
        (
            "Trump spoke to reporters. He was asked about Asia. Pyongyang has just fired two "
            "more short-range projectiles.",
            [("weapons_test", "occurred", "2019-08", (("North Korea", "initiator"),))],
        ),
        # "just after" or "just hours after" is no "just" of the verb: nothing dates the
        # launch, so it stays out.
        (
            "Trump spoke to reporters. He was asked about Asia. The talks came just after "
            "North Korea launched missiles.",
            [],
        ),
    ],
)
def test_launches(pipeline, text, expected):
    found = [row for row in told(pipeline, text, AUG1) if row[0] == "weapons_test"]
    assert found == expected


WRAPPED = (
    "   North Korea has stepped up its nuclear and missile\n"
    "   programs this year, launching a newly developed\n"
    "   missile last month. The U.S. State\n"
    "   Department said so on Wednesday.\n"
    "\n"
    "   The test was the third of the year,\n"
    "   officials said.\n"
    "   Another line of the paragraph follows here.\n"
    "   And one more line to make the text long enough.\n"
    "   The last line of the wrapped text ends here.\n"
)


def test_a_hard_wrapped_text_keeps_its_sentences_whole():
    # Wire copy wrapped at a fixed width (kp1-019, VOA, wrapped at 74 characters): a single
    # line break after a word goes on with the sentence; a blank line ends the paragraph.
    assert hard_wrapped(WRAPPED)
    doc = tokenize(WRAPPED)
    found = [" ".join(s.text.split()) for s in sentences(doc)]
    assert found[:4] == [
        "North Korea has stepped up its nuclear and missile programs this year, launching a "
        "newly developed missile last month.",
        "The U.S. State Department said so on Wednesday.",
        "The test was the third of the year, officials said.",
        "Another line of the paragraph follows here.",
    ]


def test_a_page_with_long_lines_breaks_at_every_line():
    # A headline over a lead: news pages keep a paragraph on one long line, and a line
    # without a final period is a headline or a caption (docs/extraction.md, section 2).
    text = "Kim Warns of a New Path\n" + "Kim Jong Un said on Tuesday " + "that " * 30 + "it.\n"
    assert not hard_wrapped(text * 4)
    assert len(sentences(tokenize(text))) == 2


FEB28 = dt.date(2019, 2, 28)


@pytest.mark.parametrize(
    "text,expected",
    [
        # A demand told after the talks the speaker took part in was made there; which day
        # of them the text does not say: their month (kp4-004 s2, s6, VOA).
        (
            "Donald Trump gave a news conference on Thursday after his summit with Kim Jong "
            "Un in Hanoi. He said Kim wanted all sanctions lifted, which the United States "
            "could not accept.",
            (
                "demand",
                "occurred",
                "2019-02",
                (("Kim Jong-un", "initiator"), ("United States", "target")),
            ),
        ),
        # A meeting the sentence before dates, with the speaker in it: the narrative's day
        # (narrative.inherited_date), as before.
        (
            "Mike Pompeo met Ri Yong Ho in New York on Tuesday. Pompeo also urged North Korea "
            "to free the detainees.",
            (
                "demand",
                "occurred",
                "2019-02-26",
                (("Mike Pompeo", "initiator"), ("North Korea", "target")),
            ),
        ),
    ],
)
def test_a_demand_at_talks_takes_their_date(pipeline, text, expected):
    assert expected in told(pipeline, text, FEB28)


def test_wanting_something_is_no_demand_unless_a_measure_is_to_be_lifted(pipeline):
    text = "On Thursday Kim Jong Un said he wanted the talks with Donald Trump to go on."
    assert not [e for e in pipeline.extract(text, FEB28).events if e.type == "demand"]


@pytest.mark.parametrize(
    "text,meets",
    [
        # A bare "the two" before a past verb is the last two people named (kp1-019 s6, VOA).
        (
            "Rex Tillerson and Sergei Lavrov discussed North Korea. A U.S. statement said "
            "the two spoke by phone on Tuesday.",
            True,
        ),
        (
            "Mike Pompeo and Kang Kyung-wha share a concern. The two met in Seoul on Tuesday.",
            True,
        ),
        # ... not before a plural noun: "the two countries" are no two people.
        (
            "Rex Tillerson and Sergei Lavrov discussed North Korea. The two countries spoke "
            "by phone on Tuesday.",
            False,
        ),
    ],
)
def test_the_two_before_a_past_verb(pipeline, text, meets):
    events = pipeline.extract(text, FEB28).events
    people = [
        {p.actor for p in e.participants if p.role == "participant"}
        for e in events
        if e.type == "meeting"
    ]
    assert (
        any(len(group - {"United States", "South Korea", "Russia"}) == 2 for group in people)
        == meets
    )


def test_a_launch_known_by_its_month_stays_apart_from_another_texts_dated_launch():
    # Launches come several a month (kp4-016, JMH; cn-011, White House): across articles a
    # month-only report is not joined to a day-dated one; within one article it may be.
    from dashboard.extraction.merging import Report, fits_every
    from dashboard.extraction.records import DateValue

    roles = frozenset({("North Korea", "initiator")})
    day = Report(
        "weapons_test", "occurred", DateValue(dt.date(2019, 8, 10), "day"), None, roles, ""
    )
    month = Report(
        "weapons_test", "occurred", DateValue(dt.date(2019, 8, 1), "month"), None, roles, ""
    )
    assert not fits_every(month, [day], other_text=True)
    assert fits_every(month, [day], other_text=False)
    # Other types keep joining by the month (a summit known by its month is that summit).
    talks = frozenset({("North Korea", "participant"), ("United States", "participant")})
    s_day = Report("summit", "occurred", DateValue(dt.date(2019, 2, 27), "day"), None, talks, "")
    s_month = Report("summit", "occurred", DateValue(dt.date(2019, 2, 1), "month"), None, talks, "")
    assert fits_every(s_month, [s_day], other_text=True)
