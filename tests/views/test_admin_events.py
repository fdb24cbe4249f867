"""The admin's events: the review queue, review actions, editing, merging and splitting. Every
change a curator makes is marked edited and logged in the event's history."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import LogEntry

from dashboard.models import Event
from tests.curator import change_form_data
from tests.factories import make_actor, make_article, make_event, make_mention

pytestmark = pytest.mark.django_db


def action(client, name: str, events, **extra):
    data = {"action": name, "_selected_action": [e.pk for e in events], **extra}
    return client.post("/admin/dashboard/event/", data)


def listed(response) -> set[int]:
    assert response.status_code == 200
    return {event.pk for event in response.context["cl"].result_list}


@pytest.fixture
def meeting(pompeo, kim, story) -> Event:
    event = make_event("meeting", "2018-07-06", actors=[pompeo, kim], summary="Talks")
    make_mention(event, story, "Mike Pompeo met Kim Yong-chol in Pyongyang.", trigger="met")
    return event


def test_the_list_shows_each_event_with_its_number_of_sources(curator, meeting, story):
    make_mention(meeting, story, "The talks went on for two days.")
    make_mention(meeting, make_article("Pompeo met Kim Yong-chol."))
    response = curator.get("/admin/dashboard/event/")
    assert listed(response) == {meeting.pk}
    assert [e.source_count for e in response.context["cl"].result_list] == [2]


def test_the_event_form_shows_its_evidence_with_the_trigger_marked(curator, meeting):
    html = curator.get(f"/admin/dashboard/event/{meeting.pk}/change/").content.decode()
    assert 'Mike Pompeo <mark class="trigger">met</mark> Kim Yong-chol in Pyongyang.' in html


def test_needs_review_lists_low_confidence_single_source_and_inferred_dates(curator):
    two = [make_article(f"Report {n}.") for n in range(2)]
    queued = {
        make_event(confidence=0.5, sources=two).pk,  # low confidence
        make_event(confidence=0.9, sources=two[:1]).pk,  # one source
        make_event(confidence=0.9).pk,  # no source
        make_event(confidence=0.9, sources=two, date_inferred=True).pk,
    }
    solid = make_event(confidence=0.9, sources=two)
    make_event(confidence=0.5, review="verified")
    make_event(confidence=0.5, merged_into=solid)
    assert listed(curator.get("/admin/dashboard/event/", {"needs_review": "yes"})) == queued
    assert set(Event.objects.needs_review().values_list("pk", flat=True)) == queued


def test_verifying_and_rejecting_are_logged_in_the_history(curator):
    first, second, untouched = make_event(), make_event(), make_event()
    response = action(curator, "mark_verified", [first])
    assert response.status_code == 302
    action(curator, "mark_rejected", [second])
    assert [Event.objects.get(pk=e.pk).review for e in (first, second, untouched)] == [
        "verified", "rejected", "auto",
    ]  # fmt: skip
    entry = LogEntry.objects.get(object_id=str(first.pk), change_message="Marked verified.")
    assert entry.user.username == "curator"
    history = curator.get(f"/admin/dashboard/event/{first.pk}/history/").content.decode()
    assert "Marked verified." in history and "curator" in history


def test_editing_an_event_marks_it_edited(curator, meeting):
    url = f"/admin/dashboard/event/{meeting.pk}/change/"
    data = change_form_data(curator.get(url))
    response = curator.post(url, {**data, "summary": "Pompeo and Kim Yong-chol talk for two days"})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.edited and meeting.summary == "Pompeo and Kim Yong-chol talk for two days"


def test_saving_an_unchanged_form_leaves_the_event_machine_made(curator, meeting):
    url = f"/admin/dashboard/event/{meeting.pk}/change/"
    assert curator.post(url, change_form_data(curator.get(url))).status_code == 302
    assert not Event.objects.get(pk=meeting.pk).edited


def test_adding_a_participant_marks_the_event_edited(curator, meeting):
    japan = make_actor("Japan", kind="state", country="JP")
    url = f"/admin/dashboard/event/{meeting.pk}/change/"
    data = change_form_data(curator.get(url))
    n = int(data["participants-TOTAL_FORMS"])
    data["participants-TOTAL_FORMS"] = str(n + 1)
    data.update({f"participants-{n}-event": meeting.pk, f"participants-{n}-actor": japan.pk,
                 f"participants-{n}-role": "target"})  # fmt: skip
    assert curator.post(url, data).status_code == 302
    meeting.refresh_from_db()
    assert meeting.edited
    assert sorted(meeting.participants.values_list("actor__name", "role")) == [
        ("Japan", "target"), ("Kim Yong-chol", "participant"), ("Mike Pompeo", "participant"),
    ]  # fmt: skip


def test_the_participant_box_suggests_actors_by_name(curator, pompeo, kim):
    response = curator.get("/admin/autocomplete/", {
        "term": "Pomp", "app_label": "dashboard", "model_name": "participant",
        "field_name": "actor",
    })  # fmt: skip
    assert [r["text"] for r in response.json()["results"]] == ["Mike Pompeo"]


# ---------------------------------------------------------------------- merging and splitting
@pytest.fixture
def reports(pompeo, kim) -> tuple[Event, Event]:
    """Two events of the same July meeting, one reported as held, one as not held."""
    japan = make_actor("Japan", kind="state", country="JP")
    held = make_event("meeting", "2018-07", actors=[pompeo, kim],
                      sources=[make_article("Pompeo met Kim Yong-chol.")])  # fmt: skip
    missed = make_event("meeting", "2018-07", status="did_not_occur", actors=[kim, japan],
                        sources=[make_article("They did not meet."), make_article("No talks.")],
                        confidence=0.8)  # fmt: skip
    return held, missed


def test_merging_asks_which_event_survives_then_keeps_every_source_and_participant(
    curator, reports
):
    held, missed = reports
    response = action(curator, "merge_events", [held, missed])
    assert response.status_code == 200 and b'<input type="submit" value="Merge"' in response.content
    assert Event.objects.get(pk=missed.pk).merged_into is None  # nothing merged yet
    action(curator, "merge_events", [held, missed], apply="1", survivor=held.pk,
           field_status=missed.pk)  # fmt: skip
    held.refresh_from_db()
    assert (held.status, held.edited, held.confidence) == ("did_not_occur", True, 0.8)
    assert held.mentions.count() == 3
    assert sorted(held.participants.values_list("actor__name", flat=True)) == [
        "Japan", "Kim Yong-chol", "Mike Pompeo",
    ]  # fmt: skip
    assert Event.objects.get(pk=missed.pk).merged_into_id == held.pk
    assert list(Event.objects.visible().values_list("pk", flat=True)) == [held.pk]
    assert LogEntry.objects.filter(
        object_id=str(held.pk), change_message=f"Merged events [{missed.pk}] into it."
    ).exists()


def test_readers_of_a_merged_away_event_are_sent_to_the_survivor(curator, reports):
    held, missed = reports
    action(curator, "merge_events", [held, missed], apply="1", survivor=held.pk)
    response = curator.get(f"/events/{missed.pk}/")
    assert response.status_code == 302 and response["Location"] == f"/events/{held.pk}/"


def test_merging_needs_two_events(curator, reports):
    response = action(curator, "merge_events", reports[:1], apply="1", survivor=reports[0].pk)
    assert response.status_code == 302
    assert Event.objects.visible().count() == 2
    messages = curator.get("/admin/dashboard/event/").content.decode()
    assert "Choose at least two events to merge." in messages


def test_splitting_moves_the_chosen_sources_to_a_new_event(curator, pompeo):
    articles = [make_article(f"Report {n}.") for n in range(3)]
    summit = make_event("summit", "2018-06-12", actors=[pompeo], location="Singapore",
                        sources=articles)  # fmt: skip
    moved = list(summit.mentions.filter(article__in=articles[1:]))
    response = action(curator, "split_event", [summit], apply="1", mention=[m.pk for m in moved])
    assert response.status_code == 302
    new = Event.objects.exclude(pk=summit.pk).get()
    summit.refresh_from_db()
    assert set(new.mentions.all()) == set(moved) and summit.mentions.count() == 1
    assert (new.event_type, new.location, new.edited, summit.edited) == (
        "summit", "Singapore", True, True,
    )  # fmt: skip
    assert list(new.participants.values_list("actor__name", flat=True)) == ["Mike Pompeo"]


def test_splitting_off_every_source_is_refused(curator):
    event = make_event(sources=[make_article("One."), make_article("Two.")])
    response = action(curator, "split_event", [event], apply="1",
                      mention=list(event.mentions.values_list("pk", flat=True)))  # fmt: skip
    assert response.status_code == 200  # the split page again, with the reason
    assert (
        '<li class="error">Choose some, but not all, of the event&#x27;s sources to split off</li>'
        in response.content.decode()
    )
    assert Event.objects.count() == 1 and not Event.objects.get(pk=event.pk).edited
