"""A text's heading that names its occasion and the parties to it tells their meeting, held on
the day the text was published (docs/annotation.md: an occasion that is itself a meeting is a
happening). Constructions from dev headings — kp4-003_wh… s1 ("Remarks by X and Y Before
Expanded Bilateral Meeting"), kp4-011_trump… s1 and cn-007_wh… s1 ("Remarks With X",
"Remarks in a Meeting With X": the speaker beside X), kp1-014_trump… s1 ("The President's
News Conference With X"), kp2-006_trilateral… s1 ("X, Y, and Z at a Press Availability"),
kp1-018_usun… s1 and kp4-030_usun… s1 (a Security Council session) — in sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.cleaning import clean_text

PUBLISHED = dt.date(2018, 2, 14)


def events(pipeline, text):
    return sorted(
        (e.type, e.status, e.date.formatted(), tuple(sorted(p.actor for p in e.participants)))
        for e in pipeline.extract(text, PUBLISHED).events
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Remarks by X and Y": two leaders of two states, the day of the text; a summit
        (
            "Remarks by President Trump and Prime Minister Abe of Japan Before Their Working "
            "Lunch\n\nTHE PRESIDENT: Thank you very much.\n",
            [("summit", "occurred", "2018-02-14", ("Donald Trump", "Japan", "Shinzo Abe"))],
        ),
        # "Remarks With X": the transcript's speaker is the other party
        (
            "Remarks With Foreign Minister Wang Yi of China\n\n"
            "SECRETARY POMPEO: I am glad to welcome my counterpart here.\n",
            [("meeting", "occurred", "2018-02-14", ("China", "Mike Pompeo", "Wang Yi"))],
        ),
        # "Remarks in a Meeting With X", with a label in the title-case form
        (
            "Remarks in a Meeting With Prime Minister Abe of Japan\n\n"
            "President Trump. Thank you very much. We are honored.\n",
            [("summit", "occurred", "2018-02-14", ("Donald Trump", "Japan", "Shinzo Abe"))],
        ),
        # a press availability "With" a leader, the host named by title
        (
            "The President's Press Availability With Chancellor Merkel in Berlin\n\n"
            "THE PRESIDENT: Thank you, Angela.\n",
            [("summit", "occurred", "2018-02-14", ("Angela Merkel", "Donald Trump"))],
        ),
        # the parties named before "at a Press Availability"
        (
            "Foreign Minister Kono of Japan and Secretary Pompeo at a Press Availability\n\n"
            "MODERATOR: We begin now.\n",
            [("meeting", "occurred", "2018-02-14", ("Japan", "Mike Pompeo", "Taro Kono"))],
        ),
        # a day the heading states wins over the publication day
        (
            "Press Availability With Foreign Minister Kono of Japan: 12 February 2018\n\n"
            "SECRETARY TILLERSON: Good morning. I welcome the minister.\n",
            [("meeting", "occurred", "2018-02-12", ("Japan", "Rex Tillerson", "Taro Kono"))],
        ),
        # remarks at a session of the Security Council: the Council's meeting that day
        (
            "Remarks After a UN Security Council Vote\n\n"
            "Thank you, Mr. President. We are united tonight.\n",
            [("meeting", "occurred", "2018-02-14", ("United Nations Security Council",))],
        ),
        # a heading that tells its meeting through a trigger of its own: one event, not two
        (
            "Remarks by President Trump After His Meeting With Chairman Kim Jong Un\n\n"
            "THE PRESIDENT: Thank you.\n",
            [("summit", "occurred", "2018-02-14", ("Donald Trump", "Kim Jong-un"))],
        ),
        # what follows "on" is the topic, not a party
        ("Remarks by President Trump on Trade With China\n\nTHE PRESIDENT: Thank you.\n", []),
        # two people of one state: no diplomatic meeting
        ("Remarks With Ambassador Nikki Haley\n\nSECRETARY POMPEO: Thank you, Nikki.\n", []),
        # a sentence of a story, not a heading
        ("Remarks by Trump and Abe drew criticism.\n\nThe two leaders spoke.\n", []),
    ],
)
def test_heading_occasion(pipeline, text, expected):
    assert events(pipeline, text) == expected


def test_a_headline_printed_again_below_the_page_header_is_kept_once():
    headline = "Remarks Before the Talks of the Two Ministers"
    text = f"{headline}\n\nSource: a mirror site\n\n{headline}\nBody of the text.\n"
    cleaned = clean_text(text)
    assert cleaned.count(headline) == 1
    assert cleaned.startswith(headline)
    assert len(cleaned) == len(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # "my honor to welcome X": the speaker's meeting with X, the day of the text
        # (kp2-002_pompeo… s7)
        (
            "SECRETARY POMPEO: Good morning. It is my honor to welcome Foreign Minister Kono "
            "of Japan to Washington.\n",
            [("meeting", "occurred", "2018-02-14", ("Japan", "Mike Pompeo", "Taro Kono"))],
        ),
        # "a great honor to be with X", the speaker known from the turn (cn-007_wh… s5)
        (
            "THE PRESIDENT: Thank you. We are glad you came. It's a great honor to be with "
            "Prime Minister Abe of Japan.\n",
            [("summit", "occurred", "2018-02-14", ("Donald Trump", "Japan", "Shinzo Abe"))],
        ),
        # no guest named: nothing
        ("THE PRESIDENT: Thank you all. It's an honor to meet you.\n", []),
        # a guest of the speaker's own state: no diplomatic meeting
        ("SECRETARY POMPEO: It is my honor to welcome Ambassador Haley to the department.\n", []),
        # a news story's report, no transcript speaker: not the occasion at hand
        ("Kono said it was an honor to meet Pompeo.\n", []),
        # "getting together with X today" is meeting X (kp4-010_pompeo… s20)
        (
            "SECRETARY POMPEO: The President, by getting together with Chairman Kim today, "
            "opened a door.\n",
            [("summit", "occurred", "2018-02-14", ("Donald Trump", "Kim Jong-un"))],
        ),
        # the heading's trigger told the meeting; the speaker is its other party
        (
            "Remarks in a Meeting With Chairman Kim Jong Un\n\n"
            "President Trump. Thank you. We are honored.\n",
            [("summit", "occurred", "2018-02-14", ("Donald Trump", "Kim Jong-un"))],
        ),
    ],
)
def test_speaker_in_company(pipeline, text, expected):
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the speaker's opening statement, before any question: the day of the text
        # (kp2-001_pompeo… s3)
        (
            "SECRETARY POMPEO: We had a long day. I had a useful conversation with Chairman "
            "Kim about the talks.\n\nQUESTION: What comes next?\n",
            [("meeting", "occurred", "2018-02-14", ("Kim Jong-un", "Mike Pompeo"))],
        ),
        # the same in an answer after a question: undated, the speaker alone is no party
        (
            "SECRETARY POMPEO: Thank you.\n\nQUESTION: What comes next?\n\n"
            "SECRETARY POMPEO: I had a useful conversation with Chairman Kim about the talks.\n",
            [],
        ),
        # "we'll be meeting": a plan with no date, dropped (kp4-005_trump… s4)
        (
            "THE PRESIDENT: Thank you. We'll be meeting with Chairman Kim in Hanoi.\n\n"
            "Q    Will you?\n",
            [],
        ),
        # a news report of the same: the lead's month, as before
        (
            "Pompeo said he had a useful conversation with Chairman Kim.\n",
            [("meeting", "occurred", "2018-02", ("Kim Jong-un", "Mike Pompeo"))],
        ),
    ],
)
def test_opening_statement(pipeline, text, expected):
    assert events(pipeline, text) == expected
