"""Happenings one article tells apart, run through the whole pipeline: a trip or meeting of
a day told as done and one of the same day told as still to come (kp1-025 s6, s7: a
memorial visited early on the day of publication, a delegation to be led later that day),
and a definite noun ranked in a series ("the first summit" in remarks at the second,
kp4-002 s30; "our previous meeting", cn-004 s5), which names its own member of the series
and adds nothing to the event told last. One row per construction, in sentences of our
own; each asserts the events produced and how many sentences tell each."""

from __future__ import annotations

import datetime as dt

import pytest

SAT = dt.date(2018, 2, 10)
MON = dt.date(2019, 6, 24)
TUE = dt.date(2018, 10, 9)
OSAKA = dt.date(2019, 6, 29)  # a Saturday


def told(pipeline, text: str, published: dt.date) -> list[tuple]:
    """(type, status, date, sorted (actor, role) pairs, number of sentences), sorted."""
    return sorted(
        (
            e.type,
            e.status,
            e.date.formatted(),
            tuple(sorted((p.actor, p.role) for p in e.participants)),
            len(e.evidence),
        )
        for e in pipeline.extract(text, published).events
    )


PENCE = (("Mike Pence", "initiator"),)
AFGHAN = (("Afghanistan", "target"), ("Mike Pompeo", "initiator"))
PK = (("Mike Pompeo", "participant"), ("Taro Kono", "participant"))
OSAKA_PAIR = (("Donald Trump", "participant"), ("Xi Jinping", "participant"))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A trip done in the morning and a delegation to be led in the evening (kp1-025).
        ("Early Saturday, Pence traveled to the navy's fleet command in Pyeongtaek to honor "
         "the sailors. Later Saturday, Pence will lead a delegation to the Olympics in "
         "Pyeongchang.", SAT,
         [("visit", "occurred", "2018-02-10", PENCE, 1),
          ("visit", "planned", "2018-02-10", (*PENCE, ("South Korea", "target")), 1)]),
        # The same destination twice in one day, once done and once to come.
        ("Pompeo visited Afghanistan on Monday morning. Pompeo will visit Afghanistan again "
         "on Monday evening.", MON,
         [("visit", "occurred", "2019-06-24", AFGHAN, 1),
          ("visit", "planned", "2019-06-24", AFGHAN, 1)]),
        # A meeting held and a second one of the same two people still ahead that day.
        ("Pompeo met Kono on Tuesday morning in Tokyo. Pompeo will meet Kono again on "
         "Tuesday night.", TUE,
         [("meeting", "occurred", "2018-10-09", PK, 1),
          ("meeting", "planned", "2018-10-09", PK, 1)]),
    ],
)  # fmt: skip
def test_a_day_told_as_done_and_as_to_come_is_two_happenings(pipeline, text, published, expected):
    assert told(pipeline, text, published) == expected


@pytest.mark.parametrize(
    ("words", "sentences"),
    [
        ("their", 2),  # no rank: the meeting just told
        ("their previous", 1),
        ("their first", 1),
        ("the first", 1),
        ("the second", 1),
        ("their third", 1),
        ("their next", 1),
    ],
)
def test_a_meeting_ranked_in_a_series_is_not_the_one_told_last(pipeline, words, sentences):
    text = f"Xi met Trump in Osaka on Saturday. Xi said {words} meeting was a long time coming."
    assert told(pipeline, text, OSAKA) == [
        ("summit", "occurred", "2019-06-29", OSAKA_PAIR, sentences)
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # kp2-014 s11 writes the area's name with a small first letter.
        ("On Saturday, Moon Jae-in and Kim Jong Un met again in the joint Security Area.",
         "Panmunjom"),
        ("On Saturday, Moon Jae-in and Kim Jong Un met again in the Joint Security Area.",
         "Panmunjom"),
        ("On Saturday, Moon Jae-in and Kim Jong Un met again in Pyongyang.", "Pyongyang"),
    ],
)  # fmt: skip
def test_the_inter_korean_meeting_place_is_known_however_it_is_capitalised(pipeline, text, place):
    (event,) = pipeline.extract(text, dt.date(2018, 5, 26)).events
    assert (event.type, event.date.formatted(), event.location) == ("summit", "2018-05-26", place)


def test_a_delegation_to_the_games_goes_to_the_host_city_and_state(pipeline):
    # kp1-025 s7: the Winter Games' host city names the state the delegation visits.
    text = "Later Saturday, Pence will lead a delegation to the Olympics in Pyeongchang."
    (event,) = pipeline.extract(text, SAT).events
    assert (event.type, event.status, event.location) == ("visit", "planned", "Pyeongchang")
    assert sorted((p.actor, p.role) for p in event.participants) == [
        ("Mike Pence", "initiator"),
        ("South Korea", "target"),
    ]
