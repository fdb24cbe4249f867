"""Variation table of VISITS AND TRIPS of officials of any state (round 18, visits18):
"arrived in", "landed in", "traveled to", "flew to", "headed to", "visited", "will visit",
"paid a visit to", "made a trip to", "is in <capital> for talks", delegations "led by"
someone, a trip told in an opening phrase ("During a visit to X on Tuesday, Y said ..."),
heads visiting heads (a summit). Each row rephrases a construction a dev text uses (cited
by file and sentence, 1-based as tests/test_vocabulary.py counts); most rows are set in
negotiations the corpus does not hold (Armenia-Azerbaijan, Serbia-Kosovo, the Nile dam,
India-Pakistan, Sudan, Israel and the Palestinians), with people the gazetteer lacks. Each
row asserts the one visit, summit, meeting or round of talks the engine builds (type,
status, date, and the listed actor:role pairs among its parties), or none. Sentences of our
own; the whole table, with the rows still missed and why, is
/work/notes/18-visits18-table.txt and /work/notes/14-visits18.md."""

from __future__ import annotations

import datetime as dt
import re

import pytest

# A Friday: Monday is 11-11, Tuesday 11-12, Wednesday 11-13, Thursday 11-14; a plan's Monday
# is 11-18, its Tuesday 11-19.
PUBLISHED = dt.date(2019, 11, 15)
KINDS = {"visit", "summit", "meeting", "negotiation"}
EXPECTED = re.compile(r"(?P<type>\w+) (?P<status>\w+) (?P<date>[\d-]+) \[(?P<pairs>[^\]]*)\]")

