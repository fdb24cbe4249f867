"""The reference chronology: checked, loaded idempotently as curated events, never
overwritten by loads, and the event that reports of the same happening join."""

from __future__ import annotations

from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from dashboard.extraction.chronology import read_chronology
from dashboard.models import Event, Mention, Negotiation
from tests.factories import make_actor, make_article, make_event

pytestmark = pytest.mark.django_db

SUMMIT = """
[[event]]
id = "2018-06-12-singapore-summit"
type = "summit"
status = "occurred"
date = "2018-06-12"
actors = [
    { name = "Donald Trump", role = "participant" },
    { name = "Kim Jong-un", role = "participant" },
]
place = "Singapore"
description = "The first meeting of the two leaders, on Sentosa."

[[event.source]]
url = "https://example.org/singapore"
outlet = "Example Wire"
title = "Leaders meet in Singapore"
published = 2018-06-12
"""

CANCELLATION = """
[[event]]
id = "2018-05-24-summit-called-off"
type = "cancellation"
status = "occurred"
date = "2018-05-24"
actors = [
    { name = "Donald Trump", role = "initiator" },
    { name = "Kim Jong-un", role = "target" },
]
description = "Trump calls the summit off in a letter; it is held after all."
related = "2018-06-12-singapore-summit"

[[event.source]]
url = "https://example.org/letter"
outlet = "Example Wire"
title = "A letter calls the summit off"
"""

TRADE = """negotiation = "us-china-trade"

[[event]]
id = "2018-12-01-buenos-aires-dinner"
type = "summit"
status = "occurred"
date = "2018-12-01"
actors = [
    { name = "Donald Trump", role = "participant" },
    { name = "Xi Jinping", role = "participant" },
    { name = "Liu He", role = "participant" },
]
place = "Buenos Aires"
description = "A working dinner after the G20 agrees a truce on new tariffs."

[[event.source]]
url = "https://example.org/dinner"
outlet = "Example Wire"
title = "A dinner in Buenos Aires"
"""


@pytest.fixture
def chronology(tmp_path) -> Path:
    folder = tmp_path / "chronology"
    folder.mkdir()
    (folder / "us-dprk.toml").write_text('negotiation = "us-dprk"\n' + SUMMIT + CANCELLATION)
    (folder / "trade.toml").write_text(TRADE)
    with override_settings(PARLEY_CHRONOLOGY_DIR=folder):
        yield folder


def load() -> str:
    out = StringIO()
    call_command("load_chronology", stdout=out, stderr=StringIO())
    return out.getvalue()


def test_the_chronology_is_stored_as_curated_events_with_their_sources(chronology):
    output = load()
    assert "3 created, 0 updated, 0 unchanged" in output
    summit = Event.objects.get(reference_key="2018-06-12-singapore-summit")
    assert (summit.review, summit.edited, summit.date.isoformat()) == ("verified", True,
                                                                       "2018-06-12")  # fmt: skip
    assert summit.negotiation.slug == "us-dprk" and summit.location == "Singapore"
    assert set(summit.participants.values_list("actor__name", "role")) == {
        ("Donald Trump", "participant"), ("Kim Jong-un", "participant"),
    }  # fmt: skip
    assert list(summit.references.values_list("url", "published")) == [
        ("https://example.org/singapore", summit.date)
    ]
    called_off = Event.objects.get(reference_key="2018-05-24-summit-called-off")
    assert called_off.related_event == summit
    dinner = Event.objects.get(reference_key="2018-12-01-buenos-aires-dinner")
    assert dinner.negotiation.slug == "us-china-trade"
    liu = dinner.participants.get(actor__name="Liu He").actor
    assert liu.is_new and liu.kind == "person"  # not in the gazetteer: for a curator to review
    assert set(Negotiation.objects.values_list("slug", flat=True)) >= {"us-dprk", "us-iran"}


def test_loading_it_again_changes_nothing(chronology):
    load()
    before = sorted(Event.objects.filter(reference_key__isnull=False).values_list("pk", "summary"))
    assert "0 created, 0 updated, 3 unchanged" in load()
    after = sorted(Event.objects.filter(reference_key__isnull=False).values_list("pk", "summary"))
    assert after == before


def test_a_changed_entry_is_rewritten_unless_a_curator_changed_the_event(chronology):
    load()
    summit = Event.objects.get(reference_key="2018-06-12-singapore-summit")
    dinner = Event.objects.get(reference_key="2018-12-01-buenos-aires-dinner")
    dinner.summary = "A curator's summary"
    dinner.save()
    (chronology / "us-dprk.toml").write_text(
        'negotiation = "us-dprk"\n' + SUMMIT.replace("on Sentosa", "on Sentosa island")
        + CANCELLATION
    )  # fmt: skip
    (chronology / "trade.toml").write_text(TRADE.replace("a truce", "a ninety-day truce"))
    output = load()
    assert "0 created, 1 updated, 1 unchanged, 1 kept as a curator left them" in output
    assert Event.objects.get(pk=summit.pk).summary.endswith("on Sentosa island.")
    assert Event.objects.get(pk=dinner.pk).summary == "A curator's summary"


