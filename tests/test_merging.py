"""Merging never joins two happenings: pairs of reports, merged or not, as a table.

The rows reproduce, in our own words, constructions met in dev texts: a leaders' summit and
another leader's summit (kp3-019, kp3-026), the May summit cancellation and the November
postponement (kp2-014, kp3-016), Japan and the US agreeing beside the Singapore agreement
(kp4-016, kp3-015), letters of opposite directions (kp2-007, kp3-026), a summit told on each
of its days (kp4-001, kp4-004).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings

from dashboard.extraction.gazetteer import Gazetteer, KnownActor
from dashboard.extraction.merging import (
    Sides,
    events_match,
    fits_every,
    merge_events,
    merged_dates,
    party,
    report_of,
    same_happening,
    shared_parties,
    side_map,
)
from dashboard.extraction.records import DateValue, Event, Evidence, Participant

SIDES = {
    "United States": "United States",
    "North Korea": "North Korea",
    "South Korea": "South Korea",
    "Japan": "Japan",
    "Iran": "Iran",
    "China": "China",
    "Donald Trump": "United States",
    "Mike Pompeo": "United States",
    "Heather Nauert": "United States",
    "U.S. Department of the Treasury": "United States",
    "U.S. Department of State": "United States",
    "Kim Jong-un": "North Korea",
    "Kim Yong-chol": "North Korea",
    "Moon Jae-in": "South Korea",
    "Mike Pence": "United States",
    "Stephen Biegun": "United States",
    "Zalmay Khalilzad": "United States",
}


def day(text: str) -> DateValue:
    parts = [int(p) for p in text.split("-")]
    precision = {1: "year", 2: "month", 3: "day"}[len(parts)]
    return DateValue(dt.date(*(parts + [1] * (3 - len(parts)))), precision)


def report(kind, date, *parties, status="occurred", end=None, place="", sentence="s", said=""):
    """parties: "Name" (a participant) or ("Name", "role"); said: the words of its date ("" for
    a date only guessed)."""
    participants = [
        Participant(*(p if isinstance(p, tuple) else (p, "participant"))) for p in parties
    ]
    evidence = [Evidence(sentence, 0, len(sentence), "t", 0, 1)]
    return Event(kind, status, day(date), said, participants, evidence, place, end_date=end)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # One summit, named by its leaders or by their states, by day or by month.
        (report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un"),
         report("summit", "2018-06", "United States", "North Korea"), True),
        # A leader's summit and another leader's summit with the same partner.
        (report("summit", "2018-09", "Moon Jae-in", "Kim Jong-un"),
         report("summit", "2018-09", "Donald Trump", "Kim Jong-un"), False),
        # The same sides, other people: a summit of leaders and their envoy's trip.
        (report("summit", "2018-06", "Donald Trump", "Kim Jong-un"),
         report("visit", "2018-06-01", ("Kim Yong-chol", "initiator"),
                ("United States", "target")), False),
        # Japan and the US agreeing is not the Singapore agreement, though the US is in both.
        (report("agreement", "2019", "Donald Trump", "Kim Jong-un"),
         report("agreement", "2019-08", "Japan", "United States", "North Korea"), False),
        # Sanctions the same day on two targets are two events.
        (report("sanction", "2019-06-24", ("U.S. Department of the Treasury", "initiator"),
                ("Iran", "target")),
         report("sanction", "2019-06-24", ("U.S. Department of the Treasury", "initiator"),
                ("China", "target")), False),
        (report("sanction", "2019-06-24", ("U.S. Department of the Treasury", "initiator"),
                ("Iran", "target")),
         report("sanction", "2019-06", ("United States", "initiator"), ("Iran", "target")), True),
        # Letters going opposite ways.
        (report("letter", "2018-09", ("Kim Jong-un", "initiator"), ("Donald Trump", "target")),
         report("letter", "2018-09", ("Donald Trump", "initiator"), ("Kim Jong-un", "target")),
         False),
        # Two speakers of one government, the same day: two statements.
        (report("statement", "2018-08-28", ("Mike Pompeo", "initiator")),
         report("statement", "2018-08-28", ("Heather Nauert", "initiator")), False),
        # A cancellation in May and a postponement in November, one told only with the year.
        (report("cancellation", "2018", ("Donald Trump", "initiator"), "Kim Jong-un"),
         report("postponement", "2018-11-07", ("U.S. Department of State", "initiator"),
                "Kim Yong-chol"), False),
        # Trips of one man in different months.
        (report("visit", "2018-07", ("Mike Pompeo", "initiator"), ("North Korea", "target")),
         report("visit", "2018-10-07", ("Mike Pompeo", "initiator"), ("North Korea", "target")),
         False),
        # A trip told without its destination is the trip told with it.
        (report("visit", "2018-10-07", ("Mike Pompeo", "initiator")),
         report("visit", "2018-10", ("Mike Pompeo", "initiator"), ("North Korea", "target")),
         True),
        # A day inside a two-day summit is that summit; the day after it is not.
        (report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un", end=dt.date(2019, 2, 28)),
         report("summit", "2019-02-28", "Donald Trump", "Kim Jong-un"), True),
        (report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un", end=dt.date(2019, 2, 28)),
         report("summit", "2019-03-01", "Donald Trump", "Kim Jong-un"), False),
        # One side's offer of talks to the other, and that side's president receiving a
        # third state's vice-president: one side in common, nobody named alike.
        (report("negotiation", "2018-02", "South Korea", "North Korea", status="planned"),
         report("meeting", "2018-02-08", ("Mike Pence", "announcer"), "Moon Jae-in"), False),
        # One side and the same place: the summit named by its city.
        (report("summit", "2018-06", "North Korea", place="Singapore"),
         report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", place="Singapore"), True),
        # A summit whose people are known, and a meeting of someone who was not there.
        (report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un"),
         report("meeting", "2018-06", "Donald Trump", "Kim Yong-chol"), False),
        # The same summit and a trip of one of its own people.
        (report("summit", "2018-10-07", "Mike Pompeo", "Kim Jong-un"),
         report("visit", "2018-10", ("Mike Pompeo", "initiator"), ("North Korea", "target")),
         True),
        # A summit told with one leader only does not say who else was there.
        (report("summit", "2018-06", "Kim Jong-un"),
         report("meeting", "2018-06-12", "Donald Trump", "Kim Jong-un"), True),
        # One secretary naming two envoys: two appointments; one envoy twice: one.
        (report("appointment", "2018-08-23", ("Mike Pompeo", "initiator"),
                ("Stephen Biegun", "target")),
         report("appointment", "2018-08", ("Mike Pompeo", "initiator"),
                ("Zalmay Khalilzad", "target")), False),
        (report("appointment", "2018-08-23", ("Mike Pompeo", "initiator"),
                ("Stephen Biegun", "target")),
         report("appointment", "2018-08", ("United States", "initiator"),
                ("Stephen Biegun", "target")), True),
    ],
)  # fmt: skip
def test_which_reports_are_one_happening(a, b, same):
    assert events_match(a, b, SIDES) is same
    assert events_match(b, a, SIDES) is same


@pytest.mark.parametrize(
    ("a", "a_end", "b", "b_end", "date", "end"),
    [
        ("2019-02-27", None, "2019-02-28", None, "2019-02-27", dt.date(2019, 2, 28)),
        ("2019-02-28", None, "2019-02-27", dt.date(2019, 2, 28), "2019-02-27",
         dt.date(2019, 2, 28)),
        ("2019-02", None, "2019-02-28", None, "2019-02-28", None),
        ("2019-10-05", None, "2019-10-05", None, "2019-10-05", None),
    ],
)  # fmt: skip
def test_the_merged_date_spans_every_day_reported(a, a_end, b, b_end, date, end):
    assert merged_dates(day(a), a_end, day(b), b_end) == (day(date), end)


def test_talks_over_a_weekend_told_day_by_day_are_one_event_with_its_span():
    reports = [
        report("negotiation", "2019-10-05", "United States", "North Korea", sentence="one"),
        report("negotiation", "2019-10-04", "United States", "North Korea", sentence="two",
               end=dt.date(2019, 10, 5)),
        report("negotiation", "2019-10-06", "United States", "North Korea", sentence="three"),
    ]  # fmt: skip
    talks, later = merge_events(reports, SIDES)
    assert (talks.date, talks.end_date) == (day("2019-10-04"), dt.date(2019, 10, 5))
    assert len(talks.evidence) == 2
    # Two single days with no span told are not assumed to be one round.
    assert (later.date, later.end_date) == (day("2019-10-06"), None)


def test_a_month_report_that_fits_two_days_joins_neither():
    reports = [
        report("visit", "2018-07", ("Mike Pompeo", "initiator"), sentence="in July"),
        report("visit", "2018-07-06", ("Mike Pompeo", "initiator"), ("North Korea", "target"),
               sentence="on the sixth"),
        report("visit", "2018-07-20", ("Mike Pompeo", "initiator"), ("Japan", "target"),
               sentence="on the twentieth"),
    ]  # fmt: skip
    merged = merge_events(reports, SIDES)
    assert [e.date.formatted() for e in merged] == ["2018-07", "2018-07-06", "2018-07-20"]


def test_an_event_that_took_in_an_envoy_does_not_take_in_the_envoys_other_meetings():
    summit = report("summit", "2018-06", "Donald Trump", "Kim Jong-un", sentence="summit")
    letter_bearer = report("meeting", "2018-06-01", "Donald Trump", "Kim Yong-chol",
                           "Kim Jong-un", sentence="bearer")  # fmt: skip
    envoy = report("meeting", "2018-06-01", "Mike Pompeo", "Kim Yong-chol", sentence="envoy")
    merged = merge_events([summit, letter_bearer, envoy], SIDES)
    assert len(merged) == 2


def test_the_same_sentence_is_evidence_once():
    a = report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", sentence="They met.")
    b = report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", sentence="They  met.")
    [event] = merge_events([a, b], SIDES)
    assert len(event.evidence) == 1


# ---------------------------------------------------------------------- across articles
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("first", "second", "events", "span"),
    [
        # Treasury sanctions on two targets the same day, from two articles: two events.
        (report("sanction", "2019-06-24", ("U.S. Department of the Treasury", "initiator"),
                ("Iran", "target")),
         report("sanction", "2019-06-24", ("U.S. Department of the Treasury", "initiator"),
                ("China", "target")), 2, None),
        # A summit stored with its two days; a later article tells its second day.
        (report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un", end=dt.date(2019, 2, 28)),
         report("summit", "2019-02-28", "Donald Trump", "Kim Jong-un"), 1,
         ("2019-02-27", "2019-02-28")),
        # The second day first, then an article that tells both days: the span is kept.
        (report("summit", "2019-02-28", "Donald Trump", "Kim Jong-un"),
         report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un", end=dt.date(2019, 2, 28)),
         1, ("2019-02-27", "2019-02-28")),
    ],
)  # fmt: skip
def test_a_stored_event_takes_in_only_reports_of_its_happening(first, second, events, span):
    from dashboard.load_cache import LoadCache
    from dashboard.loading import _add_participants, _match_or_create
    from dashboard.models import Event as StoredEvent
    from tests.factories import make_actor

    cache = LoadCache()
    for extracted in (first, second):
        actors = {p.actor: make_actor(p.actor, country="") for p in extracted.participants}
        event, _ = _match_or_create(extracted, SIDES, cache)
        _add_participants(event, extracted, actors, cache)
        cache.flush()
    assert StoredEvent.objects.count() == events
    if span is not None:
        stored = StoredEvent.objects.get()
        assert (stored.date.isoformat(), stored.end_date.isoformat()) == span


@pytest.mark.django_db
@pytest.mark.parametrize("batched", [False, True])
@pytest.mark.parametrize(
    ("reports", "stored"),
    [
        # "Talks with the Taliban" (a bare party), then "Trump called off the talks with the
        # Taliban" (the Taliban its target): the later report tells the role.
        ([report("cancellation", "2019-09", ("Donald Trump", "initiator"), "Taliban"),
          report("cancellation", "2019-09", ("Donald Trump", "initiator"),
                 ("Taliban", "target"))],
         [("Donald Trump", "initiator"), ("Taliban", "target")]),
        # A role already told is not overturned by a later report that tells another.
        ([report("cancellation", "2019-09", ("Donald Trump", "initiator"),
                 ("Taliban", "target")),
          report("cancellation", "2019-09", ("Donald Trump", "target"), ("Taliban", "target"))],
         [("Donald Trump", "initiator"), ("Taliban", "target")]),
        # A bare party stays bare when no report tells more.
        ([report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un"),
          report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un")],
         [("Donald Trump", "participant"), ("Kim Jong-un", "participant")]),
    ],
)  # fmt: skip
def test_a_later_report_tells_the_role_of_a_bare_party(reports, stored, batched):
    from dashboard.load_cache import LoadCache
    from dashboard.loading import _add_participants, _match_or_create
    from dashboard.models import Participant as StoredParticipant
    from tests.factories import make_actor

    cache = LoadCache()
    cache.defer_writes = batched  # a load_corpus batch writes the first row only at its end
    actors = {}
    for extracted in reports:
        for p in extracted.participants:
            actors.setdefault(p.actor, make_actor(p.actor, country=""))
        event, _ = _match_or_create(extracted, SIDES, cache)
        _add_participants(event, extracted, actors, cache)
        if not batched:
            cache.flush()
    cache.flush()
    rows = StoredParticipant.objects.filter(event=event).values_list("actor__name", "role")
    assert sorted(rows) == stored


# ---------------------------------------------------------------------- reports of an event
@pytest.mark.parametrize(
    ("held", "new", "same"),
    [
        # A report dated by its year alone ("the two leaders met") joins no dated summit.
        ([report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un")],
         report("summit", "2018", "Donald Trump", "Kim Jong-un"), False),
        # It does where it names the place and the same two people: "after they met in
        # Singapore".
        ([report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un")],
         report("summit", "2018", "Donald Trump", "Kim Jong-un", place="Singapore"), True),
        # With one party only, the place must be the event's: another report names it.
        ([report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un")],
         report("summit", "2018", "North Korea", place="Singapore"), False),
        ([report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un"),
          report("summit", "2018", "Donald Trump", "Kim Jong-un", place="Singapore")],
         report("summit", "2018", "North Korea", place="Singapore"), True),
        # Another place named by the event's reports: another summit.
        ([report("summit", "2018-04-27", "Moon Jae-in", "Kim Jong-un", place="Panmunjom")],
         report("summit", "2018", "Moon Jae-in", "Kim Jong-un", place="Pyongyang"), False),
        # Two states and a place are not enough for a year: which of their talks?
        ([report("negotiation", "2018-02", "South Korea", "North Korea")],
         report("negotiation", "2018", "South Korea", "North Korea", place="Pyongyang"), False),
        # Every report must fit, not their sum: a summit that took in a meeting of its
        # leader with an envoy does not take in the envoy's meeting with someone else.
        ([report("meeting", "2018-06-12", "Donald Trump", "Kim Jong-un"),
          report("meeting", "2018-06-12", "Donald Trump", "Kim Jong-un", "Kim Yong-chol")],
         report("meeting", "2018-06-12", "Mike Pompeo", "Kim Yong-chol"), False),
        # The days of the reports make one span: the first day fits once both are told.
        ([report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un",
                 end=dt.date(2019, 2, 28)),
          report("summit", "2019-02-28", "Donald Trump", "Kim Jong-un")],
         report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un"), True),
        ([report("summit", "2019-02-28", "Donald Trump", "Kim Jong-un")],
         report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un"), False),
    ],
)  # fmt: skip
def test_a_new_report_must_fit_every_report_an_event_holds(held, new, same):
    assert fits_every(report_of(new), [report_of(r) for r in held], SIDES) is same


def test_the_sum_of_the_parties_would_have_taken_in_the_envoys_meeting():
    """The row above fails on the union of parties: that is why reports are kept apart."""
    pile = {"Donald Trump", "Kim Jong-un", "Kim Yong-chol"}
    assert same_happening(
        "meeting", "occurred", day("2018-06-12"), pile, "",
        "meeting", "occurred", day("2018-06-12"), {"Mike Pompeo", "Kim Yong-chol"}, "", SIDES,
    )  # fmt: skip


def _store(*extracted_events, sides=SIDES):
    """Store each report as the one event of an article of its own, as a load does."""
    from dashboard.extraction.records import ActorMention, Extraction
    from dashboard.load_cache import LoadCache
    from dashboard.loading import LoadReport, Placement, _store_events
    from tests.factories import make_actor, make_article

    cache = LoadCache()
    for extracted in extracted_events:
        names = {p.actor for p in extracted.participants}
        for name in names:
            make_actor(name, country="")
        extraction = Extraction(
            DateValue(dt.date(2019, 1, 1), "day"), False,
            actors=[ActorMention(name, name, 0, 1, "alias") for name in sorted(names)],
            events=[extracted],
        )  # fmt: skip
        article = make_article(extracted.evidence[0].sentence)
        _store_events(article, extraction, LoadReport(), sides, Placement(), cache)
        cache.flush()


ENVOY = [
    report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", sentence="The summit."),
    report("meeting", "2018-06-12", "Donald Trump", "Kim Jong-un", "Kim Yong-chol",
           sentence="The letter bearer."),
    report("meeting", "2018-06-12", "Mike Pompeo", "Kim Yong-chol", sentence="The envoy."),
]  # fmt: skip
YEAR = [
    report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un", sentence="In Hanoi."),
    report("summit", "2019", "Donald Trump", "Kim Jong-un", sentence="They met this year."),
]  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("reports", "events"),
    [
        (ENVOY, 2),
        (ENVOY[::-1], 2),
        (YEAR, 2),
        (YEAR[::-1], 2),
        # A two-day summit told by day in three articles: two single days stay two events
        # (merging does not guess that consecutive days are one round), and the report of
        # both days then joins one of them; told the other way round, one event.
        ([report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un", sentence="One."),
          report("summit", "2019-02-28", "Donald Trump", "Kim Jong-un", sentence="Two."),
          report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un",
                 end=dt.date(2019, 2, 28), sentence="Both.")], 2),
        ([report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un",
                 end=dt.date(2019, 2, 28), sentence="Both."),
          report("summit", "2019-02-28", "Donald Trump", "Kim Jong-un", sentence="Two."),
          report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un", sentence="One.")], 1),
    ],
)  # fmt: skip
def test_loading_compares_a_report_with_the_stored_reports(reports, events):
    from dashboard.models import Event as StoredEvent

    _store(*reports)
    assert StoredEvent.objects.count() == events


@pytest.mark.django_db
def test_each_mention_keeps_what_its_report_said():
    from dashboard.models import Mention

    _store(*ENVOY[:2])
    kept = {m.sentence: m.report for m in Mention.objects.all()}
    assert kept["The letter bearer."]["type"] == "meeting"
    assert kept["The letter bearer."]["date"] == "2018-06-12"
    assert ["Kim Yong-chol", "participant"] in kept["The letter bearer."]["parties"]
    assert ["Kim Yong-chol", "participant"] not in kept["The summit."]["parties"]


@pytest.mark.django_db
def test_a_mention_stored_without_its_report_is_judged_by_its_event():
    """Mentions stored before migration 0010 have no report: the event stands for them."""
    from dashboard.models import Mention

    _store(ENVOY[1])
    Mention.objects.update(report=None)
    _store(ENVOY[2])  # fits the event's parties (Kim Yong-chol among them)
    from dashboard.models import Event as StoredEvent

    assert StoredEvent.objects.count() == 1


@pytest.mark.parametrize(
    ("reports", "events"),
    [
        # One article tells a leader agreeing to three things, each dated by the year only:
        # one person in common is not enough to make them one agreement, and the later
        # two, which cannot be told apart from the first, are not stored on their own.
        ([report("agreement", "2018", "Kim Jong-un", "North Korea", "United States",
                 sentence="He agreed to close a site."),
          report("agreement", "2018", "Kim Jong-un", "North Korea", "United States",
                 sentence="He also agreed to let inspectors in."),
          report("agreement", "2018", "Kim Jong-un", "North Korea", "United States",
                 sentence="He agreed to travel south.")], 1),
        # A year report of other parties is a happening of its own.
        ([report("agreement", "2018", "Kim Jong-un", "North Korea", "United States",
                 sentence="He agreed to close a site."),
          report("agreement", "2018", "Moon Jae-in", "South Korea", "Japan",
                 sentence="Seoul and Tokyo agreed to share intelligence.")], 2),
        # The same summit told by day and, later in the article, by year, place and leaders.
        ([report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", sentence="On Tuesday."),
          report("summit", "2018", "Donald Trump", "Kim Jong-un", place="Singapore",
                 sentence="Since they met in Singapore.")], 1),
        # A year report without its place: which of the year's summits is it? Neither
        # joined nor stored alone.
        ([report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", sentence="On Tuesday."),
          report("summit", "2018", "Donald Trump", "Kim Jong-un",
                 sentence="The leaders met this year.")], 1),
        # A month report keeps its own event when it may not join (two days it could be).
        ([report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", sentence="On Tuesday."),
          report("summit", "2018-06-20", "Donald Trump", "Kim Jong-un", sentence="Later."),
          report("summit", "2018-06", "Donald Trump", "Kim Jong-un", said="in June",
                 sentence="The leaders met in June.")], 3),
        # Without a date of its own (the month only guessed), it sums the two up: left out.
        ([report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", sentence="On Tuesday."),
          report("summit", "2018-06-20", "Donald Trump", "Kim Jong-un", sentence="Later."),
          report("summit", "2018-06", "Donald Trump", "Kim Jong-un",
                 sentence="The leaders met.")], 2),
    ],
)  # fmt: skip
def test_a_year_report_of_an_article_joins_only_what_it_names(reports, events):
    merged = merge_events(reports, SIDES)
    assert len(merged) == events


def _gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    for actor in (
        KnownActor("United States", "state", "US"),
        KnownActor("North Korea", "state", "KP"),
        KnownActor("China", "state", "CN"),
        KnownActor("Donald Trump", "person", "US"),
        KnownActor("Kim Jong-un", "person", "KP"),
        KnownActor("U.S. Department of the Treasury", "body", "US"),
        # kp1-012 (Treasury release): an office with its country and its department.
        KnownActor("Office of Foreign Assets Control", "body", "US",
                   part_of="U.S. Department of the Treasury"),
        # A body with no country of its own: its side comes through its parent.
        KnownActor("Bureau of Sanctions Enforcement", "body",
                   part_of="Office of Foreign Assets Control"),
    ):  # fmt: skip
        gazetteer.add(actor)
    return gazetteer


def test_the_side_of_an_actor_is_its_top_parent_state():
    sides = side_map(_gazetteer())
    assert sides["Office of Foreign Assets Control"] == "United States"
    assert sides["Bureau of Sanctions Enforcement"] == "United States"
    assert sides["Kim Jong-un"] == "North Korea"
    assert party("Bureau of Sanctions Enforcement", sides) == "U.S. Department of the Treasury"
    assert party("Donald Trump", sides) == "Donald Trump"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # kp1-012 (Treasury) beside a wire report: the office and its department are one
        # sanctioning party.
        (report("sanction", "2019-06-24", ("Office of Foreign Assets Control", "initiator"),
                ("North Korea", "target")),
         report("sanction", "2019-06", ("U.S. Department of the Treasury", "initiator"),
                ("North Korea", "target")), True),
        (report("sanction", "2019-06-24", ("Bureau of Sanctions Enforcement", "initiator"),
                ("North Korea", "target")),
         report("sanction", "2019-06-24", ("U.S. Department of the Treasury", "initiator"),
                ("North Korea", "target")), True),
        # The same office sanctioning another target is still another happening.
        (report("sanction", "2019-06-24", ("Office of Foreign Assets Control", "initiator"),
                ("North Korea", "target")),
         report("sanction", "2019-06-24", ("U.S. Department of the Treasury", "initiator"),
                ("China", "target")), False),
        # cn-008 / kp3-011: a person found in the text with a country ("Chinese Vice Premier
        # Liu He") stands for that state: a report naming China is about the same talks.
        (report("talks", "2019-05-09", "Liu He", "Donald Trump"),
         report("talks", "2019-05", "China", "United States"), True),
        # A person of no known country is judged by name alone.
        (report("talks", "2019-05-09", "Someone Unplaced", "Donald Trump"),
         report("talks", "2019-05", "China", "United States"), False),
        # A year report needs two shared parties: a leader and his own state are one.
        (report("summit", "2018", "Kim Jong-un", "North Korea"),
         report("summit", "2018-06-12", "Kim Jong-un", "North Korea", "Donald Trump"), False),
        (report("summit", "2018", "Kim Jong-un", "Donald Trump"),
         report("summit", "2018-06-12", "Kim Jong-un", "North Korea", "Donald Trump"), True),
    ],
)  # fmt: skip
def test_parties_are_compared_as_sides(a, b, same):
    sides = side_map(_gazetteer()).with_countries([("Liu He", "CN"), ("Someone Unplaced", "")])
    assert events_match(a, b, sides) is same
    assert events_match(b, a, sides) is same


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ({"Donald Trump", "United States"}, {"Donald Trump"}, 1),
        ({"United States", "North Korea"}, {"Donald Trump", "Kim Jong-un"}, 2),
        ({"Donald Trump", "United States", "Kim Jong-un"}, {"Donald Trump", "Kim Jong-un"}, 2),
        ({"Office of Foreign Assets Control"}, {"U.S. Department of the Treasury"}, 1),
        ({"Donald Trump"}, {"U.S. Department of the Treasury"}, 0),
    ],
)
def test_a_state_beside_its_own_official_is_one_shared_party(a, b, shared):
    assert shared_parties(a, b, side_map(_gazetteer())) == shared


@pytest.mark.parametrize(
    ("reports", "dates"),
    [
        # A speaker's statement dated to the month, then again with only a year (a date
        # quoted in the words): one statement, kept with its month.
        ([report("statement", "2018-07", ("Mike Pompeo", "initiator"),
                 sentence="In July Pompeo told senators the talks went on."),
          report("statement", "2018", ("Mike Pompeo", "initiator"),
                 sentence="'The talks next month matter,' he said.")], ["2018-07"]),
        # A headline tells the appointment without its day, the body with it.
        ([report("appointment", "2018-04-26", ("Mike Pompeo", "target"), "United States",
                 sentence="He was sworn in on Thursday."),
          report("appointment", "2018", ("Mike Pompeo", "target"), "United States",
                 sentence="Pompeo Takes Office")], ["2018-04-26"]),
        # Another speaker's undated statement is not the dated one.
        ([report("statement", "2018-07", ("Mike Pompeo", "initiator"), sentence="In July."),
          report("statement", "2018", ("Heather Nauert", "initiator"), sentence="She said.")],
         ["2018-07", "2018"]),
        # More parties than the dated happening names: not shown to be a repeat of it.
        ([report("statement", "2018-07", ("Mike Pompeo", "initiator"), sentence="In July."),
          report("statement", "2018", ("Mike Pompeo", "initiator"),
                 ("Donald Trump", "initiator"), sentence="They said.")], ["2018-07", "2018"]),
        # Another year: a statement of an earlier year is no repeat.
        ([report("statement", "2018-07", ("Mike Pompeo", "initiator"), sentence="In July."),
          report("statement", "2017", ("Mike Pompeo", "initiator"), sentence="In 2017.")],
         ["2018-07", "2017"]),
        # A planned appointment is not the one made: the status differs.
        ([report("appointment", "2018-08-23", ("Stephen Biegun", "target"), sentence="Named."),
          report("appointment", "2018", ("Stephen Biegun", "target"), status="planned",
                 sentence="He will be named.")], ["2018-08-23", "2018"]),
    ],
)  # fmt: skip
def test_a_year_report_repeating_a_dated_happening_of_its_speaker_is_left_out(reports, dates):
    merged = merge_events(reports, SIDES)
    assert sorted(e.date.formatted() for e in merged) == sorted(dates)


# ------------------------------------------------------- places, leaders, guessed years
# Sides that know where places lie and who leads a state (side_map reads both from the
# gazetteer: its places and capitals, and titles of head_titles).
LED = Sides(
    {**SIDES, "Kim Yo-jong": "North Korea", "Ri Yong-ho": "North Korea"},
    places={
        "Singapore": "Singapore", "Sentosa Island": "Singapore", "North Korea": "North Korea",
        "Pyongyang": "North Korea", "Panmunjom": "North Korea", "Washington": "United States",
        "New York": "United States",
    },
    heads={"Donald Trump", "Kim Jong-un", "Moon Jae-in"},
)  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # An envoy received in the capital is not the leaders' summit held in another city,
        # though the envoy is named beside the summit (kp2-007).
        (report("meeting", "2018-06", "Donald Trump", "Kim Yong-chol", place="Washington"),
         report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", "Kim Yong-chol",
                place="Singapore"), False),
        # Two talks of the same two men in one month, in two cities.
        (report("meeting", "2018-09", "Mike Pompeo", "Ri Yong-ho", place="New York"),
         report("meeting", "2018-09-26", "Mike Pompeo", "Ri Yong-ho", place="Pyongyang"),
         False),
        # A place inside a state that the other report names as the place.
        (report("visit", "2018-10", ("Mike Pompeo", "initiator"), ("North Korea", "target"),
                place="North Korea"),
         report("visit", "2018-10-07", ("Mike Pompeo", "initiator"), ("North Korea", "target"),
                place="Pyongyang"), True),
        # The island where the leaders met lies in the state the other report names.
        (report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", place="Sentosa Island"),
         report("summit", "2018-06", "Donald Trump", "Kim Jong-un", place="Singapore"), True),
        # A place no list knows tells nothing.
        (report("meeting", "2018-09", "Mike Pompeo", "Ri Yong-ho", place="an old villa"),
         report("meeting", "2018-09-26", "Mike Pompeo", "Ri Yong-ho", place="Pyongyang"),
         True),
        # One report names no place: the place does not tell them apart.
        (report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un"),
         report("summit", "2018-06", "Donald Trump", "Kim Jong-un", place="Singapore"), True),
        # A second summit of two states, planned for a month, and the secretary of state's
        # trip planned for the same month: no leader travels (kp3-002).
        (report("summit", "2018-10", "United States", "North Korea", status="planned"),
         report("visit", "2018-10", ("Mike Pompeo", "initiator"), ("North Korea", "target"),
                status="planned"), False),
        # The same summit told by its states and by its leaders.
        (report("summit", "2018-10", "United States", "North Korea", status="planned"),
         report("meeting", "2018-10", "Donald Trump", "Kim Jong-un", status="planned"), True),
        # A trip told as into the traveller's own state meets no one of another side: not
        # the summit of the two Koreas that month (kp3-011); the same trip told with the
        # other side's capital as its target may be.
        (report("summit", "2018-05-26", "Kim Jong-un", "Moon Jae-in"),
         report("visit", "2018-05", ("Kim Jong-un", "initiator"), ("North Korea", "target"),
                status="planned"), False),
        (report("summit", "2018-05-26", "Kim Jong-un", "Moon Jae-in"),
         report("visit", "2018-05", ("Kim Jong-un", "initiator"), ("South Korea", "target"),
                status="planned"), True),
        # A leader greeted first by the other leader's sister, then sitting down for the
        # summit: a leader is among the people, so it may be the summit (kp2-014).
        (report("summit", "2018-05-26", "South Korea", "North Korea"),
         report("meeting", "2018-05-26", "Moon Jae-in", "Kim Yo-jong"), True),
    ],
)  # fmt: skip
def test_places_and_leaders_tell_meetings_apart(a, b, same):
    assert events_match(a, b, LED) is same
    assert events_match(b, a, LED) is same


def test_side_map_knows_places_and_leaders():
    gazetteer = Gazetteer.from_file(
        Path(settings.PARLEY_CORPUS_DIR) / "gazetteer.toml",
        Path(settings.PARLEY_CORPUS_DIR) / "countries.tsv",
    )
    sides = side_map(gazetteer)
    assert {"Donald Trump", "Kim Jong-un", "Moon Jae-in"} <= sides.heads
    assert "Mike Pompeo" not in sides.heads
    assert sides.places["Pyongyang"] == "North Korea"
    assert sides.places["Sentosa Island"] == sides.places["Singapore"] == "Singapore"
    assert sides.with_countries([]).heads == sides.heads


def guessed(kind, *parties, year="2019", place="", sentence="s"):
    """A report dated only by the article's fallback year: no expression of its own."""
    event = report(kind, year, *parties, place=place, sentence=sentence)
    event.date_inferred = True
    return event


