"""/events/<id>/: an event's facts, participants and evidence, each source linked to its
article and, when it has a web address, to the original."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.models import Article, Event
from tests.factories import make_article, make_event, make_mention

pytestmark = pytest.mark.django_db


def test_it_shows_the_events_facts_participants_and_evidence(client, meeting, story):
    html = client.get(f"/events/{meeting.pk}/").content.decode()
    assert "<h1>Pompeo meets Kim Yong-chol</h1>" in html
    assert '<a href="/?negotiation=us-dprk">United States – North Korea</a>' in html
    assert "<dd>Meeting (PLOVER CONSULT, CAMEO 040)</dd>" in html
    assert "<dd>2018-07 <small>(precision: month)</small></dd>" in html
    assert "<dt>Place</dt><dd>Pyongyang</dd>" in html and "<dd>0.75</dd>" in html
    assert '<a href="/actors/mike-pompeo/">Mike Pompeo</a> — Participant' in html
    assert '<a href="/actors/kim-yong-chol/">Kim Yong-chol</a> — Target' in html
    assert "<h2>Sources (1)</h2>" in html
    assert "Loaded articles and their evidence (1 article, 1 sentence)" in html
    assert (
        f'<cite><a href="/articles/{story.pk}/">Pompeo in Pyongyang</a>, The Hill, 2018-07-08 · '
        '<a href="https://example.org/pyongyang" rel="noopener noreferrer">original</a></cite>'
    ) in html


def test_an_unknown_event_is_not_found(client):
    assert client.get("/events/999999/").status_code == 404


def test_the_evidence_marks_its_trigger_and_actors(client, meeting):
    html = client.get(f"/events/{meeting.pk}/").content.decode()
    assert (
        '<blockquote><strong class="actor">Mike Pompeo</strong> <mark class="trigger">met</mark> '
        '<strong class="actor">Kim Yong-chol</strong> in Pyongyang.</blockquote>'
    ) in html


def test_an_actor_named_by_an_alias_is_marked_too(client, pompeo):
    article = make_article("Pompeo flew to Pyongyang.")
    event = make_event("visit", "2018-07-06", actors=[pompeo], sources=[article])
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert '<strong class="actor">Pompeo</strong> flew to Pyongyang.' in html


def test_evidence_is_escaped_around_the_marked_trigger(client, pompeo):
    article = make_article("<script>alert(1)</script> Mike Pompeo met officials.")
    event = make_event("meeting", "2018-07-06", actors=[pompeo])
    make_mention(event, article, trigger="met")
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert (
        '&lt;script&gt;alert(1)&lt;/script&gt; <strong class="actor">Mike Pompeo</strong> '
        '<mark class="trigger">met</mark> officials.'
    ) in html


def test_a_cancellation_links_to_what_it_cancelled_and_back(client, pompeo):
    trip = make_event("visit", "2018-08-27", status="cancelled", summary="Pompeo's fourth trip")
    called_off = make_event("cancellation", "2018-08-24", related_event=trip,
                            summary="Trump calls off the trip")  # fmt: skip
    html = client.get(f"/events/{called_off.pk}/").content.decode()
    assert "<dd>Cancellation (PLOVER SANCTION, CAMEO 161)</dd>" in html  # a cancelled visit
    assert f'<dt>Cancels</dt><dd><a href="/events/{trip.pk}/">2018-08-27 Visit' in html
    html = client.get(f"/events/{trip.pk}/").content.decode()
    assert f'<dt>Cancellation</dt><dd><a href="/events/{called_off.pk}/">' in html


def test_the_pages_the_reference_chronology_cites_are_listed(client):
    event = make_event("summit", "2018-06-12", reference_key="2018-06-12-singapore-summit",
                       review="verified", edited=True)  # fmt: skip
    event.references.create(url="https://example.org/singapore", outlet="Example Wire",
                            title="Leaders meet in Singapore", published="2018-06-12")  # fmt: skip
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert "In Parley's reference chronology (verified)" in html
    assert (
        '<li><a href="https://example.org/singapore" rel="noopener noreferrer">Leaders meet in '
        "Singapore</a>, Example Wire, 2018-06-12</li>"
    ) in html
    assert "<h2>Sources (1)</h2>" in html and "Loaded articles" not in html


def test_a_source_is_a_page_and_its_sentences_are_its_evidence(client, meeting, story):
    """One meaning of "sources" on every page: the article with two sentences and a cited
    page are two sources, as the table's column counts them."""
    make_mention(meeting, story, "The talks went on for two days.")
    meeting.references.create(url="https://example.org/cited", outlet="Example Wire",
                              title="Pompeo lands", published="2018-07-06")  # fmt: skip
    html = client.get(f"/events/{meeting.pk}/").content.decode()
    assert "<h2>Sources (2)</h2>" in html
    assert "Loaded articles and their evidence (1 article, 2 sentences)" in html
    assert html.count(f'<cite><a href="/articles/{story.pk}/">') == 1
    assert html.count("<blockquote>") == 2
    [row] = client.get("/events/").context["page"].object_list
    assert row.source_count == 2


