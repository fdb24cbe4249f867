"""Reading articles (dashboard/sources.py): every bad input is one SourceError naming the file
(and line) and the reason, and everything else still comes through. Pure: no database."""

from __future__ import annotations

import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from dashboard import sources
from dashboard.sources import (
    MAX_INPUT_BYTES,
    ArticleInput,
    FirstSeen,
    SourceError,
    bounded_lines,
    read_articles,
    url_key,
)
from tests.unprivileged import lock, open_folder, run_unprivileged

GOOD = {"text": "Trump met Kim Jong-un in Singapore on June 12.", "published": "2018-06-13"}


def read(folder: Path, *names: str) -> list[ArticleInput | SourceError]:
    return list(read_articles([folder / name for name in names] or [folder], folder))


def lines_of(folder: Path, *records: dict | str | bytes, name: str = "feed.jsonl") -> list:
    """Write a JSON Lines file (dicts as JSON, str and bytes as they are) and read it."""
    raw = b"".join(
        (r if isinstance(r, bytes) else (r if isinstance(r, str) else json.dumps(r)).encode())
        + b"\n"
        for r in records
    )
    (folder / name).write_bytes(raw)
    return read(folder, name)


def messages(items: list) -> list[str]:
    return [str(item) for item in items if isinstance(item, SourceError)]


def keys(items: list) -> list[str]:
    return [item.key for item in items if isinstance(item, ArticleInput)]


# ---------------------------------------------------------------------- one line, one rule
DEEP = "[" * 1500 + "]" * 1500


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (DEEP, "JSON nested too deeply"),
        ('{"text": "t", "extra": ' + DEEP + "}", "JSON nested too deeply"),
        ('{"id": ' + "9" * 5000 + ', "text": "t"}', "invalid JSON (Exceeds the limit (4300"),
        ('{"text": "t",', "invalid JSON (Expecting property name"),
        ('["a list"]', "expected a JSON object"),
        ({"title": "no text"}, "'text' is required and must be a non-empty string"),
        ({"text": {"nested": "text"}}, "'text' is required and must be a non-empty string"),
        ({**GOOD, "title": {"a": 1}}, "'title' must be a string, not an object"),
        ({**GOOD, "outlet": 12}, "'outlet' must be a string, not a number"),
        ({**GOOD, "url": ["https://example.org/"]}, "'url' must be a string, not a list"),
        ({**GOOD, "published": 20180613}, "'published' must be a YYYY-MM-DD string, not a number"),
        ({**GOOD, "published": "20180613"}, "'published' is not a valid YYYY-MM-DD date"),
        ({**GOOD, "published": "2018-W24-3"}, "'published' is not a valid YYYY-MM-DD date"),
        ({**GOOD, "published": "2018-02-30"}, "'published' is not a valid YYYY-MM-DD date"),
        ({**GOOD, "authors": 3}, "'authors' must be a string or a list of strings, not a number"),
        (
            {**GOOD, "authors": ["Jane Doe", None]},
            "'authors' must be a string or a list of strings, not a list holding null",
        ),
        ({**GOOD, "id": True}, "'id' must be a string or an integer, not true/false"),
        ({**GOOD, "id": 1.5}, "'id' must be a string or an integer, not a number"),
        ({**GOOD, "id": {"n": 1}}, "'id' must be a string or an integer, not an object"),
        ({**GOOD, "text": "Trump\u0000 met Kim."}, "the text contains a NUL character"),
        ({**GOOD, "title": "A\u0000B"}, "'title' contains a NUL character"),
        ({**GOOD, "authors": ["A\u0000B"]}, "'authors' contains a NUL character"),
        ({**GOOD, "id": "a\u0000"}, "'id' contains a NUL character"),
        ({**GOOD, "text": "half a \ud800 character"}, "the text is not valid Unicode"),
        (
            {**GOOD, "text": "a" * 2_100_000},
            "too large for one article (2.1 MB; the limit is 2 MB)",
        ),
    ],
)
def test_each_bad_line_is_one_error_naming_its_line_and_the_next_line_still_loads(
    tmp_path, line, reason
):
    items = lines_of(tmp_path, {**GOOD, "id": "before"}, line, {**GOOD, "id": "after"})
    assert len(messages(items)) == 1
    assert messages(items)[0].startswith(f"feed.jsonl:2: {reason}")
    assert keys(items) == ["feed.jsonl#before", "feed.jsonl#after"]


