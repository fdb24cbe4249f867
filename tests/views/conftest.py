"""The small cast the page, API and admin tests share: two people who met, the article that
says so, and a curator. Each test adds the few events it reads (tests/factories.py)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User

from dashboard.models import Actor, Article
from tests.factories import make_actor, make_article

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
