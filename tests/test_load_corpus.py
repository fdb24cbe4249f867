from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from dashboard.loading import LoadReport, load_article
from dashboard.models import Actor, Article, Event, Mention, Participant
from dashboard.sources import ArticleInput

pytestmark = pytest.mark.django_db


def load(*paths, **options) -> str:
    out, err = StringIO(), StringIO()
    call_command("load_corpus", *[str(p) for p in paths], stdout=out, stderr=err, **options)
    return out.getvalue() + err.getvalue()


def snapshot() -> tuple:
    return (
        Article.objects.count(),
        Event.objects.count(),
        Mention.objects.count(),
        Participant.objects.count(),
        sorted(Event.objects.values_list("id", "date", "date_precision", "status")),
    )


def test_loading_the_seeds_again_changes_nothing_and_says_so(seeds):
    before = snapshot()
    output = load()
    assert "0 created, 0 updated, 4 unchanged, 0 failed" in output
    assert snapshot() == before


def test_the_seeds_were_stored_with_their_manifest_metadata(seeds):
    article = Article.objects.get(source_key="seeds/002_8dec2069f99c670a.txt")
    assert article.outlet == "The Hill"
    assert article.published.isoformat() == "2018-08-25"
    assert article.title == "North Korea talks draw fresh scrutiny after canceled meeting"


def test_a_bad_file_is_reported_and_the_others_still_load(tmp_path):
    (tmp_path / "good.txt").write_text(
        "---\ntitle: Good\npublished: 2018-06-13\n---\n"
        "Trump met Kim Jong-un in Singapore on June 12.\n"
    )
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (tmp_path / "empty.md").write_text("   \n")
    (tmp_path / "broken.md").write_text("---\ntitle: Broken\nno closing line\n")
    (tmp_path / "date.md").write_text("---\npublished: 2018-02-30\n---\nText.\n")
    with pytest.raises(CommandError) as failure:
        load(tmp_path)
    assert "5 input(s) could not be loaded" in str(failure.value)
    assert Article.objects.filter(title="Good").exists()
    assert not Article.objects.filter(source_file__contains="binary").exists()


def test_problems_name_the_file_and_the_reason(tmp_path, capsys):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01")
    (tmp_path / "date.md").write_text("---\npublished: 2018-02-30\n---\nText.\n")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("load_corpus", str(tmp_path), stdout=StringIO(), stderr=err)
    messages = err.getvalue()
    assert f"{tmp_path / 'binary.txt'}: binary file, not text" in messages
    assert f"{tmp_path / 'date.md'}: 'published' is not a valid YYYY-MM-DD date" in messages