def test_a_nul_byte_in_a_line_is_named_as_such(tmp_path):
    first = json.dumps({**GOOD, "id": "long", "text": GOOD["text"] + " " * 9000})  # past 8 KB
    items = lines_of(tmp_path, first, b'{"text": "a\x00b"}')
    assert messages(items) == ["feed.jsonl:2: contains a NUL character"]


def test_metadata_of_the_right_types_is_taken_and_null_counts_as_absent(tmp_path):
    [article] = lines_of(
        tmp_path,
        {**GOOD, "id": 7, "title": "T", "outlet": None, "authors": ["Jane Doe", "John Roe"]},
    )
    assert (article.key, article.record_id, article.line) == ("feed.jsonl#7", 7, 1)
    assert (article.title, article.outlet, article.authors) == ("T", "", "Jane Doe, John Roe")
    assert article.published.isoformat() == "2018-06-13"


# ---------------------------------------------------------------------- URLs
@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "ftp://example.org/story",
        "example.org/story",
        "//example.org/story",
        "https://",
        "http:///story",
        "https://exa mple.org/",
        "http://[::1",
    ],
)
def test_only_web_addresses_with_a_host_are_accepted(tmp_path, url):
    [error] = lines_of(tmp_path, {**GOOD, "url": url})
    assert str(error).startswith("feed.jsonl:1: 'url' must be an http:// or https:// address")
    assert repr(url.strip())[:20] in str(error)


def test_a_long_url_is_shortened_in_the_message(tmp_path):
    url = "javascript:" + "alert(1);" * 200
    [error] = lines_of(tmp_path, {**GOOD, "url": url})
    assert "javascript:alert(1);alert(1);" in str(error) and "…" in str(error)
    assert len(str(error)) < 200


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://example.org/story", "url:https://example.org/story"),
        ("HTTPS://Example.ORG/Story?Id=A#Top", "url:https://example.org/Story?Id=A"),
        ("http://Jane@Example.org:8080/a/../B", "url:http://Jane@example.org:8080/a/../B"),
        ("  https://example.org/x#  ", "url:https://example.org/x"),
    ],
)
def test_an_article_with_a_url_is_known_by_its_url_in_its_scheme_and_host_lower_case(
    tmp_path, url, key
):
    [article] = lines_of(tmp_path, {**GOOD, "id": "a1", "url": url})
    assert article.key == key
    assert article.url == url.strip()  # stored as written


def test_a_url_too_long_for_the_key_column_keeps_its_start_and_a_digest_of_the_whole():
    first, second = (f"https://example.org/{'x' * 700}/{end}" for end in ("a", "b"))
    assert len(url_key(first)) == len(url_key(second)) == 500
    assert url_key(first) != url_key(second)
    assert url_key(first).startswith("url:https://example.org/xxx")
    assert url_key(first.replace("https://example.org", "HTTPS://Example.ORG")) == url_key(first)


# ---------------------------------------------------------------------- duplicates
def test_a_duplicate_id_names_both_lines_and_the_first_record_is_kept(tmp_path):
    items = lines_of(
        tmp_path,
        {**GOOD, "id": "a1", "title": "first"},
        {**GOOD, "id": "a2"},
        {**GOOD, "id": "a1", "title": "second"},
        {**GOOD, "id": 7},
        {**GOOD, "id": "7"},
    )
    assert messages(items) == [
        "feed.jsonl:3: duplicate id 'a1' (first on line 1); skipped",
        "feed.jsonl:5: duplicate id '7' (first on line 4); skipped",
    ]
    assert [(a.key, a.title) for a in items if isinstance(a, ArticleInput)] == [
        ("feed.jsonl#a1", "first"), ("feed.jsonl#a2", ""), ("feed.jsonl#7", "")
    ]  # fmt: skip


def test_the_same_url_twice_in_one_file_names_both_lines(tmp_path):
    url = "https://example.org/story"
    items = lines_of(
        tmp_path,
        {**GOOD, "id": "a1", "url": url},
        {**GOOD, "id": "a2", "url": "HTTPS://EXAMPLE.org/story#comments"},
    )
    assert keys(items) == ["url:https://example.org/story"]
    assert messages(items) == [
        "feed.jsonl:2: duplicate URL 'HTTPS://EXAMPLE.org/story#comments' (first on line 1); "
        "skipped"
    ]