def stated(kind, date, *parties, place="", sentence="s"):
    event = report(kind, date, *parties, place=place, sentence=sentence)
    event.date_text, event.date_inferred = "a stated date", False
    return event


@pytest.mark.parametrize(
    ("reports", "dates"),
    [
        # A speech of 2019 dates the summit to June 2018, then tells "that summit in
        # Singapore" with no date: one summit, of June 2018 (kp4-027).
        ([stated("summit", "2018-06", "Donald Trump", "Kim Jong-un", place="Singapore",
                 sentence="In June last year they met in Singapore."),
          guessed("summit", "Donald Trump", "Kim Jong-un", place="Singapore",
                  sentence="Since that summit in Singapore...")], ["2018-06"]),
        # ... and a repeat of it with no date and no place is left out.
        ([stated("summit", "2018-06", "Donald Trump", "Kim Jong-un", place="Singapore",
                 sentence="In June last year they met in Singapore."),
          guessed("meeting", "United States", "North Korea", sentence="That first meeting...")],
         ["2018-06"]),
        # A guessed year that names another place is another happening.
        ([stated("summit", "2018-06", "Donald Trump", "Kim Jong-un", place="Singapore",
                 sentence="In June last year they met in Singapore."),
          guessed("summit", "Donald Trump", "Kim Jong-un", place="Panmunjom",
                  sentence="They met at the border.")], ["2018-06", "2019"]),
        # A year the text states is not guessed: it keeps its own year.
        ([stated("summit", "2018-06", "Donald Trump", "Kim Jong-un", place="Singapore",
                 sentence="In June last year they met in Singapore."),
          stated("summit", "2019", "Donald Trump", "Kim Jong-un", place="Singapore",
                 sentence="This year they met in Singapore again.")], ["2018-06", "2019"]),
        # Two dated summits in that place: the guessed report cannot say which it is, and
        # it is a repeat of one of them, not a third: it is left out.
        ([stated("summit", "2017-06", "Donald Trump", "Kim Jong-un", place="Singapore",
                 sentence="One."),
          stated("summit", "2018-06", "Donald Trump", "Kim Jong-un", place="Singapore",
                 sentence="Two."),
          guessed("summit", "Donald Trump", "Kim Jong-un", place="Singapore",
                  sentence="That summit in Singapore.")], ["2017-06", "2018-06"]),
    ],
)  # fmt: skip
def test_a_report_of_a_guessed_year_is_the_dated_happening_it_fits(reports, dates):
    merged = merge_events(reports, LED)
    assert sorted(e.date.formatted() for e in merged) == dates


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("reports", "events"),
    [
        # The envoy's trip to Washington and the summit in Singapore, in either order.
        ([report("visit", "2018-06", ("Kim Yong-chol", "initiator"), "Donald Trump",
                 place="Washington", sentence="The envoy flew in."),
          report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", "Kim Yong-chol",
                 place="Singapore", sentence="The summit.")], 2),
        ([report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", "Kim Yong-chol",
                 place="Singapore", sentence="The summit."),
          report("visit", "2018-06", ("Kim Yong-chol", "initiator"), "Donald Trump",
                 place="Washington", sentence="The envoy flew in.")], 2),
        # The same summit named by its island and by its state: one.
        ([report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un",
                 place="Sentosa Island", sentence="On the island."),
          report("summit", "2018-06", "Donald Trump", "Kim Jong-un", place="Singapore",
                 sentence="In the city-state.")], 1),
        # A planned summit of two states and the secretary's planned trip, either order.
        ([report("summit", "2018-10", "United States", "North Korea", status="planned",
                 sentence="A second summit."),
          report("visit", "2018-10", ("Mike Pompeo", "initiator"), ("North Korea", "target"),
                 status="planned", sentence="The secretary will go.")], 2),
        ([report("visit", "2018-10", ("Mike Pompeo", "initiator"), ("North Korea", "target"),
                 status="planned", sentence="The secretary will go."),
          report("summit", "2018-10", "United States", "North Korea", status="planned",
                 sentence="A second summit.")], 2),
    ],
)  # fmt: skip
def test_loading_keeps_places_and_leaders_apart(reports, events):
    from dashboard.models import Event as StoredEvent

    _store(*reports, sides=LED)
    assert StoredEvent.objects.count() == events


