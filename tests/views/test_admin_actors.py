"""The admin's actors: the new people to review, editing, and merging duplicates (the survivor
takes the others' names as aliases and their events)."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import LogEntry

from dashboard.models import Actor
from tests.curator import change_form_data
from tests.factories import make_actor, make_event

pytestmark = pytest.mark.django_db


def test_to_review_lists_the_new_actors_nobody_reviewed_yet(curator, pompeo):
    pak = make_actor("Pak", is_new=True)
    make_actor("Jung Pak", is_new=True, review="verified")
    make_actor("Ms. Kang", is_new=True, merged_into=pak)
    response = curator.get("/admin/dashboard/actor/", {"to_review": "new"})
    assert [actor.name for actor in response.context["cl"].result_list] == ["Pak"]


def test_editing_an_actor_marks_it_edited(curator, pompeo):
    url = f"/admin/dashboard/actor/{pompeo.pk}/change/"
    response = curator.get(url)
    assert response.status_code == 200
    data = change_form_data(response)
    assert curator.post(url, {**data, "description": "U.S. envoy"}).status_code == 302
    pompeo.refresh_from_db()
    assert (pompeo.description, pompeo.edited) == ("U.S. envoy", True)


def test_merging_actors_moves_their_names_and_events_to_the_survivor(curator):
    pak, jung_pak = make_actor("Pak", is_new=True), make_actor("Jung Pak", is_new=True)
    statement = make_event("statement", "2018-08-24", actors=[pak])
    response = curator.post("/admin/dashboard/actor/", {
        "action": "merge_actors", "_selected_action": [pak.pk, jung_pak.pk],
    })  # fmt: skip
    assert response.status_code == 200 and b'<input type="submit" value="Merge"' in response.content
    curator.post("/admin/dashboard/actor/", {
        "action": "merge_actors", "_selected_action": [pak.pk, jung_pak.pk],
        "apply": "1", "survivor": jung_pak.pk,
    })  # fmt: skip
    jung_pak.refresh_from_db()
    assert (jung_pak.aliases, jung_pak.edited) == (["Pak"], True)
    assert Actor.objects.get(pk=pak.pk).merged_into_id == jung_pak.pk
    assert list(statement.participants.values_list("actor__name", flat=True)) == ["Jung Pak"]
    assert LogEntry.objects.filter(
        object_id=str(jung_pak.pk), change_message="Merged ['Pak'] into it."
    ).exists()
