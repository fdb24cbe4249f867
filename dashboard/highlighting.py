"""An article's text as HTML, with its event sentences and recognised actors marked.

All text is escaped; only the marks are markup. Actors are marked where the loader found
them (ActorSpan rows, stored with the article), each linked to the actor a curator's merges
left standing: a web process runs no extraction.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from .models import Actor, ActorSpan, Article, Mention, visible_events_q


def highlight_article(article: Article) -> SafeString:
    text = article.text
    spans = list(
        ActorSpan.objects.filter(article=article)
        .order_by("start")
        .values_list("start", "end", "actor_id")
    )
    actors = _survivors({actor_id for _, _, actor_id in spans})
    sentences = list(
        Mention.objects.filter(visible_events_q(through="event__"), article=article)
        .values_list("start", "end", "event_id")
        .order_by("start")
    )
    # Opening and closing marks at character offsets; sentences enclose the actors in them.
    marks: dict[int, list[str]] = {}
    ends: dict[int, list[str]] = {}
    covered: set[int] = set()
    for start, end, event_id in sentences:
        if start in covered:
            continue  # one sentence may be evidence of several events: mark it once
        covered.add(start)
        url = reverse("dashboard:event", args=[event_id])
        # Links cannot nest: the sentence is a span, and its event link follows it.
        marks.setdefault(start, []).append('<span class="said">')
        ends.setdefault(end, []).insert(
            0, format_html('</span><a class="event-link" href="{}" title="The event">↗</a>', url)
        )
    for start, end, actor_id in spans:
        if actor_id not in actors:
            continue
        slug, name = actors[actor_id]
        url = reverse("dashboard:actor", args=[slug])
        marks.setdefault(start, []).append(
            format_html('<a class="actor" href="{}" title="{}">', url, name)
        )
        ends.setdefault(end, []).insert(0, "</a>")
    out, cursor = [], 0
    for position in sorted(set(marks) | set(ends)):
        out.append(escape(text[cursor:position]))
        out.extend(ends.get(position, []))
        out.extend(marks.get(position, []))
        cursor = position
    out.append(escape(text[cursor:]))
    paragraphs = "".join(out).split("\n")
    return mark_safe("".join(f"<p>{p}</p>" for p in paragraphs if p.strip()))


def _survivors(actor_ids: set[int]) -> dict[int, tuple[str, str]]:
    """id -> (slug, name) of the actor each id stands for now: a merged-away actor's
    survivor (merges move spans too, so this only matters for merges a load overlapped)."""
    found: dict[int, tuple[str, str]] = {}
    pending = {actor_id: actor_id for actor_id in actor_ids}  # asked for -> to look up
    for _ in range(10):  # a chain of merges is short; guard against a cycle
        if not pending:
            break
        rows = Actor.objects.filter(pk__in=set(pending.values())).values_list(
            "pk", "slug", "name", "merged_into_id"
        )
        by_id = {pk: (slug, name, merged_into) for pk, slug, name, merged_into in rows}
        following = {}
        for asked, current in pending.items():
            if current not in by_id:
                continue
            slug, name, merged_into = by_id[current]
            if merged_into is None:
                found[asked] = (slug, name)
            else:
                following[asked] = merged_into
        pending = following
    return found