# A day told as done and as still to come (told_both_ways): kp1-025 s6 and s7 tell a trip
# made early on the day of publication and a delegation to be led later that day.
DONE = report("visit", "2018-02-10", ("Mike Pence", "initiator"), ("South Korea", "target"),
              sentence="He went to the base this morning.")  # fmt: skip
TO_COME = report("visit", "2018-02-10", ("Mike Pence", "initiator"), status="planned",
                 sentence="He will lead the delegation tonight.")  # fmt: skip


@pytest.mark.parametrize(
    ("reports", "statuses"),
    [
        ([DONE, TO_COME], ["occurred", "planned"]),
        ([TO_COME, DONE], ["occurred", "planned"]),
        # Told alike, the same day's reports are one trip.
        ([DONE, report("visit", "2018-02-10", ("Mike Pence", "initiator"),
                       sentence="He laid a wreath there.")], ["occurred"]),
        ([TO_COME, report("visit", "2018-02-10", ("Mike Pence", "initiator"),
                          ("South Korea", "target"), status="planned",
                          sentence="The delegation is to arrive tonight.")], ["planned"]),
        # A coarser report says too little of when it stands: the month joins the day.
        ([DONE, report("visit", "2018-02", ("Mike Pence", "initiator"), status="planned",
                       sentence="He plans a trip this month.")], ["occurred"]),
        # Called off is later knowledge of a plan, not another happening.
        ([TO_COME, report("visit", "2018-02-10", ("Mike Pence", "initiator"),
                          status="cancelled", sentence="The trip was called off.")],
         ["cancelled"]),
    ],
)  # fmt: skip
def test_a_day_told_as_done_and_as_to_come_is_two_happenings(reports, statuses):
    merged = merge_events([_fresh(r) for r in reports], SIDES)
    assert sorted(e.status for e in merged) == statuses


