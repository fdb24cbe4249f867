"""A later definite or possessive mention of a happening the article told ("this
designation", "its latest test", "your recent visit") is more about that happening, not a
new one dated only by the year (narrative.referent, events._ArticleEvents._told)."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction import narrative
from dashboard.extraction.records import DateValue, Event, Evidence, Participant

WED = dt.date(2019, 4, 10)


def _told(kind, actors, start, location=""):
    return Event(
        kind,
        "occurred",
        DateValue(dt.date(2019, 4, 8), "day"),
        "",
        [Participant(a, "participant") for a in actors],
        [Evidence("", start, start + 10, kind, start, start + 1)],
        location,
    )


TOLD = [
    _told("sanction", ["United States", "Iran"], 0),
    _told("visit", ["Mike Pompeo", "North Korea"], 20, "Pyongyang"),
    _told("summit", ["Moon Jae-in", "Kim Jong-un"], 40, "Pyongyang"),
    _told("letter", ["Kim Jong-un", "Donald Trump"], 60),
]


@pytest.mark.parametrize(
    "kind,parties,people,place,expected",
    [
        # a sanction mention that names only states: the last sanction told
        ("sanction", {"Iran"}, set(), "", 0),
        # "the visit" of two leaders named before: the summit they share, of its group
        ("visit", {"Kim Jong-un"}, {"Kim Jong-un"}, "", 2),
        # "your latest visit", no person named: only a visit, not the later summit
        ("visit", {"North Korea"}, set(), "", 1),
        # a person no event of the group holds: news of its own
        ("meeting", {"Shinzo Abe"}, {"Shinzo Abe"}, "", None),
        # "the Singapore summit" in a story of Pyongyang: not the Pyongyang summit
        ("summit", {"Kim Jong-un"}, {"Kim Jong-un"}, "Singapore", None),
        # no event of the mention's group at all
        ("weapons_test", {"North Korea"}, set(), "", None),
        # a letter between the same two leaders
        ("letter", {"Donald Trump"}, {"Donald Trump"}, "", 3),
    ],
)
def test_a_definite_mention_names_the_event_told(kind, parties, people, place, expected):
    found = narrative.referent(TOLD, kind, parties, people, place)
    assert found is (TOLD[expected] if expected is not None else None)


def _events(pipeline, text):
    return [
        (e.type, e.date.formatted(), sorted(e.actor_keys()), [x.trigger for x in e.evidence])
        for e in pipeline.extract(text, WED).events
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # ir-006 s15: "This designation also ..." after the designation was told
        ("The State Department on Monday designated the Revolutionary Guard a terrorist group, "
         "adding to the sanctions on Iran. This designation also widens the sanctions against "
         "Iran.",
         [("sanction", "2019-04-08", ["Iran", "U.S. Department of State"],
           ["designated", "designation"])]),
        # ua-014 s16: a sentence with its own date tells news of its own
        ("Russia and Ukraine signed an agreement in April 2014. This agreement between Russia "
         "and Ukraine, signed in September 2014, set out a ceasefire.",
         [("agreement", "2014-04", ["Russia", "Ukraine"], ["agreement"]),
          ("agreement", "2014-09", ["Russia", "Ukraine"], ["agreement"])]),
    ],
)  # fmt: skip
def test_a_later_mention_adds_to_the_event_told(pipeline, text, expected):
    assert _events(pipeline, text) == expected


SCENE = "Officials in Seoul spoke to reporters on Sunday about the week. It was a busy week. "


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp4-009 s23: "just after he met with X" only times the launches
        (SCENE + "North Korea fired two missiles on Saturday. The launches came just after "
         "Kim Jong-un met with Vladimir Putin.",
         [("weapons_test", "2019-04-06", ["North Korea"], ["fired"])]),
        # cn-004 s7: "following the end of the leaders' meeting" only times the dinner
        (SCENE + "The dinner was moved up following the end of the G-20 leaders' meeting "
         "with Xi Jinping and Donald Trump.",
         []),
        # kp4-027 s9: "since the summit" only says how long the talks have gone on
        (SCENE + "Pompeo has kept up talks with North Korea since the summit between Trump "
         "and Kim Jong-un.",
         []),
        # a background meeting the story dated before is still that meeting
        ("Kim Jong-un met with Vladimir Putin on Thursday. The launches came just after he "
         "met with Putin.",
         [("summit", "2019-04-04", ["Kim Jong-un", "Vladimir Putin"], ["met", "met"])]),
        # seed 000: one that names its place may join the happening of that place
        (SCENE + "Trump said he trusted Kim Jong-un after meeting in Singapore.",
         [("summit", "2019", ["Donald Trump", "Kim Jong-un"], ["meeting"])]),
        # kp2-011 s1: in a headline the meeting after "after" is the news itself
        ("Remarks by President Trump after Meeting with Kim Yong-chol",
         [("meeting", "2019-04-10", ["Donald Trump", "Kim Yong-chol"], ["Meeting with"])]),
    ],
)  # fmt: skip
def test_a_happening_that_only_sets_the_background_is_no_event(pipeline, text, expected):
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp3-011 s18: what was agreed is a meeting or trip: the plan is the happening
        (SCENE + "Kim Jong-un and Moon Jae-in agreed to meet in Seoul by the end of 2019.",
         [("summit", "2019", ["Kim Jong-un", "Moon Jae-in"], ["meet"])]),
        # an undertaking of another kind stays an agreement
        (SCENE + "Kim Jong-un and Moon Jae-in agreed to reopen a liaison office by the end "
         "of 2019.",
         [("agreement", "2019", ["Kim Jong-un", "Moon Jae-in"], ["agreed to"])]),
    ],
)  # fmt: skip
def test_an_agreement_to_meet_is_the_planned_meeting(pipeline, text, expected):
    assert _events(pipeline, text) == expected


DAY_OF_TWO_MEETINGS = (
    "Secretary Pompeo met Chairman Kim Jong Un in Pyongyang on Sunday. Later on Sunday, "
    "Secretary Pompeo met with President Moon Jae-in in Seoul. "
)
PYONGYANG = ("meeting", ("Kim Jong-un", "Mike Pompeo"))
SEOUL = ("meeting", ("Mike Pompeo", "Moon Jae-in"))


def _meetings(pipeline, text):
    return sorted(
        (e.type, tuple(sorted(e.actor_keys() - {"United States", "North Korea", "South Korea"})))
        for e in pipeline.extract(text, dt.date(2019, 6, 10)).events
        if e.type in {"meeting", "summit"}
    )


@pytest.mark.parametrize(
    "after,expected,evidence",
    [
        # "his meeting with X": the meeting X took part in, not the one told last; the
        # sentence's other people are not added to it (no Moon-Kim summit)
        ("Pompeo briefed Moon on his meeting with Chairman Kim.", [PYONGYANG, SEOUL], (2, 1)),
        ("Pompeo briefed the President on his meeting with Kim Jong Un.", [PYONGYANG, SEOUL],
         (2, 1)),
        ("In Seoul he described the meeting with Chairman Kim to the South Koreans.",
         [PYONGYANG, SEOUL], (2, 1)),
        # naming the people of the meeting told last: that one, as before
        ("The meeting with Moon lasted an hour.", [PYONGYANG, SEOUL], (1, 2)),
        # naming no one: the meeting told last
        ("Pompeo called the meeting useful.", [PYONGYANG, SEOUL], (1, 2)),
    ],
)  # fmt: skip
def test_a_meeting_noun_naming_its_people_refers_to_their_meeting(
    pipeline, after, expected, evidence
):
    text = DAY_OF_TWO_MEETINGS + after
    assert _meetings(pipeline, text) == expected
    events = pipeline.extract(text, dt.date(2019, 6, 10)).events
    by_people = {"Kim Jong-un" in e.actor_keys(): len(e.evidence) for e in events}
    assert (by_people.get(True), by_people.get(False)) == evidence


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp4-024 s2: "the recent Hanoi summit", named by its place in a lead about a briefing
        ("Shinzo Abe met the families on Wednesday to explain the outcome of the recent "
         "Hanoi summit between Donald Trump and Kim Jong-un.",
         ("summit", "2019", "Hanoi")),
        # a possessive that its place names: "Trump's Singapore summit"
        ("Officials reviewed what came of Donald Trump's Singapore summit with Kim Jong-un.",
         ("summit", "2019", "Singapore")),
        # "their Pyongyang summit", with a possessive determiner
        ("Moon Jae-in and Kim Jong-un praised their Pyongyang summit in letters.",
         ("summit", "2019", "Pyongyang")),
        # a lead that tells the summit itself, undated, is the month's news
        ("Donald Trump and Kim Jong-un held a summit in Hanoi.",
         ("summit", "2019-04", "Hanoi")),
    ],
)  # fmt: skip
def test_a_happening_named_by_its_place_in_the_lead_is_no_news_of_the_month(
    pipeline, text, expected
):
    summits = [
        (e.type, e.date.formatted(), e.location)
        for e in pipeline.extract(text, WED).events
        if e.type in ("summit", "meeting")
    ]
    assert expected in summits


CALLED_OFF = (
    " Donald Trump called off the summit between the United States and North Korea set for 12 June."
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp2-014 s12: "the Trump–Kim summit" beside the dated summit called off
        ("Moon Jae-in and Kim Jong-un talked about the Trump–Kim summit as" + CALLED_OFF,
         [("summit", "2019-06-12", ["Donald Trump", "Kim Jong-un", "North Korea",
                                     "United States"])]),
        # the reference opens the sentence
        ("The Trump–Kim summit was on Moon Jae-in's mind as" + CALLED_OFF,
         [("summit", "2019-06-12", ["Donald Trump", "Kim Jong-un", "North Korea",
                                     "United States"])]),
        # a possessive names it
        ("Donald Trump's summit with Kim Jong-un worried Moon Jae-in as" + CALLED_OFF,
         [("summit", "2019-06-12", ["Donald Trump", "Kim Jong-un", "Moon Jae-in",
                                     "North Korea", "United States"])]),
        # after a comma, with another verb
        ("Moon Jae-in hoped to rescue the Trump-Kim summit, a day after" + CALLED_OFF,
         [("summit", "2019-06-12", ["Donald Trump", "Kim Jong-un", "North Korea",
                                     "United States"])]),
        # a member of a series names its own summit: not the one called off
        ("Moon Jae-in and Kim Jong-un talked about the first Trump–Kim summit as" + CALLED_OFF,
         [("summit", "2019-06-12", ["North Korea", "United States"]),
          ("summit", "2019-04", ["Donald Trump", "Kim Jong-un", "North Korea",
                                 "United States"])]),
    ],
)  # fmt: skip
def test_a_reference_with_a_guessed_date_joins_the_happening_it_names(pipeline, text, expected):
    events = pipeline.extract(text, WED).events
    assert [(e.type, e.date.formatted(), sorted(e.actor_keys())) for e in events] == expected