def test_jsonl_loads_each_line_and_reports_broken_lines(tmp_path):
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": "Pompeo met Kim Yong-chol in Pyongyang on July 6, 2018.",
                "published": "2018-07-08",
                "outlet": "Example Wire",
            }
        ),
        "{not json",
        json.dumps({"id": "a3", "title": "no text"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("load_corpus", str(tmp_path / "feed.jsonl"), stdout=StringIO(), stderr=err)
    assert f"{tmp_path / 'feed.jsonl'}:2: invalid JSON" in err.getvalue()
    assert f"{tmp_path / 'feed.jsonl'}:3: 'text' is required" in err.getvalue()
    article = Article.objects.get(source_key=f"{tmp_path / 'feed.jsonl'}#a1")
    assert article.outlet == "Example Wire"
    assert article.mentions.exists()


def test_dry_run_writes_nothing(tmp_path):
    (tmp_path / "new.txt").write_text(
        "---\npublished: 2018-06-13\n---\nTrump met Kim Jong-un on June 12.\n"
    )
    before = snapshot()
    output = load(tmp_path, dry_run=True)
    assert "would be created" in output and "Dry run" in output
    assert snapshot() == before


def test_a_changed_article_is_updated_not_duplicated(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "---\npublished: 2018-06-13\n---\nTrump met Kim Jong-un in Singapore on June 12.\n"
    )
    load(path)
    path.write_text("---\npublished: 2018-06-13\n---\nMoon Jae-in met Kim Jong-un on June 10.\n")
    output = load(path)
    assert "1 updated" in output
    article = Article.objects.get(source_key=str(path))
    actors = set(
        Participant.objects.filter(event__mentions__article=article).values_list(
            "actor__name", flat=True
        )
    )
    assert actors == {"Moon Jae-in", "Kim Jong-un"}


def test_a_report_of_a_stored_event_becomes_a_mention_of_it(seeds, tmp_path):
    cancellation = Event.objects.get(event_type="cancellation", date="2018-08-24")
    sources = cancellation.mentions.values("article").distinct().count()
    (tmp_path / "wire.txt").write_text(
        "---\npublished: 2018-08-25\noutlet: Example Wire\n---\n"
        "On Friday, President Trump canceled Mike Pompeo's trip to North Korea.\n"
    )
    load(tmp_path)
    assert Event.objects.filter(event_type="cancellation", date="2018-08-24").count() == 1
    assert cancellation.mentions.values("article").distinct().count() == sources + 1


def test_a_curators_edit_survives_a_reload(seeds, tmp_path):
    event = Event.objects.get(event_type="cancellation", date="2018-08-24")
    Event.objects.filter(pk=event.pk).update(
        summary="Curated summary", edited=True, location="Washington"
    )
    Article.objects.update(extraction_version="stale")  # force re-extraction of every seed
    output = load()
    assert "4 updated" in output
    event.refresh_from_db()
    assert (event.summary, event.location) == ("Curated summary", "Washington")
    assert event.mentions.exists()


def test_a_rejected_event_is_not_extracted_back(seeds, tmp_path):
    event = Event.objects.get(event_type="sanction", date="2018-08-22")
    Event.objects.filter(pk=event.pk).update(review="rejected")
    Article.objects.update(extraction_version="stale")
    load()
    assert list(Event.objects.filter(event_type="sanction", date="2018-08-22")) == [event]
    assert Event.objects.get(pk=event.pk).review == "rejected"


def test_a_20_mb_file_is_refused_by_size_and_the_rest_loads(tmp_path):
    (tmp_path / "huge.txt").write_text("Trump met Kim Jong-un on June 12. " * 600_000)  # 20 MB
    (tmp_path / "good.txt").write_text(
        "---\ntitle: Good\npublished: 2018-06-13\n---\nTrump met Kim Jong-un on June 12.\n"
    )
    err = StringIO()
    with pytest.raises(CommandError, match="1 input"):
        call_command("load_corpus", str(tmp_path), stdout=StringIO(), stderr=err)
    assert f"{tmp_path / 'huge.txt'}: too large for one article (20.4 MB" in err.getvalue()
    assert Article.objects.filter(title="Good").exists()
    assert not Article.objects.filter(source_file__contains="huge").exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", ": empty file"),
        (b"\n\n", ": empty file"),
        (b'{"text": "ok"}\n\x00\x01\x02', ": binary file, not text"),
        (b'{"id": "x", "text": "Caf\xe9 talks"}\n', ":1: not UTF-8 text"),
        (b'{"id": "x", "text": "' + b"a" * 2_100_000 + b'"}\n', ":1: too large for one article"),
        (b'{"id": "x", "text": "t", "published": "2018-13-01"}\n', ":1: 'published' is not"),
        (b'["a list"]\n', ":1: expected a JSON object"),
    ],
)
def test_each_broken_json_lines_file_is_named_with_its_line(tmp_path, content, problem):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(content)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("load_corpus", str(path), stdout=StringIO(), stderr=err)
    assert f"{path}{problem}" in err.getvalue()
    assert not Article.objects.filter(source_file=str(path)).exists()