def test_the_same_url_in_two_files_names_both_files(tmp_path):
    (tmp_path / "a.txt").write_text(f"---\nurl: https://example.org/s\n---\n{GOOD['text']}\n")
    lines_of(tmp_path, {**GOOD, "url": "https://example.org/t"}, name="b.jsonl")
    lines_of(tmp_path, {**GOOD, "url": "https://example.org/t"}, name="c.jsonl")
    (tmp_path / "d.md").write_text(f"---\nurl: https://Example.org/s\n---\n{GOOD['text']}\n")
    items = read(tmp_path)
    assert keys(items) == ["url:https://example.org/s", "url:https://example.org/t"]
    assert messages(items) == [
        "c.jsonl:1: duplicate URL 'https://example.org/t' (first in b.jsonl:1); skipped",
        "d.md: duplicate URL 'https://Example.org/s' (first in a.txt); skipped",
    ]


def test_seen_ids_are_kept_as_digests_whatever_their_length():
    ids = [f"{n:010d}{'x' * 190}" for n in range(100_000)]  # 200 characters each: 25 MB as str
    tracemalloc.start()
    try:
        seen = FirstSeen()
        for line, key in enumerate(ids, start=1):
            assert seen.claim(key, line) is None
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 15_000_000  # about 110 bytes an id; a million ids: about 110 MB
    assert seen.claim(ids[41_999], 100_001) == 42_000


# ---------------------------------------------------------------------- bounded reading
def test_a_line_longer_than_the_limit_is_one_failure_and_is_never_held_whole(tmp_path):
    path = tmp_path / "feed.jsonl"
    with path.open("wb") as out:
        out.write(b'{"id": "huge", "text": "')
        for _ in range(50):
            out.write(b"Trump met Kim. " * 70_000)  # ~1 MB a time: 52 MB in all
        out.write(b'"}\n' + json.dumps({**GOOD, "id": "next"}).encode() + b"\n")
    tracemalloc.start()
    try:
        items = read(tmp_path, "feed.jsonl")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert messages(items) == [
        "feed.jsonl:1: too large for one article (52.5 MB; the limit is 2 MB)"
    ]
    assert keys(items) == ["feed.jsonl#next"]
    assert peak < 10_000_000, f"peak {peak / 1e6:.1f} MB"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"abc\nde\n", [(1, b"abc\n", 3), (2, b"de\n", 2)]),
        (b"abcdefgh\r\nxy", [(1, b"abcdefgh\r\n", 8), (2, b"xy", 2)]),
        (b"abcdefghi\nxy\n", [(1, None, 9), (2, b"xy\n", 2)]),
        (b"abcdefghijklmnopqrstuvwxyz", [(1, None, 26)]),
        (b"\n\nabc", [(1, b"\n", 0), (2, b"\n", 0), (3, b"abc", 3)]),
    ],
)
def test_lines_are_read_in_pieces_and_only_those_within_the_limit_are_kept(
    monkeypatch, raw, expected
):
    monkeypatch.setattr(sources, "READ_PIECE", 3)
    lines = [(n, bytes(line) if line is not None else None, size)
             for n, line, size in bounded_lines(io.BytesIO(raw), 8)]  # fmt: skip
    assert lines == expected


def test_a_text_file_over_the_input_limit_is_refused_from_its_size_without_reading(tmp_path):
    with (tmp_path / "huge.txt").open("wb") as out:
        out.truncate(5_000_000_000)  # sparse: reading it would take 5 GB
    tracemalloc.start()
    try:
        items = read(tmp_path, "huge.txt")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert messages(items) == ["huge.txt: too large for one article (5000.0 MB; the limit is 2 MB)"]
    assert peak < 1_000_000


def test_a_text_file_within_the_input_limit_is_held_to_the_article_limit(tmp_path):
    (tmp_path / "long.md").write_text("---\ntitle: Long\n---\n" + "a" * 2_100_000)
    (tmp_path / "fits.md").write_text("---\ntitle: Fits\n---\n" + "a" * 1_999_990 + "\n")
    items = read(tmp_path)
    assert messages(items) == ["long.md: too large for one article (2.1 MB; the limit is 2 MB)"]
    assert keys(items) == ["fits.md"]
    assert MAX_INPUT_BYTES == 4_000_000


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("---\nurl: javascript:alert(1)\n---\nText.\n", "'url' must be an http:// or https://"),
        ("---\nurl: ftp://example.org/a\n---\nText.\n", "'url' must be an http:// or https://"),
        ("---\npublished: 20180613\n---\nText.\n", "'published' is not a valid YYYY-MM-DD"),
        ("x" * 9000 + "\nText \x00 after the first 8 KB.\n", "contains a NUL character"),
        ("\x00 at the start", "binary file, not text"),
    ],
)
def test_text_files_meet_the_same_rules(tmp_path, content, reason):
    (tmp_path / "story.md").write_text(content)
    [error] = read(tmp_path, "story.md")
    assert str(error).startswith(f"story.md: {reason}")