ROWS = [
    # C1 arrive in (kp3-003 s3)
    # A1: varies kp3-003 s3
    (
        "A1",
        "Armenian Prime Minister Nikol Pashinyan arrived in Moscow on Tuesday.",
        "visit occurred 2019-11-12 [Nikol Pashinyan:initiator; Russia:target]",
    ),
    # A2: varies kp3-003 s3
    (
        "A2",
        "Pakistani Foreign Minister Shah Mehmood Qureshi arrived in Kabul on Monday.",
        "visit occurred 2019-11-11 [Shah Mehmood Qureshi:initiator; Afghanistan:target]",
    ),
    # A3: varies kp3-003 s3
    (
        "A3",
        "Sameh Shoukry, Egypt's foreign minister, arrived in Addis Ababa on Wednesday.",
        "visit occurred 2019-11-13 [Sameh Shoukry:initiator; Ethiopia:target]",
    ),
    # A4: varies kp3-003 s3
    (
        "A4",
        "On Thursday, Indian External Affairs Minister Subrahmanyam Jaishankar arrived in Tehran.",
        "visit occurred 2019-11-14 [Subrahmanyam Jaishankar:initiator; Iran:target]",
    ),
    # A5: varies kp3-003 s3
    (
        "A5",
        "Secretary of State Mike Pompeo arrived in Seoul on Wednesday.",
        "visit occurred 2019-11-13 [Mike Pompeo:initiator; South Korea:target]",
    ),
    # A6: varies kp3-003 s3
    (
        "A6",
        "Azerbaijani President Ilham Aliyev landed in Ankara on Monday.",
        "visit occurred 2019-11-11 [Ilham Aliyev:initiator; Turkey:target]",
    ),
    # C2 travel to / flew to / left for (kp3-003 s5, kp1-025 s3)
    # B1: varies kp3-003 s5
    (
        "B1",
        "Ethiopian Prime Minister Abiy Ahmed traveled to Cairo on Tuesday.",
        "visit occurred 2019-11-12 [Abiy Ahmed:initiator; Egypt:target]",
    ),
    # B2: varies kp3-003 s5
    (
        "B2",
        "Kosovo President Hashim Thaci will travel to Washington on Monday.",
        "visit planned 2019-11-18 [Hashim Thaci:initiator; United States:target]",
    ),
    # B3: varies kp3-003 s5
    (
        "B3",
        "Secretary of State Mike Pompeo flew to Kabul on Wednesday.",
        "visit occurred 2019-11-13 [Mike Pompeo:initiator; Afghanistan:target]",
    ),
    # B4: varies kp3-003 s5
    (
        "B4",
        "Pakistani Prime Minister Imran Khan flew to Riyadh on Thursday.",
        "visit occurred 2019-11-14 [Imran Khan:initiator; Saudi Arabia:target]",
    ),
    # B5: varies kp1-025 s3
    (
        "B5",
        "Iranian Foreign Minister Mohammad Javad Zarif travelled to Beijing on Monday.",
        "visit occurred 2019-11-11 [Mohammad Javad Zarif:initiator; China:target]",
    ),
    # B6: varies kp3-003 s5
    (
        "B6",
        "Chinese Vice Premier Liu He will travel to Washington next Tuesday for trade talks.",
        "visit planned 2019-11-19 [Liu He:initiator; United States:target]",
    ),
    # C3 heads to (kp2-030 s13)
    # H1: varies kp2-030 s13
    (
        "H1",
        "Serbian President Aleksandar Vucic headed to Moscow on Tuesday.",
        "visit occurred 2019-11-12 [Aleksandar Vucic:initiator; Russia:target]",
    ),
    # H2: varies kp2-030 s13
    (
        "H2",
        "Ukrainian President Volodymyr Zelensky will head to Paris on Monday.",
        "visit planned 2019-11-18 [Volodymyr Zelensky:initiator; France:target]",
    ),
    # C4 a visit or trip owned, made, paid (kp3-001 s2, kp4-006 s15, ua-008 s4)
    # V1: varies kp3-001 s2
    (
        "V1",
        (
            "Armenian Prime Minister Nikol Pashinyan's visit to Moscow on Tuesday focused on gas "
            "prices."
        ),
        "visit occurred 2019-11-12 [Nikol Pashinyan:initiator; Russia:target]",
    ),
    # V2: varies kp4-006 s15
    (
        "V2",
        "Egyptian Foreign Minister Sameh Shoukry paid a visit to Khartoum on Wednesday.",
        "visit occurred 2019-11-13 [Sameh Shoukry:initiator; Sudan:target]",
    ),
    # V3: varies kp4-006 s15
    (
        "V3",
        "Secretary of State Mike Pompeo made a trip to Baghdad on Monday.",
        "visit occurred 2019-11-11 [Mike Pompeo:initiator; Iraq:target]",
    ),
    # V4: varies kp4-006 s15
    (
        "V4",
        (
            "U.S. Special Representative Zalmay Khalilzad began a two-day visit to Islamabad on "
            "Thursday."
        ),
        "visit occurred 2019-11-14 [Zalmay Khalilzad:initiator; Pakistan:target]",
    ),
    # V5: varies ua-008 s4
    (
        "V5",
        (
            "During a visit to Belgrade on Tuesday, Hungarian Foreign Minister Peter Szijjarto "
            "said Hungary backs Serbia's bid to join the European Union."
        ),
        "visit occurred 2019-11-12 [Peter Szijjarto:initiator; Serbia:target]",
    ),
    # V6: varies kp4-006 s15
    (
        "V6",
        "Ethiopian Prime Minister Abiy Ahmed will pay a visit to Asmara on Monday.",
        "visit planned 2019-11-18 [Abiy Ahmed:initiator; Eritrea:target]",
    ),
    # C5 visit as a verb with a capital or state (kp3-002 s2, ua-008 s4, ir-011 s11)
    # W1: varies ua-008 s4
    (
        "W1",
        "Armenian Prime Minister Nikol Pashinyan visited Moscow on Tuesday.",
        "visit occurred 2019-11-12 [Nikol Pashinyan:initiator; Russia:target]",
    ),
    # W2: varies kp3-002 s2
    (
        "W2",
        "Secretary of State Mike Pompeo will visit Kabul on Monday.",
        "visit planned 2019-11-18 [Mike Pompeo:initiator; Afghanistan:target]",
    ),
    # W3: varies ua-008 s4
    (
        "W3",
        "Azerbaijani President Ilham Aliyev visited Turkey on Wednesday.",
        "visit occurred 2019-11-13 [Ilham Aliyev:initiator; Turkey:target]",
    ),
    # W4: varies ua-008 s4
    (
        "W4",
        "Sudanese Prime Minister Abdalla Hamdok visited Cairo on Thursday.",
        "visit occurred 2019-11-14 [Abdalla Hamdok:initiator; Egypt:target]",
    ),
    # W5: varies ir-011 s11
    (
        "W5",
        "Japanese Foreign Minister Toshimitsu Motegi plans to visit Tehran next month.",
        "visit planned 2019-12 [Toshimitsu Motegi:initiator; Iran:target]",
    ),
    # C6 is in X for talks (kp4-014 s3)
    # I1: varies kp4-014 s3
    (
        "I1",
        "Russian Foreign Minister Sergei Lavrov is in Cairo for talks with Egyptian officials.",
        "visit occurred 2019-11-15 [Sergey Lavrov:initiator; Egypt:target]",
    ),
    # I2: varies kp4-014 s3
    (
        "I2",
        "Secretary of State Mike Pompeo is in Afghanistan for talks with President Ashraf Ghani.",
        "visit occurred 2019-11-15 [Mike Pompeo:initiator; Afghanistan:target]",
    ),
    # I3: varies kp4-014 s3
    (
        "I3",
        "Indian Foreign Secretary Vijay Gokhale is in Dhaka for two days of talks.",
        "visit occurred 2019-11-15 [Vijay Gokhale:initiator; Bangladesh:target]",
    ),
    # C7 delegations (kp1-025 s6)
    # D1: varies kp1-025 s6
    (
        "D1",
        (
            "A delegation led by Azerbaijani Foreign Minister Elmar Mammadyarov arrived in "
            "Yerevan on Monday."
        ),
        "visit occurred 2019-11-11 [Elmar Mammadyarov:initiator; Armenia:target]",
    ),
    # D3: varies kp1-025 s6
    (
        "D3",
        "Chinese Vice Premier Liu He will lead a delegation to Washington on Monday.",
        "visit planned 2019-11-18 [Liu He:initiator; United States:target]",
    ),
    # D4: varies kp1-025 s6
    (
        "D4",
        "Egyptian Foreign Minister Sameh Shoukry led a delegation to Addis Ababa on Tuesday.",
        "visit occurred 2019-11-12 [Sameh Shoukry:initiator; Ethiopia:target]",
    ),
    # C8 heads visiting heads: summit (kp1-014 s5, kp3-011 s4)
    # S1: varies kp3-019 s5
    (
        "S1",
        (
            "Russian President Vladimir Putin arrived in Ankara on Monday for talks with Turkish "
            "President Recep Tayyip Erdogan."
        ),
        "summit occurred 2019-11-11 [Vladimir Putin:participant; Recep Tayyip Erdogan:participant]",
    ),
    # S2: varies kp1-014 s5
    (
        "S2",
        "Armenian President Armen Sarkissian paid a state visit to Georgia on Wednesday.",
        "visit occurred 2019-11-13 [Armen Sarkissian:initiator; Georgia:target]",
    ),
    # S3: varies kp3-019 s5
    (
        "S3",
        (
            "Kosovo President Hashim Thaci visited Tirana on Tuesday and met Albanian Prime "
            "Minister Edi Rama."
        ),
        "summit occurred 2019-11-12 [Hashim Thaci:participant; Edi Rama:participant]",
    ),
    # C9 pronoun after a name, agencies, corpus leaders (kp3-003 s3, kp3-003 s6)
    # P1: varies kp3-003 s6
    (
        "P1",
        (
            "Ethiopian Prime Minister Abiy Ahmed spoke about the dam on Monday. He arrived in "
            "Cairo on Tuesday, his office said."
        ),
        "visit occurred 2019-11-12 [Abiy Ahmed:initiator; Egypt:target]",
    ),
    # P2: varies kp3-003 s3
    (
        "P2",
        (
            "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday, state "
            "media said."
        ),
        "visit occurred 2019-11-13 [Sergey Lavrov:initiator; North Korea:target]",
    ),
    # P3: varies kp3-003 s3
    (
        "P3",
        "Pakistani Prime Minister Imran Khan arrived in Beijing on Tuesday, according to Xinhua.",
        "visit occurred 2019-11-12 [Imran Khan:initiator; China:target]",
    ),
    # P4: varies kp3-003 s3
    (
        "P4",
        "North Korean leader Kim Jong Un arrived in Hanoi on Tuesday.",
        "visit occurred 2019-11-12 [Kim Jong-un:initiator; Vietnam:target]",
    ),
    # C10 background clauses (kp2-030 s15, ua-008 s4)
    # G1: varies ua-008 s4
    (
        "G1",
        (
            "After arriving in Baku on Monday, Russian Foreign Minister Sergei Lavrov met "
            "Azerbaijani officials."
        ),
        "visit occurred 2019-11-11 [Sergey Lavrov:initiator; Azerbaijan:target]",
    ),
    # G2: varies ua-008 s4
    (
        "G2",
        (
            "Georgian Prime Minister Giorgi Gakharia, who arrived in Kyiv on Tuesday, praised "
            "Ukraine's reforms."
        ),
        "visit occurred 2019-11-12 [Giorgi Gakharia:initiator; Ukraine:target]",
    ),
    # G3: varies kp2-030 s15
    (
        "G3",
        (
            "Ahead of his trip to Beijing on Monday, Indian Foreign Minister Subrahmanyam "
            "Jaishankar said relations were improving."
        ),
        "visit planned 2019-11-18 [Subrahmanyam Jaishankar:initiator; China:target]",
    ),
    # C11 no visit (precision)
    # Guards written after the rule (not counted in the table): a missile's flight told with
    # a trip's verbs (kp4-018 s2 "that landed in Japan's EEZ", kp4-018 s9 "flew about 450 km").
    (
        "X1",
        "The missile flew to an altitude of 900 km on Wednesday, the South Korean military said.",
        "",
    ),
    ("X2", "A rocket fired from Gaza landed in Israel on Monday.", ""),
    (
        "X3",
        "North Korea fired a ballistic missile on Tuesday that landed in Japan's exclusive zone.",
        "",
    ),
    # N1: varies kp3-003 s3
    ("N1", "Armenian Prime Minister Nikol Pashinyan returned to Yerevan on Tuesday.", ""),
]


@pytest.mark.parametrize("key,text,expected", ROWS, ids=[row[0] for row in ROWS])
def test_visits_of_any_negotiation(pipeline, key, text, expected):
    produced = [
        (e.type, e.status, e.date.formatted(), {(p.actor, p.role) for p in e.participants})
        for e in pipeline.extract(text, PUBLISHED).events
        if e.type in KINDS
    ]
    if not expected:
        assert produced == []
        return
    match = EXPECTED.fullmatch(expected)
    assert match, expected
    pairs = {tuple(pair.strip().split(":")) for pair in match["pairs"].split(";")}
    assert len(produced) == 1, produced
    kind, status, date, actors = produced[0]
    assert (kind, status, date) == (match["type"], match["status"], match["date"])
    assert pairs <= actors, actors
