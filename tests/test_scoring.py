"""Scoring stored events against the development corpus's gold, as tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from dashboard.extraction.gold import GoldActor, GoldText, Happening, parse_date
from dashboard.extraction.scoring import (
    Predicted,
    PredictedMention,
    Source,
    dates_agree,
    score_text,
    wrong_merges,
    year_supported,
)

NATIONALITY = {"Kim Jong-un": "North Korea", "Donald Trump": "United States"}


def happening(key, kind, date, *actors, status="occurred", required=True, at=()):
    return Happening(
        key=key, type=kind, status=status, date=parse_date(date), date_from="stated",
        actors=tuple(GoldActor(name, role) for name, role in actors), required=required,
        at=tuple(at), negotiation="us-dprk",
    )  # fmt: skip


def predicted(pk, kind, date, *roles, status="occurred", mentions=()):
    return Predicted(pk, kind, status, parse_date(date), frozenset(roles), tuple(mentions))


SUMMIT = happening("e1", "summit", "2018-06-12", ("Donald Trump", "participant"),
                   ("Kim Jong-un", "participant"), at=[100])  # fmt: skip
TEST = happening("e2", "weapons_test", "2017-09-03", ("North Korea", "initiator"), at=[300])
MAYBE = happening("e3", "visit", "2018-10", ("Mike Pompeo", "initiator"), required=False)


def text(*events) -> GoldText:
    return GoldText(Path("x.toml"), "dev", "x.txt", "us-dprk", dt.date(2018, 6, 13), True,
                    list(events))  # fmt: skip


@pytest.mark.parametrize(
    ("gold", "stored", "date"),
    [
        ("2018-06-12", "2018-06-12", True),
        ("2018-06", "2018-06-12", True),  # more precise than the gold: fine
        ("2018-06-12", "2018-06", False),  # less precise: not the gold's day
        ("2018", "2018-11", True),
        ("2018-06", "2018-07-01", False),
    ],
)
def test_a_date_agrees_at_the_golds_precision(gold, stored, date):
    assert dates_agree(parse_date(gold), parse_date(stored)) is date


def test_a_match_needs_the_kind_the_date_and_a_shared_party():
    stored = [
        predicted(1, "meeting", "2018-06-12", ("Donald Trump", "participant"),
                  ("Kim Jong-un", "participant")),  # same merge group as a summit
        predicted(2, "weapons_test", "2017-09-03", ("South Korea", "announcer")),  # no party
        predicted(3, "visit", "2018-10-07", ("Mike Pompeo", "initiator")),  # optional gold
        predicted(4, "threat", "2018-06-12", ("Donald Trump", "initiator")),  # nothing
    ]  # fmt: skip
    scores, errors = score_text(text(SUMMIT, TEST, MAYBE), stored, NATIONALITY)
    assert (scores.required, scores.found, scores.predicted, scores.false_alarms) == (2, 1, 4, 2)
    # The summit stored as a meeting (wrong type, right day); the visit dated more precisely.
    assert (scores.matched, scores.type, scores.exact_date) == (2, 1, 1)
    assert scores.precision == 0.5 and scores.recall == 0.5
    assert errors.missed_actors == ["x.txt e2: weapons_test occurred 2017-09-03 (North Korea)"]


def test_a_state_stands_for_its_leader_when_matching():
    stored = [predicted(1, "weapons_test", "2017-09-03", ("Kim Jong-un", "initiator"))]
    scores, _ = score_text(text(TEST), stored, NATIONALITY)
    assert scores.found == 1


def test_roles_count_the_golds_pairs_the_stored_event_has():
    stored = [predicted(1, "summit", "2018-06-12", ("Donald Trump", "initiator"),
                        ("Kim Jong-un", "participant"))]  # fmt: skip
    scores, errors = score_text(text(SUMMIT), stored, NATIONALITY)
    assert scores.roles_found == 0.5 and len(errors.wrong_roles) == 1


def test_a_stored_event_holding_two_different_happenings_is_a_wrong_merge():
    gold = text(SUMMIT, TEST)
    mention = PredictedMention
    merged = predicted(
        1, "summit", "2018-06-12", mentions=[mention("x.txt", 90, 150), mention("x.txt", 280, 350)]
    )
    # The second mention's sentence reports the test, not a meeting: nothing ties it.
    assert wrong_merges([merged], {"x.txt": gold}, NATIONALITY) == []
    other_summit = happening(
        "e4",
        "summit",
        "2018-04-27",
        ("Kim Jong-un", "participant"),
        ("Moon Jae-in", "participant"),
        at=[500],
    )
    gold = text(SUMMIT, other_summit)
    merged = predicted(
        2, "summit", "2018-06-12", mentions=[mention("x.txt", 90, 150), mention("x.txt", 480, 560)]
    )
    [found] = wrong_merges([merged], {"x.txt": gold}, NATIONALITY)
    assert "summit occurred 2018-06-12" in found and "summit occurred 2018-04-27" in found


def _other_text(*events) -> GoldText:
    return GoldText(Path("y.toml"), "dev", "y.txt", "us-dprk", dt.date(2018, 6, 20), True,
                    list(events))  # fmt: skip


MONTH = happening("e5", "summit", "2018-06", ("Kim Jong-un", "participant"), at=[700])
TWO_DAYS = replace(SUMMIT, key="e6", date=parse_date("2018-06-11"), end_date=dt.date(2018, 6, 12))
NEXT_DAY = happening("e7", "summit", "2018-06-13", ("Kim Jong-un", "participant"), at=[700])


@pytest.mark.parametrize(
    ("first", "second", "wrong"),
    [
        # One text's rows are different happenings: the gold has one row per happening.
        ((text, SUMMIT, 100), (text, MONTH, 700), True),
        # Two texts' rows are one happening when kind, date and a party can be the same.
        ((text, SUMMIT, 100), (_other_text, MONTH, 700), False),
        # A day inside another text's span of days is the same happening; the next day not.
        ((text, TWO_DAYS, 100), (_other_text, SUMMIT, 100), False),
        ((text, TWO_DAYS, 100), (_other_text, NEXT_DAY, 700), True),
    ],
)
def test_which_gold_rows_a_stored_event_may_hold_together(first, second, wrong):
    (make_a, row_a, at_a), (make_b, row_b, at_b) = first, second
    a, b = make_a(row_a), make_b(row_b)
    if a.text == b.text:
        a = b = make_a(row_a, row_b)
    mentions = [PredictedMention(a.text, at_a - 10, at_a + 50),
                PredictedMention(b.text, at_b - 10, at_b + 50)]  # fmt: skip
    merged = predicted(9, "summit", "2018-06-12", mentions=mentions)
    found = wrong_merges([merged], {a.text: a, b.text: b}, NATIONALITY)
    assert bool(found) is wrong


def test_the_shipped_gold_has_no_problem():
    out = StringIO()
    call_command("check_gold", "--counts", stdout=out, stderr=StringIO())
    assert "174 gold files, no problem." in out.getvalue()
    assert "dev texts" in out.getvalue() and "test texts" in out.getvalue()


PUBLISHED_2019 = dt.date(2019, 3, 1)


@pytest.mark.parametrize(
    ("date", "published", "text", "supported"),
    [
        # A chronology line dated to the publication year, or a year either side of it.
        ("2018-05-22", PUBLISHED_2019, "On May 22 the talks resumed.", True),
        ("2018-03", PUBLISHED_2019, "Last March the envoys met.", True),
        ("2020", PUBLISHED_2019, "A summit is planned for next year.", True),
        # Past the reach of publication: only a written year supports it.
        ("2017-12-31", PUBLISHED_2019, "They met on New Year's Eve.", False),
        ("2017-12-31", PUBLISHED_2019, "They met on New Year's Eve, 2017.", True),
        ("1953", PUBLISHED_2019, "The armistice was signed in July.", False),
        ("1953", PUBLISHED_2019, "The armistice of 1953 still holds.", True),
        ("2024", PUBLISHED_2019, "He said 2,024 troops remain.", False),
        # A page without a publication date supports only the years it writes.
        ("2018-06-12", None, "The leaders met in Singapore on June 12.", False),
        ("2018-06-12", None, "The leaders met in Singapore on June 12, 2018.", True),
    ],
)
def test_an_events_year_is_supported_by_a_written_year_or_the_reach_of_publication(
    date, published, text, supported
):
    assert year_supported(parse_date(date), [Source.of(published, "", text)]) is supported


def test_one_report_that_supports_the_year_is_enough():
    far = Source.of(dt.date(2010, 1, 1), "Talks", "They met.")
    near = Source.of(dt.date(2018, 7, 1), "Talks", "They met.")
    assert not year_supported(parse_date("2018-06"), [far])
    assert year_supported(parse_date("2018-06"), [far, near])
    assert not year_supported(parse_date("2018-06"), [])


PLANNED_MONTH = happening("e4", "summit", "2018-06", ("Donald Trump", "participant"),
                          ("Kim Jong-un", "participant"), status="planned")  # fmt: skip


@pytest.mark.parametrize(
    ("reports", "figures"),
    [
        # The text said "a summit planned for June"; the merged event is the held summit of
        # the 12th. By the event: date and status wrong; by the text's own report: right.
        ((("x.txt", "planned", "2018-06"),), (0.0, 0.0, 1.0, 1.0)),
        # Another text's report does not speak for this one: judged by the event.
        ((("y.txt", "planned", "2018-06"),), (0.0, 0.0, 0.0, 0.0)),
        ((), (0.0, 0.0, 0.0, 0.0)),
        # The text's own report was itself wrong: wrong both ways.
        ((("x.txt", "occurred", "2018-06-12"),), (0.0, 0.0, 0.0, 0.0)),
    ],
)
def test_dates_and_statuses_are_also_judged_by_each_texts_own_report(reports, figures):
    stored = replace(
        predicted(1, "summit", "2018-06-12", ("Donald Trump", "participant"),
                  ("Kim Jong-un", "participant")),
        reports=tuple((name, status, parse_date(date)) for name, status, date in reports),
    )  # fmt: skip
    scores, _ = score_text(text(PLANNED_MONTH), [stored], NATIONALITY)
    assert scores.found == 1
    event, reported = scores.figures(), scores.as_reported()
    assert (event["exact_date"], event["status"], reported["exact_date"],
            reported["status"]) == figures  # fmt: skip


HANOI_DAY1 = happening("e1", "summit", "2019-02-27", ("Donald Trump", "participant"),
                       ("Kim Jong-un", "participant"), at=[100])  # fmt: skip
HANOI_DAY2 = replace(HANOI_DAY1, date=parse_date("2019-02-28"))
HANOI_BOTH = replace(HANOI_DAY1, end_date=dt.date(2019, 2, 28))
HANOI_MONTH = replace(HANOI_DAY1, date=parse_date("2019-02"))


def spanning(date, end, kind="summit"):
    return replace(
        predicted(1, kind, date, ("Donald Trump", "participant"), ("Kim Jong-un", "participant")),
        end_date=None if end is None else dt.date.fromisoformat(end),
    )


@pytest.mark.parametrize(
    ("gold", "stored", "found", "exact"),
    [
        # A text that tells one day of a two-day summit: the stored two-day event is it.
        (HANOI_DAY1, spanning("2019-02-27", "2019-02-28"), 1, 1),
        (HANOI_DAY2, spanning("2019-02-27", "2019-02-28"), 1, 1),
        # A day outside the span, or a one-day event on the other day: no match.
        (replace(HANOI_DAY1, date=parse_date("2019-03-01")),
         spanning("2019-02-27", "2019-02-28"), 0, 0),
        (HANOI_DAY2, spanning("2019-02-27", None), 0, 0),
        # A gold row with its own span needs the stored event to start on its first day.
        (HANOI_BOTH, spanning("2019-02-27", "2019-02-28"), 1, 1),
        (HANOI_BOTH, spanning("2019-02-28", "2019-03-01"), 0, 0),
        (HANOI_BOTH, spanning("2019-02-27", None), 1, 1),  # as before: its first day
        # A month row agrees at its own precision, as before; it is not the event's day.
        (HANOI_MONTH, spanning("2019-02-27", "2019-02-28"), 1, 0),
    ],
)  # fmt: skip
def test_a_stored_event_over_several_days_matches_each_day_a_text_tells(gold, stored, found, exact):
    scores, errors = score_text(text(gold), [stored], NATIONALITY)
    assert (scores.found, scores.exact_date) == (found, exact)
    assert len(errors.wrong_date) == found - exact


def test_a_day_within_the_span_counts_as_dated_when_explaining_a_miss():
    # Stored as a meeting of others on that span: the miss is of actors, not of the date.
    stored = replace(predicted(1, "summit", "2019-02-27", ("Moon Jae-in", "participant")),
                     end_date=dt.date(2019, 2, 28))  # fmt: skip
    _, errors = score_text(text(HANOI_DAY2), [stored], NATIONALITY)
    assert len(errors.missed_actors) == 1


POMPEO, KIM_YC = ("Mike Pompeo", "participant"), ("Kim Yong-chol", "participant")
TRUMP, KIM, MOON = ("Donald Trump", "participant"), ("Kim Jong-un", "participant"), (
    "Moon Jae-in", "participant")  # fmt: skip


def row(key, kind, date, *actors, at=100, end=None):
    found = happening(key, kind, date, *actors, at=[at])
    return replace(found, end_date=None if end is None else dt.date.fromisoformat(end))


@pytest.mark.parametrize(
    ("first", "second", "same_text", "wrong"),
    [
        # Two texts each telling one day of the leaders' two-day summit: one happening.
        (row("e1", "summit", "2019-02-27", TRUMP, KIM),
         row("e1", "summit", "2019-02-28", TRUMP, KIM), False, False),
        # Talks of the same two envoys on consecutive days, and a round of negotiations.
        (row("e1", "meeting", "2018-07-06", POMPEO, KIM_YC),
         row("e2", "meeting", "2018-07-07", POMPEO, KIM_YC), False, False),
        (row("e1", "negotiation", "2019-10-04", POMPEO, KIM_YC),
         row("e1", "negotiation", "2019-10-05", POMPEO, KIM_YC), False, False),
        # A day next to another text's span of days.
        (row("e1", "summit", "2019-02-26", TRUMP, KIM, end="2019-02-27"),
         row("e1", "summit", "2019-02-28", TRUMP, KIM), False, False),
        # Still wrong: principals that only overlap (the envoy one day, his leader the next).
        (row("e1", "meeting", "2019-02-27", POMPEO, KIM_YC),
         row("e1", "meeting", "2019-02-28", TRUMP, KIM_YC), False, True),
        (row("e1", "summit", "2019-02-27", TRUMP, KIM),
         row("e1", "summit", "2019-02-28", TRUMP, KIM, MOON), False, True),
        # Two days apart.
        (row("e1", "summit", "2019-02-27", TRUMP, KIM),
         row("e1", "summit", "2019-03-01", TRUMP, KIM), False, True),
        # Different types of the group: a trip and the summit; a summit and a meeting.
        (row("e1", "visit", "2019-02-26", TRUMP, KIM),
         row("e1", "summit", "2019-02-27", TRUMP, KIM), False, True),
        (row("e1", "summit", "2019-02-27", TRUMP, KIM),
         row("e1", "meeting", "2019-02-28", TRUMP, KIM), False, True),
        # Two visits on consecutive days are not days of one meeting either.
        (row("e1", "visit", "2019-02-26", TRUMP, KIM),
         row("e1", "visit", "2019-02-27", TRUMP, KIM), False, True),
        # A month row is not a day: the next month's day does not meet it.
        (row("e1", "summit", "2019-01", TRUMP, KIM),
         row("e1", "summit", "2019-02-01", TRUMP, KIM), False, True),
        # Two rows of one text are two happenings, whatever their days.
        (row("e1", "summit", "2019-02-27", TRUMP, KIM),
         row("e2", "summit", "2019-02-28", TRUMP, KIM, at=700), True, True),
    ],
)  # fmt: skip
def test_days_of_one_meeting_told_by_different_texts_are_not_a_wrong_merge(
    first, second, same_text, wrong
):
    if same_text:
        a = b = text(first, second)
    else:
        a, b = text(first), _other_text(second)
    at_a, at_b = first.at[0], second.at[0]
    mentions = [PredictedMention(a.text, at_a - 10, at_a + 50),
                PredictedMention(b.text, at_b - 10, at_b + 50)]  # fmt: skip
    merged = predicted(9, first.type, str(first.date.value), mentions=mentions)
    found = wrong_merges([merged], {a.text: a, b.text: b}, NATIONALITY)
    assert bool(found) is wrong


def test_a_stored_event_on_the_very_day_ranks_above_a_span_that_holds_it():
    # The span rule adds pairs where none was; it does not take a day's own event away.
    wide = spanning("2019-02-27", "2019-02-28")  # id 1, both leaders
    day = predicted(2, "summit", "2019-02-28", ("Donald Trump", "participant"))
    scores, errors = score_text(text(HANOI_DAY2), [wide, day], NATIONALITY)
    assert (scores.found, scores.exact_date) == (1, 1)
    assert [alarm.split()[2] for alarm in errors.false_alarms] == ["1"]
