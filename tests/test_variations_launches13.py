"""Weapons tests and military exercises told the ways news tells them (issue 14, round 13):
rows of /work/notes/13-launches13-table.txt that the engine gets right, each a variation in
our own words of a construction found in a dev text (cited per group)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import event_rows

MON = dt.date(2019, 8, 12)  # Saturday is 2019-08-10, Sunday 2019-08-11
COMPARED = {"weapons_test", "military_exercise", "cancellation", "postponement"}


def told(pipeline, text):
    return event_rows(pipeline, text, MON, COMPARED, announcers=False)


NK = (("North Korea", "initiator"),)
ALLIES = (("South Korea", "participant"), ("United States", "participant"))
BOTH = (("South Korea", "initiator"), ("United States", "initiator"))


@pytest.mark.parametrize(
    "text,expected",
    [
        # kp4-016 s5, kp4-018 s8: a reporter says a state launched/fired missiles
        (  # row 1
            "South Korea's military said North Korea launched two short-range ballistic "
            "missiles on Saturday.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 2
            "Japan's defense ministry said that North Korea fired a ballistic missile into "
            "the sea on Saturday morning.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 3
            "North Korea fired two projectiles off its east coast on Saturday, South Korea's "
            "Joint Chiefs of Staff said.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 4
            "North Korea launched two short-range missiles early Saturday, according to South"
            " Korea's military.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 5
            "Pyongyang fired two more short-range missiles on Saturday, officials in Seoul said.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 6
            "North Korea fired what appeared to be two short-range ballistic missiles on "
            "Saturday, officials said.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 7
            "The Japanese papers reported on Sunday that the DPRK launched two missiles into "
            "the Sea of Japan early Saturday.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        # kp4-016 s1, kp4-018 s1: a headline in the present, then the body
        (  # row 8
            "North Korea launches two more short-range missiles\nNorth Korea launched two "
            "short-range ballistic missiles into the sea on Saturday, South Korean officials "
            "said.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 11
            "Pyongyang fires two missiles into the sea, Seoul says",
            [("weapons_test", "occurred", "2019-08", NK)],
        ),
        (  # row 12
            "North Korea launches ballistic missile",
            [("weapons_test", "occurred", "2019-08", NK)],
        ),
        # kp4-018 s2, kp1-002 s3: "X's launch of a missile", "the second launch by X" (kp4-014 s3)
        (  # row 13
            "Japanese broadcasters reported on North Korea's launch of a ballistic missile on"
            " Saturday.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 15
            "The launch of a ballistic missile by North Korea on Saturday alarmed its neighbours.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 16
            "North Korea's test launch of an intercontinental ballistic missile on Friday was"
            " its second in a month.",
            [("weapons_test", "occurred", "2019-08-09", NK)],
        ),
        (  # row 17
            "Saturday's launch of two missiles by Pyongyang drew a sharp response from Tokyo.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        # kp4-018 s9, kp4-005 s24: the passive, the missile before the verb
        (  # row 19
            "A ballistic missile was launched by North Korea on Saturday morning and landed "
            "in the sea, Tokyo said.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 21
            "Kim Jong Un oversaw the test-firing of a new multiple rocket launcher on "
            "Saturday, state media said.",
            [("weapons_test", "occurred", "2019-08-10", (("Kim Jong-un", "initiator"),))],
        ),
        # kp1-008 s7: a nuclear test carried out / conducted
        (  # row 22
            "North Korea carried out its sixth nuclear test on Sunday.",
            [("weapons_test", "occurred", "2019-08-11", NK)],
        ),
        (  # row 23
            "North Korea conducted a nuclear test on Sunday, its state media said.",
            [("weapons_test", "occurred", "2019-08-11", NK)],
        ),
        (  # row 24
            "A nuclear test was carried out by North Korea on Sunday, the agency reported.",
            [("weapons_test", "occurred", "2019-08-11", NK)],
        ),
        (  # row 25
            "North Korea carried out a test of a new submarine-launched ballistic missile on "
            "Wednesday.",
            [("weapons_test", "occurred", "2019-08-07", NK)],
        ),
        (  # row 26
            "On Sunday North Korea conducted its largest nuclear test yet, a blast ten times "
            "bigger than the last.",
            [("weapons_test", "occurred", "2019-08-11", NK)],
        ),
        # kp4-014 s3: a launch told as background to other news
        (  # row 28
            "The talks resumed two days after North Korea fired two short-range missiles on "
            "July 31.",
            [("weapons_test", "occurred", "2019-07-31", NK)],
        ),
        (  # row 30
            "The sanctions came a week after Pyongyang test-fired an intercontinental "
            "ballistic missile on July 28.",
            [("weapons_test", "occurred", "2019-07-28", NK)],
        ),
        # kp4-016 s8: "test fired" new weapons
        (  # row 32
            "North Korea test-fired two new short-range missiles on Saturday.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 33
            "The DPRK test fired new tactical guided weapons on Saturday, KCNA said.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        # kp1-019 s11: a participle clause after the main one
        (  # row 37
            "Pyongyang defied the warnings on Saturday, launching two short-range missiles "
            "into the sea.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        # cn-011 s27: a pronoun subject for the state named before ("they ... just launched")
        (  # row 34
            "North Korea says it test-fired a new rocket launcher on Saturday.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 38
            "North Korea has ignored calls to return to talks. On Saturday it fired two "
            "short-range missiles into the sea.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # row 39
            "North Korea warned Washington on Friday. A day later it launched two ballistic "
            "missiles.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        (  # a guard written after the table: the speaker of the sentence before is not "it"
            "South Korea said North Korea may fire again. On Saturday it launched two missiles.",
            [("weapons_test", "occurred", "2019-08-10", NK)],
        ),
        # kp2-010 s2, s3: an exercise halted or suspended "with" a state, or "their" joint one
        (  # row 40
            "The United States has halted an upcoming war games exercise with South Korea that "
            "was slated for later this month.",
            [
                (
                    "cancellation",
                    "occurred",
                    "2019-08",
                    (("South Korea", "participant"), ("United States", "initiator")),
                ),
                ("military_exercise", "cancelled", "2019-08", ALLIES),
            ],
        ),
        (  # row 44
            "The United States on Friday suspended joint military exercises with South Korea "
            "that were planned for September.",
            [
                (
                    "cancellation",
                    "occurred",
                    "2019-08-09",
                    (("South Korea", "participant"), ("United States", "initiator")),
                ),
                ("military_exercise", "cancelled", "2019-09", ALLIES),
            ],
        ),
        # kp4-019 s1, s2: joint drills or training put off by the two who hold them
        (  # row 47
            "The United States and South Korea postponed their joint air exercise on Sunday.",
            [
                ("military_exercise", "postponed", "2019-08", ALLIES),
                ("postponement", "occurred", "2019-08-11", BOTH),
            ],
        ),
        (  # row 48
            "Seoul and Washington have put off a joint air drill planned for later this month.",
            [
                ("military_exercise", "postponed", "2019-08", ALLIES),
                ("postponement", "occurred", "2019-08", BOTH),
            ],
        ),
        # kp2-010 s8, kp4-016 s6: exercises held
        (  # row 51
            "The United States and South Korea began joint military exercises on Monday.",
            [("military_exercise", "occurred", "2019-08-12", ALLIES)],
        ),
        (  # row 53
            "The United States and South Korea resumed joint military exercises last week.",
            [("military_exercise", "occurred", "2019-08", ALLIES)],
        ),
        (  # row 52
            "South Korea and the United States held a joint naval drill on Saturday.",
            [
                (
                    "military_exercise",
                    "occurred",
                    "2019-08-10",
                    (
                        ("South Korea", "participant"),
                        ("United States", "participant"),
                    ),
                )
            ],
        ),
    ],
)
def test_launches_and_exercises(pipeline, text, expected):
    assert told(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A plan's month after "for" (kp4-019 s2 "slated for later this month"), capitalised.
        ("The drills planned for September were called off.", ["2019-09"]),
        ("Talks scheduled for March 2020 were put off.", ["2020-03"]),
        # a lower-case "may" after "for" is no month
        ("Officials waited for may be hours.", []),
    ],
)
def test_a_plans_month_after_for(text, expected):
    from dashboard.extraction.dates import DateContext, find_time_mentions

    context = DateContext(
        published=MON, anchor=None, day_anchor=None, year=None, today=None, published_known=True
    )
    found = find_time_mentions(text, 0, context, None)
    assert [m.date.formatted() for m in found] == expected