def _fresh(event: Event) -> Event:
    """A copy, so that merging one row leaves the shared reports as they were."""
    return Event(event.type, event.status, event.date, event.date_text,
                 list(event.participants), list(event.evidence), event.location,
                 end_date=event.end_date)  # fmt: skip


def _store_article(*extracted_events, sides=SIDES):
    """Store the reports as the events of one article, as a load does."""
    from dashboard.extraction.records import ActorMention, Extraction
    from dashboard.load_cache import LoadCache
    from dashboard.loading import LoadReport, Placement, _store_events
    from tests.factories import make_actor, make_article

    cache = LoadCache()
    names = {p.actor for e in extracted_events for p in e.participants}
    for name in names:
        make_actor(name, country="")
    extraction = Extraction(
        DateValue(dt.date(2018, 2, 10), "day"), False,
        actors=[ActorMention(name, name, 0, 1, "alias") for name in sorted(names)],
        events=list(extracted_events),
    )  # fmt: skip
    article = make_article(" ".join(e.evidence[0].sentence for e in extracted_events))
    _store_events(article, extraction, LoadReport(), sides, Placement(), cache)
    cache.flush()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("articles", "statuses"),
    [
        # The article kept them apart: the loader does not join them again.
        ([[_fresh(DONE), _fresh(TO_COME)]], ["occurred", "planned"]),
        ([[_fresh(TO_COME), _fresh(DONE)]], ["occurred", "planned"]),
        # Across articles a plan told before and the trip told after are one happening.
        ([[_fresh(TO_COME)], [_fresh(DONE)]], ["occurred"]),
        ([[_fresh(DONE)], [_fresh(TO_COME)]], ["occurred"]),
    ],
)
def test_the_loader_keeps_what_an_article_told_apart(articles, statuses):
    from dashboard.models import Event as StoredEvent

    for reports in articles:
        _store_article(*reports)
    assert sorted(StoredEvent.objects.values_list("status", flat=True)) == statuses


