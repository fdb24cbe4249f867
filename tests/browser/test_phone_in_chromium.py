"""The dashboard on a phone (390 x 844 in Chromium): no page wider than the screen, the
filters behind a button at the top, events as cards, touch targets of 44 px, chart titles
clear of Plotly's toolbar; and at 1280 px the wide table and the open form as before."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
TOUCH = 44  # px, the least height of anything a finger taps

LONG_URL = (
    "https://www.state.gov/briefings/department-press-briefing-august-24-2018/"
    "secretary-pompeos-travel-to-the-democratic-peoples-republic-of-korea-is-postponed"
    "?utm_source=newsletter&utm_campaign=korea-peninsula-denuclearization-2018"
)
LONG_TITLE = (
    "Department Press Briefing: the Secretary's fourth trip to Pyongyang is postponed "
    "at the President's request, pending progress on denuclearization"
)
LONG_SUMMARY = (
    "Trump calls off Pompeo's fourth trip to Pyongyang, citing insufficient progress on "
    "denuclearization and China's waning help, and says Pompeo will go once trade is settled"
)


@pytest.fixture
def reported(talks) -> dict:
    """The browser tests' events plus what stretches a phone's page: an article with a long
    title, a long URL and long words in its text, cited by an event with a long summary."""
    from django.db import connections

    from tests.factories import make_actor, make_article, make_event

    trump = make_actor("Donald Trump", country="US")
    text = (
        "President Donald Trump asked Secretary Pompeo not to travel to North Korea at this "
        f"time. The full statement is at {LONG_URL} and in the Department's "
        "antidisestablishmentarianism-length-compound-word-without-any-break-at-all archive."
    )
    article = make_article(text, title=LONG_TITLE, outlet="U.S. Department of State",
                           url=LONG_URL, negotiation="us-dprk", actors=[trump])  # fmt: skip
    event = make_event("cancellation", "2018-08-24", actors=[trump], sources=[article],
                       negotiation="us-dprk", summary=LONG_SUMMARY)  # fmt: skip
    connections.close_all()
    return {"article": article, "event": event, "actor": trump}


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


def _height(locator) -> float:
    box = locator.bounding_box()
    assert box is not None, f"{locator} is not displayed"
    return box["height"]


def _overlap(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


def test_no_page_is_wider_than_the_phone(phone, live_server, reported):
    pages = {
        "overview": "/",
        "events": "/events/",
        "event": reported["event"].get_absolute_url(),
        "actor": reported["actor"].get_absolute_url(),
        "article": reported["article"].get_absolute_url(),
        "chronology": "/chronology/",
        "actors": "/actors/",
        "articles": "/articles/",
        "meetings": "/meetings/",
        "map": "/map/",
    }
    widths = {}
    for name, path in pages.items():
        phone.goto(live_server.url + path)
        if phone.locator("[data-figure]").count():
            phone.wait_for_selector("[data-figure] .main-svg")
        widths[name] = phone.evaluate("document.documentElement.scrollWidth")
    assert widths == dict.fromkeys(pages, PHONE["width"])
    # The long URL is there, broken over lines rather than cut.
    phone.goto(live_server.url + pages["article"])
    link = phone.locator("dl.facts a", has_text="state.gov")
    assert link.inner_text() == LONG_URL and _height(link) > 3 * 20


@pytest.mark.parametrize("path", ["/actors/", "/articles/"])
def test_an_index_is_searched_from_its_top_on_a_phone(phone, live_server, reported, path):
    phone.goto(live_server.url + path)
    search = phone.locator("form.index-filters input[name=q]")
    first_row = phone.locator("table.events tbody tr").first
    assert search.is_visible() and first_row.is_visible()
    assert search.bounding_box()["y"] < first_row.bounding_box()["y"]
    assert search.bounding_box()["y"] < PHONE["height"]  # on the first screen
    phone.locator(".filter-panel > summary").click()  # the button folds the form away
    assert not search.is_visible()


def test_the_filters_are_a_button_at_the_top_that_opens_the_form(phone, live_server, reported):
    phone.goto(live_server.url + "/events/")
    button = phone.locator(".filter-panel > summary")
    form = phone.locator("form.filters")
    assert button.inner_text().startswith("Filters") and _height(button) >= TOUCH
    assert not form.is_visible()
    first_chart = phone.locator("[data-figure=chart-periods]").bounding_box()
    first_card = phone.locator("table.events tbody tr").first.bounding_box()
    assert button.bounding_box()["y"] < min(first_chart["y"], first_card["y"])
    assert button.bounding_box()["y"] < PHONE["height"] / 2  # seen without scrolling

    button.click()
    assert form.is_visible()
    phone.get_by_label("Sanction", exact=True).check()
    phone.get_by_role("button", name="Filter").click()
    assert phone.locator(".lede").inner_text() == "3 events where type is sanction."


def test_the_filters_open_by_themselves_when_they_have_errors(phone, live_server, reported):
    phone.goto(live_server.url + "/events/?date_after=not-a-date")
    assert phone.locator("form.filters").is_visible()


def test_events_are_cards_with_the_summary_in_full_width(phone, live_server, reported):
    phone.goto(live_server.url + "/events/")
    assert not phone.locator("table.events th", has_text="Summary").is_visible()
    cards = phone.locator("table.events tbody tr")
    assert cards.count() == 10
    for i in range(cards.count()):
        card = cards.nth(i)
        box = card.bounding_box()
        assert card.evaluate("row => getComputedStyle(row).display") == "grid"
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        assert box["width"] > 0.9 * (PHONE["width"] - 2 * 16)
    card = cards.filter(has_text=LONG_SUMMARY)
    summary = card.get_by_role("link", name=LONG_SUMMARY)
    assert summary.bounding_box()["width"] > 300  # not squeezed into a column
    for text in ("2018-08-24", "Cancellation", "Occurred", "Donald Trump"):
        assert card.get_by_text(text, exact=True).is_visible(), text
    sources = card.locator("td:nth-child(6)")
    assert sources.is_visible() and sources.inner_text() == "1"
    label = sources.evaluate("cell => getComputedStyle(cell, '::before').content")
    assert label == '"Sources: "'


def test_what_a_finger_taps_is_at_least_44px_high(phone, live_server, reported, settings):
    settings.PARLEY_PAGE_SIZE = 4
    phone.goto(live_server.url + "/events/?_page=2")
    phone.locator(".filter-panel > summary").click()
    targets = {
        "filter button": phone.get_by_role("button", name="Filter"),
        "clear link": phone.locator("form.filters").get_by_role("link", name="Clear"),
        "facet link": phone.locator(".facets a", has_text="Sanction").first,
        "previous page": phone.get_by_role("link", name="← Previous"),
        "next page": phone.get_by_role("link", name="Next →"),
        "nav link": phone.get_by_role("navigation", name="Main").get_by_role("link", name="Events"),
        "sort link": phone.locator("table.events thead a", has_text="Date"),
        "card's summary": phone.locator("table.events tbody td:nth-child(4) a").first,
        "card's actor": phone.locator("table.events tbody td:nth-child(5) a").first,
    }
    heights = {name: _height(target) for name, target in targets.items()}
    # A box is ticked by a tap anywhere on its label, which holds it.
    boxes = phone.locator(".filters label:has(input[type=checkbox])").all()
    assert len(boxes) > 10
    heights.update({f"box {box.inner_text()}": _height(box) for box in boxes})
    assert {name: h for name, h in heights.items() if h < TOUCH} == {}
    phone.locator(".filters label", has_text="Meeting").first.click(position={"x": 2, "y": 40})
    assert phone.get_by_label("Meeting", exact=True).is_checked()


def test_chart_titles_are_clear_of_plotlys_toolbar_and_fit(phone, live_server, reported):
    phone.goto(live_server.url + "/")
    phone.wait_for_selector("[data-figure] .main-svg")
    charts = phone.locator("[data-figure]")
    assert charts.count() >= 3
    for i in range(charts.count()):
        chart = charts.nth(i)
        chart.hover()  # Plotly shows its toolbar on hover
        title = chart.locator(".gtitle").bounding_box()
        assert title["x"] >= 0 and title["x"] + title["width"] <= PHONE["width"]
        for bar in chart.locator(".modebar").all():
            box = bar.bounding_box()
            assert box is None or not _overlap(box, title)


def test_a_wide_screen_keeps_the_table_the_open_form_and_the_toolbar(page, live_server, reported):
    page.goto(live_server.url + "/events/")
    assert page.locator("table.events th", has_text="Summary").is_visible()
    row = page.locator("table.events tbody tr").first
    assert row.evaluate("row => getComputedStyle(row).display") == "table-row"
    assert page.locator("form.filters").is_visible()
    assert not page.locator(".filter-panel > summary").is_visible()
    chart = page.locator("[data-figure=chart-periods]")
    page.wait_for_selector("[data-figure=chart-periods] .main-svg")
    chart.hover()
    assert chart.locator(".modebar").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") == 1280


def test_beside_the_filters_on_a_small_laptop_the_rows_are_cards_too(browser, live_server, talks):
    """At 1024 px the table's column is 672 px: seven columns squeezed the summary to 130."""
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    page = context.new_page()
    page.goto(live_server.url + "/events/")
    assert page.locator("form.filters").is_visible()
    row = page.locator("table.events tbody tr").first
    assert row.evaluate("row => getComputedStyle(row).display") == "grid"
    assert page.locator("table.events tbody td:nth-child(4) a").first.bounding_box()["width"] > 500
    context.close()
