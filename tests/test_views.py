from __future__ import annotations

import csv
import io

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dashboard.models import Actor, Article, Event, Mention, Participant

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeds")]


@pytest.fixture
def admin_client(client):
    user = User.objects.create_superuser("curator", "curator@example.org", "a-long-passphrase")
    client.force_login(user)
    return client


def pages() -> list[str]:
    event = Event.objects.filter(mentions__isnull=False).first()
    return [
        "/",
        "/events/",
        "/events/?type=cancellation&status=occurred&date_after=2018-06-01&date_before=2018-12-31",
        "/events/?actor=mike-pompeo&actor=kim-yong-chol",
        "/events/?q=Treasury&country=US&outlet=The+Hill",
        f"/events/{event.pk}/",
        "/actors/mike-pompeo/",
        f"/articles/{Article.objects.first().pk}/",
        "/api/events",
        "/events.csv",
    ]


def test_every_page_returns_200_with_the_seed_data(client):
    for url in pages():
        assert client.get(url).status_code == 200, url


def test_unknown_records_are_404(client):
    assert client.get("/events/999999/").status_code == 404
    assert client.get("/actors/nobody/").status_code == 404


def test_the_overview_draws_its_charts_from_local_plotly(client):
    html = client.get("/").content.decode()
    assert 'src="/static/vendor/plotly/plotly.min.js"' in html
    for chart in ("chart-periods", "chart-stalling", "chart-network"):
        assert f'id="{chart}"' in html
    assert "Cancelled or postponed" in html
    assert "://cdn" not in html and "https://" not in html


def test_every_page_and_favicon_ico_lead_to_our_icon(client):
    assert 'rel="icon" href="/static/img/favicon.svg"' in client.get("/").content.decode()
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == "/static/img/favicon.svg"
    assert client.get(response["Location"]).status_code == 200


def test_plotly_js_is_served_from_our_static_files(client):
    response = client.get("/static/vendor/plotly/plotly.min.js")
    assert response.status_code == 200
    assert b"plotly" in b"".join(response.streaming_content)[:2000].lower()


def test_the_events_table_follows_the_filter(client):
    response = client.get("/events/", {"type": "sanction"})
    page = response.context["page"]
    assert {e.event_type for e in page.object_list} == {"sanction"}
    assert "where type is sanction" in response.content.decode()


def test_filters_by_several_actors_need_all_of_them(client):
    response = client.get("/events/", {"actor": ["mike-pompeo", "kim-yong-chol"]})
    for event in response.context["page"].object_list:
        names = {p.actor.name for p in event.participants.all()}
        assert {"Mike Pompeo", "Kim Yong-chol"} <= names


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        (["Mike Pompeo"], "actor=mike-pompeo"),
        (["mike pompeo", "KIM YONG-CHOL"], "actor=mike-pompeo&actor=kim-yong-chol"),
        (["mike-pompeo", ""], "actor=mike-pompeo"),  # the empty "add an actor" box
        (["mike-pompeo", "Mike Pompeo"], "actor=mike-pompeo"),
    ],
)
def test_actors_named_by_name_lead_to_the_same_filter_by_slug(client, given, canonical):
    response = client.get("/events/", {"type": "meeting", "actor": given})
    assert response.status_code == 302
    assert response["Location"] == f"/events/?type=meeting&{canonical}"


def test_a_submitted_form_leaves_its_empty_fields_out_of_the_address(client):
    form = {"q": "", "type": "meeting", "date_after": " ", "actor": "", "_sort": "-date"}
    response = client.get("/events/", {**form, "_page": ""})
    assert response.status_code == 302
    assert response["Location"] == "/events/?type=meeting&_sort=-date"
    assert client.get(response["Location"]).status_code == 200


def test_the_actor_box_shows_the_chosen_actors_and_refuses_an_unknown_name(client):
    html = client.get("/events/", {"actor": "mike-pompeo"}).content.decode()
    assert '<input type="checkbox" name="actor" value="mike-pompeo" checked> Mike Pompeo' in html
    assert 'data-suggest="/api/actors"' in html
    response = client.get("/events/", {"actor": "Nobody Atall"})
    assert response.status_code == 200
    assert "No actor is called Nobody Atall." in response.content.decode()


