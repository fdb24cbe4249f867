"""The admin's events: the review queue, review actions, editing, merging and splitting. Every
change a curator makes is marked edited and logged in the event's history."""

from __future__ import annotations

import re

import pytest
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import Truncator

from dashboard.admin import SUMMARY_CHARS
from dashboard.models import Event, Mention, Participant, ReferenceSource
from tests.curator import change_form_data
from tests.factories import make_actor, make_article, make_event, make_mention
from tests.views.reading import get_counting_queries

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


def test_the_list_reads_date_precision_and_a_short_summary(curator):
    long = "Pompeo and Kim Yong-chol meet in Pyongyang " + "and talk about denuclearisation " * 5
    make_event("meeting", "2018-07", date_inferred=True, summary=long)
    make_event("summit", "2018-06-12", summary="Singapore summit")
    make_event("statement", "2019", summary="A year's statement")
    response = curator.get("/admin/dashboard/event/")
    html = response.content.decode()
    thead = html[html.index('<table id="result_list">') :].split("</thead>")[0]
    header = [name.strip() for name in re.findall(r"<a [^>]*>([^<]+)</a>", thead)]
    assert header == [
        "Date",
        "Type",
        "Status",
        "Summary",
        "Sources",
        "Confidence",
        "Review",
        "Edited",
    ]
    assert ">2018-07 · month · inferred<" in html
    assert ">2018-06-12<" in html and ">2019 · year<" in html
    short = Truncator(long).chars(SUMMARY_CHARS)
    assert len(short) == SUMMARY_CHARS and short.endswith("…")
    assert f'<span title="{long}">{short}</span>' in html
    assert '<td class="field-short_summary">Singapore summit</td>' in html


def test_the_list_takes_as_many_queries_for_fifty_events_as_for_two(curator, pompeo, kim):
    def build(n: int) -> None:
        for day in range(n):
            articles = [make_article(f"Report {day}-{k}.") for k in range(2)]
            make_event("meeting", f"2018-07-{day % 28 + 1:02d}", actors=[pompeo, kim],
                       sources=articles)  # fmt: skip

    build(2)
    _, few = get_counting_queries(curator, "/admin/dashboard/event/")
    build(48)
    response, many = get_counting_queries(curator, "/admin/dashboard/event/")
    assert len(response.context["cl"].result_list) == 50
    assert {e.source_count for e in response.context["cl"].result_list} == {2}
    assert many == few


def test_a_chronology_event_counts_the_pages_it_cites_as_sources(curator, meeting):
    for n in range(2):
        ReferenceSource.objects.create(event=meeting, url=f"https://example.org/{n}",
                                       outlet="Example", title=f"Page {n}")  # fmt: skip
    unsourced = make_event("statement", "2019-01-01")
    response = curator.get("/admin/dashboard/event/", {"o": "-5"})  # most sources first
    assert [(e.pk, e.source_count) for e in response.context["cl"].result_list] == [
        (meeting.pk, 3), (unsourced.pk, 0),
    ]  # fmt: skip


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
           field_status=missed.pk, participants=ticked(response))  # fmt: skip
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


def ticked(response) -> list[str]:
    """The participants the merge page ticks, as a browser would send them."""
    return [str(value) for value in response.context["form"]["participants"].value()]


def test_the_merge_page_offers_every_participant_ticked_with_its_role(curator, reports):
    held, missed = reports
    response = action(curator, "merge_events", [held, missed])
    html = response.content.decode()
    every = Participant.objects.filter(event__in=reports)
    assert len(every) == 4  # Kim Yong-chol takes part in both
    assert sorted(ticked(response)) == sorted(str(p.pk) for p in every)
    for participant in every:
        box = f'name="participants" value="{participant.pk}"'
        assert box in html
        assert re.search(box + r"[^>]*checked", html)
    assert f"Japan — participant (event {missed.pk})" in html
    assert f"Mike Pompeo — participant (event {held.pk})" in html


def test_the_merge_page_takes_as_many_queries_for_many_participants_as_for_few(curator, reports):
    def page_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert action(curator, "merge_events", reports).status_code == 200
        return len(queries)

    few = page_queries()
    for n in range(6):
        Participant.objects.create(event=reports[n % 2], actor=make_actor(f"Envoy {n}"))
    assert page_queries() == few


def test_unticked_participants_are_dropped_and_every_source_is_kept(curator, reports):
    held, missed = reports
    japan = Participant.objects.get(event=missed, actor__name="Japan")
    pompeo = Participant.objects.get(event=held, actor__name="Mike Pompeo")
    keep = Participant.objects.filter(event__in=reports).exclude(pk__in=[japan.pk, pompeo.pk])
    sources = set(Mention.objects.filter(event__in=reports).values_list("pk", flat=True))
    response = action(curator, "merge_events", [held, missed], apply="1", survivor=missed.pk,
                      participants=[p.pk for p in keep])  # fmt: skip
    assert response.status_code == 302
    missed.refresh_from_db()
    assert list(missed.participants.values_list("actor__name", "role")) == [
        ("Kim Yong-chol", "participant"),
    ]  # fmt: skip
    assert set(missed.mentions.values_list("pk", flat=True)) == sources
    assert Event.objects.get(pk=held.pk).merged_into_id == missed.pk
    entry = LogEntry.objects.get(object_id=str(missed.pk))
    assert "Participants left out: Mike Pompeo (participant), Japan (participant)." in (
        entry.change_message
    )


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
    # The new event is a draft for the curator to check: neither verified nor edited.
    assert (new.event_type, new.location, new.review, new.edited, summit.edited) == (
        "summit", "Singapore", "auto", False, True,
    )  # fmt: skip
    assert list(new.participants.values_list("actor__name", flat=True)) == ["Mike Pompeo"]


def test_a_split_off_a_verified_event_is_not_verified_and_is_linked(curator, pompeo):
    summit = make_event("summit", "2018-06-12", review="verified", date_inferred=True,
                        negotiation="us-dprk", sources=[make_article("A."), make_article("B.")],
                        edited=True)  # fmt: skip
    moved = summit.mentions.last()
    response = action(curator, "split_event", [summit], apply="1", mention=[moved.pk])
    new = Event.objects.exclude(pk=summit.pk).get()
    assert (new.review, new.edited, new.date_inferred, new.negotiation_id) == (
        "auto", False, True, summit.negotiation_id,
    )  # fmt: skip
    assert Event.objects.get(pk=summit.pk).review == "verified"  # the curator's own stays
    page = curator.get(response["Location"]).content.decode()
    link = f'<a href="/admin/dashboard/event/{new.pk}/change/">{new.pk}</a>'
    assert f"Event {link} holds the sources split off." in page
    assert curator.get(f"/admin/dashboard/event/{new.pk}/change/").status_code == 200


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