def test_an_article_that_fails_midway_leaves_nothing_and_its_batch_is_kept(tmp_path, monkeypatch):
    from dashboard import loading

    store = loading._store_events

    def fail_on_some(article, *args):
        store(article, *args)  # its events written, its participants and mentions noted
        if "fails here" in article.text:
            raise RuntimeError("disk trouble")

    monkeypatch.setattr(loading, "_store_events", fail_on_some)
    lines = [
        {"id": f"a{n}", "published": "2018-06-13", "text": f"Trump met Kim Jong-un on June {n}."}
        for n in range(1, 7)
    ]
    lines[2]["text"] = "Trump met Kim Jong-un on June 3. The load fails here."
    # A year not read yet: its look-up writes the rows noted so far, then the article fails.
    lines[4].update(published="2016-06-13", text="Trump met Kim Jong-un on June 5. It fails here.")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    with pytest.raises(CommandError):
        load(feed, batch=50)  # all six in one transaction
    keys = set(Article.objects.filter(source_file=str(feed)).values_list("source_key", flat=True))
    assert keys == {f"{feed}#a{n}" for n in (1, 2, 4, 6)}
    mentions = Mention.objects.filter(article__source_key__in=keys)
    assert mentions.count() == 4
    assert set(mentions.values_list("event__date__year", flat=True)) == {2018}
    assert not Event.objects.filter(date__year=2016).exists()
    assert Participant.objects.filter(event__mentions__in=mentions).count() == 4 * 2


# ---------------------------------------------------------------------- hostile input
MEETING = "Trump met Kim Jong-un in Singapore on June 12."


def record(**fields) -> str:
    return json.dumps({"text": MEETING, "published": "2018-06-13", **fields})


def load_failing(*paths, **options) -> tuple[str, str]:
    """Run load_corpus on input with bad parts: it must end in a CommandError, not a crash."""
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("load_corpus", *[str(p) for p in paths], stdout=out, stderr=err, **options)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return out.getvalue() + str(failure.value), err.getvalue()


def test_a_line_nested_too_deeply_is_one_failure_and_the_other_lines_load(tmp_path):
    feed = tmp_path / "feed.jsonl"
    deep = '{"text": "t", "x": ' + "[" * 1500 + "]" * 1500 + "}"
    feed.write_text("\n".join([record(id="a1"), deep, record(id="a3")]) + "\n")
    out, err = load_failing(feed)
    assert err == f"failed: {feed}:2: JSON nested too deeply\n"
    assert "2 created, 0 updated, 0 unchanged, 1 failed" in out
    assert "1 input(s) could not be loaded" in out
    assert Article.objects.filter(source_file=str(feed)).count() == 2


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_over_the_limit_is_reported_and_the_load_goes_on(tmp_path, workers):
    # Over spaCy's default of a million characters, within Parley's limit: it loads.
    (tmp_path / "long.txt").write_text(
        "---\npublished: 2018-06-13\n---\n" + "word " * 300_000 + "\n" + MEETING + "\n"
    )
    (tmp_path / "too-long.txt").write_text("---\ntitle: Too long\n---\n" + "a" * 2_100_000)
    (tmp_path / "feed.jsonl").write_text(
        record(id="big", text="b" * 2_100_000) + "\n" + record(id="ok") + "\n"
    )
    out, err = load_failing(tmp_path, workers=workers)
    assert err.splitlines() == [
        f"failed: {tmp_path / 'feed.jsonl'}:1: too large for one article (2.1 MB; the limit is "
        "2 MB)",
        f"failed: {tmp_path / 'too-long.txt'}: too large for one article (2.1 MB; the limit is "
        "2 MB)",
    ]
    assert "2 created, 0 updated, 0 unchanged, 2 failed" in out
    long = Article.objects.get(source_key=str(tmp_path / "long.txt"))
    assert long.mentions.exists()  # its events were extracted
    assert Article.objects.filter(source_key=f"{tmp_path / 'feed.jsonl'}#ok").exists()


