"""Variation table of agreements, declarations, exchanges and withdrawals between the parties
of ANY negotiation (round 16, agreements16): each row rephrases a construction a dev text uses,
set mostly in negotiations the corpus does not hold (Armenia-Azerbaijan, Serbia-Kosovo,
Ethiopia-Egypt-Sudan, India-Pakistan, EU-UK, Colombia), and asserts the exact agreements and
cancellations the engine builds. Sentences of our own; the dev construction each block varies
is cited by file and sentence. The full table, with the rows still missed and why, is in
/work/notes/16-agreements16-table.txt and /work/notes/14-agreements16.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import event_rows

ROWS = [
    # A  "X and Y agreed on/to <thing>" (kp3-002 s2, kp2-007 s1, af-005 s2)
    (
        "A01",
        "2021-11-10",
        ("Armenia and Azerbaijan agreed on Tuesday on a full exchange of prisoners of war."),
        [
            (
                "agreement",
                "occurred",
                "2021-11-09",
                (("Armenia", "participant"), ("Azerbaijan", "participant")),
            )
        ],
    ),
    (
        "A02",
        "2021-11-10",
        (
            "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President "
            "Ilham Aliyev agreed on Monday to set up a joint border commission."
        ),
        [
            (
                "agreement",
                "occurred",
                "2021-11-08",
                (
                    ("Armenia", "participant"),
                    ("Azerbaijan", "participant"),
                    ("Ilham Aliyev", "participant"),
                    ("Nikol Pashinyan", "participant"),
                ),
            )
        ],
    ),
    (
        "A04",
        "2021-11-10",
        ("Israeli and Palestinian negotiators agreed on Thursday to resume security coordination."),
        [
            (
                "agreement",
                "occurred",
                "2021-11-04",
                (("Israel", "participant"), ("Palestine", "participant")),
            )
        ],
    ),
    (
        "A05",
        "2021-11-10",
        ("Ethiopia, Egypt and Sudan agreed on Tuesday on a timetable for filling the dam."),
        [
            (
                "agreement",
                "occurred",
                "2021-11-09",
                (("Egypt", "participant"), ("Ethiopia", "participant"), ("Sudan", "participant")),
            )
        ],
    ),
    (
        "A06",
        "2021-11-10",
        (
            "Ethiopia, Egypt, Sudan agree on dam filling timetable\nThe deal ends "
            "months of deadlock."
        ),
        [
            (
                "agreement",
                "occurred",
                "2021-11",
                (("Egypt", "participant"), ("Ethiopia", "participant"), ("Sudan", "participant")),
            )
        ],
    ),
    (
        "A08",
        "2021-11-10",
        "Azerbaijan agreed on Monday to a truce with Armenia.",
        [
            (
                "agreement",
                "occurred",
                "2021-11-08",
                (("Armenia", "participant"), ("Azerbaijan", "participant")),
            )
        ],
    ),
    (
        "A11",
        "2021-11-10",
        "A ceasefire was agreed by India and Pakistan on Thursday.",
        [
            (
                "agreement",
                "occurred",
                "2021-11-04",
                (("India", "participant"), ("Pakistan", "participant")),
            )
        ],
    ),
    # B  "reached an agreement/understanding/deal" (af-004 s15, kp3-025 s4)
    (
        "B01",
        "2021-11-10",
        ("Serbia and Kosovo reached an agreement on freedom of movement on Sunday."),
        [
            (
                "agreement",
                "occurred",
                "2021-11-07",
                (("Kosovo", "participant"), ("Serbia", "participant")),
            )
        ],
    ),
    (
        "B05",
        "2021-11-10",
        (
            "Armenia, Azerbaijan reach agreement on prisoner exchange\nThe accord "
            "was announced in Moscow."
        ),
        [
            (
                "agreement",
                "occurred",
                "2021-11",
                (("Armenia", "participant"), ("Azerbaijan", "participant")),
            )
        ],
    ),
    (
        "B07",
        "2021-11-10",
        ("Egypt, Ethiopia and Sudan reached a consensus on Tuesday on most technical issues."),
        [
            (
                "agreement",
                "occurred",
                "2021-11-09",
                (("Egypt", "participant"), ("Ethiopia", "participant"), ("Sudan", "participant")),
            )
        ],
    ),
    # C  "signed <document> (with Y)", "signed by" (af-013 s10, ua-007 s35, ua-014 s6)
    (
        "C01",
        "2021-11-10",
        ("On Tuesday, Ethiopia and Egypt signed a memorandum of understanding on water sharing."),
        [
            (
                "agreement",
                "occurred",
                "2021-11-09",
                (("Egypt", "participant"), ("Ethiopia", "participant")),
            )
        ],
    ),
    (
        "C03",
        "2021-11-10",
        "The truce was signed by Armenia, Azerbaijan and Russia on Tuesday.",
        [
            (
                "agreement",
                "occurred",
                "2021-11-09",
                (
                    ("Armenia", "participant"),
                    ("Azerbaijan", "participant"),
                    ("Russia", "participant"),
                ),
            )
        ],
    ),
    (
        "C05",
        "2021-11-10",
        (
            "A ceasefire agreement between Armenia and Azerbaijan, signed in Moscow"
            " in October, has been repeatedly violated."
        ),
        [
            (
                "agreement",
                "occurred",
                "2021-10",
                (("Armenia", "participant"), ("Azerbaijan", "participant")),
            )
        ],
    ),
    (
        "C08",
        "2021-11-10",
        (
            "The signing of the peace deal between Sudan and South Sudan took place"
            " in Juba on Saturday."
        ),
        [
            (
                "agreement",
                "occurred",
                "2021-11-06",
                (("South Sudan", "participant"), ("Sudan", "participant")),
            )
        ],
    ),
    # D  a declaration, communique or conclusions adopted or issued (kp3-025 s7, kp1-018 s1,
    # kp4-001 s11)
    (
        "D02",
        "2021-11-10",
        (
            "The foreign ministers of Armenia, Azerbaijan and Russia adopted a "
            "joint declaration in Moscow on Monday."
        ),
        [
            (
                "agreement",
                "occurred",
                "2021-11-08",
                (
                    ("Armenia", "participant"),
                    ("Azerbaijan", "participant"),
                    ("Russia", "participant"),
                ),
            )
        ],
    ),
    (
        "D03",
        "2021-11-10",
        (
            "India and Pakistan issued a joint communique on Thursday after two "
            "days of talks in Islamabad."
        ),
        [
            (
                "agreement",
                "occurred",
                "2021-11-04",
                (("India", "participant"), ("Pakistan", "participant")),
            )
        ],
    ),
    (
        "D04",
        "2021-11-10",
        ("A joint declaration on the dam was adopted by Egypt, Ethiopia and Sudan on Tuesday."),
        [
            (
                "agreement",
                "occurred",
                "2021-11-09",
                (("Egypt", "participant"), ("Ethiopia", "participant"), ("Sudan", "participant")),
            )
        ],
    ),
    ("D06", "2021-11-10", "The declaration calls on both sides to respect the ceasefire.", []),
    # E  prisoner exchanges (ua-013 s3/s4/s6, ua-005 s1)
    (
        "E01",
        "2021-11-10",
        "Armenia and Azerbaijan exchanged prisoners on Monday.",
        [
            (
                "agreement",
                "occurred",
                "2021-11-08",
                (("Armenia", "participant"), ("Azerbaijan", "participant")),
            )
        ],
    ),
    (
        "E02",
        "2021-11-10",
        "A prisoner swap between Armenia and Azerbaijan took place on Monday.",
        [
            (
                "agreement",
                "occurred",
                "2021-11-08",
                (("Armenia", "participant"), ("Azerbaijan", "participant")),
            )
        ],
    ),
    (
        "E07",
        "2021-11-10",
        ("A prisoner exchange between India and Pakistan is scheduled for Friday."),
        [
            (
                "agreement",
                "planned",
                "2021-11-12",
                (("India", "participant"), ("Pakistan", "participant")),
            )
        ],
    ),
    (
        "E08",
        "2021-11-10",
        (
            "Armenia, Azerbaijan swap prisoners in first exchange since war\nThe "
            "exchange took place on the border."
        ),
        [
            (
                "agreement",
                "occurred",
                "2021-11",
                (("Armenia", "participant"), ("Azerbaijan", "participant")),
            )
        ],
    ),
    # F  leaving or suspending an accord: a cancellation by the party that leaves (ir-001 s6/s7,
    # ir-007 s19, af-010 s10)
    (
        "F01",
        "2018-05-09",
        "The United States withdrew from the Iran nuclear deal on Tuesday.",
        [
            (
                "cancellation",
                "occurred",
                "2018-05-08",
                (("Iran", "target"), ("United States", "initiator")),
            )
        ],
    ),
    (
        "F02",
        "2021-11-10",
        "Russia suspended its participation in the grain deal on Saturday.",
        [("cancellation", "occurred", "2021-11-06", (("Russia", "initiator"),))],
    ),
    (
        "F03",
        "2021-11-10",
        (
            "Armenia announced on Monday that it was pulling out of the ceasefire "
            "agreement with Azerbaijan."
        ),
        [
            (
                "cancellation",
                "occurred",
                "2021-11-08",
                (("Armenia", "initiator"), ("Azerbaijan", "target")),
            )
        ],
    ),
    (
        "F04",
        "2018-05-09",
        (
            "Trump's decision on Tuesday to withdraw from the nuclear deal with "
            "Iran drew criticism in Europe."
        ),
        [
            (
                "cancellation",
                "occurred",
                "2018-05-08",
                (("Donald Trump", "initiator"), ("Iran", "target")),
            )
        ],
    ),
    (
        "F06",
        "2019-06-20",
        (
            "Since the United States quit the nuclear deal in May 2018, Iran has "
            "stepped up its enrichment."
        ),
        [("cancellation", "occurred", "2018-05", (("United States", "initiator"),))],
    ),
    (
        "F08",
        "2021-11-10",
        "Britain walked away from the agreement on Friday.",
        [("cancellation", "occurred", "2021-11-05", (("United Kingdom", "initiator"),))],
    ),
    # G  no agreement: a meeting agreed, an accord in force, an opinion agreed, a refusal
    # (kp2-014 s17, ua-010 s2, af-004 s13)
    (
        "G01",
        "2021-11-10",
        "The leaders of Armenia and Azerbaijan agreed to meet again next month.",
        [],
    ),
    (
        "G02",
        "2021-11-10",
        (
            "Both sides must respect their obligations under the 2015 deal, the "
            "minister said on Monday."
        ),
        [],
    ),
    (
        "G03",
        "2021-11-10",
        ("Under the 2018 agreement, Ethiopia must consult its neighbours before filling the dam."),
        [],
    ),
    (
        "G04",
        "2021-11-10",
        ("India and Pakistan have failed to reach an agreement on the water dispute."),
        [],
    ),
    ("G05", "2021-11-10", "The withdrawal of foreign troops from Sudan began on Monday.", []),
    (
        "G06",
        "2021-11-10",
        (
            "Serbia and Kosovo agreed that dialogue is the only way forward, the EU"
            " envoy said on Monday."
        ),
        [],
    ),
    ("G07", "2021-11-10", "Prisoners will be exchanged only if the ceasefire holds.", []),
    ("G08", "2021-11-10", "Kosovo refused to sign the agreement on Friday.", []),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS]
)
def test_agreements_of_any_negotiation(pipeline, published, text, expected):
    found = event_rows(
        pipeline, text, dt.date.fromisoformat(published), types={"agreement", "cancellation"}
    )
    assert found == expected
