"""Variation tables, round 13 (meetings13): meetings, visits, talks, telephone calls,
sanctions and their relief, each construction the dev texts use told in several ways that
news writes every day (active and passive, the date before or after, a nominal, a headline,
a background clause, another verb for the same act). Sentences of our own; each row is
commented with the dev construction it varies (file and sentence) and gives every event of
the class's types the sentence must produce. The whole table, with the rows that still fail
and why, is /work/notes/13-meetings13-table.txt and /work/notes/14-meetings13.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import event_rows

PUBLISHED = dt.date(2018, 6, 18)  # a Monday: Tuesday is the 12th, Thursday 14th, Friday 15th
TYPES = {"meeting", "summit", "visit", "negotiation", "sanction", "sanction_relief"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # C1 'X met with Y in <place> on <day>' (kp2-025 s6, kp3-003 s7, kp1-025 s13)
        (
            (
                "Secretary of State Mike Pompeo met with Japanese Foreign Minister "
                "Taro Kono in Washington on Thursday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-14",
                    (
                        ("Japan", "participant"),
                        ("Mike Pompeo", "participant"),
                        ("Taro Kono", "participant"),
                    ),
                )
            ],
        ),  # R01
        (
            ("On Thursday, Pompeo met with Japanese Foreign Minister Taro Kono in Washington."),
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-14",
                    (
                        ("Japan", "participant"),
                        ("Mike Pompeo", "participant"),
                        ("Taro Kono", "participant"),
                    ),
                )
            ],
        ),  # R02
        (
            "Mike Pompeo and Taro Kono met in Washington on Thursday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-14",
                    (("Mike Pompeo", "participant"), ("Taro Kono", "participant")),
                )
            ],
        ),  # R03
        (
            ("After meeting with Kang Kyung-wha in Seoul on Thursday, Pompeo flew home."),
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-14",
                    (("Kang Kyung-wha", "participant"), ("Mike Pompeo", "participant")),
                )
            ],
        ),  # R04
        (
            (
                "The meeting between Mike Pompeo and Kang Kyung-wha on Thursday "
                "focused on North Korea."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-14",
                    (("Kang Kyung-wha", "participant"), ("Mike Pompeo", "participant")),
                )
            ],
        ),  # R05
        (
            ("Pompeo's meeting with Kang Kyung-wha in Seoul on Thursday lasted two hours."),
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-14",
                    (("Kang Kyung-wha", "participant"), ("Mike Pompeo", "participant")),
                )
            ],
        ),  # R06
        (
            "Mike Pompeo will meet with Kang Kyung-wha in Seoul on Friday.",
            [
                (
                    "meeting",
                    "planned",
                    "2018-06-22",
                    (("Kang Kyung-wha", "participant"), ("Mike Pompeo", "participant")),
                )
            ],
        ),  # R07
        (
            (
                "Kang Kyung-wha met Mike Pompeo on Thursday.\nShe also met with Stephen "
                "Biegun on Friday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-14",
                    (("Kang Kyung-wha", "participant"), ("Mike Pompeo", "participant")),
                ),
                (
                    "meeting",
                    "occurred",
                    "2018-06-15",
                    (("Kang Kyung-wha", "participant"), ("Stephen Biegun", "participant")),
                ),
            ],
        ),  # R08
        (
            ("Pompeo met Kim Yong-chol in New York on Thursday, the State Department said."),
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-14",
                    (
                        ("Kim Yong-chol", "participant"),
                        ("Mike Pompeo", "participant"),
                        ("U.S. Department of State", "announcer"),
                    ),
                )
            ],
        ),  # R09
        # C2 a headline in the present, 'X meets with Y' (kp4-007 s3, kp4-024 s1)
        (
            (
                "Pompeo Meets Kim Yong-chol in New York\nSecretary of State Mike Pompeo "
                "met North Korean official Kim Yong-chol in New York on Thursday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-14",
                    (
                        ("Kim Yong-chol", "participant"),
                        ("Mike Pompeo", "participant"),
                        ("North Korea", "participant"),
                    ),
                )
            ],
        ),  # R12
        (
            "Pompeo meets Kang Kyung-wha in Seoul",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06",
                    (("Kang Kyung-wha", "participant"), ("Mike Pompeo", "participant")),
                )
            ],
        ),  # R13
        # C3 a telephone call, 'X and Y spoke by phone on <day>' (af-005 s2, kp1-019 s6, kp1-005 s1)
        (
            ("Secretary Pompeo and Foreign Minister Kang Kyung-wha spoke by phone on Tuesday."),
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-12",
                    (("Kang Kyung-wha", "participant"), ("Mike Pompeo", "participant")),
                )
            ],
        ),  # R15
        (
            (
                "President Trump spoke by telephone with Prime Minister Shinzo Abe of "
                "Japan on Tuesday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-12",
                    (
                        ("Donald Trump", "participant"),
                        ("Japan", "participant"),
                        ("Shinzo Abe", "participant"),
                    ),
                )
            ],
        ),  # R16
        (
            "Trump had a phone call with Shinzo Abe on Tuesday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-12",
                    (("Donald Trump", "participant"), ("Shinzo Abe", "participant")),
                )
            ],
        ),  # R17
        (
            "In a phone call on Tuesday, Trump and Abe discussed North Korea.",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-12",
                    (("Donald Trump", "participant"), ("Shinzo Abe", "participant")),
                )
            ],
        ),  # R18
        (
            ("Trump held a telephone call with Shinzo Abe on Tuesday, the White House said."),
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-12",
                    (
                        ("Donald Trump", "participant"),
                        ("Shinzo Abe", "participant"),
                        ("White House", "announcer"),
                    ),
                )
            ],
        ),  # R19
        (
            "Pompeo spoke with Kang Kyung-wha by phone on Tuesday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-12",
                    (("Kang Kyung-wha", "participant"), ("Mike Pompeo", "participant")),
                )
            ],
        ),  # R20
        (
            "Shinzo Abe talked by phone with Donald Trump on Tuesday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-12",
                    (("Donald Trump", "participant"), ("Shinzo Abe", "participant")),
                )
            ],
        ),  # R21
        # C4 'X held talks with Y' (kp4-024 s2)
        (
            ("Prime Minister Shinzo Abe held talks with President Moon Jae-in in Tokyo on Friday."),
            [
                (
                    "summit",
                    "occurred",
                    "2018-06-15",
                    (("Moon Jae-in", "participant"), ("Shinzo Abe", "participant")),
                )
            ],
        ),  # R22
        (
            "Sergey Lavrov held talks with Ri Yong-ho in Moscow on Friday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-15",
                    (("Ri Yong-ho", "participant"), ("Sergey Lavrov", "participant")),
                )
            ],
        ),  # R23
        (
            "Ri Yong-ho and Sergey Lavrov held talks in Moscow on Friday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-15",
                    (("Ri Yong-ho", "participant"), ("Sergey Lavrov", "participant")),
                )
            ],
        ),  # R24
        (
            "Sergey Lavrov sat down with Ri Yong-ho in Moscow on Friday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-15",
                    (("Ri Yong-ho", "participant"), ("Sergey Lavrov", "participant")),
                )
            ],
        ),  # R26
        (
            "Sergey Lavrov hosted Ri Yong-ho in Moscow on Friday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2018-06-15",
                    (("Ri Yong-ho", "participant"), ("Sergey Lavrov", "participant")),
                )
            ],
        ),  # R27
        # C5 a trip, 'traveled to', 'arrived in … for talks' (kp3-003 s5, kp3-003 s3, kp4-006 s15)
        (
            "Secretary of State Mike Pompeo traveled to Pyongyang on Thursday.",
            [
                (
                    "visit",
                    "occurred",
                    "2018-06-14",
                    (("Mike Pompeo", "initiator"), ("North Korea", "target")),
                )
            ],
        ),  # R29
        (
            "Pompeo arrived in Pyongyang on Thursday for talks with Kim Yong-chol.",
            [
                (
                    "visit",
                    "occurred",
                    "2018-06-14",
                    (
                        ("Kim Yong-chol", "participant"),
                        ("Mike Pompeo", "initiator"),
                        ("North Korea", "target"),
                    ),
                )
            ],
        ),  # R31
        (
            "Pompeo's visit to Pyongyang on Thursday was his third.",
            [
                (
                    "visit",
                    "occurred",
                    "2018-06-14",
                    (("Mike Pompeo", "initiator"), ("North Korea", "target")),
                )
            ],
        ),  # R33
        (
            ("Pompeo will travel to Pyongyang on Thursday, the State Department said."),
            [
                (
                    "visit",
                    "planned",
                    "2018-06-21",
                    (
                        ("Mike Pompeo", "initiator"),
                        ("North Korea", "target"),
                        ("U.S. Department of State", "announcer"),
                    ),
                )
            ],
        ),  # R34
        (
            "Pompeo's trip to Seoul on Thursday was brief.",
            [
                (
                    "visit",
                    "occurred",
                    "2018-06-14",
                    (("Mike Pompeo", "initiator"), ("South Korea", "target")),
                )
            ],
        ),  # R36
        # C6 a round of talks between delegations (kp3-019 s4, kp3-025 s7, kp4-014 s6)
        (
            ("U.S. and Chinese negotiators resumed trade talks in Beijing on Thursday."),
            [
                (
                    "negotiation",
                    "occurred",
                    "2018-06-14",
                    (("China", "participant"), ("United States", "participant")),
                )
            ],
        ),  # R37
        (
            "North and South Korea held working-level talks at Panmunjom on Friday.",
            [
                (
                    "negotiation",
                    "occurred",
                    "2018-06-15",
                    (("North Korea", "participant"), ("South Korea", "participant")),
                )
            ],
        ),  # R38
        (
            (
                "Working-level talks between the United States and North Korea resumed "
                "in Stockholm on Friday."
            ),
            [
                (
                    "negotiation",
                    "occurred",
                    "2018-06-15",
                    (("North Korea", "participant"), ("United States", "participant")),
                )
            ],
        ),  # R39
        (
            ("A new round of talks between U.S. and Taliban negotiators opened in Doha on Friday."),
            [
                (
                    "negotiation",
                    "occurred",
                    "2018-06-15",
                    (("Taliban", "participant"), ("United States", "participant")),
                )
            ],
        ),  # R40
        (
            (
                "Negotiators from the United States and China held a new round of "
                "trade talks in Washington on Friday."
            ),
            [
                (
                    "negotiation",
                    "occurred",
                    "2018-06-15",
                    (("China", "participant"), ("United States", "participant")),
                )
            ],
        ),  # R41
        # C7 sanctions by the Treasury or OFAC, designations (kp1-012 s2, kp1-012 s9, kp1-019 s9)
        (
            (
                "The Treasury Department on Thursday imposed sanctions on two North "
                "Korean officials."
            ),
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-14",
                    (("North Korea", "target"), ("U.S. Department of the Treasury", "initiator")),
                )
            ],
        ),  # R42
        (
            (
                "The U.S. Treasury's Office of Foreign Assets Control sanctioned three "
                "North Korean entities on Thursday."
            ),
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-14",
                    (
                        ("North Korea", "target"),
                        ("Office of Foreign Assets Control", "initiator"),
                        ("U.S. Department of the Treasury", "initiator"),
                    ),
                )
            ],
        ),  # R43
        (
            ("On Thursday, the Treasury Department designated two North Korean officials."),
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-14",
                    (("North Korea", "target"), ("U.S. Department of the Treasury", "initiator")),
                )
            ],
        ),  # R44
        (
            ("Two North Korean officials were sanctioned by the Treasury Department on Thursday."),
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-14",
                    (("North Korea", "target"), ("U.S. Department of the Treasury", "initiator")),
                )
            ],
        ),  # R45
        (
            "The United States slapped new sanctions on Iran on Thursday.",
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-14",
                    (("Iran", "target"), ("United States", "initiator")),
                )
            ],
        ),  # R46
        (
            ("New sanctions on Iran were announced by the Treasury Department on Thursday."),
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-14",
                    (("Iran", "target"), ("U.S. Department of the Treasury", "initiator")),
                )
            ],
        ),  # R48
        # C8 a Security Council resolution imposing sanctions (kp1-019 s10, kp1-018 s1)
        (
            ("The Security Council unanimously approved new sanctions on North Korea on Friday."),
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-15",
                    (("North Korea", "target"), ("United Nations Security Council", "initiator")),
                )
            ],
        ),  # R52
        (
            (
                "On Friday the Security Council voted unanimously to impose new "
                "sanctions on North Korea."
            ),
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-15",
                    (("North Korea", "target"), ("United Nations Security Council", "initiator")),
                )
            ],
        ),  # R53
        # C9 tariffs imposed or raised (cn-003 s4, cn-003 s7, cn-009 s8)
        (
            ("The United States imposed tariffs on $34 billion of Chinese goods on Friday."),
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-15",
                    (("China", "target"), ("United States", "initiator")),
                )
            ],
        ),  # R54
        (
            (
                "President Trump on Friday raised tariffs on $200 billion of Chinese "
                "goods to 25 percent."
            ),
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-15",
                    (
                        ("China", "target"),
                        ("Donald Trump", "initiator"),
                        ("United States", "initiator"),
                    ),
                )
            ],
        ),  # R55
        (
            "China raised tariffs on $60 billion of U.S. goods on Friday.",
            [
                (
                    "sanction",
                    "occurred",
                    "2018-06-15",
                    (("China", "initiator"), ("United States", "target")),
                )
            ],
        ),  # R56
        # C10 sanctions or tariffs lifted (cn-010 s19, kp4-004 s6)
        (
            ("The Treasury Department lifted sanctions on three Russian companies on Friday."),
            [
                (
                    "sanction_relief",
                    "occurred",
                    "2018-06-15",
                    (("Russia", "target"), ("U.S. Department of the Treasury", "initiator")),
                )
            ],
        ),  # R59
    ],
)
def test_variations(pipeline, text, expected):
    assert event_rows(pipeline, text, PUBLISHED, TYPES) == expected
