"""One sentence of one article is one piece of evidence of an event, however many of its
triggers report it (issue 14, point 5: identical evidence is stored once)."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extraction.records import (
    ActorMention,
    DateValue,
    Event,
    Evidence,
    Extraction,
    Participant,
)
from dashboard.loading import LoadReport, load_article
from dashboard.models import Event as StoredEvent
from dashboard.models import Mention
from dashboard.sources import ArticleInput
from tests.factories import make_actor

pytestmark = pytest.mark.django_db

SENTENCE = "The envoys met in Oslo on Monday, and the meeting ran late into the night."
TEXT = "Talks in Oslo\n\n" + SENTENCE + "\n\nBoth sides said they would meet again."
START = TEXT.index(SENTENCE)
MONDAY = DateValue(dt.date(2019, 4, 8), "day")
PEOPLE = (("Mike Pompeo", "US"), ("Kim Yong-chol", "KP"))


def _report(trigger: str, sentence_start: int = START, sentence: str = SENTENCE) -> Event:
    at = sentence_start + sentence.index(trigger)
    return Event(
        type="meeting", status="occurred", date=MONDAY, date_text="on Monday",
        participants=[Participant("Mike Pompeo", "participant"),
                      Participant("Kim Yong-chol", "participant")],
        evidence=[Evidence(sentence, sentence_start, sentence_start + len(sentence), trigger,
                           at, at + len(trigger))],
        location="Oslo", date_inferred=False,
    )  # fmt: skip


def _load(pipeline, *reports: Event) -> None:
    article = ArticleInput(key="test:oslo", file="oslo.txt", text=TEXT,
                           published=dt.date(2019, 4, 9))  # fmt: skip
    for name, country in PEOPLE:
        make_actor(name, kind="person", country=country)
    extraction = Extraction(
        published=DateValue(dt.date(2019, 4, 9), "day"), published_inferred=False,
        actors=[ActorMention(name, name, 0, 1, "alias") for name, _ in PEOPLE],
        events=list(reports),
    )  # fmt: skip
    load_article(article, pipeline, LoadReport(), extraction=extraction)


@pytest.mark.parametrize(
    ("reports", "mentions"),
    [
        # Two triggers of one sentence ("met", "meeting"), one stored event: one mention.
        ((_report("met"), _report("meeting")), 1),
        # The same happening told again in another sentence is more evidence.
        ((_report("met"), _report("meet", TEXT.index("Both"), "Both sides said they would "
                                   "meet again.")), 2),
    ],
)  # fmt: skip
def test_a_sentence_is_stored_once_per_event(pipeline, reports, mentions):
    _load(pipeline, *reports)
    assert StoredEvent.objects.count() == 1
    assert Mention.objects.count() == mentions
    assert len(set(Mention.objects.values_list("start", flat=True))) == mentions
