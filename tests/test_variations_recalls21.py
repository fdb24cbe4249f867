"""Agreements, summits and tests RECALLED in speech: a speaker names a past happening as the
ground of what is said now ("the deal we reached with X in December", "the missiles they
fired on Saturday", "when I met X last July"), dated by its own phrase or by the dated
meeting the text already told, never by the day of the remarks (round 21, variation tables;
the whole table with the rows that still fail: /work/notes/21-recalls21-table.txt). Short
documents and sentences of our own words, most of them in negotiations outside the corpus
with people the gazetteer lacks; each row cites the dev construction it varies."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import unmatched


def _everything(kind: str) -> bool:
    return True


@pytest.mark.parametrize(
    "published,text,expected",
    [
        # A2 (out; A: kp4-027 s12, kp3-001 s2: an agreement recalled by its place)
        (dt.date(2020, 9, 10),
         'Interview with Serbian President Aleksandar Vucic\n\nQUESTION: What did you commit '
         'to in Washington?\n\nPRESIDENT VUCIC: The agreement I signed at the White House '
         'last Friday covers the economy, not recognition.',
         ['agreement occurred 2020-09-04 [Aleksandar Vucic]']),
        # A6 (in; A: kp4-027 s12, kp3-001 s2: an agreement recalled by its place)
        (dt.date(2020, 3, 5),
         'Interview With Secretary of State Michael R. Pompeo\n\nQUESTION: Is the Taliban '
         'keeping its side of the bargain?\n\nSECRETARY POMPEO: The agreement we signed with '
         'the Taliban in Doha on Saturday commits them to cut ties with al-Qaeda.',
         ['agreement occurred 2020-02-29 [Mike Pompeo, Taliban]']),
        # A7 (in; A: kp4-027 s12, kp3-001 s2: an agreement recalled by its place)
        (dt.date(2019, 1, 10),
         'Remarks by President Trump\n\nTHE PRESIDENT: Since the deal we reached with '
         'President Xi in Buenos Aires in December, China has been buying our soybeans.',
         ['agreement occurred 2018-12 [Donald Trump, Xi Jinping]']),
        # A8 (out; A: kp4-027 s12, kp3-001 s2: an agreement recalled by its place)
        (dt.date(2016, 9, 30),
         'Remarks by President Juan Manuel Santos\n\nPRESIDENT SANTOS: The peace accord we '
         'signed with the FARC in Cartagena on September 26 has ended fifty years of war.',
         ['agreement occurred 2016-09-26 [Juan Manuel Santos, FARC]']),
        # S3 (out; S: kp4-002, kp2-024, kp4-009 s23: a summit recalled)
        (dt.date(2020, 9, 8),
         'Remarks by Kosovo President Hashim Thaci\n\nPRESIDENT THACI: When I met President '
         'Aleksandar Vucic in Paris last July, the atmosphere was good.',
         ['summit occurred 2020-07 [Hashim Thaci, Aleksandar Vucic]']),
        # S4 (in; S: kp4-002, kp2-024, kp4-009 s23: a summit recalled)
        (dt.date(2018, 6, 15),
         'Remarks by President Trump in Press Gaggle\n\nQ: Did you give up too much to Kim '
         'Jong Un?\n\nTHE PRESIDENT: I gave up nothing. I met him this week and we had great '
         'chemistry.',
         ['summit occurred 2018-06 [Donald Trump, Kim Jong-un]']),
        # S6 (in; S: kp4-002, kp2-024, kp4-009 s23: a summit recalled)
        (dt.date(2019, 3, 5),
         'Interview With Secretary Pompeo\n\nSECRETARY POMPEO: When the President met '
         'Chairman Kim last June, Chairman Kim promised to denuclearize.',
         ['summit occurred 2018-06 [Donald Trump, Kim Jong-un]']),
        # S7 (out; S: kp4-002, kp2-024, kp4-009 s23: a summit recalled)
        (dt.date(2019, 8, 20),
         'Remarks by Prime Minister Imran Khan\n\nPRIME MINISTER KHAN: Nothing has moved '
         'since I met Prime Minister Narendra Modi in Bishkek in June.',
         ['summit occurred 2019-06 [Imran Khan, Narendra Modi]']),
        # W1 (in; W: kp4-009: a launch recalled in an interview)
        (dt.date(2019, 5, 5),
         'Interview With Secretary Pompeo\n\nQUESTION: What message was Kim Jong Un '
         'sending?\n\nSECRETARY POMPEO: The rockets North Korea fired on Saturday landed in '
         'the sea east of the peninsula.',
         ['weapons_test occurred 2019-05-04 [North Korea]']),
        # W2 (in; W: kp4-009: a launch recalled in an interview)
        (dt.date(2019, 5, 5),
         'Interview With Secretary Pompeo\n\nQUESTION: What did North Korea test this '
         'weekend?\n\nSECRETARY POMPEO: The projectiles they launched on Saturday were '
         'short-range.',
         ['weapons_test occurred 2019-05-04 [North Korea]']),
        # W3 (out; W: kp4-009: a launch recalled in an interview)
        (dt.date(2019, 8, 30),
         'Press Briefing by the Spokesperson of the Foreign Office of Pakistan\n\nSPOKESPERSON: '
         'The missile Pakistan test-fired last Thursday was a routine training launch.',
         ['weapons_test occurred 2019-08-29 [Pakistan]']),
        # W5 (out; W: kp4-009: a launch recalled in an interview)
        (dt.date(2019, 9, 5),
         'Remarks by Indian Defence Minister Rajnath Singh\n\nDEFENCE MINISTER SINGH: Since '
         'Pakistan tested its Ghauri missile on Monday, our forces have been on alert.',
         ['weapons_test occurred 2019-09-02 [Pakistan]']),
        # C2 (out; C: kp4-027 s6-s7: the statement closing a dated summit)
        (dt.date(2018, 9, 25),
         'Eritrea and Ethiopia Sign Accord in Jeddah\n\nEthiopian Prime Minister Abiy Ahmed '
         'and Eritrean President Isaias Afwerki held a summit in Jeddah on September '
         '16.\n\nPRESIDENT ISAIAS: Ethiopia must honour the agreement the two leaders signed '
         'in Jeddah.',
         ['summit occurred 2018-09-16 [Abiy Ahmed, Isaias Afwerki]',
          'agreement occurred 2018-09-16 [Abiy Ahmed, Isaias Afwerki]']),
        # C4 (in; C: kp4-027 s6-s7: the statement closing a dated summit)
        (dt.date(2019, 9, 6),
         'Remarks on North Korea\n\nAt the end of their first meeting in Singapore in June '
         '2018, President Trump and Chairman Kim issued a joint statement.',
         ['summit occurred 2018-06 [Donald Trump, Kim Jong-un]',
          'agreement occurred 2018-06 [Donald Trump, Kim Jong-un]']),
        # K1 (out; K: kp1-014: an agreement reached today, at a joint press conference)
        (dt.date(2020, 1, 14),
         'Joint Press Conference of President Ilham Aliyev and President Recep Tayyip '
         'Erdogan\n\nPRESIDENT ALIYEV: Today we reached a final agreement to remove visa '
         'requirements between our countries.',
         ['agreement occurred 2020-01-14 [Ilham Aliyev]']),
        # K2 (in; K: kp1-014: an agreement reached today, at a joint press conference)
        (dt.date(2017, 11, 7),
         'Joint Press Conference of President Trump and President Moon\n\nPRESIDENT MOON: '
         'President Trump and I reached a final agreement today to lift the limit on our '
         'missiles.',
         ['agreement occurred 2017-11-07 [Moon Jae-in, Donald Trump]']),
        # N1 (in; N: kp4-009: hopes, hypotheticals: no event)
        (dt.date(2019, 5, 5),
         'Interview With Secretary Pompeo\n\nSECRETARY POMPEO: We want to get back to the '
         'table with North Korea.',
         []),
        # N2 (out; N: kp4-009: hopes, hypotheticals: no event)
        (dt.date(2020, 9, 10),
         'Interview with Serbian President Aleksandar Vucic\n\nPRESIDENT VUCIC: Any agreement '
         'we sign with Pristina must respect our constitution.',
         []),
    ],
)  # fmt: skip
def test_recalled_happenings(pipeline, published, text, expected):
    """The table's rows that pass: every expected event, and no other."""
    missing, extra = unmatched(pipeline, text, expected, published, _everything)
    assert (missing, extra) == ([], [])