def test_a_duplicate_id_names_both_lines_and_a_rerun_reports_the_article_unchanged(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join([record(id="a1", title="first"), record(id="a2"), record(id="a1", title="2nd")])
        + "\n"
    )
    out, err = load_failing(feed)
    assert err == f"failed: {feed}:3: duplicate id 'a1' (first on line 1); skipped\n"
    assert "2 created, 0 updated, 0 unchanged, 1 failed" in out
    assert Article.objects.get(source_key=f"{feed}#a1").title == "first"
    out, err = load_failing(feed)
    assert "0 created, 0 updated, 2 unchanged, 1 failed" in out


def test_wrong_metadata_nul_characters_and_unsafe_urls_are_refused_by_name(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [
        record(id="object-title", title={"text": "a title"}),
        record(id="number-date", published=20180613),
        record(id="nul-text", text="Trump met\u0000 Kim Jong-un."),
        record(id="nul-outlet", outlet="Wire\u0000"),
        record(id="script", url="javascript:alert(document.cookie)"),
        record(id="data", url="data:text/html,<script>alert(1)</script>"),
        record(id="vb", url="VBScript:msgbox(1)"),
        record(id="good", url="https://example.org/story", title="Good"),
    ]
    feed.write_text("\n".join(lines) + "\n")
    (tmp_path / "story.md").write_text(f"---\nurl: javascript:alert(1)\n---\n{MEETING}\n")
    (tmp_path / "late-nul.txt").write_text(MEETING + " " * 9000 + "\x00\n")
    out, err = load_failing(tmp_path)
    assert err.splitlines() == [
        f"failed: {feed}:1: 'title' must be a string, not an object",
        f"failed: {feed}:2: 'published' must be a YYYY-MM-DD string, not a number",
        f"failed: {feed}:3: the text contains a NUL character",
        f"failed: {feed}:4: 'outlet' contains a NUL character",
        f"failed: {feed}:5: 'url' must be an http:// or https:// address with a host, not "
        "'javascript:alert(document.cookie)'",
        f"failed: {feed}:6: 'url' must be an http:// or https:// address with a host, not "
        "'data:text/html,<script>alert(1)</script>'",
        f"failed: {feed}:7: 'url' must be an http:// or https:// address with a host, not "
        "'VBScript:msgbox(1)'",
        f"failed: {tmp_path / 'late-nul.txt'}: contains a NUL character",
        f"failed: {tmp_path / 'story.md'}: 'url' must be an http:// or https:// address with a "
        "host, not 'javascript:alert(1)'",
    ]
    assert "1 created, 0 updated, 0 unchanged, 9 failed" in out
    [stored] = Article.objects.filter(source_file__startswith=str(tmp_path))
    assert (stored.title, stored.url) == ("Good", "https://example.org/story")


def test_a_line_too_long_to_hold_is_one_failure_and_the_next_line_loads(tmp_path):
    feed = tmp_path / "feed.jsonl"
    with feed.open("w") as out:
        out.write('{"id": "huge", "text": "' + "Trump met Kim. " * 700_000 + '"}\n')  # 10.5 MB
        out.write(record(id="next") + "\n")
    out, err = load_failing(feed)
    assert err == f"failed: {feed}:1: too large for one article (10.5 MB; the limit is 2 MB)\n"
    assert "1 created, 0 updated, 0 unchanged, 1 failed" in out
    assert Article.objects.filter(source_key=f"{feed}#next").exists()


def test_unreadable_folders_and_files_and_broken_links_are_reported_and_the_rest_loads(
    monkeypatch,
):
    from dashboard import ingest
    from tests.unprivileged import lock, open_folder, run_unprivileged

    read_articles = ingest.read_articles

    def read_unprivileged(*args):
        return run_unprivileged(lambda: list(read_articles(*args)))

    with open_folder() as top:
        feed = top / "feed"
        (feed / "locked").mkdir(parents=True)
        (feed / "locked" / "hidden.txt").write_text(MEETING)
        (feed / "good.txt").write_text(f"---\ntitle: Readable\n---\n{MEETING}\n")
        (feed / "secret.txt").write_text(MEETING)
        (feed / "dead.md").symlink_to(top / "moved.md")
        (top / "closed").mkdir()
        for path in (feed / "locked", feed / "secret.txt", top / "closed"):
            lock(path)
        monkeypatch.setattr(ingest, "read_articles", read_unprivileged)
        out, err = load_failing(feed, top / "closed")
    real = top.resolve()
    assert err.splitlines() == [
        f"failed: {real}/feed/dead.md: broken link to {top / 'moved.md'}",
        f"failed: {real}/feed/locked: cannot read folder: Permission denied",
        f"failed: {real}/feed/secret.txt: cannot read: Permission denied",
        f"failed: {real}/closed: cannot read folder: Permission denied",
    ]
    assert "1 created, 0 updated, 0 unchanged, 4 failed" in out
    assert Article.objects.filter(title="Readable").exists()


def test_one_file_is_one_article_however_its_path_is_spelled(seeds, tmp_path, monkeypatch):
    story = tmp_path / "corpus" / "story.txt"
    story.parent.mkdir()
    story.write_text("---\npublished: 2018-08-25\n---\nOn Friday, President Trump canceled "
                     "Mike Pompeo's trip to North Korea.\n")  # fmt: skip
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "corpus")
    cancellation = Event.objects.get(event_type="cancellation", date="2018-08-24")
    sources = cancellation.mentions.values("article").distinct().count()
    monkeypatch.chdir(tmp_path)
    assert "1 created" in load("corpus/story.txt")
    assert "0 created, 0 updated, 1 unchanged" in load(story)
    assert "0 created, 0 updated, 1 unchanged" in load("link/story.txt")
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert "0 created, 0 updated, 1 unchanged" in load("../corpus/story.txt")
    assert list(Article.objects.filter(source_file__endswith="story.txt").values_list(
        "source_key", flat=True)) == [str(story.resolve())]  # fmt: skip
    assert cancellation.mentions.values("article").distinct().count() == sources + 1


