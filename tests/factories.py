"""Small records for tests of pages, exports, the API and the admin: each test builds the few
rows it reads, so that nothing it asserts depends on what extraction finds in the seeds.

    pompeo = make_actor("Mike Pompeo", country="US")
    story = make_article("Pompeo met Kim Yong-chol in Pyongyang.", outlet="The Hill")
    make_event("meeting", "2018-07", actors=[pompeo, ("Kim Yong-chol", "target")],
               sources=[story], negotiation="us-dprk")

Dates are ISO strings whose length gives the precision ("2018-07-06", "2018-07", "2018").
Actors are given as Actor rows or names (made if missing), alone or with a role.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from functools import cache

from django.conf import settings

from dashboard.extraction.negotiations import load_negotiations
from dashboard.loading import sync_negotiations
from dashboard.models import Actor, ActorSpan, Article, Event, Mention, Negotiation, Participant

_numbers = itertools.count(1)

ActorLike = Actor | str
ActorWithRole = ActorLike | tuple[ActorLike, str]


@cache
def _registry() -> dict:
    return load_negotiations(settings.PARLEY_CORPUS_DIR / "negotiations.toml")


def make_negotiation(slug: str) -> Negotiation:
    """A negotiation of corpus/negotiations.toml; the first call stores all of them, in the
    file's order, as a load does."""
    if not Negotiation.objects.exists():
        sync_negotiations(_registry())
    return Negotiation.objects.get(slug=slug)


def _negotiation(value: Negotiation | str | None) -> Negotiation | None:
    return make_negotiation(value) if isinstance(value, str) else value


def make_actor(name: str, **fields) -> Actor:
    """The actor called `name`, made with `fields` if there is none (kind: person)."""
    actor = Actor.objects.filter(name=name).first()
    if actor is None:
        actor = Actor.objects.create(name=name, **fields)
    return actor


def _actor(value: ActorLike) -> Actor:
    return value if isinstance(value, Actor) else make_actor(value)


def make_article(
    text: str = "Officials met.",
    *,
    title: str = "",
    outlet: str = "",
    published: str | None = "2018-08-25",
    url: str = "",
    negotiation: Negotiation | str | None = None,
    actors: Iterable[ActorLike] = (),
    **fields,
) -> Article:
    """An article as a load stores it; `actors` are marked (ActorSpan) wherever the text names
    them, as the loader marks the actors it recognised."""
    number = next(_numbers)
    fields.setdefault("source_key", f"tests/article-{number}.txt")
    fields.setdefault("source_file", fields["source_key"])
    article = Article.objects.create(
        text=text, title=title, outlet=outlet, url=url, content_hash=f"test-{number}",
        published=dt.date.fromisoformat(published) if published else None,
        negotiation=_negotiation(negotiation), **fields,
    )  # fmt: skip
    for value in actors:
        actor = _actor(value)
        starts = [i for i in range(len(text)) if text.startswith(actor.name, i)]
        assert starts, f"the article does not name {actor.name}"
        ActorSpan.objects.bulk_create(
            ActorSpan(article=article, actor=actor, start=s, end=s + len(actor.name))
            for s in starts
        )
    return article


def make_mention(
    event: Event, article: Article, sentence: str | None = None, trigger: str | None = None
) -> Mention:
    """`sentence` of `article` (its whole text by default) as evidence of `event`, with
    `trigger`, a word of the sentence, marked."""
    sentence = article.text if sentence is None else sentence
    start = article.text.find(sentence)
    assert start >= 0, "the sentence is not in the article"
    mention = Mention(event=event, article=article, sentence=sentence, start=start,
                      end=start + len(sentence))  # fmt: skip
    if trigger is not None:
        offset = sentence.find(trigger)
        assert offset >= 0, "the trigger is not in the sentence"
        mention.trigger = trigger
        mention.trigger_start = start + offset
        mention.trigger_end = start + offset + len(trigger)
    mention.save()
    return mention


def parse_date(value: str) -> tuple[dt.date, str]:
    """The stored date and precision of "2018-07-06" (day), "2018-07" (month) or "2018"."""
    if len(value) == 4:
        return dt.date(int(value), 1, 1), "year"
    if len(value) == 7:
        return dt.date.fromisoformat(value + "-01"), "month"
    return dt.date.fromisoformat(value), "day"


def make_event(
    type: str = "meeting",
    date: str = "2018-06-12",
    *,
    status: str = "occurred",
    actors: Iterable[ActorWithRole] = (),
    sources: Iterable[Article | tuple[Article, str]] = (),
    negotiation: Negotiation | str | None = None,
    **fields,
) -> Event:
    """An event with its participants (role "participant" unless given) and one mention per
    source: an article (its whole text is the sentence) or (article, sentence)."""
    day, precision = parse_date(date)
    event = Event.objects.create(
        event_type=type, date=day, date_precision=precision, status=status,
        negotiation=_negotiation(negotiation), **fields,
    )  # fmt: skip
    for value in actors:
        actor, role = value if isinstance(value, tuple) else (value, "participant")
        Participant.objects.create(event=event, actor=_actor(actor), role=role)
    for source in sources:
        article, sentence = source if isinstance(source, tuple) else (source, None)
        make_mention(event, article, sentence)
    return event
