"""Finding things in a real browser (issue 15, points 5 and 6): actors any of / all of
through the form, a search's snippets and the marks it carries to the event page, the
article index reached from the navigation."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def rows(page) -> list[str]:
    return page.locator("table.events tbody tr td:nth-child(4) > a").all_text_contents()


def test_choosing_any_of_two_actors_widens_the_table(page, live_server, talks):
    page.goto(live_server.url + "/events/?actor=mike-pompeo&actor=kim-yong-chol")
    all_of = rows(page)
    assert len(all_of) == 3
    assert page.locator("input[name=actor_match][value=all]").is_checked()
    page.get_by_label("any one takes part").check()
    page.get_by_role("button", name="Filter").click()
    page.wait_for_selector(".lede >> text=or Kim Yong-chol")
    assert parse_qs(urlparse(page.url).query)["actor_match"] == ["any"]
    any_of = rows(page)
    assert set(all_of) < set(any_of) and "Trump calls off Pompeo's trip" in any_of
    assert len(any_of) == 4
    lede = page.locator(".lede").inner_text()
    assert lede == "4 events where Mike Pompeo or Kim Yong-chol takes part."


def test_a_search_shows_snippets_and_marks_the_word_on_the_event_page(page, live_server, talks):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page.goto(live_server.url + "/events/")
    page.get_by_label("Text").fill("Pyongyang")
    page.get_by_role("button", name="Filter").click()
    snippet = page.locator("table.events p.snippet")
    assert snippet.count() == 1
    assert snippet.locator("mark.search").inner_text() == "Pyongyang"
    colour = snippet.locator("mark.search").evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour == "rgb(255, 224, 138)"  # a highlighter's yellow, not the default
    page.locator("table.events tbody tr td:nth-child(4) > a").click()
    assert parse_qs(urlparse(page.url).query)["q"] == ["Pyongyang"]
    assert page.locator("h1 mark.search").inner_text() == "Pyongyang"
    assert page.locator("ol.evidence mark.search").first.is_visible()
    assert hosts == {urlparse(live_server.url).netloc}


def test_the_article_index_is_reached_from_the_navigation_and_searched(page, live_server, talks):
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Articles").click()
    assert urlparse(page.url).path == "/articles/"
    assert page.locator("table.index tbody tr").count() == 7
    page.get_by_label("Title or text").fill("sanctions")
    page.get_by_role("button", name="Search").click()
    titles = page.locator("table.index tbody tr td:nth-child(3)").all_text_contents()
    assert sorted(titles) == ["Treasury sanctions a shipping firm", "Treasury sanctions two firms"]