def test_reports_loaded_afterwards_join_the_reference_event_and_change_none_of_it(
    chronology, tmp_path
):
    load()
    summit = Event.objects.get(reference_key="2018-06-12-singapore-summit")
    fields = (summit.summary, summit.date, summit.date_precision, summit.status)
    (tmp_path / "wire.txt").write_text(
        "---\npublished: 2018-06-13\nnegotiation: us-dprk\n---\n"
        "Trump met Kim Jong-un in Singapore on Tuesday.\n"
    )
    call_command("load_corpus", str(tmp_path / "wire.txt"), stdout=StringIO(), stderr=StringIO())
    summit.refresh_from_db()
    assert (summit.summary, summit.date, summit.date_precision, summit.status) == fields
    assert Mention.objects.filter(event=summit, article__source_file__endswith="wire.txt").exists()


def test_a_reference_event_takes_in_the_machine_made_events_that_report_it(chronology):
    trump, kim = make_actor("Donald Trump", country="US"), make_actor("Kim Jong-un", country="KP")
    article = make_article("Trump met Kim Jong-un in Singapore.")
    extracted = make_event("summit", "2018-06-12", actors=[trump, kim], location="Singapore",
                           sources=[article])  # fmt: skip
    later = make_event("summit", "2019-02-27", actors=[trump, kim], location="Hanoi")
    curated = make_event("summit", "2018-06-12", actors=[trump, kim], edited=True)
    assert "1 event(s) extracted before" in load()
    summit = Event.objects.get(reference_key="2018-06-12-singapore-summit")
    assert Event.objects.get(pk=extracted.pk).merged_into == summit
    assert list(summit.mentions.values_list("article", flat=True)) == [article.pk]
    assert Event.objects.filter(pk__in=[later.pk, curated.pk], merged_into=None).count() == 2


def test_a_sentence_two_absorbed_events_share_is_kept_once(chronology):
    # Two machine events from two triggers of one sentence ("met", "summit"), one to the day
    # and one to the month: the reference event takes in both, and the sentence once.
    trump, kim = make_actor("Donald Trump", country="US"), make_actor("Kim Jong-un", country="KP")
    article = make_article("Trump met Kim Jong-un in Singapore for their summit.")
    for date in ("2018-06-12", "2018-06"):
        make_event("summit", date, actors=[trump, kim], location="Singapore", sources=[article])
    assert "2 event(s) extracted before" in load()
    summit = Event.objects.get(reference_key="2018-06-12-singapore-summit")
    assert list(summit.mentions.values_list("article", flat=True)) == [article.pk]


def test_a_broken_entry_is_named_with_its_file_and_nothing_is_stored(chronology):
    (chronology / "broken.toml").write_text(
        'negotiation = "us-dprk"\n'
        + SUMMIT.replace('type = "summit"', 'type = "picnic"').replace(
            "2018-06-12-singapore-summit", "2018-06-12-picnic"
        )
    )
    err = StringIO()
    with pytest.raises(CommandError, match="1 problem"):
        call_command("load_chronology", stdout=StringIO(), stderr=err)
    assert "broken.toml: event 1 (2018-06-12-picnic): unknown type 'picnic'" in err.getvalue()
    assert not Event.objects.filter(reference_key__isnull=False).exists()


def test_reserved_pages_are_never_cited(tmp_path):
    (tmp_path / "a.toml").write_text('negotiation = "us-dprk"\n' + SUMMIT)
    found = read_chronology(tmp_path, {"us-dprk"}, {"https://example.org/singapore"})
    assert found.events == []
    assert "reserved for independent evaluation" in found.problems[0]


def test_the_shipped_chronology_reads_without_a_problem():
    out = StringIO()
    call_command("load_chronology", "--check", stdout=out, stderr=StringIO())
    assert "reference events" in out.getvalue()


def test_the_shipped_chronology_covers_us_dprk_and_two_other_negotiations_with_sources():
    from django.conf import settings

    from dashboard.extraction.negotiations import load_negotiations

    negotiations = set(load_negotiations(settings.PARLEY_CORPUS_DIR / "negotiations.toml"))
    shipped = read_chronology(settings.PARLEY_CHRONOLOGY_DIR, negotiations)
    assert shipped.problems == []
    per_negotiation = Counter(e.negotiation for e in shipped.events)
    assert per_negotiation["us-dprk"] >= 150
    assert sorted(n for slug, n in per_negotiation.items() if slug != "us-dprk")[-2] >= 30
    dprk = [e for e in shipped.events if e.negotiation == "us-dprk"]
    assert min(e.date.value for e in dprk).isoformat() < "2017-08"
    assert max(e.date.value for e in dprk).isoformat() >= "2019-12"
    assert all(e.sources and all(s.url.startswith("http") for s in e.sources)
               for e in shipped.events)  # fmt: skip


def test_a_curator_edits_a_reference_event_in_the_admin_and_the_edit_is_kept(
    chronology, admin_client
):
    from tests.curator import change_form_data

    load()
    summit = Event.objects.get(reference_key="2018-06-12-singapore-summit")
    url = f"/admin/dashboard/event/{summit.pk}/change/"
    page = admin_client.get(url)
    assert b"Leaders meet in Singapore" in page.content  # the cited page, editable inline
    data = change_form_data(page)
    response = admin_client.post(url, {**data, "summary": "Checked against the joint statement"})
    assert response.status_code == 302
    (chronology / "us-dprk.toml").write_text(
        'negotiation = "us-dprk"\n' + SUMMIT.replace("on Sentosa", "on the island") + CANCELLATION
    )
    assert "1 kept as a curator left them" in load()
    assert Event.objects.get(pk=summit.pk).summary == "Checked against the joint statement"
