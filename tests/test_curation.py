"""What curators do survives reloads: an edited, verified or merged record is never undone by
load_corpus, and a merge of actors teaches extraction the survivor's new names. (The admin
screens where they do it: tests/views/test_admin_*.py.)"""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from dashboard import curation
from dashboard.models import Actor, Article, Event, Mention, Participant

pytestmark = pytest.mark.django_db


def reload_everything() -> str:
    Article.objects.update(extraction_version="stale")  # as after an engine upgrade
    out = StringIO()
    call_command("load_corpus", stdout=out, stderr=StringIO())
    return out.getvalue()


def load_text(folder, text: str, published: str = "2018-08-25", name: str = "story.txt"):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(f"---\npublished: {published}\n---\n{text}\n")
    call_command("load_corpus", str(folder / name), stdout=StringIO(), stderr=StringIO())


def test_a_participant_a_curator_added_survives_a_reload(seeds):
    event = Event.objects.get(event_type="sanction", date="2018-08-22")
    japan = Actor.objects.get(name="Japan")
    Participant.objects.create(event=event, actor=japan, role="target")
    Event.objects.filter(pk=event.pk).update(edited=True)  # as the admin's save marks it
    before = set(event.participants.values_list("actor__name", "role"))
    assert "4 updated" in reload_everything()
    assert set(Event.objects.get(pk=event.pk).participants.values_list("actor__name", "role")) == (
        before
    )


def test_a_merge_of_events_survives_reloads(seeds):
    meeting = Event.objects.get(event_type="meeting", date="2018-07-01", status="occurred")
    missed = Event.objects.get(event_type="meeting", date="2018-07-01", status="did_not_occur")
    mentions = Mention.objects.filter(event__in=[meeting, missed]).count()
    curation.merge_events(meeting, [missed], {"status": missed})
    reload_everything()
    duplicates = Event.objects.filter(
        merged_into__isnull=True, event_type="meeting", date="2018-07-01"
    ).exclude(pk=meeting.pk)
    assert not duplicates.exists()  # the merged-away report came back to the survivor
    meeting.refresh_from_db()
    assert meeting.status == "did_not_occur" and meeting.mentions.count() >= mentions
    assert Event.objects.get(pk=missed.pk).merged_into_id == meeting.pk


def test_a_verified_event_receives_new_evidence_and_keeps_its_review(seeds, tmp_path):
    event = Event.objects.get(event_type="cancellation", date="2018-08-24")
    Event.objects.filter(pk=event.pk).update(review="verified", summary="Checked by hand",
                                             edited=True)  # fmt: skip
    load_text(tmp_path, "On Friday, President Trump called off Mike Pompeo's trip to North Korea.")
    event.refresh_from_db()
    assert event.review == "verified" and event.summary == "Checked by hand"
    assert event.mentions.filter(article__source_file__endswith="story.txt").exists()


def test_an_edited_actor_survives_a_reload(seeds):
    actor = Actor.objects.get(name="Stephen Biegun")
    Actor.objects.filter(pk=actor.pk).update(description="U.S. envoy", edited=True, country="US")
    reload_everything()
    assert Actor.objects.get(pk=actor.pk).description == "U.S. envoy"


def test_merging_actors_teaches_extraction_the_survivors_other_names(tmp_path):
    load_text(tmp_path / "first", "Ms. Pak said on Thursday that the talks would go on.")
    load_text(tmp_path / "second", "Jung Pak, a Brookings scholar, said on Friday that Trump "
              "met Kim Jong-un.")  # fmt: skip
    pak, jung_pak = Actor.objects.get(name="Pak"), Actor.objects.get(name="Jung Pak")
    assert pak.is_new and jung_pak.is_new
    curation.merge_actors(jung_pak, [pak])
    load_text(tmp_path / "later", "Ms. Pak said on Friday that the talks had stalled.",
              published="2018-09-01")  # fmt: skip
    [statement] = Event.objects.filter(event_type="statement", date="2018-08-31")
    assert set(statement.participants.values_list("actor__name", flat=True)) == {"Jung Pak"}