# ------------------------------------------------ one occasion, one day, one place
@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # A president welcomed at the border village by the host leader's sister, then
        # sitting down with the leader: the greeting is part of the summit (kp2-014 s10, s12).
        (report("summit", "2018-05-26", "Kim Jong-un", "Moon Jae-in", place="Panmunjom"),
         report("meeting", "2018-05-26", "Moon Jae-in", "Kim Yo-jong", place="Panmunjom"),
         True),
        # A working dinner of the two leaders with an aide on the summit's first evening.
        (report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un", place="Hanoi"),
         report("meeting", "2019-02-27", "Donald Trump", "Kim Yong-chol", "Mike Pompeo",
                place="Hanoi"), True),
        # The same greeting told without a place: nothing ties it to the summit's venue.
        (report("summit", "2018-05-26", "Kim Jong-un", "Moon Jae-in", place="Panmunjom"),
         report("meeting", "2018-05-26", "Moon Jae-in", "Kim Yo-jong"), False),
        # The greeting a day before the summit is a happening of its own.
        (report("summit", "2018-05-26", "Kim Jong-un", "Moon Jae-in", place="Panmunjom"),
         report("meeting", "2018-05-25", "Moon Jae-in", "Kim Yo-jong", place="Panmunjom"),
         False),
        # Aides meeting at the venue on the summit's day, no leader among them: their own
        # talks, not the leaders' summit.
        (report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", place="Singapore"),
         report("meeting", "2018-06-12", "Mike Pompeo", "Kim Yong-chol", place="Singapore"),
         False),
        # A leader receiving an envoy in his own capital the same day is elsewhere.
        (report("summit", "2018-06-12", "Donald Trump", "Kim Jong-un", place="Singapore"),
         report("meeting", "2018-06-12", "Moon Jae-in", "Mike Pence", place="Washington"),
         False),
    ],
)  # fmt: skip
def test_a_leaders_meeting_at_the_summits_place_on_its_day_is_the_summit(a, b, same):
    assert events_match(a, b, LED) is same
    assert events_match(b, a, LED) is same


