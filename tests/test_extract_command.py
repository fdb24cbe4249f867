from __future__ import annotations

import io
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from dashboard.models import Event


def extract(*args) -> str:
    out = StringIO()
    call_command("extract", *args, stdout=out)
    return out.getvalue()


def extract_failing(*args) -> tuple[str, str, str]:
    """stdout, stderr and the final error of a run that reports bad input."""
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("extract", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue(), str(failure.value)


def test_jsonl_gives_one_result_per_line_in_order_with_ids(tmp_path):
    records = [
        {
            "id": "b",
            "text": "On Friday, President Trump cancelled Mike Pompeo's trip to North Korea.",
            "published": "2018-08-25",
        },
        {"id": 7, "text": "Nothing happened here."},
        {
            "id": "a",
            "text": "Mr. Pompeo met with Kim Yong-chol in July in Pyongyang.",
            "published": "2018-11-07",
        },
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n{broken\n")
    out, err, failure = extract_failing(str(path))
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line.get("id") for line in lines] == ["b", 7, "a", None]
    [cancellation] = [e for e in lines[0]["events"] if e["type"] == "cancellation"]
    assert cancellation["date"] == "2018-08-24"
    assert {"name": "Donald Trump", "role": "initiator"} in cancellation["actors"]
    assert lines[1]["events"] == []
    assert lines[2]["events"][0]["date"] == "2018-07"
    assert {a["name"] for a in lines[2]["actors"]} == {"Mike Pompeo", "Kim Yong-chol"}
    assert lines[3] == {
        "id": None, "line": 4, "error": "invalid JSON (Expecting property name enclosed in double "
        "quotes)"
    }  # fmt: skip
    assert err == f"failed: {path}:4: {lines[3]['error']}\n"
    assert failure == "1 input(s) could not be read (see above)."


@pytest.mark.django_db
def test_extract_does_not_touch_the_database(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Trump met Kim Jong-un in Singapore on June 12, 2018.")
    before = Event.objects.count()
    data = json.loads(extract(str(path), "--published", "2018-06-13"))
    assert data["published"] == "2018-06-13" and not data["published_inferred"]
    assert data["events"][0]["type"] == "summit"  # two leaders meet: a summit (docs/annotation.md)
    assert Event.objects.count() == before


def test_text_format_and_front_matter(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        "---\npublished: 2018-11-07\n---\n"
        "Last Friday, North Korea's foreign ministry warned the United States.\n"
    )
    text = extract(str(path), "--format", "text")
    assert "Published: 2018-11-07" in text
    assert "2018-11-02" in text and "threat" in text


def test_an_undated_text_gets_an_inferred_date(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("On June 12, 2018, Trump met Kim Jong-un in Singapore.")
    data = json.loads(extract(str(path)))
    assert data["published"] == "2018-06-12" and data["published_inferred"]


def test_a_bad_date_option_is_an_error(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Text.")
    with pytest.raises(CommandError):
        extract(str(path), "--published", "2018-13-01")


MEETING = {"text": "Trump met Kim Jong-un in Singapore on June 12.", "published": "2018-06-13"}


def test_jsonl_lines_meet_the_rules_of_load_corpus_one_error_line_each(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({**MEETING, "id": "a1"}),
        '{"id": "deep", "text": "t", "x": ' + "[" * 1500 + "]" * 1500 + "}",
        json.dumps({**MEETING, "id": "a1"}),
        json.dumps({**MEETING, "id": "big", "text": "a" * 2_100_000}),
        json.dumps({**MEETING, "id": "nul", "title": "a\u0000b"}),
        json.dumps({**MEETING, "id": "script", "url": "javascript:alert(1)"}),
        json.dumps({**MEETING, "id": 9}),
    ]
    path.write_text("\n".join(lines) + "\n")
    out, err, failure = extract_failing(str(path))
    results = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r.get("line")) for r in results] == [
        ("a1", None), (None, 2), ("a1", 3), ("big", 4), ("nul", 5), ("script", 6), (9, None)
    ]  # fmt: skip
    assert results[0]["events"] and results[6]["events"]
    assert err.splitlines() == [
        f"failed: {path}:2: JSON nested too deeply",
        f"failed: {path}:3: duplicate id 'a1' (first on line 1); skipped",
        f"failed: {path}:4: too large for one article (2.1 MB; the limit is 2 MB)",
        f"failed: {path}:5: 'title' contains a NUL character",
        f"failed: {path}:6: 'url' must be an http:// or https:// address with a host, not "
        "'javascript:alert(1)'",
    ]
    assert failure == "5 input(s) could not be read (see above)."


def test_a_text_over_the_limit_is_one_clear_error_and_one_within_it_is_extracted(tmp_path):
    too_long = tmp_path / "too-long.txt"
    too_long.write_text("a" * 2_100_000)
    with pytest.raises(CommandError) as failure:
        extract(str(too_long))
    assert (
        str(failure.value) == f"{too_long}: too large for one article (2.1 MB; the limit is 2 MB)"
    )
    long = tmp_path / "long.txt"
    long.write_text("word " * 300_000 + "\n" + MEETING["text"] + "\n")  # 1.5 million characters
    data = json.loads(extract(str(long), "--published", "2018-06-13"))
    assert [event["type"] for event in data["events"]] == ["summit"]


def test_standard_input_is_read_no_further_than_the_limit(monkeypatch):
    stream = io.BytesIO(b"a" * 5_000_000)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(stream))
    with pytest.raises(CommandError) as failure:
        extract("-")
    assert str(failure.value) == "-: too large for one article (over 4 MB)"
    assert stream.tell() == 4_000_001  # read up to one byte past the limit, no more


def test_a_bad_front_matter_url_or_a_nul_is_an_error_naming_the_file(tmp_path):
    story = tmp_path / "story.md"
    story.write_text("---\nurl: javascript:alert(1)\n---\nText.\n")
    with pytest.raises(CommandError, match=r"story\.md: 'url' must be an http:// or https://"):
        extract(str(story))
    story.write_text("Trump met\x00 Kim.")
    with pytest.raises(CommandError, match=r"story\.md: binary file, not text"):
        extract(str(story))