def test_a_javascript_address_is_never_a_link(client, meeting, story):
    Article.objects.filter(pk=story.pk).update(url="javascript:alert(1)")
    html = client.get(f"/events/{meeting.pk}/").content.decode()
    assert "javascript:" not in html
    assert (
        f'<cite><a href="/articles/{story.pk}/">Pompeo in Pyongyang</a>, The Hill, '
        "2018-07-08</cite>" in html
    )


def test_a_web_address_is_escaped_in_its_link(client, meeting, story):
    Article.objects.filter(pk=story.pk).update(url="https://example.org/story?a=1&b=2")
    html = client.get(f"/events/{meeting.pk}/").content.decode()
    assert (
        '<a href="https://example.org/story?a=1&amp;b=2" rel="noopener noreferrer">original</a>'
        in html
    )


def test_an_article_without_a_title_is_named_by_its_id_never_its_file(client, pompeo):
    article = make_article("Mike Pompeo met officials.", source_key="admin/alice/story.txt#1")
    event = make_event("meeting", "2018-07-06", sources=[article])
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert f'<a href="/articles/{article.pk}/">Article {article.pk}</a>' in html
    assert "alice" not in html and "story.txt" not in html


def test_a_merged_away_event_redirects_to_the_survivor_of_its_merges(client):
    survivor = make_event(summary="The meeting")
    second = make_event(summary="Second report", merged_into=survivor)
    first = make_event(summary="First report", merged_into=second)
    for merged in (first, second):
        response = client.get(f"/events/{merged.pk}/")
        assert response.status_code == 302 and response["Location"] == f"/events/{survivor.pk}/"
    page = client.get(f"/events/{survivor.pk}/")
    assert page.status_code == 200 and "<h1>The meeting</h1>" in page.content.decode()


def test_merges_that_loop_lead_nowhere_instead_of_redirecting_forever(client):
    first, second, third = (make_event(summary=f"Report {n}") for n in range(3))
    Event.objects.filter(pk=first.pk).update(merged_into=second)
    Event.objects.filter(pk=second.pk).update(merged_into=third)
    Event.objects.filter(pk=third.pk).update(merged_into=first)
    for event in (first, second, third):
        assert client.get(f"/events/{event.pk}/").status_code == 404


@pytest.mark.parametrize(
    "fields,shown",
    [
        ({"date_inferred": True}, True),  # "on Thursday": the week comes from publication
        ({"date_inferred": False}, False),  # "June 12, 2018": stated in full
    ],
)
def test_an_inferred_date_is_marked_as_such(client, fields, shown):
    event = make_event("summit", "2018-06-12", end_date=dt.date(2018, 6, 13), **fields)
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert "to 2018-06-13" in html
    assert ('class="date-inferred"' in html) is shown
    assert ("date inferred</small>" in html) is shown