def published_day(kind, date, *parties, status="occurred", place="", sentence="s"):
    """A report dated only by the publication day: a transcript's title, a headline."""
    event = report(kind, date, *parties, status=status, place=place, sentence=sentence)
    event.date_inferred = True
    return event


def stated_day(kind, date, *parties, status="occurred", place="", sentence="s"):
    event = report(kind, date, *parties, status=status, place=place, sentence=sentence)
    event.date_text, event.date_inferred = "a stated day", False
    return event


@pytest.mark.parametrize(
    ("reports", "dates"),
    [
        # Remarks posted the day after the meeting, whose photo caption dates it (kp4-007).
        ([published_day("summit", "2019-04-12", "Donald Trump", "Moon Jae-in",
                        sentence="Remarks by the two presidents"),
          stated_day("summit", "2019-04-11", "Donald Trump", "Moon Jae-in",
                     sentence="The presidents met on Thursday, April 11.")], ["2019-04-11"]),
        # A wire story of Sunday telling Friday's talks in its lead and dating them below.
        ([published_day("meeting", "2018-07-08", "Mike Pompeo", "Kim Yong-chol",
                        sentence="Pompeo holds talks with Kim's aide"),
          stated_day("meeting", "2018-07-06", "Mike Pompeo", "Kim Yong-chol",
                     sentence="The talks opened on Friday.")], ["2018-07-06"]),
        # A headline of a plan and the day the body sets for it, two days on.
        ([published_day("summit", "2019-04-09", "Donald Trump", "Moon Jae-in", status="planned",
                        sentence="Trump to host Moon"),
          stated_day("summit", "2019-04-11", "Donald Trump", "Moon Jae-in", status="planned",
                     sentence="Moon will be received on Thursday.")], ["2019-04-11"]),
        # Another pair of leaders the day before: two happenings.
        ([published_day("summit", "2019-04-12", "Donald Trump", "Moon Jae-in"),
          stated_day("summit", "2019-04-11", "Donald Trump", "Kim Jong-un")],
         ["2019-04-11", "2019-04-12"]),
        # A meeting of the same two a week and more before publication: too far to be the
        # day the publication guesses.
        ([published_day("summit", "2019-04-12", "Donald Trump", "Moon Jae-in"),
          stated_day("summit", "2019-04-02", "Donald Trump", "Moon Jae-in")],
         ["2019-04-02", "2019-04-12"]),
        # A happening told as done cannot lie after the day it is published.
        ([published_day("summit", "2019-04-12", "Donald Trump", "Moon Jae-in"),
          stated_day("summit", "2019-04-13", "Donald Trump", "Moon Jae-in")],
         ["2019-04-12", "2019-04-13"]),
        # Two stated days that could be the guessed one: which is it? Neither.
        ([published_day("summit", "2019-04-12", "Donald Trump", "Moon Jae-in"),
          stated_day("summit", "2019-04-10", "Donald Trump", "Moon Jae-in", sentence="a"),
          stated_day("summit", "2019-04-11", "Donald Trump", "Moon Jae-in", sentence="b")],
         ["2019-04-10", "2019-04-11", "2019-04-12"]),
    ],
)  # fmt: skip
def test_a_day_guessed_from_the_publication_yields_to_the_day_stated(reports, dates):
    merged = merge_events(reports, LED)
    assert sorted(e.date.formatted() for e in merged) == dates


