"""A transcript's first person is whoever's turn it is: a speaker label at a line's start
("THE PRESIDENT:", "SECRETARY POMPEO:" — kp2-009_trump… s2, kp4-010_pompeo… s1; "President
Trump." in the American Presidency Project's form — cn-007_wh… s3) or, before any label, the
speaker a heading names ("Statement from the President ..." — cn-003_wh… s3). Outside
transcripts "I" and "we" stay unresolved. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2018, 2, 14)  # a Wednesday


def speakers(pipeline, text):
    return [(m.text, m.key) for m in pipeline.extract(text, PUBLISHED).actors if m.how == "speaker"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a label naming a title held on the day
        ("THE PRESIDENT: Thank you all. I am glad to be here.\n", [("I", "Donald Trump")]),
        ("THE VICE PRESIDENT: We leave tonight.\n", [("We", "Mike Pence")]),
        # a label naming a surname, the turn running on over several paragraphs
        (
            "SECRETARY TILLERSON: Good evening.\n\nMy view has not changed.\n",
            [("My", "Rex Tillerson")],
        ),
        # a journalist's turn has no speaker the text names
        ("SECRETARY TILLERSON: Yes.\n\nQUESTION: Can I ask about Seoul?\n", []),
        ("SECRETARY TILLERSON: Yes.\n\nQ    Could we ask about Seoul?\n", []),
        # the title-case form of labels, where a surname points back at the full name
        (
            "Remarks in a Meeting With Vice Premier Liu He of China\n\n"
            "President Trump. I welcome the Vice Premier to this meeting.\n\n"
            "Vice Premier Liu. I thank you.\n\n"
            "Interpreter. I will read the message.\n",
            [("I", "Donald Trump"), ("I", "Liu He")],
        ),
        # a release's heading names its speaker
        (
            "Statement from the President Regarding Steel\n\nToday I signed an order.\n",
            [("I", "Donald Trump")],
        ),
        # two speakers in the heading: it names no one speaker
        (
            "Remarks by President Trump and President Moon Jae-in\n\nI thank my friend.\n",
            [],
        ),
        # a news story's quotation: no label, no heading, nothing resolved
        (
            "Seoul — “I expect progress,” Tillerson said on Monday. “We will see.”\n",
            [],
        ),
    ],
)
def test_first_person_speaker(pipeline, text, expected):
    assert speakers(pipeline, text) == expected


def events(pipeline, text):
    return sorted(
        (e.type, e.date.formatted(), tuple(sorted(p.actor for p in e.participants)))
        for e in pipeline.extract(text, PUBLISHED).events
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # a dated meeting told in the first person has the speaker as a party
        (
            "THE VICE PRESIDENT: On Monday I met with Prime Minister Abe in Tokyo.\n",
            [("meeting", "2018-02-12", ("Mike Pence", "Shinzo Abe"))],
        ),
        # the same, dated, in a later paragraph of the turn: leaders meeting is a summit
        (
            "THE PRESIDENT: Thank you all for coming here.\n\n"
            "On Monday we had a very good meeting with Prime Minister Abe.\n",
            [("summit", "2018-02-12", ("Donald Trump", "Shinzo Abe"))],
        ),
        # undated talk of a meeting in an answer: the speaker's "we" alone does not admit it
        (
            "THE PRESIDENT: Thank you all for coming here.\n\n"
            "We had a very good meeting with Prime Minister Abe.\n",
            [],
        ),
        # an opinion is no statement, however often the speaker says "I think"
        (
            "SECRETARY TILLERSON: I think talks are possible. I think we will see.\n",
            [],
        ),
    ],
)
def test_first_person_events(pipeline, text, expected):
    assert events(pipeline, text) == expected
