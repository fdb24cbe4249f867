"""The small cast the page, API and admin tests share: two people who met, the article that
says so, and a curator. Each test adds the few events it reads (tests/factories.py)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User

from dashboard import caching
from dashboard.models import Actor, Article, Event
from tests.factories import make_actor, make_article, make_event, make_mention

PASSWORD = "a-long-passphrase"


@pytest.fixture
def pompeo(db) -> Actor:
    return make_actor("Mike Pompeo", country="US", aliases=["Pompeo"])


@pytest.fixture
def kim(db) -> Actor:
    return make_actor("Kim Yong-chol", country="KP", aliases=["Kim"])


@pytest.fixture
def story(pompeo, kim) -> Article:
    """An article of The Hill that names both, with its actors marked as a load marks them."""
    return make_article(
        "Mike Pompeo met Kim Yong-chol in Pyongyang. The talks went on for two days.",
        title="Pompeo in Pyongyang", outlet="The Hill", url="https://example.org/pyongyang",
        published="2018-07-08", negotiation="us-dprk", actors=[pompeo, kim],
    )  # fmt: skip


@pytest.fixture
def curator(client):
    """A client signed in as a member of the curators group (staff, not a superuser)."""
    user = User.objects.create_user("curator", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="curators"))
    client.force_login(user)
    return client


@pytest.fixture
def meeting(pompeo, kim, story) -> Event:
    """A July 2018 meeting of the two in Pyongyang, reported by the story (modules that need
    another meeting define their own)."""
    event = make_event(
        "meeting", "2018-07", actors=[pompeo, (kim, "target")], negotiation="us-dprk",
        summary="Pompeo meets Kim Yong-chol", location="Pyongyang", confidence=0.75,
    )  # fmt: skip
    make_mention(event, story, "Mike Pompeo met Kim Yong-chol in Pyongyang.", trigger="met")
    return event


@pytest.fixture
def computed(monkeypatch) -> list[str]:
    """The names of the cached values computed (not found in the cache) during the test."""
    names: list[str] = []
    cached = caching.cached

    def spy(name: str, key: str, compute):
        def counted():
            names.append(name)
            return compute()

        return cached(name, key, counted)

    monkeypatch.setattr(caching, "cached", spy)
    return names