# ------------------------------------------------ one meeting told day by day
# Sides that know who is a person (side_map reads it from the gazetteer): only the same
# people of both sides make consecutive days one meeting.
PEOPLE = Sides(
    SIDES,
    people={"Donald Trump", "Mike Pompeo", "Kim Jong-un", "Kim Yong-chol", "Moon Jae-in",
            "Stephen Biegun"},
)  # fmt: skip
TRUMP_KIM = ("Donald Trump", "Kim Jong-un")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # The two leaders' summit told by one report on its first day, by another on its
        # second (kp4-002, kp4-003).
        (report("summit", "2019-02-27", *TRUMP_KIM),
         report("summit", "2019-02-28", *TRUMP_KIM, "North Korea"), True),
        # The same envoys' talks on a Friday and on the Saturday.
        (report("meeting", "2018-07-06", "Mike Pompeo", "Kim Yong-chol"),
         report("meeting", "2018-07-07", "Mike Pompeo", "Kim Yong-chol"), True),
        # A span told to its last day and the day after it.
        (report("negotiation", "2019-10-04", "Stephen Biegun", "Kim Yong-chol",
                end=dt.date(2019, 10, 5)),
         report("negotiation", "2019-10-06", "Stephen Biegun", "Kim Yong-chol"), True),
        # Two days apart: not told as one meeting.
        (report("summit", "2019-02-27", *TRUMP_KIM),
         report("summit", "2019-03-01", *TRUMP_KIM), False),
        # The envoy's talks one day, his leader's meeting with the same man the next.
        (report("meeting", "2019-01-17", "Mike Pompeo", "Kim Yong-chol"),
         report("meeting", "2019-01-18", "Donald Trump", "Kim Yong-chol"), False),
        # A third leader on the second day: another meeting.
        (report("summit", "2019-06-29", *TRUMP_KIM),
         report("summit", "2019-06-30", *TRUMP_KIM, "Moon Jae-in"), False),
        # The leader's arrival the day before is his trip, not a day of the summit.
        (report("visit", "2019-02-26", ("Donald Trump", "initiator"), ("Kim Jong-un", "target")),
         report("summit", "2019-02-27", *TRUMP_KIM), False),
        (report("visit", "2019-02-26", ("Donald Trump", "initiator"), ("Kim Jong-un", "target")),
         report("visit", "2019-02-27", ("Donald Trump", "initiator"), ("Kim Jong-un", "target")),
         False),
        # A summit one day and a meeting of the same two the next: told as two things.
        (report("summit", "2019-02-27", *TRUMP_KIM),
         report("meeting", "2019-02-28", *TRUMP_KIM), False),
        # Only the states, or one side's people: nothing says who met.
        (report("negotiation", "2019-10-05", "United States", "North Korea"),
         report("negotiation", "2019-10-06", "United States", "North Korea"), False),
        (report("meeting", "2019-10-05", "Mike Pompeo", "North Korea"),
         report("meeting", "2019-10-06", "Mike Pompeo", "North Korea"), False),
        # A summit held one day is not the one called off the next.
        (report("summit", "2019-02-27", *TRUMP_KIM),
         report("summit", "2019-02-28", *TRUMP_KIM, status="cancelled"), False),
    ],
)  # fmt: skip
def test_consecutive_days_of_the_same_peoples_meeting_are_one_happening(a, b, same):
    assert events_match(a, b, PEOPLE) is same
    assert events_match(b, a, PEOPLE) is same
    assert fits_every(report_of(b), [report_of(a)], PEOPLE) is same
    # Without knowing who is a person, no two days are joined.
    assert not events_match(a, b, SIDES) or a.date == b.date


