"""An article's text as HTML, with its event sentences and recognised actors marked.

All text is escaped; only the marks are markup. Actor mentions are found again by the
extraction pipeline (pure and quick), since only events' evidence is stored.
"""

from __future__ import annotations

from functools import cache

from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from .extraction.cleaning import clean_text
from .extraction.pipeline import Pipeline
from .extraction.text import parse
from .loading import project_pipeline
from .models import Actor, Article, Mention


@cache
def _pipeline() -> Pipeline:
    return project_pipeline()


def highlight_article(article: Article) -> SafeString:
    text = article.text
    published = article.published
    pipeline = _pipeline()
    cleaned = clean_text(text, pipeline.markers)  # same length: offsets stay those of `text`
    actors = pipeline.actors.recognize(parse(cleaned), published).mentions if text else []
    slugs = dict(Actor.objects.filter(name__in={m.key for m in actors}).values_list("name", "slug"))
    sentences = list(
        Mention.objects.filter(article=article, event__review__in=["auto", "verified"])
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
    for mention in actors:
        if mention.key not in slugs:
            continue
        url = reverse("dashboard:actor", args=[slugs[mention.key]])
        marks.setdefault(mention.start, []).append(
            format_html('<a class="actor" href="{}" title="{}">', url, mention.key)
        )
        ends.setdefault(mention.end, []).insert(0, "</a>")
    out, cursor = [], 0
    for position in sorted(set(marks) | set(ends)):
        out.append(escape(text[cursor:position]))
        out.extend(ends.get(position, []))
        out.extend(marks.get(position, []))
        cursor = position
    out.append(escape(text[cursor:]))
    paragraphs = "".join(out).split("\n")
    return mark_safe("".join(f"<p>{p}</p>" for p in paragraphs if p.strip()))
