"""The load cache: merge candidates held in memory for a whole load must change nothing about
what is stored, only how many queries it takes."""

from __future__ import annotations

import datetime as dt
from io import StringIO
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.extraction.merging import dates_compatible
from dashboard.extraction.ontology import merge_group
from dashboard.extraction.records import DateValue
from dashboard.load_cache import LoadCache
from dashboard.loading import LoadReport, load_article, sync_gazetteer
from dashboard.models import Article, Event, Mention
from dashboard.sources import read_articles
from dashboard.synthetic import CorpusGenerator, write_jsonl
from tests.factories import make_actor

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    """200 generated articles: the same happenings reported again and again, in many ways."""
    path = tmp_path_factory.mktemp("corpus") / "synthetic.jsonl"
    with path.open("w", encoding="utf-8") as out:
        write_jsonl(CorpusGenerator.from_corpus(ROOT / "corpus").articles(200), out)
    return path


@pytest.fixture
def gazetteer(pipeline) -> None:
    """The gazetteer's actors stored, with their countries, as load_corpus stores them before
    its first article: merging reads the parties' states from them."""
    sync_gazetteer(pipeline.gazetteer)


def _articles(synthetic: Path | None = None):
    sources = [ROOT / "seeds", ROOT / "tests" / "gold" / "articles"]
    return list(read_articles([*sources, *([synthetic] if synthetic else [])], ROOT, {}))


def _contents() -> set:
    """Everything stored about events, independent of row ids."""
    found = set()
    for event in Event.objects.prefetch_related("participants__actor", "mentions__article"):
        found.add(
            (
                event.event_type, event.status, event.date, event.date_precision,
                event.location, event.summary, event.confidence, event.date_inferred,
                frozenset((p.actor.name, p.role) for p in event.participants.all()),
                frozenset((m.article.source_key, m.start, m.trigger_start)
                          for m in event.mentions.all()),
                event.related_event.summary if event.related_event else None,
            )
        )  # fmt: skip
    return found


def _clear() -> None:
    Event.objects.all().delete()
    Article.objects.all().delete()


@pytest.mark.slow  # 200 generated articles loaded twice
@pytest.mark.parametrize("deferred", [False, True], ids=["per-article", "batched"])
def test_one_cache_for_the_whole_load_stores_what_reading_everything_per_article_stores(
    pipeline, gazetteer, synthetic, deferred
):
    articles = _articles(synthetic)
    _clear()
    for article in articles:  # a fresh cache each time: every candidate read from the database
        load_article(article, pipeline, LoadReport(), cache=LoadCache())
    uncached = _contents()
    _clear()
    cache = LoadCache()
    cache.defer_writes = deferred  # as load_corpus: participants and mentions once a batch
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        for article in articles:
            load_article(article, pipeline, LoadReport(), cache=cache)
        cache.flush()
    assert _contents() == uncached
    assert len(uncached) > 200 and Mention.objects.count() > 2 * len(uncached)
    assert len(queries) / len(articles) < 12  # ~45 an article before the cache


def test_an_article_whose_transaction_fails_leaves_nothing_behind_in_the_cache(
    pipeline, gazetteer, monkeypatch
):
    # Two articles that report events (the seeds, read without their manifest, are undated).
    article, again = [a for a in _articles() if pipeline.extract(a.text, a.published).events][:2]
    _clear()
    cache = LoadCache()

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(Mention.objects, "bulk_create", fail)
        with pytest.raises(RuntimeError):
            load_article(article, pipeline, LoadReport(), cache=cache)
    assert not Event.objects.exists()  # rolled back...
    # ...and the cache offers none of its events as merge candidates: loading works.
    load_article(article, pipeline, LoadReport(), cache=cache)
    load_article(again, pipeline, LoadReport(), cache=cache)
    stored = _contents()
    _clear()
    for each in (article, again):
        load_article(each, pipeline, LoadReport(), cache=LoadCache())
    assert _contents() == stored


# Few types and a short span (across a new year), so that stored and wanted events often
# share a merge group, a year or a month.
PRECISIONS = st.sampled_from(["day", "month", "year"])
DAYS = st.dates(min_value=dt.date(2017, 12, 1), max_value=dt.date(2018, 2, 28))
TYPES = st.sampled_from(["meeting", "summit", "visit", "cancellation", "sanction"])


def _as_stored(day: dt.date, precision: str) -> dt.date:
    if precision == "year":
        return dt.date(day.year, 1, 1)
    return day.replace(day=1) if precision == "month" else day


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    stored=st.lists(st.tuples(TYPES, DAYS, PRECISIONS), max_size=25),
    wanted=st.tuples(TYPES, DAYS, PRECISIONS),
)
def test_candidates_include_every_stored_event_merging_could_accept(stored, wanted):
    Event.objects.all().delete()
    events = [
        Event.objects.create(
            event_type=kind, date=_as_stored(day, precision), date_precision=precision
        )
        for kind, day, precision in stored
    ]
    kind, day, precision = wanted
    date = DateValue(_as_stored(day, precision), precision)
    found = {event.pk for event in LoadCache().candidates(kind, date)}
    for event in events:
        acceptable = merge_group(event.event_type) == merge_group(kind) and dates_compatible(
            DateValue(event.date, event.date_precision), date
        )
        if acceptable:
            assert event.pk in found
        if event.pk in found:
            assert merge_group(event.event_type) == merge_group(kind)
            assert event.date.year == date.value.year


def test_a_party_added_to_an_event_joins_its_reach():
    """A later report may add a party; an event is then a candidate for reports naming it."""
    event = Event.objects.create(event_type="meeting", date=dt.date(2018, 6, 12))
    pompeo, kim = make_actor("Mike Pompeo"), make_actor("Kim Yong-chol")
    nationality = {"Mike Pompeo": "United States", "Kim Yong-chol": "North Korea"}
    cache = LoadCache()
    assert cache.candidates("meeting", DateValue(event.date, "day")) == [event]
    cache.add_participant(event, pompeo, "participant")
    assert cache.reach(event.pk, nationality) == {"Mike Pompeo", "United States"}
    cache.add_participant(event, kim, "participant")
    assert cache.reach(event.pk, nationality) == {
        "Mike Pompeo", "United States", "Kim Yong-chol", "North Korea"
    }  # fmt: skip
    cache.flush()
    assert set(event.participants.values_list("actor__name", flat=True)) == {
        "Mike Pompeo", "Kim Yong-chol"
    }  # fmt: skip


@pytest.mark.slow  # 200 generated articles
def test_a_load_of_new_articles_asks_nothing_about_each_before_writing_it(synthetic):
    from django.core.management import call_command

    with CaptureQueriesContext(connection) as queries:
        call_command("load_corpus", str(synthetic), stdout=StringIO())
    one_by_one = [q for q in queries if '"dashboard_article"."source_key" =' in q["sql"]]
    assert one_by_one == []
    assert Article.objects.filter(source_file__contains="synthetic").count() == 200
    output = StringIO()
    call_command("load_corpus", str(synthetic), stdout=output)  # now every key is stored
    assert "0 created, 0 updated, 200 unchanged" in output.getvalue()