@pytest.mark.parametrize(
    ("reports", "spans"),
    [
        # An article telling both days of the summit: one event over both.
        ([report("summit", "2019-02-28", *TRUMP_KIM, sentence="second"),
          report("summit", "2019-02-27", *TRUMP_KIM, sentence="first")],
         [("2019-02-27", dt.date(2019, 2, 28))]),
        # Three days one after another: each within a day of every other only for two.
        ([report("meeting", "2018-07-06", "Mike Pompeo", "Kim Yong-chol", sentence="a"),
          report("meeting", "2018-07-07", "Mike Pompeo", "Kim Yong-chol", sentence="b"),
          report("meeting", "2018-07-08", "Mike Pompeo", "Kim Yong-chol", sentence="c")],
         [("2018-07-06", dt.date(2018, 7, 7)), ("2018-07-08", None)]),
        # Told as held one day and as to come the next by one writer: two happenings.
        ([report("summit", "2019-02-27", *TRUMP_KIM, sentence="met"),
          report("summit", "2019-02-28", *TRUMP_KIM, status="planned", sentence="will")],
         [("2019-02-27", None), ("2019-02-28", None)]),
        # The envoy's talks and then his leader's meeting.
        ([report("meeting", "2019-01-17", "Mike Pompeo", "Kim Yong-chol", sentence="envoy"),
          report("meeting", "2019-01-18", "Donald Trump", "Kim Yong-chol", sentence="boss")],
         [("2019-01-17", None), ("2019-01-18", None)]),
    ],
)  # fmt: skip
def test_an_article_telling_each_day_of_a_meeting_makes_one_event(reports, spans):
    merged = merge_events(reports, PEOPLE)
    assert sorted((e.date.formatted(), e.end_date) for e in merged) == spans


HANOI = [
    report("summit", "2019-02-27", "United States", "North Korea", sentence="The states met."),
    report("summit", "2019-02-27", *TRUMP_KIM, place="Hanoi", sentence="Day one."),
    report("summit", "2019-02-28", *TRUMP_KIM, "North Korea", sentence="Day two."),
    report("summit", "2019-02-28", "Kim Jong-un", place="Hanoi", sentence="Kim in Hanoi."),
]  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("reports", "spans"),
    [
        # Four articles on the two days of one summit: one event from the first to the
        # last day, the second day told first or last. The last report names one side at
        # the summit's place, which the report of the two states does not name but the
        # event does.
        (HANOI, [("2019-02-27", dt.date(2019, 2, 28))]),
        ([HANOI[2], HANOI[1], HANOI[0], HANOI[3]], [("2019-02-27", dt.date(2019, 2, 28))]),
        # Across the end of a month.
        ([report("meeting", "2018-03-31", "Mike Pompeo", "Kim Yong-chol", sentence="Sat."),
          report("meeting", "2018-04-01", "Mike Pompeo", "Kim Yong-chol", sentence="Sun.")],
         [("2018-03-31", dt.date(2018, 4, 1))]),
        ([report("meeting", "2018-04-01", "Mike Pompeo", "Kim Yong-chol", sentence="Sun."),
          report("meeting", "2018-03-31", "Mike Pompeo", "Kim Yong-chol", sentence="Sat.")],
         [("2018-03-31", dt.date(2018, 4, 1))]),
        # Must not join: the trip before the summit, the envoy before his leader.
        ([report("visit", "2019-02-26", ("Donald Trump", "initiator"),
                 ("Kim Jong-un", "target"), sentence="He flew in."),
          report("summit", "2019-02-27", *TRUMP_KIM, sentence="They met.")],
         [("2019-02-26", None), ("2019-02-27", None)]),
        ([report("meeting", "2019-01-17", "Mike Pompeo", "Kim Yong-chol", sentence="Envoy."),
          report("meeting", "2019-01-18", "Donald Trump", "Kim Yong-chol", sentence="Boss.")],
         [("2019-01-17", None), ("2019-01-18", None)]),
    ],
)  # fmt: skip
def test_the_loader_joins_the_days_of_one_meeting_told_by_different_articles(reports, spans):
    from dashboard.models import Event as StoredEvent

    _store(*[_fresh(r) for r in reports], sides=PEOPLE)
    stored = StoredEvent.objects.values_list("date", "date_precision", "end_date")
    assert sorted(((DateValue(d, p).formatted(), end) for d, p, end in stored), key=str) == spans


@pytest.mark.parametrize(
    ("new", "same"),
    [
        # One side at the place the event's other report names: the event's place.
        (report("summit", "2019-02-27", "Kim Jong-un", place="Hanoi"), True),
        # One side at no place, or at another place: nothing bridges it to the two states.
        (report("summit", "2019-02-27", "Kim Jong-un"), False),
        (report("summit", "2019-02-27", "Kim Jong-un", place="Pyongyang"), False),
    ],
)  # fmt: skip
def test_a_report_without_a_place_is_at_the_place_its_event_names(new, same):
    held = [
        report("summit", "2019-02-27", "United States", "North Korea"),
        report("summit", "2019-02-27", *TRUMP_KIM, place="Hanoi"),
    ]
    assert fits_every(report_of(new), [report_of(r) for r in held], LED) is same


PLACED = [
    report("summit", "2019-02-27", "Donald Trump", "Kim Jong-un", place="Hanoi",
           sentence="They met in Hanoi."),
    report("summit", "2019-06-30", "Donald Trump", "Kim Jong-un", sentence="They met again."),
]  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("named", "events"),
    [
        # kp4-024 s2: "the recent Hanoi summit", a year report naming its place, is the
        # Hanoi summit; the unplaced summit of the same leaders that year is no rival
        (report("summit", "2019", "Donald Trump", "Kim Jong-un", place="Hanoi",
                sentence="The recent Hanoi summit."), 2),
        # "their Hanoi talks", another phrasing of the meeting group
        (report("meeting", "2019", "Donald Trump", "Kim Jong-un", place="Hanoi",
                sentence="Their Hanoi meeting."), 2),
        # a year report with no place still cannot tell the two apart: stored alone
        (report("summit", "2019", "Donald Trump", "Kim Jong-un",
                sentence="The summit this year."), 3),
    ],
)  # fmt: skip
def test_a_year_report_naming_its_place_joins_the_happening_of_that_place(named, events):
    from dashboard.models import Event as StoredEvent

    _store(*PLACED, named)
    assert StoredEvent.objects.count() == events
