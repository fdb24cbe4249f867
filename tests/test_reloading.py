"""Reloads and re-extraction: event ids stay, the input streams, one failing extraction stops
nothing, and what a web page shows of an article was found at load time."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from dashboard import ingest
from dashboard.extraction.pipeline import Pipeline
from dashboard.models import Actor, ActorSpan, Article, Event, Mention

pytestmark = pytest.mark.django_db


def reload_everything() -> str:
    Article.objects.update(extraction_version="stale")  # as after an engine upgrade
    out = StringIO()
    call_command("load_corpus", stdout=out, stderr=StringIO())
    return out.getvalue()


def visible() -> dict[int, tuple]:
    return {
        pk: rest
        for pk, *rest in Event.objects.visible().values_list(
            "pk", "event_type", "date", "status", "summary"
        )
    }


def test_re_extracting_unchanged_articles_keeps_every_event_and_its_id(seeds):
    before, mentions = visible(), set(Mention.objects.values_list("pk", flat=True))
    assert "4 updated" in reload_everything()
    assert visible() == before
    # The evidence rows stay too: a curator's open form may name them.
    assert set(Mention.objects.values_list("pk", flat=True)) == mentions


def test_a_rules_change_updates_in_place_the_events_one_article_alone_reports(seeds, monkeypatch):
    """An event reported by several articles is refined by each (a more precise date, a
    stronger status), as when they were first loaded; one reported by a single article
    becomes what the new rules say of it."""
    extract = Pipeline.extract

    def reworded(self, text, published=None):
        result = extract(self, text, published)
        for event in result.events:
            event.summary = f"Reworded: {event.summary}"
        return result

    monkeypatch.setattr(Pipeline, "extract", reworded)
    before = visible()
    single = {
        pk for pk in before if Mention.objects.filter(event_id=pk).values("article").distinct()
        .count() == 1
    }  # fmt: skip
    assert 0 < len(single) < len(before)
    reload_everything()
    after = visible()
    assert after.keys() == before.keys()
    assert {pk for pk, (*_, summary) in after.items() if summary.startswith("Reworded: ")} == (
        single
    )


def test_an_event_the_new_rules_no_longer_find_is_deleted_unless_a_curator_vouched(
    seeds, monkeypatch
):
    extract = Pipeline.extract
    dropped = set(Event.objects.filter(event_type="statement").values_list("pk", flat=True))
    kept = Event.objects.filter(pk__in=dropped).first()
    Event.objects.filter(pk=kept.pk).update(review="verified")

    def without_statements(self, text, published=None):
        result = extract(self, text, published)
        result.events = [e for e in result.events if e.type != "statement"]
        return result

    monkeypatch.setattr(Pipeline, "extract", without_statements)
    reload_everything()
    remaining = set(Event.objects.filter(pk__in=dropped).values_list("pk", flat=True))
    assert remaining == {kept.pk}


def test_the_article_page_marks_the_actors_found_at_load_time_without_running_extraction(
    seeds, client, monkeypatch
):
    article = Article.objects.get(source_key="seeds/002_8dec2069f99c670a.txt")
    spans = ActorSpan.objects.filter(article=article)
    assert spans.count() > 10
    pompeo = Actor.objects.get(name="Mike Pompeo")
    first = spans.filter(actor=pompeo).order_by("start").first()
    assert article.text[first.start : first.end] in {"Pompeo", "Mike Pompeo"}

    def no_extraction(*args, **kwargs):
        raise AssertionError("a web request ran extraction")

    monkeypatch.setattr(Pipeline, "extract", no_extraction)
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert f'href="/actors/{pompeo.slug}/"' in html


def story(tmp_path, name: str, text: str) -> None:
    (tmp_path / name).write_text(f"---\npublished: 2018-06-13\n---\n{text}\n")


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_whose_extraction_fails_is_reported_and_the_rest_load(
    tmp_path, monkeypatch, workers
):
    extract = Pipeline.extract

    def fragile(self, text, published=None):
        if "Ulaanbaatar" in text:
            raise RuntimeError("the rules tripped")
        return extract(self, text, published)

    monkeypatch.setattr(Pipeline, "extract", fragile)  # forked workers inherit it
    story(tmp_path, "a.txt", "Trump met Kim Jong-un in Singapore on June 12.")
    story(tmp_path, "b.txt", "Pompeo met Kim Yong-chol in Ulaanbaatar on June 10.")
    story(tmp_path, "c.txt", "Moon Jae-in met Kim Jong-un in Panmunjom on June 11.")
    err = StringIO()
    with pytest.raises(CommandError, match="1 input"):
        call_command("load_corpus", str(tmp_path), workers=workers, stdout=StringIO(), stderr=err)
    assert f"{tmp_path / 'b.txt'}: extraction failed: RuntimeError: the rules tripped" in (
        err.getvalue()
    )
    stored = Article.objects.filter(source_key__startswith=str(tmp_path))
    assert sorted(a.source_key.rsplit("/", 1)[1] for a in stored) == ["a.txt", "c.txt"]


def test_the_input_streams_chunk_by_chunk(tmp_path, monkeypatch):
    lines = [
        json.dumps({"id": f"a{n}", "published": "2018-06-13",
                    "text": f"Trump met Kim Jong-un in Singapore on June 12 ({n})."})
        for n in range(40)
    ]  # fmt: skip
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    read, at_first_write = [], []
    real_read = ingest.read_articles

    def counting(*args, **kwargs):
        for item in real_read(*args, **kwargs):
            read.append(item)
            yield item

    real_load = ingest.load_article

    def spying(*args, **kwargs):
        at_first_write.append(len(read))
        return real_load(*args, **kwargs)

    monkeypatch.setattr(ingest, "read_articles", counting)
    monkeypatch.setattr(ingest, "load_article", spying)
    call_command("load_corpus", str(tmp_path), batch=5, stdout=StringIO(), stderr=StringIO())
    assert len(read) == 40
    # The first article was written when the first chunk and the one after it were read,
    # not the whole input.
    assert at_first_write[0] == 10
