"""Date rules of round 14 (dates14), sentences of our own.

1. A definite event noun with a day of its own and no party of its own ("The swap on
   Sunday ...") tells the day of the happening the article reported before without one
   (the lead's "have completed an exchange", dated only by the publication month it fell
   back on): ua-013 s4 and s6. A day in another month, or a happening dated by words of
   its own, is left alone.
   So does a verb whose subject opens its sentence as "They" after the pair met undated
   ("They talked over a steak dinner Wednesday", kp2-007 s10-s11), unless "again".
2. A meeting an agreement was made at ("brokered/signed ... at a summit") is of the
   agreement's time when the time stands before "at" (ua-013 s6), as it was already when
   the time follows the meeting ("signed an agreement at their summit in June").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import event_rows

RUSSIA_UKRAINE = (("Russia", "participant"), ("Ukraine", "participant"))
NORMANDY = (
    ("France", "participant"),
    ("Germany", "participant"),
    ("Russia", "participant"),
    ("Ukraine", "participant"),
)
KOREAS = (("Kim Jong-un", "participant"), ("Moon Jae-in", "participant"))

DAY_OF_THE_LEAD = [
    # the lead's exchange, then "The swap <day>" in a sentence of its own (ua-013 s4, s6)
    (
        "2019-12-30",
        "Russia and Ukraine have completed a prisoner swap. The swap on Sunday was the "
        "largest in years.",
        [("agreement", "occurred", "2019-12-29", RUSSIA_UKRAINE)],
    ),
    # a headline, then the lead, then the day with the noun of the lead's act
    (
        "2019-12-30",
        "Russia and Ukraine have completed an exchange of prisoners. Both governments "
        "praised it. The exchange of prisoners on Friday freed 35 people from each side.",
        [("agreement", "occurred", "2019-12-27", RUSSIA_UKRAINE)],
    ),
    (
        "2019-12-30",
        "Russia and Ukraine swap prisoners\n\nRussia and Ukraine have exchanged dozens of "
        "detainees, officials said. The swap on Saturday took place at a border crossing.",
        [("agreement", "occurred", "2019-12-28", RUSSIA_UKRAINE)],
    ),
    # another kind of happening: a trip reported as done, its day told after
    (
        "2018-10-09",
        "Mike Pompeo has visited Pyongyang to meet Kim Jong Un. The visit on Sunday lasted "
        "about five hours.",
        [
            (
                "visit",
                "occurred",
                "2018-10-07",
                # the one met is no traveller (docs/annotation.md: everyone met on a trip is
                # its participant), and the state visited is its target
                (
                    ("Kim Jong-un", "participant"),
                    ("Mike Pompeo", "initiator"),
                    ("North Korea", "target"),
                ),
            )
        ],
    ),
    # a day in another month is another happening's (or the text's mistake): left alone
    (
        "2019-12-30",
        "Russia and Ukraine have completed an exchange of prisoners. The swap on November 28 "
        "was the first this year.",
        [("agreement", "occurred", "2019-12", RUSSIA_UKRAINE)],
    ),
]

ENVOYS = (("Kim Yong-chol", "participant"), ("Mike Pompeo", "participant"))

THEY_ON_A_DAY = [
    # "X and Y met at ..." then "They talked over a dinner <day>" (kp2-007 s10-s11)
    (
        "2018-06-01",
        "Pompeo and Kim Yong Chol met at a government apartment in New York. They talked "
        "over a steak dinner Wednesday and again Thursday morning.",
        [("meeting", "occurred", "2018-05-30", ENVOYS)],
    ),
    (
        "2018-06-01",
        "Mike Pompeo and Kim Yong Chol met in New York. They talked with aides on Wednesday "
        "before a news conference.",
        [("meeting", "occurred", "2018-05-30", ENVOYS)],
    ),
    (
        "2018-06-01",
        "Mike Pompeo and Kim Yong Chol held talks in New York. They met on Wednesday evening "
        "in a hotel.",
        [("meeting", "occurred", "2018-05-30", ENVOYS)],
    ),
    # "again" is another meeting; a day outside the lead's week is another happening
    (
        "2018-06-01",
        "Mike Pompeo and Kim Yong Chol held talks in New York. They met again on Thursday.",
        [("meeting", "occurred", "2018-06", ENVOYS)],
    ),
    (
        "2018-06-01",
        "Mike Pompeo and Kim Yong Chol met in New York. They talked over dinner on May 10.",
        [("meeting", "occurred", "2018-06", ENVOYS)],
    ),
]

MADE_AT_A_MEETING = [
    # the time between the act and "at" (ua-013 s6)
    (
        "2019-12-30",
        "The deal was brokered earlier this month at a summit of the leaders of Ukraine, "
        "Russia, Germany and France in Paris.",
        [
            ("agreement", "occurred", "2019-12", NORMANDY),
            ("summit", "occurred", "2019-12", NORMANDY),
        ],
    ),
    (
        "2018-09-21",
        "Moon Jae-in and Kim Jong Un signed the declaration on Wednesday at their summit in "
        "Pyongyang.",
        [
            ("agreement", "occurred", "2018-09-19", KOREAS),
            ("summit", "occurred", "2018-09-19", KOREAS),
        ],
    ),
    (
        "2019-12-30",
        "An agreement was signed on December 9 at the summit of Ukraine, Russia, Germany and "
        "France in Paris.",
        [
            ("agreement", "occurred", "2019-12-09", NORMANDY),
            ("summit", "occurred", "2019-12-09", NORMANDY),
        ],
    ),
    # "during" as well; a week is told as its month
    (
        "2018-09-21",
        "Moon Jae-in and Kim Jong Un signed a military accord last week during their summit "
        "in Pyongyang.",
        [
            ("agreement", "occurred", "2018-09", KOREAS),
            ("summit", "occurred", "2018-09", KOREAS),
        ],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), DAY_OF_THE_LEAD + THEY_ON_A_DAY + MADE_AT_A_MEETING
)
def test_dates_told_by_the_text_around(pipeline, published, text, expected):
    assert event_rows(pipeline, text, dt.date.fromisoformat(published)) == expected
