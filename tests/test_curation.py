"""Curation in the admin, and the guarantee that no reload undoes it."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import override_settings

from dashboard.models import Actor, Article, Event, Mention, Participant

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeds")]


@pytest.fixture
def curator(client):
    user = User.objects.create_user("curator", password="a-long-passphrase", is_staff=True)
    user.groups.add(Group.objects.get(name="curators"))
    client.force_login(user)
    return client


def reload_everything() -> str:
    Article.objects.update(extraction_version="stale")  # as after an engine upgrade
    out = StringIO()
    call_command("load_corpus", stdout=out, stderr=StringIO())
    return out.getvalue()


def load_text(tmp_path, text: str, published: str = "2018-08-25") -> None:
    (tmp_path / "story.txt").write_text(f"---\npublished: {published}\n---\n{text}\n")
    call_command("load_corpus", str(tmp_path), stdout=StringIO(), stderr=StringIO())


def action(client, name: str, events, **extra):
    data = {"action": name, "_selected_action": [e.pk for e in events], **extra}
    return client.post("/admin/dashboard/event/", data)


# ---------------------------------------------------------------------- permissions
def test_the_curators_group_may_curate_but_not_manage_users(curator):
    assert curator.get("/admin/dashboard/event/").status_code == 200
    assert curator.get("/admin/dashboard/actor/").status_code == 200
    assert curator.get("/admin/dashboard/article/add/").status_code == 200
    assert curator.get("/admin/auth/user/").status_code == 403


def test_the_admin_refuses_anonymous_users_and_staff_outside_the_group(client):
    assert client.get("/admin/dashboard/event/").status_code == 302
    outsider = User.objects.create_user("outsider", password="a-long-passphrase", is_staff=True)
    client.force_login(outsider)
    assert client.get("/admin/dashboard/event/").status_code == 403
    event = Event.objects.first()
    response = action(client, "mark_verified", [event])
    assert response.status_code == 403 and Event.objects.get(pk=event.pk).review == "auto"


def test_the_dashboard_is_open_unless_a_login_is_required(client):
    assert client.get("/events/").status_code == 200
    with override_settings(PARLEY_LOGIN_REQUIRED=True):
        assert client.get("/events/").status_code == 302
        assert client.get("/api/events").status_code == 401
        client.force_login(User.objects.create_user("reader", password="a-long-passphrase"))
        assert client.get("/events/").status_code == 200


# ---------------------------------------------------------------------- review
def test_needs_review_lists_low_confidence_single_source_and_inferred_dates(curator):
    queued = set(Event.objects.needs_review().values_list("pk", flat=True))
    for event in Event.objects.visible().filter(review="auto"):
        sources = event.mentions.values("article").distinct().count()
        expected = event.confidence < 0.6 or sources <= 1 or event.date_inferred
        assert (event.pk in queued) == expected, event
    response = curator.get("/admin/dashboard/event/", {"needs_review": "yes"})
    assert response.context["cl"].result_count == len(queued) > 0


def test_bulk_verify_and_reject_are_logged(curator):
    events = list(Event.objects.needs_review()[:2])
    action(curator, "mark_verified", events[:1])
    action(curator, "mark_rejected", events[1:])
    assert Event.objects.get(pk=events[0].pk).review == "verified"
    assert Event.objects.get(pk=events[1].pk).review == "rejected"
    entry = LogEntry.objects.get(object_id=str(events[0].pk), change_message="Marked verified.")
    assert entry.user.username == "curator"
    history = curator.get(f"/admin/dashboard/event/{events[0].pk}/history/").content.decode()
    assert "Marked verified." in history and "curator" in history


def test_the_event_form_shows_its_evidence_highlighted(curator):
    event = Event.objects.get(event_type="cancellation", date="2018-08-24")
    html = curator.get(f"/admin/dashboard/event/{event.pk}/change/").content.decode()
    assert '<mark class="trigger">' in html and "cancel" in html.lower()


# ---------------------------------------------------------------------- editing
def test_changing_participants_in_the_admin_marks_the_event_edited(curator):
    event = Event.objects.get(event_type="sanction", date="2018-08-22")
    form = curator.get(f"/admin/dashboard/event/{event.pk}/change/").context["adminform"].form
    participants = list(event.participants.all())
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(date=event.date.isoformat(), related_event="")
    data.update({
        "participants-TOTAL_FORMS": str(len(participants) + 1),
        "participants-INITIAL_FORMS": str(len(participants)),
        "mentions-TOTAL_FORMS": "0", "mentions-INITIAL_FORMS": "0",
    })  # fmt: skip
    for i, p in enumerate(participants):
        data.update(
            {
                f"participants-{i}-id": p.pk,
                f"participants-{i}-event": event.pk,
                f"participants-{i}-actor": p.actor_id,
                f"participants-{i}-role": p.role,
            }
        )
    russia = Actor.objects.get(name="Japan")
    n = len(participants)
    data.update({f"participants-{n}-event": event.pk, f"participants-{n}-actor": russia.pk,
                 f"participants-{n}-role": "target"})  # fmt: skip
    response = curator.post(f"/admin/dashboard/event/{event.pk}/change/", data)
    assert response.status_code == 302, [
        f.formset.errors for f in response.context["inline_admin_formsets"]
    ] + [response.context["adminform"].form.errors]
    event.refresh_from_db()
    assert event.edited and event.participants.filter(actor=russia).exists()
    reload_everything()
    assert Event.objects.get(pk=event.pk).participants.filter(actor=russia).exists()


# ---------------------------------------------------------------------- merging and splitting
def test_merging_events_keeps_everything_and_survives_reloads(curator):
    meeting = Event.objects.get(event_type="meeting", date="2018-07-01", status="occurred")
    missed = Event.objects.get(event_type="meeting", date="2018-07-01", status="did_not_occur")
    mentions = Mention.objects.filter(event__in=[meeting, missed]).count()
    actors = set(
        Participant.objects.filter(event__in=[meeting, missed]).values_list("actor", flat=True)
    )
    response = action(curator, "merge_events", [meeting, missed])
    assert response.status_code == 200 and b"Merge" in response.content  # the choice page
    action(curator, "merge_events", [meeting, missed], apply="1", survivor=meeting.pk,
           field_status=missed.pk)  # fmt: skip
    meeting.refresh_from_db()
    assert meeting.status == "did_not_occur" and meeting.edited
    assert meeting.mentions.count() == mentions
    assert set(meeting.participants.values_list("actor", flat=True)) == actors
    assert Event.objects.get(pk=missed.pk).merged_into_id == meeting.pk
    assert missed.pk not in set(Event.objects.visible().values_list("pk", flat=True))

    reload_everything()
    duplicates = Event.objects.filter(
        merged_into__isnull=True, event_type="meeting", date="2018-07-01"
    ).exclude(pk=meeting.pk)
    assert not duplicates.exists()  # the merged-away report came back to the survivor
    assert Event.objects.get(pk=meeting.pk).mentions.count() >= mentions


def test_splitting_a_wrongly_merged_event(curator):
    summit = Event.objects.get(event_type="summit", location="Singapore")
    moved = list(summit.mentions.filter(article__source_key__startswith="seeds/001"))
    before = summit.mentions.count()
    action(curator, "split_event", [summit], apply="1", mention=[m.pk for m in moved])
    new = Event.objects.exclude(pk=summit.pk).get(mentions__in=moved[:1])
    summit.refresh_from_db()
    assert new.mentions.count() == len(moved) and summit.mentions.count() == before - len(moved)
    assert new.edited and summit.edited and new.event_type == "summit"


def test_merging_actors_moves_aliases_and_events_and_teaches_extraction(curator, tmp_path):
    # The seeds name "Ms. Pak" only; a later article names her in full.
    load_text(tmp_path, "Jung Pak, a Brookings scholar, said on Friday that Trump met Kim Jong-un.")
    pak, jung_pak = Actor.objects.get(name="Pak"), Actor.objects.get(name="Jung Pak")
    assert pak.is_new and jung_pak.is_new
    curator.post("/admin/dashboard/actor/", {
        "action": "merge_actors", "_selected_action": [pak.pk, jung_pak.pk],
        "apply": "1", "survivor": jung_pak.pk,
    })  # fmt: skip
    jung_pak.refresh_from_db()
    assert "Pak" in jung_pak.aliases and jung_pak.edited
    assert Actor.objects.get(pk=pak.pk).merged_into_id == jung_pak.pk

    later = tmp_path / "later"
    later.mkdir()
    (later / "wire.txt").write_text(
        "---\npublished: 2018-09-01\n---\nMs. Pak said on Friday that the talks had stalled.\n"
    )
    call_command("load_corpus", str(later), stdout=StringIO(), stderr=StringIO())
    [statement] = Event.objects.filter(event_type="statement", date="2018-08-31")
    assert set(statement.participants.values_list("actor__name", flat=True)) == {"Jung Pak"}


# ---------------------------------------------------------------------- reload guarantees
def test_a_verified_event_receives_new_evidence_and_keeps_its_review(tmp_path):
    event = Event.objects.get(event_type="cancellation", date="2018-08-24")
    Event.objects.filter(pk=event.pk).update(review="verified", summary="Checked by hand",
                                             edited=True)  # fmt: skip
    load_text(tmp_path, "On Friday, President Trump called off Mike Pompeo's trip to North Korea.")
    event.refresh_from_db()
    assert event.review == "verified" and event.summary == "Checked by hand"
    assert event.mentions.filter(article__source_file__endswith="story.txt").exists()


def test_an_edited_actor_survives_a_reload():
    actor = Actor.objects.get(name="Stephen Biegun")
    Actor.objects.filter(pk=actor.pk).update(description="U.S. envoy", edited=True, country="US")
    reload_everything()
    assert Actor.objects.get(pk=actor.pk).description == "U.S. envoy"


# ---------------------------------------------------------------------- adding articles
def test_a_curator_pastes_an_article_and_its_events_wait_for_review(curator):
    response = curator.post("/admin/dashboard/article/add/", {
        "text": "Mike Pompeo met Kim Yong-chol in New York on Thursday.",
        "title": "Pompeo meets Kim Yong-chol", "outlet": "Example Wire",
        "published": "2018-06-01",
    })  # fmt: skip
    assert response.status_code == 302 and "needs_review=yes" in response["Location"]
    article = Article.objects.get(title="Pompeo meets Kim Yong-chol")
    assert article.source_key.startswith("admin/curator/")
    [event] = Event.objects.filter(mentions__article=article)
    assert event.date.isoformat() == "2018-05-31" and event.review == "auto"
    assert event.pk in set(Event.objects.needs_review().values_list("pk", flat=True))
    assert LogEntry.objects.filter(object_id=str(article.pk), user__username="curator").exists()


def test_a_curator_uploads_a_file_with_front_matter(curator, tmp_path):
    path = tmp_path / "upload.md"
    path.write_text(
        "---\ntitle: Uploaded\npublished: 2018-08-25\n---\n"
        "The Treasury Department on Wednesday sanctioned two Russian firms.\n"
    )
    with path.open("rb") as upload:
        response = curator.post("/admin/dashboard/article/add/", {"file": upload})
    assert response.status_code == 302
    article = Article.objects.get(title="Uploaded")
    assert article.published.isoformat() == "2018-08-25"
    assert Event.objects.filter(mentions__article=article, event_type="sanction").exists()


def test_a_bad_upload_is_refused_with_its_reason(curator, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\x00\x01binary")
    with path.open("rb") as upload:
        response = curator.post("/admin/dashboard/article/add/", {"file": upload})
    assert response.status_code == 200
    assert "bad.txt: binary file, not text" in response.content.decode()


# ---------------------------------------------------------------------- merged-away pages
def _events(*summaries: str) -> list[Event]:
    return [
        Event.objects.create(event_type="meeting", date="2018-09-01", summary=summary)
        for summary in summaries
    ]


def test_a_merged_away_event_page_redirects_to_the_survivor_of_its_merges(client):
    first, second, survivor = _events("First report", "Second report", "The meeting")
    Event.objects.filter(pk=first.pk).update(merged_into=second)
    Event.objects.filter(pk=second.pk).update(merged_into=survivor)
    for merged in (first, second):
        response = client.get(f"/events/{merged.pk}/")
        assert response.status_code == 302 and response["Location"] == f"/events/{survivor.pk}/"
    page = client.get(f"/events/{survivor.pk}/")
    assert page.status_code == 200 and "The meeting" in page.content.decode()


def test_merges_that_loop_lead_nowhere_instead_of_redirecting_forever(client):
    first, second, third = _events("First report", "Second report", "Third report")
    Event.objects.filter(pk=first.pk).update(merged_into=second)
    Event.objects.filter(pk=second.pk).update(merged_into=third)
    Event.objects.filter(pk=third.pk).update(merged_into=first)
    for event in (first, second, third):
        assert client.get(f"/events/{event.pk}/").status_code == 404


def test_a_merge_made_in_the_admin_sends_readers_of_the_duplicate_to_the_survivor(curator):
    meeting = Event.objects.get(event_type="meeting", date="2018-07-01", status="occurred")
    missed = Event.objects.get(event_type="meeting", date="2018-07-01", status="did_not_occur")
    action(curator, "merge_events", [meeting, missed], apply="1", survivor=meeting.pk)
    response = curator.get(f"/events/{missed.pk}/")
    assert response.status_code == 302 and response["Location"] == f"/events/{meeting.pk}/"
