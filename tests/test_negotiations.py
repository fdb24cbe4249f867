"""Negotiations: every article and event belongs to one, from the input and the parties."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from dashboard.extraction.negotiations import load_negotiations, negotiation_of
from dashboard.models import Article, Event
from tests.conftest import ROOT

REGISTRY = load_negotiations(ROOT / "corpus" / "negotiations.toml")


@pytest.mark.parametrize(
    ("countries", "names", "default", "expected"),
    [
        ({"US", "KP"}, set(), "us-dprk", "us-dprk"),
        # China sits at the US–DPRK table: its meetings stay in the article's negotiation.
        ({"US", "CN"}, set(), "us-dprk", "us-dprk"),
        # An Iran sanction reported in a US–DPRK article belongs to US–Iran.
        ({"US", "IR"}, set(), "us-dprk", "us-iran"),
        ({"US"}, {"Taliban"}, "us-dprk", "us-taliban"),
        ({"US"}, set(), "us-dprk", "us-dprk"),  # nothing says otherwise
        ({"US", "IR", "CN"}, set(), "us-dprk", "us-dprk"),  # China keeps it at home
        ({"US", "IR", "AF"}, set(), "normandy-format", "normandy-format"),  # two others: unsure
        ({"RU", "UA"}, set(), None, "normandy-format"),
        ({"US"}, set(), None, None),
    ],
)
def test_an_event_belongs_to_its_articles_negotiation_unless_its_parties_say_otherwise(
    countries, names, default, expected
):
    assert negotiation_of(countries, names, default, REGISTRY) == expected


pytestmark_db = pytest.mark.django_db


def load(path, **options) -> str:
    out, err = StringIO(), StringIO()
    call_command("load_corpus", str(path), stdout=out, stderr=err, **options)
    return out.getvalue() + err.getvalue()


@pytestmark_db
def test_articles_and_their_events_take_the_negotiation_the_input_names(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2018-08-23\nnegotiation: us-dprk\n---\n"
        "Pompeo met Kim Yong-chol in Pyongyang on Tuesday. The Treasury imposed sanctions "
        "on Iranian banks on Monday.\n"
    )
    load(tmp_path)
    article = Article.objects.get(source_file__endswith="/a.txt")
    assert article.negotiation.slug == "us-dprk"
    events = Event.objects.filter(mentions__article=article).distinct()
    by_type = {e.event_type: e.negotiation.slug for e in events}
    assert by_type["meeting"] == "us-dprk" and by_type["sanction"] == "us-iran"


@pytestmark_db
def test_the_command_gives_a_negotiation_to_articles_that_name_none(tmp_path):
    (tmp_path / "b.txt").write_text(
        "---\npublished: 2019-10-06\n---\nRussian and Ukrainian negotiators met in Minsk on "
        "Friday.\n"
    )
    load(tmp_path, negotiation="normandy-format")
    assert Article.objects.get(source_file__endswith="/b.txt").negotiation.slug == (
        "normandy-format"
    )
    with pytest.raises(CommandError, match="no such negotiation"):
        load(tmp_path, negotiation="us-mars")


@pytestmark_db
def test_an_unknown_negotiation_is_one_articles_failure(tmp_path):
    (tmp_path / "c.txt").write_text("---\nnegotiation: us-mars\n---\nText.\n")
    (tmp_path / "d.txt").write_text("---\npublished: 2018-06-13\n---\nTrump met Kim.\n")
    err = StringIO()
    with pytest.raises(CommandError, match="1 input"):
        call_command("load_corpus", str(tmp_path), stdout=StringIO(), stderr=err)
    assert "unknown negotiation 'us-mars' (known: us-dprk, us-iran" in err.getvalue()
    assert Article.objects.filter(source_file__endswith="/d.txt").exists()


@pytestmark_db
def test_the_seeds_belong_to_us_dprk(seeds):
    assert set(Article.objects.filter(source_key__startswith="seeds/").values_list(
        "negotiation__slug", flat=True)) == {"us-dprk"}  # fmt: skip
