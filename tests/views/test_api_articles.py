"""/api/articles: articles by outlet, date, negotiation and text, each with the number of
visible events it reports; never the file it was loaded from."""

from __future__ import annotations

import pytest

from dashboard.models import Article
from tests.factories import make_article, make_event

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    assert response.status_code == 200
    return [article["title"] for article in response.json()["articles"]]


def test_an_article_is_given_with_the_number_of_its_visible_events(client, story):
    kept = make_event(sources=[story])
    make_event(sources=[story])
    make_event(sources=[story], review="rejected")
    make_event(sources=[story], merged_into=kept)
    Article.objects.filter(pk=story.pk).update(authors="Jane Doe")
    assert client.get("/api/articles").json() == {
        "count": 1, "next": None, "previous": None,
        "articles": [{"id": story.pk, "title": "Pompeo in Pyongyang", "outlet": "The Hill",
                      "url": "https://example.org/pyongyang", "published": "2018-07-08",
                      "published_inferred": False, "authors": "Jane Doe",
                      "negotiation": "us-dprk", "events": 2}],
    }  # fmt: skip


def test_a_rejection_counts_at_once(client, story):
    event, _ = make_event(sources=[story]), make_event(sources=[story])
    assert client.get("/api/articles").json()["articles"][0]["events"] == 2
    event.review = "rejected"
    event.save()
    assert client.get("/api/articles").json()["articles"][0]["events"] == 1


def test_it_finds_articles_by_outlet_date_and_text_newest_first(client, story):
    make_article("Sanctions on a shipper.", title="Sanctions", outlet="the hill",
                 published="2018-08-23")  # fmt: skip
    make_article("Pompeo will go back.", title="Elsewhere", outlet="Example Wire",
                 published="2018-08-25")  # fmt: skip
    assert titles(client.get("/api/articles", {"outlet": "The Hill"})) == [
        "Sanctions", "Pompeo in Pyongyang",
    ]  # fmt: skip
    assert titles(client.get("/api/articles", {"published_after": "2018-08-01"})) == [
        "Elsewhere", "Sanctions",
    ]  # fmt: skip
    assert titles(client.get("/api/articles", {"q": "pompeo"})) == [
        "Elsewhere", "Pompeo in Pyongyang",
    ]  # fmt: skip


def test_articles_say_their_negotiation_and_filter_by_it(client, story):
    make_article(title="Iran", negotiation="us-iran")
    make_article(title="None")
    api = client.get("/api/articles", {"negotiation": "us-dprk"}).json()
    assert [(a["title"], a["negotiation"]) for a in api["articles"]] == [
        ("Pompeo in Pyongyang", "us-dprk")
    ]
    assert titles(client.get("/api/articles", {"negotiation": "us-taliban"})) == []


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"published_after": "nonsense"}, "published", "Enter a valid date."),
        ({"published_after": "2018-13-01"}, "published", "Enter a valid date."),
        ({"published_after": "2018-06-02", "published_before": "2018-06-01"}, "published",
         "The start date 2018-06-02 is after the end date 2018-06-01."),
        ({"negotiation": "us-mars"}, "negotiation",
         "No negotiation is called us-mars (see corpus/negotiations.toml)."),
    ],
)  # fmt: skip
def test_a_bad_filter_is_a_400_with_its_errors(client, query, field, message):
    response = client.get("/api/articles", query)
    assert response.status_code == 400
    assert [e["message"] for e in response.json()["errors"][field]] == [message]


def test_a_javascript_address_is_no_url_and_the_file_is_never_named(client):
    article = make_article(source_key="admin/alice/story.txt#1", url="javascript:alert(1)",
                           outlet="Example Wire")  # fmt: skip
    [listed] = client.get("/api/articles", {"outlet": "Example Wire"}).json()["articles"]
    assert listed["id"] == article.pk and listed["url"] is None
    assert "file" not in listed and "alice" not in str(listed)