# ---------------------------------------------------------------------- folders
def test_a_folder_is_read_in_the_order_of_its_sorted_paths_with_the_usual_names(tmp_path):
    for name in ["b.txt", "a/z.md", "a-b.txt", "a/c/d.jsonl", ".hidden.txt", "_draft.md",
                 "README.md", "notes.rst", "A.TXT", "e/f.ndjson"]:  # fmt: skip
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(GOOD) if name.endswith("json") else GOOD["text"])
    found = [p.relative_to(tmp_path).as_posix() for p in sources.discover([tmp_path])]
    old_rule = sorted(
        p.relative_to(tmp_path).as_posix()
        for p in tmp_path.rglob("*")
        if p.is_file() and sources._is_article_name(p.name)
    )
    assert found == ["A.TXT", "a/c/d.jsonl", "a/z.md", "a-b.txt", "b.txt", "e/f.ndjson"]
    assert found == sorted(old_rule, key=lambda p: Path(p).parts)


def test_a_file_reached_twice_is_read_once(tmp_path):
    (tmp_path / "story.txt").write_text(GOOD["text"])
    (tmp_path / "link.txt").symlink_to(tmp_path / "story.txt")
    items = list(read_articles([tmp_path, tmp_path / "story.txt"], tmp_path))
    assert keys(items) == ["story.txt"]


def test_unreadable_folders_files_and_broken_links_are_each_reported_by_path():
    with open_folder() as top:
        (top / "feed").mkdir()
        (top / "feed" / "a.txt").write_text(GOOD["text"])
        (top / "feed" / "locked").mkdir()
        (top / "feed" / "locked" / "b.txt").write_text(GOOD["text"])
        (top / "feed" / "secret.txt").write_text(GOOD["text"])
        (top / "feed" / "secret.jsonl").write_text(json.dumps(GOOD))
        (top / "feed" / "dead.txt").symlink_to("missing.txt")
        (top / "feed" / "z.jsonl").write_text(json.dumps(GOOD) + "\n")
        (top / "closed").mkdir()
        (top / "closed" / "c.txt").write_text(GOOD["text"])
        for path in ("feed/locked", "feed/secret.txt", "feed/secret.jsonl", "closed"):
            lock(top / path)
        items = run_unprivileged(lambda: list(read_articles([top / "feed", top / "closed"], top)))
    assert [str(item) if isinstance(item, SourceError) else item.key for item in items] == [
        "feed/a.txt",
        "feed/dead.txt: broken link to missing.txt",
        "feed/locked: cannot read folder: Permission denied",
        "feed/secret.jsonl: cannot read: Permission denied",
        "feed/secret.txt: cannot read: Permission denied",
        "feed/z.jsonl:1",
        "closed: cannot read folder: Permission denied",
    ]


def test_paths_that_are_not_there_or_not_files_are_named(tmp_path):
    (tmp_path / "dead.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    items = list(
        read_articles([tmp_path / "missing.txt", tmp_path / "dead.txt", tmp_path / "pipe.txt"],
                      tmp_path)
    )  # fmt: skip
    assert messages(items) == [
        f"{tmp_path / 'missing.txt'}: no such file or folder",
        f"dead.txt: broken link to {tmp_path / 'gone.txt'}",
        "pipe.txt: not a file or a folder",
    ]


# ---------------------------------------------------------------------- identity
def test_a_file_has_one_key_however_its_path_is_spelled(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "story.txt").write_text(GOOD["text"])
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "corpus")
    real = str((tmp_path / "corpus" / "story.txt").resolve())
    base = tmp_path / "project"  # the file lies outside it: its key is the absolute path
    monkeypatch.chdir(tmp_path)
    spellings = [Path("corpus/story.txt"), tmp_path / "corpus" / "story.txt",
                 Path("link/story.txt"), Path("corpus/../corpus/./story.txt")]  # fmt: skip
    found = {keys(list(read_articles([spelling], base)))[0] for spelling in spellings}
    monkeypatch.chdir(tmp_path / "elsewhere")
    found |= set(keys(list(read_articles([Path("../corpus/story.txt")], base))))
    assert found == {real}
    assert keys(list(read_articles([Path("../corpus")], tmp_path))) == ["corpus/story.txt"]
