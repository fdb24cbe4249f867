"""Search results say why a row matched (a snippet of the evidence sentence or summary with
the searched words marked) and the event page, reached from a search, marks them too."""

from __future__ import annotations

import re

import pytest

from dashboard.highlighting import SNIPPET_CHARS, search_patterns, search_snippet
from tests.factories import make_article, make_event, make_mention
from tests.views.reading import get_counting_queries

pytestmark = pytest.mark.django_db

SNIPPET = re.compile(r'<p class="snippet">(.*?)</p>', re.S)


def snippets(client, query: dict) -> list[str]:
    response = client.get("/events/", query)
    assert response.status_code == 200
    return SNIPPET.findall(response.content.decode())


def test_a_search_shows_the_sentence_that_matched_with_the_word_marked(client, meeting):
    assert snippets(client, {"q": "Pyongyang"}) == [
        'Mike Pompeo met Kim Yong-chol in <mark class="search">Pyongyang</mark>.'
    ]
    assert snippets(client, {}) == []  # no search, no snippet


def test_the_snippet_falls_back_to_the_summary(client, meeting):
    assert snippets(client, {"q": "meets"}) == [
        'Pompeo <mark class="search">meets</mark> Kim Yong-chol'
    ]


def test_a_stemmed_word_and_every_word_of_a_phrase_are_marked(client):
    text = "The summit talks were held. Officials said talking had helped."
    event = make_event("summit", "2019-02-27", summary="Hanoi summit")
    make_mention(event, make_article(text), "The summit talks were held.")
    assert snippets(client, {"q": '"summits talk"'}) == [
        'The <mark class="search">summit</mark> <mark class="search">talks</mark> were held.'
    ]
    assert snippets(client, {"q": "summit -cancelled"}) == [
        'The <mark class="search">summit</mark> talks were held.'  # an unwanted word: unmarked
    ]


def test_markup_in_a_sentence_or_a_search_is_shown_as_text(client):
    text = "A note read <script>alert(1)</script> in the script of the talks."
    event = make_event("statement", "2019-03-01", summary="A note")
    make_mention(event, make_article(text))
    [shown] = snippets(client, {"q": "<script>"})
    assert "<script>" not in shown
    assert shown.startswith('A note read &lt;<mark class="search">script</mark>&gt;alert(1)&lt;/')
    html = client.get(f"/events/{event.pk}/", {"q": "<script>"}).content.decode()
    assert "<script>alert" not in html and "“&lt;script&gt;”" in html


def test_a_snippet_of_a_long_sentence_is_bounded_around_the_match():
    words = " ".join(f"word{n}" for n in range(200))
    text = f"{words} Pyongyang {words}."
    event = make_event("meeting", "2019-01-01")
    make_mention(event, make_article(text))
    event = type(event).objects.with_details().get(pk=event.pk)
    shown = str(search_snippet(event, "pyongyang"))
    plain = re.sub(r"<[^>]+>", "", shown)
    assert plain.startswith("… word") and plain.endswith(" …")
    assert len(plain) <= SNIPPET_CHARS + 4
    assert '<mark class="search">Pyongyang</mark>' in shown
    assert " word199 Pyongyang" in plain  # the words just before the match are kept


@pytest.mark.parametrize(
    ("search", "marked"),
    [
        ("talks", ["talk", "talks", "talking"]),
        ("Summits", ["summit", "summits"]),
        ("a -b or c", ["a", "c"]),
        ("", []),
    ],
)
def test_the_patterns_mark_the_wanted_words_and_their_endings(search, marked):
    patterns = search_patterns(search)
    words = ["talk", "talks", "talking", "summit", "summits", "a", "b", "c"]
    assert [w for w in words if any(p.fullmatch(w) for p in patterns)] == marked


def test_snippets_take_no_query_per_row(client, settings, pompeo, kim):
    settings.PARLEY_PAGE_SIZE = 30
    story = make_article("Pompeo met Kim in Pyongyang.")

    def add(n: int) -> None:
        for _ in range(n):
            make_event("meeting", "2019-01-01", actors=[pompeo, kim], sources=[story])

    add(1)
    response, one = get_counting_queries(client, "/events/", {"q": "Pyongyang"})
    assert len(SNIPPET.findall(response.content.decode())) == 1
    add(29)
    response, thirty = get_counting_queries(client, "/events/", {"q": "Pyongyang"})
    assert len(SNIPPET.findall(response.content.decode())) == 30
    assert thirty == one


# ---------------------------------------------------------------------- the event page
def test_the_table_links_carry_the_search_to_the_event_page(client, meeting):
    html = client.get("/events/", {"q": "Pyongyang Kim"}).content.decode()
    assert f'<a href="/events/{meeting.pk}/?q=Pyongyang%20Kim">' in html


def test_the_event_page_marks_the_searched_words_in_summary_and_evidence(client, meeting):
    html = client.get(f"/events/{meeting.pk}/", {"q": "Pyongyang meets"}).content.decode()
    assert '<h1>Pompeo <mark class="search">meets</mark> Kim Yong-chol</h1>' in html
    assert 'in <mark class="search">Pyongyang</mark>.' in html
    assert '<mark class="trigger">met</mark>' in html  # the trigger stays marked
    plain = client.get(f"/events/{meeting.pk}/").content.decode()
    assert 'class="search"' not in plain and "<h1>Pompeo meets Kim Yong-chol</h1>" in plain


def test_a_merged_away_event_keeps_the_search_on_its_way(client, meeting):
    gone = make_event("meeting", "2018-07-06", merged_into=meeting)
    response = client.get(f"/events/{gone.pk}/", {"q": "Pyongyang"})
    assert response["Location"] == f"/events/{meeting.pk}/?q=Pyongyang"
