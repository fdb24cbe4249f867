from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from dashboard.models import Event


def extract(*args, stdin=None) -> str:
    out = StringIO()
    call_command("extract", *args, stdout=out)
    return out.getvalue()


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
    lines = [json.loads(line) for line in extract(str(path)).splitlines()]
    assert [line.get("id") for line in lines] == ["b", 7, "a", None]
    [cancellation] = [e for e in lines[0]["events"] if e["type"] == "cancellation"]
    assert cancellation["date"] == "2018-08-24"
    assert {"name": "Donald Trump", "role": "initiator"} in cancellation["actors"]
    assert lines[1]["events"] == []
    assert lines[2]["events"][0]["date"] == "2018-07"
    assert {a["name"] for a in lines[2]["actors"]} == {"Mike Pompeo", "Kim Yong-chol"}
    assert lines[3]["line"] == 4 and "error" in lines[3]


@pytest.mark.django_db
def test_extract_does_not_touch_the_database(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Trump met Kim Jong-un in Singapore on June 12, 2018.")
    before = Event.objects.count()
    data = json.loads(extract(str(path), "--published", "2018-06-13"))
    assert data["published"] == "2018-06-13" and not data["published_inferred"]
    assert data["events"][0]["type"] == "meeting"
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