def test_an_empty_result_says_how_to_widen_it(client):
    html = client.get(
        "/events/", {"date_after": "1990-01-01", "date_before": "1990-12-31"}
    ).content.decode()
    assert "No events match" in html and "clear every filter" in html


def test_evidence_is_escaped_and_the_trigger_marked(client):
    event = Event.objects.filter(mentions__isnull=False).first()
    mention = event.mentions.first()
    Mention.objects.filter(pk=mention.pk).update(
        sentence="<script>alert(1)</script> " + mention.sentence,
        trigger_start=mention.trigger_start + 26,
        trigger_end=mention.trigger_end + 26,
    )
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert f'<mark class="trigger">{mention.trigger}</mark>' in html


def test_the_event_list_uses_a_fixed_number_of_queries(client):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/events/").status_code == 200
        return len(queries)

    before = count()
    source = Event.objects.filter(event_type="meeting").first()
    actor = Actor.objects.get(name="Mike Pompeo")
    article = Article.objects.first()
    for day in range(1, 21):
        event = Event.objects.create(event_type="meeting", date=f"2019-01-{day:02}", summary="x")
        Participant.objects.create(event=event, actor=actor)
        Mention.objects.create(event=event, article=article, sentence="s", start=0, end=1)
    assert source is not None
    assert count() == before


def test_the_api_uses_a_fixed_number_of_queries(client):
    with CaptureQueriesContext(connection) as small:
        client.get("/api/events", {"_size": 2})
    cache.clear()  # the second request computes its count too
    with CaptureQueriesContext(connection) as large:
        client.get("/api/events", {"_size": 40})
    assert len(small) == len(large)


def test_the_admin_lists_and_edits_every_model(admin_client):
    for model in ["event", "actor", "article", "participant", "mention", "actorrole"]:
        assert admin_client.get(f"/admin/dashboard/{model}/").status_code == 200, model
    event = Event.objects.filter(mentions__isnull=False).first()
    assert admin_client.get(f"/admin/dashboard/event/{event.pk}/change/").status_code == 200
    actor = Actor.objects.get(name="Mike Pompeo")
    assert admin_client.get(f"/admin/dashboard/actor/{actor.pk}/change/").status_code == 200
    response = admin_client.get("/admin/autocomplete/", {
        "term": "Pomp", "app_label": "dashboard",
        "model_name": "participant", "field_name": "actor",
    })  # fmt: skip
    assert "Mike Pompeo" in response.content.decode()


