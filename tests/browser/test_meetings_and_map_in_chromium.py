"""Who met whom and the events map in a real browser: the pairs in rank order, the matrix
and the map drawn by our own plotly.js with the world outline from our own static files
(nothing from another host), and clicks that open the events behind a cell or a place."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def summits(transactional_db) -> None:
    """Trump and Kim meet three times, Pompeo and Kim twice, Moon and Kim once, in places of
    the table; a statement of Trump and Kim in Washington; two events with no known place."""
    from django.db import connections

    from tests.factories import make_actor, make_event

    trump, kim = make_actor("Donald Trump"), make_actor("Kim Jong-un")
    pompeo, moon = make_actor("Mike Pompeo"), make_actor("Moon Jae-in")
    make_actor("North Korea", kind="state", country="KP")
    for kind, date, actors, place in [
        ("summit", "2018-06-12", [trump, kim, "North Korea"], "Singapore"),
        ("summit", "2019-02-27", [trump, kim, pompeo], "Hanoi"),
        ("visit", "2019-06-30", [trump, kim, moon], "Panmunjom"),
        ("meeting", "2018-10-07", [pompeo, kim], "Pyongyang"),
        ("statement", "2018-09-01", [trump, kim], "Washington"),
        ("statement", "2018-09-02", [trump], ""),
        ("weapons_test", "2019-05-04", [kim], "Kangwon Province"),
    ]:
        make_event(kind, date, actors=actors, location=place, summary=f"{kind} at {place}")
    connections.close_all()


def test_the_pairs_are_ranked_and_a_matrix_cell_opens_their_meetings(page, live_server, summits):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page.goto(live_server.url + "/meetings/")
    rows = page.locator("table.pairs tbody tr")
    ranked = [[cell.strip() for cell in row.split("\t")] for row in rows.all_inner_texts()]
    assert [r[1:4] for r in ranked] == [
        ["Donald Trump", "Kim Jong-un", "3"],
        ["Kim Jong-un", "Mike Pompeo", "2"],
        ["Donald Trump", "Moon Jae-in", "1"],
        ["Kim Jong-un", "Moon Jae-in", "1"],
        ["Donald Trump", "Mike Pompeo", "1"],
    ]
    assert "North Korea" not in page.locator("main").inner_text()
    page.wait_for_selector("[data-figure=chart-matrix] .heatmaplayer image, "
                           "[data-figure=chart-matrix] .hm image")  # fmt: skip
    # Top to bottom as drawn: most meetings first.
    labels = page.eval_on_selector_all(
        "[data-figure=chart-matrix] .ytick text",
        "ticks => ticks.map(t => [t.getBoundingClientRect().top, t.textContent])"
        ".sort((a, b) => a[0] - b[0]).map(t => t[1])",
    )
    assert labels == ["Kim Jong-un (4)", "Donald Trump (3)", "Mike Pompeo (2)",
                      "Moon Jae-in (1)"]  # fmt: skip
    # Each pair's count written in its two cells, and nothing else.
    cells = page.locator("[data-figure=chart-matrix] .heatmap-label text")
    assert sorted(cells.all_text_contents()) == ["1"] * 6 + ["2"] * 2 + ["3"] * 2
    table_link = rows.first.get_by_role("link", name="3").get_attribute("href")
    box = page.locator("[data-figure=chart-matrix] .heatmap-label text", has_text="3").first
    with page.expect_navigation():
        box.click(force=True)  # the label lies over the cell; plotly reads the click below
    assert page.url.endswith(table_link)
    query = parse_qs(urlparse(page.url).query)
    assert sorted(query["actor"]) == ["donald-trump", "kim-jong-un"]
    assert page.locator("table.events tbody tr").count() == 3
    assert hosts == {urlparse(live_server.url).netloc}


def test_asking_for_states_adds_them_to_the_pairs(page, live_server, summits):
    page.goto(live_server.url + "/meetings/")
    page.get_by_role("link", name="states and governments").click()
    assert parse_qs(urlparse(page.url).query)["with"] == ["states"]
    assert "North Korea" in page.locator("table.pairs").inner_text()


def test_the_map_draws_the_world_from_our_host_and_a_place_opens_its_events(
    page, live_server, summits
):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(live_server.url + "/map/")
    page.wait_for_selector("[data-figure=chart-map] .geo .countries path", state="attached")
    # The borders are drawn from the world topojson: one long path of thousands of points.
    borders = page.locator("[data-figure=chart-map] .geo .countries path").get_attribute("d")
    assert len(borders) > 20_000
    points = page.locator("[data-figure=chart-map] .scattergeo path.point")
    assert points.count() == 5  # Singapore, Hanoi, Panmunjom, Pyongyang, Washington
    figcaption = page.locator("figure.map figcaption").inner_text()
    assert figcaption.startswith("2 events have no known place")
    own = urlparse(live_server.url).netloc
    assert {urlparse(url).netloc for url in requested} == {own}
    assert any(urlparse(url).path == "/static/vendor/topojson/world_50m.json" for url in requested)
    # Two places of the peninsula, a few pixels apart on the world, spread out when zoomed.
    korea = ["Panmunjom", "Pyongyang"]

    def spread() -> float:
        ys = page.eval_on_selector(
            "[data-figure=chart-map]",
            "(el, names) => { const d = el.calcdata[0]; return names.map(n => "
            "d.find(p => el.data[0].text[p.i] === n)).map(p => el._fullLayout.geo._subplot"
            ".projection([p.lonlat[0], p.lonlat[1]])[1]); }",
            korea,
        )
        return abs(ys[0] - ys[1])

    world = spread()
    page.locator(".updatemenu-button", has_text="Korean peninsula").click()
    page.wait_for_timeout(300)
    assert spread() > 5 * world
    page.reload()  # the world again, still, for a click
    page.wait_for_selector("[data-figure=chart-map] .scattergeo path.point")
    box = points.first.bounding_box()
    with page.expect_navigation():
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    place = parse_qs(urlparse(page.url).query)["location"][0]
    assert urlparse(page.url).path == "/events/"
    assert place in {"Singapore", "Hanoi", "Panmunjom", "Pyongyang", "Washington"}
    assert f"where place is {place}" in page.locator(".lede").inner_text()