def test_a_file_inside_the_project_keeps_its_relative_key_from_anywhere(monkeypatch):
    seed = "seeds/002_8dec2069f99c670a.txt"
    root = settings.BASE_DIR
    assert "1 created, 0 updated, 0 unchanged" in load(root / seed)
    monkeypatch.chdir(root / "tests")
    assert "0 created, 0 updated, 1 unchanged" in load(f"../{seed}")
    assert Article.objects.filter(source_key=seed).count() == 1


def test_an_article_with_a_url_is_one_article_whatever_file_it_comes_from(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    (first / "story.txt").write_text(
        f"---\nurl: https://example.org/story\npublished: 2018-06-13\n---\n{MEETING}\n"
    )
    (second / "feed.jsonl").write_text(
        record(id="s1", url="HTTPS://Example.ORG/story#top", title="Same story") + "\n"
    )
    assert "1 created" in load(first)
    assert "0 created, 1 updated" in load(second)
    [article] = Article.objects.filter(source_key="url:https://example.org/story")
    assert (article.title, article.source_file) == ("Same story", str(second / "feed.jsonl"))
    assert article.mentions.count() == 1
    _, err = load_failing(first, second)  # both in one run: the later one is a duplicate
    assert err == (
        f"failed: {second / 'feed.jsonl'}:1: duplicate URL 'HTTPS://Example.ORG/story#top' "
        f"(first in {first / 'story.txt'}); skipped\n"
    )
    assert Article.objects.filter(url__iendswith="example.org/story").count() == 1


@pytest.mark.django_db
def test_a_person_the_gazetteer_lacks_is_stored_with_the_country_the_text_gives(pipeline):
    text = (
        "Chinese Vice Premier Wang Qishan met Mike Pompeo in Washington on Tuesday, "
        "and the two sides agreed to continue the trade talks."
    )
    article = ArticleInput(key="tests/wang.txt", file="tests/wang.txt", text=text,
                           published=dt.date(2018, 5, 17))  # fmt: skip
    load_article(article, pipeline, LoadReport())
    wang = Actor.objects.get(name="Wang Qishan")
    assert (wang.kind, wang.country, wang.is_new) == ("person", "CN", True)
