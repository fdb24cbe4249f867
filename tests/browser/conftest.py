from __future__ import annotations

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the test
# itself (its rows) are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("PARLEY_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Flags for a machine without a network or a display (see docs/architecture.md).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install Debian's package (apt-get install "
            "chromium) or set PARLEY_CHROMIUM. Browser tests are part of the suite."
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def talks(transactional_db) -> dict:
    """What the browser tests look at, made for them: US–DPRK meetings, cancellations and
    sanctions over six months, each reported by an article of its own, and two US–Iran events.
    Rows are committed (a transactional test), so the live server sees them."""
    from django.db import connections

    from tests.factories import make_actor, make_article, make_event

    pompeo = make_actor("Mike Pompeo", country="US")
    kim = make_actor("Kim Yong-chol", country="KP")
    trump = make_actor("Donald Trump", country="US")
    rows = [
        ("meeting", "2018-06-01", [pompeo, kim], "Pompeo meets Kim Yong-chol in New York"),
        ("meeting", "2018-07-06", [pompeo, kim], "Pompeo meets Kim Yong-chol in Pyongyang"),
        ("sanction", "2018-08-22", [trump], "Treasury sanctions a shipping firm"),
        ("cancellation", "2018-08-24", [trump, pompeo], "Trump calls off Pompeo's trip"),
        ("sanction", "2018-09-13", [trump], "Treasury sanctions two firms"),
        ("cancellation", "2018-11-07", [pompeo, kim], "Pompeo's meeting is called off"),
        ("cancellation", "2018-10-01", [trump], "Trump calls off the trade talks"),
    ]
    events = {}
    for kind, date, actors, summary in rows:
        source = make_article(f"{summary}.", title=summary, outlet="Example Wire",
                              negotiation="us-dprk")  # fmt: skip
        events[summary] = make_event(kind, date, actors=actors, sources=[source],
                                     negotiation="us-dprk", summary=summary)  # fmt: skip
    for kind, date, summary in [("cancellation", "2018-05-08", "The US leaves the nuclear deal"),
                                ("sanction", "2018-08-07", "Sanctions return")]:  # fmt: skip
        events[summary] = make_event(kind, date, actors=[trump], negotiation="us-iran",
                                     summary=summary)  # fmt: skip
    # Made inside Playwright's greenlet, these rows used a connection of its own; left open,
    # it would keep PostgreSQL from dropping the test database.
    connections.close_all()
    return events


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