# The mechanisms of round 21, each with phrasings of its own and its limits.
@pytest.mark.parametrize(
    "published,text,expected",
    [
        # The object of a trigger's verb standing before it, as the head of a relative clause
        # whose subject is a name or a pronoun (kp3-001 s2 "commitments that he made at the
        # Singapore summit"): the verb is the happening, of the clause's own date.
        (
            dt.date(2021, 3, 31),
            "The missile that Pakistan fired on Monday flew 290 kilometres.",
            ["weapons_test occurred 2021-03-29 [Pakistan]"],
        ),
        (
            dt.date(2021, 4, 2),
            "The projectiles Iran launched last Thursday landed in the Gulf.",
            ["weapons_test occurred 2021-04-01 [Iran]"],
        ),
        (
            dt.date(2019, 5, 5),
            "The rockets North Korea fired on Saturday landed in the sea east of the peninsula.",
            ["weapons_test occurred 2019-05-04 [North Korea]"],
        ),
        (
            dt.date(2019, 1, 10),
            "The deal that Donald Trump reached with Xi Jinping in December was good for farmers.",
            ["agreement occurred 2018-12 [Donald Trump, Xi Jinping]"],
        ),
        (
            dt.date(2021, 1, 15),
            "Boris Johnson defended the agreement that he reached with the European Union on "
            "December 24.",
            ["agreement occurred 2020-12-24 [European Union]"],
        ),
        # ... a name or pronoun only: a relative clause with no subject of its own is none
        (dt.date(2021, 1, 15), "The rockets he fired did not reach the city.", []),
        # A statement issued undated by two parties or more together closes the dated meeting
        # of the sentence before: their joint statement, an agreement of that meeting's date
        # and parties (kp4-027 s6-s7).
        (
            dt.date(2021, 4, 2),
            "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in "
            "Vienna on March 29. After the talks, the two leaders issued a statement on the "
            "ceasefire.",
            [
                "summit occurred 2021-03-29 [Nikol Pashinyan, Ilham Aliyev]",
                "agreement occurred 2021-03-29 [Nikol Pashinyan, Ilham Aliyev]",
            ],
        ),
        (
            dt.date(2021, 4, 2),
            "Serbian President Aleksandar Vucic and Kosovo Prime Minister Avdullah Hoti held talks "
            "in Brussels on Monday. At the end of the meeting, Vucic and Hoti issued a short "
            "statement.",
            [
                "summit occurred 2021-03-29 [Aleksandar Vucic, Avdullah Hoti]",
                "agreement occurred 2021-03-29 [Aleksandar Vucic, Avdullah Hoti]",
            ],
        ),
        (
            dt.date(2019, 9, 6),
            "In June of 2018, President Trump decided to meet Chairman Kim Jong Un at a summit in "
            "Singapore. At the close of that meeting between the leaders of the United States and "
            "North Korea, they issued a brief, plain statement.",
            [
                "summit occurred 2018-06 [Donald Trump, Kim Jong-un]",
                "agreement occurred 2018-06 [Donald Trump, Kim Jong-un]",
            ],
        ),
        # ... one issuer alone, undated: no event (a statement needs a date of its own)
        (
            dt.date(2020, 7, 20),
            "Ethiopian Prime Minister Abiy Ahmed met Eritrean President Isaias Afwerki in Asmara "
            "on July 8. Abiy issued a statement praising the visit.",
            ["summit occurred 2020-07-08 [Abiy Ahmed, Isaias Afwerki]"],
        ),
        # A meeting verb and the meeting noun it was held at ("met X at a summit"): one
        # meeting, of the date the sentence gives either of them, before or after
        # (kp4-027 s6 "to meet at a summit in Singapore").
        (
            dt.date(2021, 4, 2),
            "In March, Nikol Pashinyan met Ilham Aliyev at a summit in Vienna.",
            ["summit occurred 2021-03 [Nikol Pashinyan, Ilham Aliyev]"],
        ),
        (
            dt.date(2021, 4, 2),
            "On Monday Prime Minister Imran Khan met Prime Minister Narendra Modi at a summit in "
            "Bishkek.",
            ["summit occurred 2021-03-29 [Imran Khan, Narendra Modi]"],
        ),
        (
            dt.date(2019, 9, 10),
            "President Trump met Chairman Kim Jong Un at a summit in Singapore in June 2018.",
            ["summit occurred 2018-06 [Donald Trump, Kim Jong-un]"],
        ),
        (
            dt.date(2021, 4, 2),
            "Josep Borrell met Aleksandar Vucic during talks in Brussels on Tuesday.",
            ["meeting occurred 2021-03-30 [Josep Borrell, Aleksandar Vucic]"],
        ),
    ],
)
def test_mechanisms_of_recalled_happenings(pipeline, published, text, expected):
    missing, extra = unmatched(pipeline, text, expected, published, _everything)
    assert (missing, extra) == ([], [])
