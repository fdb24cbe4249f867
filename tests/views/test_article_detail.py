"""/articles/<id>/: an article's metadata, its events, and its text with the evidence
sentences and the actors found at load time marked (all text escaped)."""

from __future__ import annotations

import pytest

from dashboard.curation import merge_actors
from dashboard.extraction.pipeline import Pipeline
from dashboard.models import Article
from tests.factories import make_actor, make_article, make_event, make_mention

pytestmark = pytest.mark.django_db


def test_it_shows_the_articles_metadata(client, story):
    Article.objects.filter(pk=story.pk).update(authors="Jane Doe", published_inferred=True)
    html = client.get(f"/articles/{story.pk}/").content.decode()
    assert "<h1>Pompeo in Pyongyang</h1>" in html
    assert '<dd><a href="/?negotiation=us-dprk">United States – North Korea</a></dd>' in html
    assert "<dt>Outlet</dt><dd>The Hill</dd>" in html
    assert "<dd>2018-07-08 (inferred from the text)</dd>" in html
    assert "<dt>Authors</dt><dd>Jane Doe</dd>" in html
    assert (
        '<dd><a href="https://example.org/pyongyang" rel="noopener noreferrer">'
        "https://example.org/pyongyang</a></dd>"
    ) in html


def test_an_unknown_article_is_not_found(client):
    assert client.get("/articles/999999/").status_code == 404


def test_it_lists_the_visible_events_the_article_reports(client, story):
    make_event("meeting", "2018-07-06", sources=[story], summary="Pompeo meets Kim Yong-chol")
    make_event("meeting", "2018-07-05", sources=[story], summary="Rejected", review="rejected")
    make_event("meeting", "2018-07-04", sources=[make_article()], summary="Another article's")
    html = client.get(f"/articles/{story.pk}/").content.decode()
    assert "Pompeo meets Kim Yong-chol</a></li>" in html
    assert "Rejected" not in html and "Another article" not in html
    assert f'<a href="/events/?article={story.pk}">These events in the table →</a>' in html
    assert f'href="/events.csv?article={story.pk}"' in html
    assert f'href="/api/events?article={story.pk}"' in html


def test_the_text_marks_evidence_sentences_and_the_actors_found_at_load_time(client, story):
    event = make_event("meeting", "2018-07-06")
    make_mention(event, story, "Mike Pompeo met Kim Yong-chol in Pyongyang.")
    html = client.get(f"/articles/{story.pk}/").content.decode()
    assert (
        '<div class="article-text"><p><span class="said">'
        '<a class="actor" href="/actors/mike-pompeo/" title="Mike Pompeo">Mike Pompeo</a> met '
        '<a class="actor" href="/actors/kim-yong-chol/" title="Kim Yong-chol">Kim Yong-chol</a>'
        f' in Pyongyang.</span><a class="event-link" href="/events/{event.pk}/" title="The event">'
        "↗</a> The talks went on for two days.</p></div>"
    ) in html


def test_the_sentences_of_rejected_events_are_not_marked(client, story):
    event = make_event("meeting", "2018-07-06", review="rejected")
    make_mention(event, story, "Mike Pompeo met Kim Yong-chol in Pyongyang.")
    html = client.get(f"/articles/{story.pk}/").content.decode()
    assert f"/events/{event.pk}/" not in html
    assert (
        '<div class="article-text"><p><a class="actor" href="/actors/mike-pompeo/" '
        'title="Mike Pompeo">Mike Pompeo</a> met <a class="actor" href="/actors/kim-yong-chol/" '
        'title="Kim Yong-chol">Kim Yong-chol</a> in Pyongyang. The talks went on for two days.'
        "</p></div>"
    ) in html


def test_the_page_runs_no_extraction(client, story, monkeypatch):
    def no_extraction(*args, **kwargs):
        raise AssertionError("a web request ran extraction")

    monkeypatch.setattr(Pipeline, "extract", no_extraction)
    html = client.get(f"/articles/{story.pk}/").content.decode()
    assert '<a class="actor" href="/actors/mike-pompeo/" title="Mike Pompeo">' in html


def test_after_an_actor_merge_the_marks_lead_to_the_survivor(client, story, pompeo):
    survivor = make_actor("Michael R. Pompeo", country="US")
    merge_actors(survivor, [pompeo])
    html = client.get(f"/articles/{story.pk}/").content.decode()
    assert (
        '<a class="actor" href="/actors/michael-r-pompeo/" title="Michael R. Pompeo">'
        "Mike Pompeo</a>"
    ) in html
    assert 'href="/actors/mike-pompeo/"' not in html


def test_the_text_is_escaped_around_its_marks(client, pompeo):
    article = make_article("<script>alert(1)</script> Mike Pompeo met officials.", actors=[pompeo])
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert (
        '<p>&lt;script&gt;alert(1)&lt;/script&gt; <a class="actor" href="/actors/mike-pompeo/" '
        'title="Mike Pompeo">Mike Pompeo</a> met officials.</p>'
    ) in html


def test_a_javascript_address_is_never_a_link(client, story):
    Article.objects.filter(pk=story.pk).update(url="javascript:alert(1)")
    html = client.get(f"/articles/{story.pk}/").content.decode()
    assert "javascript:" not in html and "<dt>URL</dt>" not in html


def test_a_web_address_is_escaped_in_its_link(client, story):
    Article.objects.filter(pk=story.pk).update(url="https://example.org/story?a=1&b=2")
    html = client.get(f"/articles/{story.pk}/").content.decode()
    assert 'href="https://example.org/story?a=1&amp;b=2" rel="noopener noreferrer"' in html


def test_an_article_without_a_title_is_named_by_its_id_never_its_file(client):
    article = make_article(source_key="admin/alice/story.txt#0123456789ab")
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert f"<h1>Article {article.pk}</h1>" in html
    assert "alice" not in html and "story.txt" not in html
