"""Reading stored events for the corpus evaluation (dashboard/corpus_evaluation.collect)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dashboard.corpus_evaluation import collect
from dashboard.extraction.gold import GoldText
from dashboard.extraction.records import DateValue
from dashboard.models import Mention
from tests.factories import make_article, make_event

pytestmark = pytest.mark.django_db

EARLY = "The two leaders will meet in June, officials said."
LATE = "The leaders met in Singapore on Tuesday."


def _gold(name: str) -> GoldText:
    return GoldText(Path(f"{name}.toml"), "dev", f"{name}.txt", "us-dprk",
                    dt.date(2018, 6, 13), True, [])  # fmt: skip


def test_each_texts_own_report_comes_with_the_stored_event(tmp_path):
    (tmp_path / "texts").mkdir()
    for name, body in (("early", EARLY), ("late", LATE)):
        (tmp_path / "texts" / f"{name}.txt").write_text(f"title: {name}\n\n{body}")
    early = make_article(EARLY, source_file="corpus/texts/early.txt")
    late = make_article(LATE, source_file="corpus/texts/late.txt")
    event = make_event("summit", "2018-06-12", sources=[early, late])
    planned = {"type": "summit", "status": "planned", "date": "2018-06-01",
               "precision": "month", "end": None, "parties": [], "location": ""}  # fmt: skip
    Mention.objects.filter(event=event, article=early).update(report=planned)

    by_text, missing = collect([_gold("early"), _gold("late")], tmp_path)

    assert missing == []
    (from_early,) = by_text["early.txt"]
    assert from_early.id == event.pk
    # The early text said "planned, June"; the late one kept no report: the event speaks.
    assert from_early.reported_in("early.txt") == (
        "planned",
        DateValue(dt.date(2018, 6, 1), "month"),
    )
    assert from_early.reported_in("late.txt") == (
        "occurred",
        DateValue(dt.date(2018, 6, 12), "day"),
    )
    # Offsets count the file's front matter, which the stored text lacks.
    (mention,) = [m for m in from_early.mentions if m.text == "late.txt"]
    assert (mention.start, mention.end) == (
        len("title: late\n\n"),
        len("title: late\n\n") + len(LATE),
    )