def test_the_admin_needs_a_login(client):
    response = client.get("/admin/dashboard/event/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_editing_an_event_in_the_admin_marks_it_edited(admin_client):
    event = Event.objects.filter(event_type="sanction").first()
    form = admin_client.get(f"/admin/dashboard/event/{event.pk}/change/").context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(summary="Treasury designates a Chinese shipping firm", date=event.date.isoformat())
    data.update({
        "participants-TOTAL_FORMS": "0", "participants-INITIAL_FORMS": "0",
        "references-TOTAL_FORMS": "0", "references-INITIAL_FORMS": "0",
        "mentions-TOTAL_FORMS": "0", "mentions-INITIAL_FORMS": "0",
    })  # fmt: skip
    data.pop("related_event", None)
    response = admin_client.post(f"/admin/dashboard/event/{event.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.edited and event.summary == "Treasury designates a Chinese shipping firm"


def test_verify_action(admin_client):
    ids = list(Event.objects.values_list("pk", flat=True)[:3])
    admin_client.post(
        "/admin/dashboard/event/", {"action": "mark_verified", "_selected_action": ids}
    )
    assert set(Event.objects.filter(pk__in=ids).values_list("review", flat=True)) == {"verified"}


def test_facets_count_the_filtered_rows(client):
    response = client.get("/events/", {"type": "cancellation"})
    facets = {facet.name: values for facet, values in response.context["facets"]}
    assert [v.value for v in facets["type"]] == ["cancellation"]
    total = response.context["page"].paginator.count
    assert facets["type"][0].count == total
    assert facets["actor"] and all(v.count <= total for v in facets["actor"])


def test_a_facet_value_links_to_the_filter_with_it_added_or_removed(client):
    html = client.get("/events/", {"status": "occurred"}).content.decode()
    assert '<a href="?status=occurred&amp;type=sanction">Sanction</a>' in html
    html = client.get("/events/", {"type": "sanction"}).content.decode()
    assert '<a href="?" class="active" aria-current="true">✓ Sanction</a>' in html


@pytest.mark.parametrize("sort", ["date", "-date", "type", "status", "-confidence", "sources"])
def test_the_table_sorts(client, sort):
    rows = list(client.get("/events/", {"_sort": sort}).context["page"].object_list)
    key = {"date": "date", "type": "event_type", "status": "status",
           "confidence": "confidence", "sources": "source_count"}[sort.lstrip("-")]  # fmt: skip
    values = [getattr(row, key) for row in rows]
    assert values == sorted(values, reverse=sort.startswith("-"))


def test_an_unknown_sort_falls_back_to_newest_first(client):
    rows = list(client.get("/events/", {"_sort": "password"}).context["page"].object_list)
    assert [r.date for r in rows] == sorted((r.date for r in rows), reverse=True)


def test_the_article_filter_and_page(client):
    article = Article.objects.get(source_key="seeds/004_5e639a9b6a1a7385.txt")
    rows = client.get("/events/", {"article": article.pk}).context["page"].object_list
    assert rows and all(r.mentions.filter(article=article).exists() for r in rows)
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert 'class="said"' in html and 'class="event-link"' in html and 'class="actor"' in html
    assert 'href="/actors/mike-pompeo/"' in html


def test_article_text_is_escaped_when_highlighted(client):
    article = Article.objects.first()
    Article.objects.filter(pk=article.pk).update(text="<script>alert(1)</script> " + article.text)
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_event_evidence_marks_its_actors(client):
    event = Event.objects.get(event_type="cancellation", date="2018-08-24")
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert '<strong class="actor">Trump</strong>' in html or (
        '<strong class="actor">President Trump</strong>' in html
    )


def test_the_actor_page_charts_its_events(client):
    html = client.get("/actors/mike-pompeo/").content.decode()
    assert 'id="chart-actor"' in html and "Most frequent counterparts" in html


def test_api_actors_and_articles(client):
    actors = client.get("/api/actors", {"q": "kim", "kind": "person"}).json()
    names = {a["name"] for a in actors["actors"]}
    assert {"Kim Jong-un", "Kim Yong-chol"} <= names and actors["count"] == len(names)
    assert all(set(a) >= {"name", "slug", "kind", "aliases", "events"} for a in actors["actors"])
    articles = client.get("/api/articles", {"outlet": "The Hill"}).json()
    hill = Article.objects.get(source_key="seeds/002_8dec2069f99c670a.txt")
    assert [a["id"] for a in articles["articles"]] == [hill.pk]
    assert set(articles["articles"][0]) == {
        "id", "title", "outlet", "url", "published", "published_inferred", "authors",
        "negotiation", "events",
    }  # fmt: skip
    assert articles["articles"][0]["events"] > 0
    assert client.get("/api/articles", {"published_after": "nonsense"}).status_code == 400


def test_api_counts_only_the_events_the_dashboard_shows(client):
    def counts() -> tuple[int, int]:
        actor = client.get("/api/actors", {"q": "Pompeo"}).json()["actors"][0]
        article = client.get("/api/articles", {"outlet": "The Hill"}).json()["articles"][0]
        return actor["events"], article["events"]

    pompeo = Actor.objects.get(slug="mike-pompeo")
    shown = Event.objects.visible()
    assert counts() == (
        shown.filter(participants__actor=pompeo).distinct().count(),
        shown.filter(mentions__article__outlet="The Hill").distinct().count(),
    )
    actor_events, article_events = counts()
    event = shown.filter(participants__actor=pompeo, mentions__article__outlet="The Hill").first()
    event.review = "rejected"
    event.save()
    assert counts() == (actor_events - 1, article_events - 1)


def test_the_events_page_and_overview_use_a_fixed_number_of_queries(client):
    def count(url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    urls = ["/", "/events/", "/events/?type=meeting&actor=mike-pompeo", "/actors/mike-pompeo/"]
    before = [count(url) for url in urls]
    actor, other = Actor.objects.get(name="Mike Pompeo"), Actor.objects.get(name="Kim Jong-un")
    article = Article.objects.first()
    for day in range(1, 25):
        event = Event.objects.create(event_type="meeting", date=f"2019-03-{day:02}", summary="x")
        Participant.objects.create(event=event, actor=actor)
        Participant.objects.create(event=event, actor=other)
        Mention.objects.create(event=event, article=article, sentence="s", start=0, end=1)
    assert [count(url) for url in urls] == before


def test_every_list_of_events_offers_its_rows_as_csv_and_json(client):
    article = Article.objects.first()
    pages = {
        "/": "?negotiation=us-dprk",  # the overview shows one negotiation: the seeds'
        "/actors/mike-pompeo/": "?actor=mike-pompeo",
        f"/articles/{article.pk}/": f"?article={article.pk}",
    }
    for url, query in pages.items():
        html = client.get(url).content.decode()
        assert f'href="/events.csv{query}"' in html and f'href="/api/events{query}"' in html, url
    listed = client.get("/api/events", {"actor": "mike-pompeo", "_size": 1000}).json()
    rows = list(
        csv.DictReader(
            io.StringIO(
                b"".join(
                    client.get("/events.csv", {"actor": "mike-pompeo"}).streaming_content
                ).decode()
            )
        )
    )
    assert sorted(int(r["id"]) for r in rows) == sorted(e["id"] for e in listed["events"])


@pytest.mark.parametrize(
    "limit", [0, 5, 20_000], ids=["database", "cached-first-rows", "cached-order"]
)
@pytest.mark.parametrize("sort", ["-date", "sources", "type"])
def test_the_pages_together_hold_the_sorted_rows_once_each(
    client, settings, monkeypatch, sort, limit
):
    from dashboard import queries

    monkeypatch.setattr(queries, "ORDER_CACHE_LIMIT", limit)  # the first `limit` ids cached
    settings.PARLEY_PAGE_SIZE = 4
    rows, _ = queries.sorted_events(queries.visible_events(), sort)
    expected = list(rows.values_list("id", flat=True))
    assert len(expected) > 20
    client.get("/events/", {"_sort": sort})  # the aggregates and the first ids cached
    seen = []
    for number in range(1, (len(expected) + 3) // 4 + 1):
        with CaptureQueriesContext(connection) as queries_run:
            page = client.get("/events/", {"_sort": sort, "_page": number}).context["page"]
        # A page within the cached ids reads its rows by primary key; a later one asks the
        # database for that stretch of the sorted list.
        sorted_again = [
            q for q in queries_run if 'FROM "dashboard_event"' in q["sql"] and "LIMIT" in q["sql"]
        ]
        assert bool(sorted_again) == (page.end_index() > limit), number
        seen += [event.pk for event in page.object_list]
    assert seen == expected


def test_a_later_page_of_a_search_reads_only_its_own_rows(client, settings):
    settings.PARLEY_PAGE_SIZE = 2
    first = client.get("/events/", {"q": "Pompeo"}).context
    assert first["count"] > 4
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/events/", {"q": "Pompeo", "_page": 2}).context["page"]
    assert not [q["sql"] for q in queries if "pompeo" in q["sql"].lower()]  # no search again
    assert len(page.object_list) == 2 and all(event.source_count for event in page.object_list)


def test_the_cached_order_follows_a_change(client):
    before = client.get("/events/", {"q": "Pompeo"}).context["page"].object_list
    event = Event.objects.create(event_type="meeting", date="2030-01-01", summary="Pompeo again")
    after = client.get("/events/", {"q": "Pompeo"}).context["page"].object_list
    assert [e.pk for e in after] == [event.pk, *[e.pk for e in before]][: len(after)]
