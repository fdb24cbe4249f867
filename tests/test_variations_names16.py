"""Variation tables, round 16 (names16): the parties of any negotiation named by name
shape, office and apposition, for people and states the gazetteer does not know (Armenia and
Azerbaijan, Serbia and Kosovo, Ethiopia, Egypt and Sudan, India and Pakistan, the Brexit
talks, Israel and the Palestinians): an untitled full name as the subject or object of a
meeting verb, its surname later, "the President of <State>", "the Head of State", "the
<Nationality> leader", "his <Nationality> counterpart", a state beside its official, an
apposition, a building met at. Sentences of our own; each row is commented with the dev
construction it varies (file and sentence). The whole table, with the rows that still fail
and why, is /work/notes/16-names16-table.txt and /work/notes/14-names16.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import event_rows

PUBLISHED = dt.date(2020, 11, 16)  # a Monday: Tuesday is the 10th, Thursday 12th, Friday 13th
TYPES = {"meeting", "summit", "visit", "negotiation", "agreement"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # N1 untitled full name as subject/object (ua-008 s6, ua-008 s17, ua-002 s30)
        (
            "Jeyhun Bayramov met Ararat Mirzoyan in Moscow on Thursday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("Ararat Mirzoyan", "participant"), ("Jeyhun Bayramov", "participant")),
                )
            ],
        ),  # R01
        # N1 untitled full name as subject/object (ua-008 s6, ua-008 s17, ua-002 s30)
        (
            "Ararat Mirzoyan and Jeyhun Bayramov met in Moscow on Thursday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("Ararat Mirzoyan", "participant"), ("Jeyhun Bayramov", "participant")),
                )
            ],
        ),  # R02
        # N1 untitled full name as subject/object (ua-008 s6, ua-008 s17, ua-002 s30)
        (
            "On Thursday, Ivica Dacic met with Behgjet Pacolli in Brussels.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("Behgjet Pacolli", "participant"), ("Ivica Dacic", "participant")),
                )
            ],
        ),  # R03
        # N1 untitled full name as subject/object (ua-008 s6, ua-008 s17, ua-002 s30)
        (
            "Miroslav Lajcak will meet Avdullah Hoti in Brussels on Friday.",
            [
                (
                    "meeting",
                    "planned",
                    "2020-11-20",
                    (("Avdullah Hoti", "participant"), ("Miroslav Lajcak", "participant")),
                )
            ],
        ),  # R04
        # N1 untitled full name as subject/object (ua-008 s6, ua-008 s17, ua-002 s30)
        (
            "Sameh Shoukry held talks with Gedu Andargachew in Cairo on Tuesday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-10",
                    (("Gedu Andargachew", "participant"), ("Sameh Shoukry", "participant")),
                )
            ],
        ),  # R05
        # N1 untitled full name as subject/object (ua-008 s6, ua-008 s17, ua-002 s30)
        (
            "Dmitry Kozak met Andriy Yermak in Berlin on Thursday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("Andriy Yermak", "participant"), ("Dmitry Kozak", "participant")),
                )
            ],
        ),  # R07
        # N2 later surname-only mention (ua-002 s31, ua-002 s34)
        (
            (
                "Jeyhun Bayramov spoke to reporters in Baku on Monday.\nBayramov met "
                "Ararat Mirzoyan in Moscow on Thursday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("Ararat Mirzoyan", "participant"), ("Jeyhun Bayramov", "participant")),
                )
            ],
        ),  # R09
        # N2 later surname-only mention (ua-002 s31, ua-002 s34)
        (
            (
                "Michel Barnier met David Frost in London on Thursday.\nBarnier met "
                "Frost again in Brussels on Friday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("David Frost", "participant"), ("Michel Barnier", "participant")),
                ),
                (
                    "meeting",
                    "occurred",
                    "2020-11-13",
                    (("David Frost", "participant"), ("Michel Barnier", "participant")),
                ),
            ],
        ),  # R10
        # N2 later surname-only mention (ua-002 s31, ua-002 s34)
        (
            (
                "President Aleksandar Vucic met President Hashim Thaci in Paris on "
                "Thursday.\nVucic and Thaci will meet again in Washington on Friday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (("Aleksandar Vucic", "participant"), ("Hashim Thaci", "participant")),
                ),
                (
                    "summit",
                    "planned",
                    "2020-11-20",
                    (("Aleksandar Vucic", "participant"), ("Hashim Thaci", "participant")),
                ),
            ],
        ),  # R11
        # N2 later surname-only mention (ua-002 s31, ua-002 s34)
        (
            (
                "Sameh Shoukry arrived in Khartoum on Monday.\nOn Tuesday, Shoukry held "
                "talks with Omer Gamareldin."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-10",
                    (("Omer Gamareldin", "participant"), ("Sameh Shoukry", "participant")),
                ),
                (
                    "visit",
                    "occurred",
                    "2020-11-16",
                    (("Sameh Shoukry", "initiator"), ("Sudan", "target")),
                ),
            ],
        ),  # R12
        # N2 later surname-only mention (ua-002 s31, ua-002 s34); the full name has no mark
        # of its own: its surname as a meeting's party makes it a person
        (
            (
                "Andriy Yermak gave an interview on Monday.\nYermak met Dmitry Kozak in "
                "Minsk on Thursday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("Andriy Yermak", "participant"), ("Dmitry Kozak", "participant")),
                )
            ],
        ),  # R13
        # N3 '(the) President of <State> (Name)' (ua-008 s4, ua-006 s32)
        (
            "The President of Ukraine met Putin in Paris on Thursday.",
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (("Ukraine", "participant"), ("Vladimir Putin", "participant")),
                )
            ],
        ),  # R14
        # N3 '(the) President of <State> (Name)' (ua-008 s4, ua-006 s32)
        (
            (
                "President of Azerbaijan Ilham Aliyev met Prime Minister of Armenia "
                "Nikol Pashinyan in Moscow on Thursday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Armenia", "participant"),
                        ("Azerbaijan", "participant"),
                        ("Ilham Aliyev", "participant"),
                        ("Nikol Pashinyan", "participant"),
                    ),
                )
            ],
        ),  # R15
        # N3 '(the) President of <State> (Name)' (ua-008 s4, ua-006 s32)
        (
            "The President of Serbia will meet the Prime Minister of Kosovo in Brussels on Friday.",
            [
                (
                    "summit",
                    "planned",
                    "2020-11-20",
                    (("Kosovo", "participant"), ("Serbia", "participant")),
                )
            ],
        ),  # R16
        # N3 '(the) President of <State> (Name)' (ua-008 s4, ua-006 s32)
        (
            "The President of Egypt and the Prime Minister of Ethiopia met in Sochi on Thursday.",
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (("Egypt", "participant"), ("Ethiopia", "participant")),
                )
            ],
        ),  # R17
        # N3 '(the) President of <State> (Name)' (ua-008 s4, ua-006 s32)
        (
            (
                "Donald Trump met the President of Serbia and the Prime Minister of "
                "Kosovo at the White House on Friday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-13",
                    (
                        ("Donald Trump", "participant"),
                        ("Kosovo", "participant"),
                        ("Serbia", "participant"),
                    ),
                )
            ],
        ),  # R18
        # N3 '(the) President of <State> (Name)' (ua-008 s4, ua-006 s32)
        (
            (
                "The Prime Minister of India held talks with the President of Pakistan "
                "in Astana on Tuesday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-10",
                    (("India", "participant"), ("Pakistan", "participant")),
                )
            ],
        ),  # R19
        # N4 'the Head of State' / 'the prime minister' back (ua-008 s5, ua-008 s12, ir-007 s12)
        (
            (
                "Prime Minister of Armenia Nikol Pashinyan opened a plant on Monday.\n"
                "On Thursday, the Prime Minister met Vladimir Putin in Moscow."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Armenia", "participant"),
                        ("Nikol Pashinyan", "participant"),
                        ("Vladimir Putin", "participant"),
                    ),
                )
            ],
        ),  # R20
        # N4 'the Head of State' / 'the prime minister' back (ua-008 s5, ua-008 s12, ir-007 s12)
        (
            (
                "President of Serbia Aleksandar Vucic opened a bridge in Nis on "
                "Monday.\nOn Thursday, the Head of State met Kosovo's Prime Minister "
                "Avdullah Hoti in Brussels."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Aleksandar Vucic", "participant"),
                        ("Avdullah Hoti", "participant"),
                        ("Kosovo", "participant"),
                        ("Serbia", "participant"),
                    ),
                )
            ],
        ),  # R21
        # N4 'the Head of State' / 'the prime minister' back (ua-008 s5, ua-008 s12, ir-007 s12)
        (
            (
                "British Prime Minister Boris Johnson spoke in Parliament on Monday.\n"
                "On Thursday, the Prime Minister met French President Emmanuel Macron "
                "in Paris."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Boris Johnson", "participant"),
                        ("Emmanuel Macron", "participant"),
                        ("France", "participant"),
                        ("United Kingdom", "participant"),
                    ),
                )
            ],
        ),  # R22
        # N4 'the Head of State' / 'the prime minister' back (ua-008 s5, ua-008 s12, ir-007 s12)
        (
            (
                "Ethiopian Prime Minister Abiy Ahmed addressed parliament on Monday.\n"
                "The prime minister will meet Abdalla Hamdok in Khartoum on Friday."
            ),
            [
                (
                    "summit",
                    "planned",
                    "2020-11-20",
                    (
                        ("Abdalla Hamdok", "participant"),
                        ("Abiy Ahmed", "participant"),
                        ("Ethiopia", "participant"),
                    ),
                )
            ],
        ),  # R23
        # N4 'the Head of State' / 'the prime minister' back (ua-008 s5, ua-008 s12, ir-007 s12)
        (
            "The Prime Minister of Pakistan met the President of Afghanistan in Kabul on Thursday.",
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (("Afghanistan", "participant"), ("Pakistan", "participant")),
                )
            ],
        ),  # R24
        # N5 'the <Nationality> leader/president' (cn-004 s5, kp3-024 s7, kp3-025 s5)
        (
            (
                "Azerbaijani President Ilham Aliyev spoke on television on Monday.\nThe "
                "Azerbaijani leader met Vladimir Putin in Moscow on Thursday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Azerbaijan", "participant"),
                        ("Ilham Aliyev", "participant"),
                        ("Vladimir Putin", "participant"),
                    ),
                )
            ],
        ),  # R26
        # N5 'the <Nationality> leader/president' (cn-004 s5, kp3-024 s7, kp3-025 s5)
        (
            "The Pakistani leader met the Indian prime minister in Astana on Thursday.",
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (("India", "participant"), ("Pakistan", "participant")),
                )
            ],
        ),  # R27
        # N5 'the <Nationality> leader/president' (cn-004 s5, kp3-024 s7, kp3-025 s5)
        (
            "The Serbian president and the Kosovar prime minister met in Brussels on Thursday.",
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (("Kosovo", "participant"), ("Serbia", "participant")),
                )
            ],
        ),  # R28
        # N5 'the <Nationality> leader/president' (cn-004 s5, kp3-024 s7, kp3-025 s5)
        (
            "Vladimir Putin met the Ukrainian president in Paris on Thursday.",
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (("Ukraine", "participant"), ("Vladimir Putin", "participant")),
                )
            ],
        ),  # R29
        # N6 'his <Nationality> counterpart' (kp3-002 s2, kp4-014 s11)
        (
            "Jeyhun Bayramov met his Armenian counterpart in Geneva on Thursday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("Armenia", "participant"), ("Jeyhun Bayramov", "participant")),
                )
            ],
        ),  # R30
        # N6 'his <Nationality> counterpart' (kp3-002 s2, kp4-014 s11)
        (
            (
                "Foreign Minister Sameh Shoukry held talks with his Sudanese "
                "counterpart in Cairo on Tuesday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-10",
                    (("Sameh Shoukry", "participant"), ("Sudan", "participant")),
                )
            ],
        ),  # R31
        # N6 'his <Nationality> counterpart' (kp3-002 s2, kp4-014 s11)
        (
            "On Tuesday, Pompeo met his Chinese counterpart in Rome.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-10",
                    (("China", "participant"), ("Mike Pompeo", "participant")),
                )
            ],
        ),  # R32
        # N6 'his <Nationality> counterpart' (kp3-002 s2, kp4-014 s11)
        (
            (
                "Israeli Foreign Minister Gabi Ashkenazi spoke by phone with his "
                "Egyptian counterpart on Thursday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Egypt", "participant"),
                        ("Gabi Ashkenazi", "participant"),
                        ("Israel", "participant"),
                    ),
                )
            ],
        ),  # R33
        # N6 'his <Nationality> counterpart' (kp3-002 s2, kp4-014 s11)
        (
            "Lavrov met his Japanese counterpart Toshimitsu Motegi in Moscow on Thursday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Japan", "participant"),
                        ("Sergey Lavrov", "participant"),
                        ("Toshimitsu Motegi", "participant"),
                    ),
                )
            ],
        ),  # R34
        # N6 'his <Nationality> counterpart' (kp3-002 s2, kp4-014 s11)
        (
            (
                "Indian Prime Minister Narendra Modi met his Pakistani counterpart in "
                "Tashkent on Thursday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (
                        ("India", "participant"),
                        ("Narendra Modi", "participant"),
                        ("Pakistan", "participant"),
                    ),
                )
            ],
        ),  # R35
        # N6 'his <Nationality> counterpart' (kp3-002 s2, kp4-014 s11)
        (
            "Ivica Dacic will meet his Kosovar counterpart in Brussels on Friday.",
            [
                (
                    "meeting",
                    "planned",
                    "2020-11-20",
                    (("Ivica Dacic", "participant"), ("Kosovo", "participant")),
                )
            ],
        ),  # R36
        # N7 a state beside its official (cn-004 s2, ua-010 s4, kp2-025 s1)
        (
            (
                "Azerbaijani President Ilham Aliyev met Armenian Prime Minister Nikol "
                "Pashinyan in Moscow on Thursday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Armenia", "participant"),
                        ("Azerbaijan", "participant"),
                        ("Ilham Aliyev", "participant"),
                        ("Nikol Pashinyan", "participant"),
                    ),
                )
            ],
        ),  # R37
        # N7 a state beside its official (cn-004 s2, ua-010 s4, kp2-025 s1)
        (
            (
                "Serbia's President Aleksandar Vucic and Kosovo's Prime Minister "
                "Avdullah Hoti met in Brussels on Thursday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Aleksandar Vucic", "participant"),
                        ("Avdullah Hoti", "participant"),
                        ("Kosovo", "participant"),
                        ("Serbia", "participant"),
                    ),
                )
            ],
        ),  # R38
        # N7 a state beside its official (cn-004 s2, ua-010 s4, kp2-025 s1)
        (
            (
                "Israeli Prime Minister Benjamin Netanyahu will meet Palestinian "
                "President Mahmoud Abbas in Cairo on Friday."
            ),
            [
                (
                    "summit",
                    "planned",
                    "2020-11-20",
                    (
                        ("Benjamin Netanyahu", "participant"),
                        ("Israel", "participant"),
                        ("Mahmoud Abbas", "participant"),
                        ("Palestine", "participant"),
                    ),
                )
            ],
        ),  # R39
        # N7 a state beside its official (cn-004 s2, ua-010 s4, kp2-025 s1)
        (
            (
                "Egyptian Foreign Minister Sameh Shoukry met Ethiopian Foreign "
                "Minister Gedu Andargachew in Washington on Thursday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Egypt", "participant"),
                        ("Ethiopia", "participant"),
                        ("Gedu Andargachew", "participant"),
                        ("Sameh Shoukry", "participant"),
                    ),
                )
            ],
        ),  # R40
        # N7 a state beside its official (cn-004 s2, ua-010 s4, kp2-025 s1)
        (
            (
                "Sudanese Prime Minister Abdalla Hamdok held talks with Ethiopian "
                "Prime Minister Abiy Ahmed in Addis Ababa on Tuesday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-10",
                    (
                        ("Abdalla Hamdok", "participant"),
                        ("Abiy Ahmed", "participant"),
                        ("Ethiopia", "participant"),
                        ("Sudan", "participant"),
                    ),
                )
            ],
        ),  # R41
        # N7 a state beside its official (cn-004 s2, ua-010 s4, kp2-025 s1)
        (
            (
                "Ukrainian President Volodymyr Zelensky met Russian President Vladimir "
                "Putin in Paris on Thursday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Russia", "participant"),
                        ("Ukraine", "participant"),
                        ("Vladimir Putin", "participant"),
                        ("Volodymyr Zelensky", "participant"),
                    ),
                )
            ],
        ),  # R42
        # N7 a state beside its official (cn-004 s2, ua-010 s4, kp2-025 s1)
        (
            (
                "Pakistani Foreign Minister Shah Mahmood Qureshi met Chinese Foreign "
                "Minister Wang Yi in Beijing on Thursday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (
                        ("China", "participant"),
                        ("Pakistan", "participant"),
                        ("Shah Mahmood Qureshi", "participant"),
                        ("Wang Yi", "participant"),
                    ),
                )
            ],
        ),  # R43
        # N8 apposition 'Name, <State>'s <office>,' (ua-002 s30, kp3-025 s5)
        (
            (
                "Nikol Pashinyan, the Armenian prime minister, met Vladimir Putin in "
                "Moscow on Thursday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Armenia", "participant"),
                        ("Nikol Pashinyan", "participant"),
                        ("Vladimir Putin", "participant"),
                    ),
                )
            ],
        ),  # R44
        # N8 apposition 'Name, <State>'s <office>,' (ua-002 s30, kp3-025 s5)
        (
            (
                "Ararat Mirzoyan, Armenia's foreign minister, met Jeyhun Bayramov in "
                "Geneva on Thursday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Ararat Mirzoyan", "participant"),
                        ("Armenia", "participant"),
                        ("Jeyhun Bayramov", "participant"),
                    ),
                )
            ],
        ),  # R45
        # N8 apposition 'Name, <State>'s <office>,' (ua-002 s30, kp3-025 s5)
        (
            (
                "On Thursday, Sergey Lavrov met Gabi Ashkenazi, the Israeli foreign "
                "minister, in Moscow."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Gabi Ashkenazi", "participant"),
                        ("Israel", "participant"),
                        ("Sergey Lavrov", "participant"),
                    ),
                )
            ],
        ),  # R46
        # N8 apposition 'Name, <State>'s <office>,' (ua-002 s30, kp3-025 s5)
        (
            "David Frost, the British chief negotiator, met Michel Barnier in London on Thursday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (
                        ("David Frost", "participant"),
                        ("Michel Barnier", "participant"),
                        ("United Kingdom", "participant"),
                    ),
                )
            ],
        ),  # R47
        # N9 a venue is a place (cn-010 s5, kp1-025 s2)
        (
            (
                "Michel Barnier and David Frost met at the Berlaymont building in "
                "Brussels on Thursday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("David Frost", "participant"), ("Michel Barnier", "participant")),
                )
            ],
        ),  # R49
        # N9 a venue is a place (cn-010 s5, kp1-025 s2)
        (
            (
                "The foreign ministers of Armenia and Azerbaijan met at the Hotel "
                "President Wilson in Geneva on Thursday."
            ),
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("Armenia", "participant"), ("Azerbaijan", "participant")),
                )
            ],
        ),  # R50
        # N9 a venue is a place (cn-010 s5, kp1-025 s2)
        (
            (
                "President Aleksandar Vucic and Prime Minister Avdullah Hoti met at "
                "the White House on Friday."
            ),
            [
                (
                    "summit",
                    "occurred",
                    "2020-11-13",
                    (("Aleksandar Vucic", "participant"), ("Avdullah Hoti", "participant")),
                )
            ],
        ),  # R51
        # N9 a venue is a place (cn-010 s5, kp1-025 s2)
        (
            "Jeyhun Bayramov and Ararat Mirzoyan met at Lancaster House in London on Thursday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("Ararat Mirzoyan", "participant"), ("Jeyhun Bayramov", "participant")),
                )
            ],
        ),  # R52
    ],
)
def test_variations(pipeline, text, expected):
    assert event_rows(pipeline, text, PUBLISHED, TYPES) == expected


# Written after the table (not counted in its pass rate): the untitled names of the table in
# the other places a meeting names its parties — "between X and Y", a second object after
# "and", a possessive before the meeting noun, "held talks with", "will host".
@pytest.mark.parametrize(
    "text,expected",
    [
        # kp3-019 s5 "the third meeting between Moon Jae-in and Kim Jong Un"
        (
            "The meeting between Michel Barnier and David Frost on Thursday ended without a deal.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("David Frost", "participant"), ("Michel Barnier", "participant")),
                )
            ],
        ),
        # kp3-003 s13 "met with President Moon Jae-in and Foreign Minister Kang Kyung-wha"
        (
            "Ivica Dacic met with Behgjet Pacolli and Miroslav Lajcak in Brussels on Thursday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (
                        ("Behgjet Pacolli", "participant"),
                        ("Ivica Dacic", "participant"),
                        ("Miroslav Lajcak", "participant"),
                    ),
                )
            ],
        ),
        # kp2-012 s2 "Secretary of State Pompeo's press conference": a possessive name
        (
            "Michel Barnier's meeting with David Frost on Thursday lasted an hour.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("David Frost", "participant"), ("Michel Barnier", "participant")),
                )
            ],
        ),
        # kp4-024 s2 "held talks with family members"
        (
            "Andriy Yermak held talks with Dmitry Kozak in Berlin on Thursday.",
            [
                (
                    "meeting",
                    "occurred",
                    "2020-11-12",
                    (("Andriy Yermak", "participant"), ("Dmitry Kozak", "participant")),
                )
            ],
        ),
        # kp4-014 s4 "Pompeo will host a U.S.-ASEAN meeting"
        (
            "Abiy Ahmed will host Abdalla Hamdok in Addis Ababa on Friday.",
            [
                (
                    "meeting",
                    "planned",
                    "2020-11-20",
                    (("Abdalla Hamdok", "participant"), ("Abiy Ahmed", "participant")),
                )
            ],
        ),
    ],
)
def test_untitled_names_in_other_meeting_frames(pipeline, text, expected):
    assert event_rows(pipeline, text, PUBLISHED, TYPES) == expected


@pytest.mark.parametrize(
    "text,person,not_people",
    [
        # kp3-003 s8: a summit's joint statement named in capitals after "They discussed"
        (
            "Nikol Pashinyan met Ilham Aliyev in Moscow on Monday.\nThey discussed the "
            "elements contained in the Armenia-Azerbaijan Summit Joint Statement.",
            "Nikol Pashinyan",
            {"Summit Joint Statement", "Joint Statement"},
        ),
        # a surname that is also a common word ("Frost") stays a person's: the given name
        # is no common English
        (
            "David Frost met Michel Barnier in London on Monday.\nThey discussed the "
            "elements contained in the Brussels Summit Joint Statement.",
            "David Frost",
            {"Brussels Summit Joint Statement", "Summit Joint Statement", "Joint Statement"},
        ),
    ],
)
def test_capitalised_common_words_are_no_untitled_name(pipeline, text, person, not_people):
    """An untitled run of capitalised words is a person only when one of its words is not
    common English (actors._dictionary_word)."""
    names = {m.key for m in pipeline.extract(text, PUBLISHED).actors}
    assert person in names
    assert not names & not_people
