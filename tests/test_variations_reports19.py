"""Variation tables, round 19 (reports19): reports and what they report. A report verb never
hides the happening it reports; a statement made at an occasion is its speaker's, of the
occasion's day; a threat or demand made at a press occasion is that one act, not a
statement besides it; a declaration, joint statement or communique adopted at a summit or
meeting is an agreement beside that meeting, made by its parties (who issue or adopt it,
or who meet "at their" summit), and the meeting it closes ("ended on Monday with a joint
communique") is of its day and met by its parties; threats and demands in reported speech
("warned that Y would face", "demanded that Y", "called on Y to", "urged Y to") have the
speaker as initiator and the addressee as target.

Sentences of our own, each read as published on Thursday 2019-03-14 (Sunday is the 10th,
Monday the 11th, Tuesday the 12th, Wednesday the 13th); each row names the dev construction
it varies (file and sentence). The whole table, with the rows that still fail and why, is
/work/notes/19-reports19-table.txt and /work/notes/14-reports19.md. O: a negotiation outside
the corpus, with people the gazetteer lacks; C: a corpus negotiation. The dev constructions:
D1 a statement at an occasion (kp3-025 s6, kp3-016 s5, kp2-007 s7);
D2 a statement given in a meeting (kp1-025 s1, kp1-026 s5);
D3 a report verb announces the happening it reports (kp4-018 s8, kp4-016 s5);
D4 a declaration or joint document made at a meeting (kp3-025 s7, kp3-003 s11, kp4-001 s11);
D5 threats in reported speech (kp3-016 s10);
D6 demands in reported speech (kp3-015 s8, s12; kp4-019 s4).

A row passes when each expected "type status date [actors]" is produced (the actors among
its principal parties) and no other event of the row's groups of types is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import unmatched

PUBLISHED = dt.date(2019, 3, 14)  # a Thursday
GROUPS = {
    "spoken": {"statement", "threat", "demand"},
    "meet": {"meeting", "summit", "negotiation", "visit"},
    "test": {"weapons_test"},
    "agree": {"agreement"},
}


@pytest.mark.parametrize(
    "text,expected,groups",
    [
        # R01 (O) D1: kp3-025 s6, kp3-016 s5, kp2-007 s7
        pytest.param(
            (
                "Armenian Prime Minister Nikol Pashinyan said at a news conference in Yerevan "
                "on Tuesday that the talks had stalled."
            ),
            ["statement occurred 2019-03-12 [Nikol Pashinyan]"],
            "spoken",
            id="R01",
        ),
        # R02 (O) D1: kp3-025 s6, kp3-016 s5, kp2-007 s7
        pytest.param(
            (
                "Speaking at a press conference on Monday, Serbian President Aleksandar Vucic "
                "said Belgrade would not recognise Kosovo."
            ),
            ["statement occurred 2019-03-11 [Aleksandar Vucic]"],
            "spoken",
            id="R02",
        ),
        # R03 (O) D1: kp3-025 s6, kp3-016 s5, kp2-007 s7
        pytest.param(
            (
                "Azerbaijani President Ilham Aliyev told the UN General Assembly on Wednesday "
                "that the occupation must end."
            ),
            ["statement occurred 2019-03-13 [Ilham Aliyev]"],
            "spoken",
            id="R03",
        ),
        # R04 (O) D1: kp3-025 s6, kp3-016 s5, kp2-007 s7
        pytest.param(
            (
                "Ethiopian Prime Minister Abiy Ahmed said in a speech to parliament on Tuesday "
                "that the dam would be filled."
            ),
            ["statement occurred 2019-03-12 [Abiy Ahmed]"],
            "spoken",
            id="R04",
        ),
        # R05 (O) D1: kp3-025 s6, kp3-016 s5, kp2-007 s7
        pytest.param(
            (
                "In remarks in Baku on Monday, Turkish Foreign Minister Mevlut Cavusoglu said "
                "Ankara stood by Azerbaijan."
            ),
            ["statement occurred 2019-03-11 [Mevlut Cavusoglu]"],
            "spoken",
            id="R05",
        ),
        # R06 (C) D1: kp3-025 s6, kp3-016 s5, kp2-007 s7
        pytest.param(
            (
                "Pompeo said at a news conference in Hanoi on Wednesday that the talks had been "
                "productive."
            ),
            ["statement occurred 2019-03-13 [Mike Pompeo]"],
            "spoken",
            id="R06",
        ),
        # R07 (C) D1: kp3-025 s6, kp3-016 s5, kp2-007 s7
        pytest.param(
            (
                "Chinese Vice Premier Liu He told reporters in Washington on Tuesday that the "
                "talks had made progress."
            ),
            ["statement occurred 2019-03-12 [Liu He]"],
            "spoken",
            id="R07",
        ),
        # R08 (O) D1: kp3-025 s6, kp3-016 s5, kp2-007 s7
        pytest.param(
            (
                "Pakistani Foreign Minister Shah Mahmood Qureshi warned at a news conference on "
                "Monday that India would face a response."
            ),
            ["threat occurred 2019-03-11 [Shah Mahmood Qureshi, India]"],
            "spoken",
            id="R08",
        ),
        # R09 (O) D1: kp3-025 s6, kp3-016 s5, kp2-007 s7
        pytest.param(
            (
                "Kosovo President Hashim Thaci said in his address to the assembly on Tuesday "
                "that the tariffs would stay."
            ),
            ["statement occurred 2019-03-12 [Hashim Thaci]"],
            "spoken",
            id="R09",
        ),
        # R16 (C) D3: kp4-018 s8, kp4-016 s5
        pytest.param(
            (
                "South Korea's Joint Chiefs of Staff said North Korea fired two short-range "
                "missiles on Wednesday."
            ),
            ["weapons_test occurred 2019-03-13 [North Korea]"],
            "spoken+test",
            id="R16",
        ),
        # R17 (C) D3: kp4-018 s8, kp4-016 s5
        pytest.param(
            (
                "North Korea fired two short-range missiles into the sea on Wednesday, South "
                "Korea's military said."
            ),
            ["weapons_test occurred 2019-03-13 [North Korea]"],
            "spoken+test",
            id="R17",
        ),
        # R18 (O) D3: kp4-018 s8, kp4-016 s5
        pytest.param(
            (
                "India tested a nuclear-capable missile on Monday, according to the Defence "
                "Research and Development Organisation."
            ),
            ["weapons_test occurred 2019-03-11 [India]"],
            "spoken+test",
            id="R18",
        ),
        # R20 (O) D3: kp4-018 s8, kp4-016 s5
        pytest.param(
            (
                "Azerbaijani President Ilham Aliyev told reporters on Monday that he and "
                "Armenian Prime Minister Nikol Pashinyan had met in Vienna on Sunday."
            ),
            ["summit occurred 2019-03-10 [Ilham Aliyev, Nikol Pashinyan]"],
            "spoken+meet",
            id="R20",
        ),
        # R21 (O) D4: kp3-025 s7, kp3-003 s11, kp4-001 s11
        pytest.param(
            (
                "The summit in Sochi ended on Tuesday with the signing of a joint declaration "
                "by Vladimir Putin and Turkish President Recep Tayyip Erdogan."
            ),
            [
                "summit occurred 2019-03-12 [Vladimir Putin, Recep Tayyip Erdogan]",
                "agreement occurred 2019-03-12 [Vladimir Putin, Recep Tayyip Erdogan]",
            ],
            "meet+agree",
            id="R21",
        ),
        # R22 (O) D4: kp3-025 s7, kp3-003 s11, kp4-001 s11
        pytest.param(
            (
                "The leaders of Ethiopia, Egypt and Sudan adopted a joint statement on the dam "
                "at their summit in Addis Ababa on Monday."
            ),
            [
                "summit occurred 2019-03-11 [Ethiopia, Egypt, Sudan]",
                "agreement occurred 2019-03-11 [Ethiopia, Egypt, Sudan]",
            ],
            "meet+agree",
            id="R22",
        ),
        # R23 (O) D4: kp3-025 s7, kp3-003 s11, kp4-001 s11
        pytest.param(
            (
                "The foreign ministers of Armenia and Azerbaijan met in Paris on Wednesday and "
                "issued a joint statement pledging to prepare their populations for peace."
            ),
            [
                "meeting occurred 2019-03-13 [Armenia, Azerbaijan]",
                "agreement occurred 2019-03-13 [Armenia, Azerbaijan]",
            ],
            "meet+agree",
            id="R23",
        ),
        # R24 (C) D4: kp3-025 s7, kp3-003 s11, kp4-001 s11
        pytest.param(
            (
                "Moon Jae-in and Kim Jong-un signed the Pyongyang Declaration at their summit "
                "on Wednesday."
            ),
            [
                "summit occurred 2019-03-13 [Moon Jae-in, Kim Jong-un]",
                "agreement occurred 2019-03-13 [Moon Jae-in, Kim Jong-un]",
            ],
            "meet+agree",
            id="R24",
        ),
        # R25 (O) D4: kp3-025 s7, kp3-003 s11, kp4-001 s11
        pytest.param(
            (
                "A summit of the European Union and Ukraine in Kyiv ended on Monday with a "
                "joint communique on reforms."
            ),
            [
                "summit occurred 2019-03-11 [European Union, Ukraine]",
                "agreement occurred 2019-03-11 [European Union, Ukraine]",
            ],
            "meet+agree",
            id="R25",
        ),
        # R26 (O) D4: kp3-025 s7, kp3-003 s11, kp4-001 s11
        pytest.param(
            (
                "Serbian President Aleksandar Vucic and Kosovo President Hashim Thaci signed a "
                "joint declaration in Brussels on Tuesday."
            ),
            ["agreement occurred 2019-03-12 [Aleksandar Vucic, Hashim Thaci]"],
            "agree",
            id="R26",
        ),
        # R27 (C) D5: kp3-016 s10
        pytest.param(
            (
                "North Korea warned on Monday that the United States would face consequences if "
                "sanctions stayed."
            ),
            ["threat occurred 2019-03-11 [North Korea, United States]"],
            "spoken",
            id="R27",
        ),
        # R28 (O) D5: kp3-016 s10
        pytest.param(
            (
                "Pakistani Prime Minister Imran Khan warned India on Tuesday that Pakistan "
                "would retaliate against any attack."
            ),
            ["threat occurred 2019-03-12 [Imran Khan, India]"],
            "spoken",
            id="R28",
        ),
        # R29 (O) D5: kp3-016 s10
        pytest.param(
            (
                "Egypt warned on Wednesday that Ethiopia would face consequences if it filled "
                "the dam."
            ),
            ["threat occurred 2019-03-13 [Egypt, Ethiopia]"],
            "spoken",
            id="R29",
        ),
        # R30 (O) D5: kp3-016 s10
        pytest.param(
            ("Azerbaijan threatened on Monday to use force against Armenia if the talks failed."),
            ["threat occurred 2019-03-11 [Azerbaijan, Armenia]"],
            "spoken",
            id="R30",
        ),
        # R31 (C) D5: kp3-016 s10
        pytest.param(
            (
                "Iran's foreign minister warned Tuesday that Washington would pay a heavy price "
                "for the sanctions."
            ),
            ["threat occurred 2019-03-12 [Iran, United States]"],
            "spoken",
            id="R31",
        ),
        # R32 (O) D5: kp3-016 s10
        pytest.param(
            (
                "Serbia will respond if Kosovo forms an army, Serbian President Aleksandar "
                "Vucic warned on Monday."
            ),
            ["threat occurred 2019-03-11 [Aleksandar Vucic, Kosovo]"],
            "spoken",
            id="R32",
        ),
        # R33 (C) D6: kp3-015 s8, s12; kp4-019 s4
        pytest.param(
            ("North Korea on Tuesday called on the United States to lift sanctions."),
            ["demand occurred 2019-03-12 [North Korea, United States]"],
            "spoken",
            id="R33",
        ),
        # R34 (O) D6: kp3-015 s8, s12; kp4-019 s4
        pytest.param(
            ("Armenia called on Azerbaijan on Monday to withdraw its troops from the border."),
            ["demand occurred 2019-03-11 [Armenia, Azerbaijan]"],
            "spoken",
            id="R34",
        ),
        # R35 (O) D6: kp3-015 s8, s12; kp4-019 s4
        pytest.param(
            (
                "Kosovo President Hashim Thaci on Wednesday urged Serbia to recognise the "
                "independence of Kosovo."
            ),
            ["demand occurred 2019-03-13 [Hashim Thaci, Serbia]"],
            "spoken",
            id="R35",
        ),
        # R36 (O) D6: kp3-015 s8, s12; kp4-019 s4
        pytest.param(
            ("Egypt demanded on Tuesday that Ethiopia halt the filling of the dam."),
            ["demand occurred 2019-03-12 [Egypt, Ethiopia]"],
            "spoken",
            id="R36",
        ),
        # R37 (O) D6: kp3-015 s8, s12; kp4-019 s4
        pytest.param(
            ("India demanded on Monday that Pakistan act against militant groups on its soil."),
            ["demand occurred 2019-03-11 [India, Pakistan]"],
            "spoken",
            id="R37",
        ),
        # R38 (C) D6: kp3-015 s8, s12; kp4-019 s4
        pytest.param(
            ("Ukraine urged Russia on Wednesday to release the detained sailors."),
            ["demand occurred 2019-03-13 [Ukraine, Russia]"],
            "spoken",
            id="R38",
        ),
        # R39 (O) D6: kp3-015 s8, s12; kp4-019 s4
        pytest.param(
            (
                "Speaking in Brussels on Tuesday, EU negotiator Michel Barnier called on "
                "Britain to clarify what it wanted."
            ),
            ["demand occurred 2019-03-12 [Michel Barnier, United Kingdom]"],
            "spoken",
            id="R39",
        ),
        # R40 (C) D6: kp3-015 s8, s12; kp4-019 s4
        pytest.param(
            (
                "U.S. Defense Secretary Mark Esper urged North Korea on Sunday to return to the "
                "negotiating table."
            ),
            ["demand occurred 2019-03-10 [North Korea]"],
            "spoken",
            id="R40",
        ),
        # R41 (O) D1: kp3-025 s6, kp3-016 s5, kp2-007 s7
        pytest.param(
            (
                "Pashinyan: talks with Baku stalled\n\nArmenian Prime Minister Nikol Pashinyan "
                "said on Wednesday that talks with Azerbaijan had stalled. He told parliament "
                "that Armenia would not give up."
            ),
            ["statement occurred 2019-03-13 [Nikol Pashinyan]"],
            "spoken",
            id="R41",
        ),
    ],
)
def test_reports_and_what_they_report(pipeline, text, expected, groups):
    kinds = set().union(*(GROUPS[g] for g in groups.split("+")))
    missing, extra = unmatched(pipeline, text, expected, PUBLISHED, lambda t: t in kinds)
    assert (missing, extra) == ([], [])
