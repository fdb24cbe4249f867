"""Text as HTML with marks: the one highlighter of the project. `marked()` escapes a text and
inserts marks at character offsets (nested marks kept, crossing ones dropped); its callers
say what to mark:

- article_html   an article's text: the sentences that evidence an event (with a link to
                 the event) and the actors the loader found there (ActorSpan rows, so a
                 web process runs no extraction), each linked to the actor a curator's
                 merges left standing;
- evidence_html  one evidence sentence: its trigger word and the event's actors by name;
- sentence_html  one evidence sentence with its trigger word only (the admin's inline);
- search_snippet the events table's "why it matched": a bounded stretch of the evidence
                 sentence (or summary) around the searched words, which are marked; the
                 event page marks them too when reached from a search (?q=).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from .models import Actor, ActorSpan, Article, Event, Mention, visible_events_q
from .search import SEARCH_LIMITS, parse_search


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    open: str  # markup, already safe
    close: str
    after: str = ""  # markup right after the close (a link cannot nest in a link)


def marked(text: str, marks: list[Mark]) -> SafeString:
    """`text`, escaped, with the marks inserted. A mark inside another is kept; one that
    crosses a mark kept before it (it starts inside and ends outside) is dropped, as is one
    that repeats a kept mark's span."""
    kept: list[Mark] = []
    stack: list[Mark] = []
    seen: set[tuple[int, int]] = set()
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.end <= mark.start or (mark.start, mark.end) in seen:
            continue
        while stack and stack[-1].end <= mark.start:
            stack.pop()
        if stack and mark.end > stack[-1].end:
            continue  # crosses the mark it starts inside
        kept.append(mark)
        stack.append(mark)
        seen.add((mark.start, mark.end))
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for mark in kept:  # outer marks open first; inner marks close first
        opens.setdefault(mark.start, []).append(mark.open)
        closes.setdefault(mark.end, []).insert(0, mark.close + mark.after)
    out, cursor = [], 0
    for position in sorted(opens.keys() | closes.keys()):
        out.append(escape(text[cursor:position]))
        out.extend(closes.get(position, []))
        out.extend(opens.get(position, []))
        cursor = position
    out.append(escape(text[cursor:]))
    return mark_safe("".join(str(part) for part in out))


def article_html(article: Article) -> SafeString:
    """An article's text in paragraphs, its evidence sentences and its actors marked."""
    marks = []
    sentences = (
        Mention.objects.filter(visible_events_q(through="event__"), article=article)
        .values_list("start", "end", "event_id")
        .order_by("start", "event_id")
    )
    for start, end, event_id in sentences:  # a sentence of several events is marked once
        url = reverse("dashboard:event", args=[event_id])
        link = format_html('<a class="event-link" href="{}" title="The event">↗</a>', url)
        marks.append(Mark(start, end, '<span class="said">', "</span>", link))
    spans = list(ActorSpan.objects.filter(article=article).values_list("start", "end", "actor_id"))
    actors = _survivors({actor_id for _, _, actor_id in spans})
    for start, end, actor_id in spans:
        if actor_id in actors:
            slug, name = actors[actor_id]
            url = reverse("dashboard:actor", args=[slug])
            marks.append(Mark(start, end, format_html('<a class="actor" href="{}" title="{}">',
                                                      url, name), "</a>"))  # fmt: skip
    paragraphs = marked(article.text, marks).split("\n")
    return mark_safe("".join(f"<p>{p}</p>" for p in paragraphs if p.strip()))


def evidence_html(mention: Mention, event=None, search: str = "") -> SafeString:
    """The evidence sentence with its trigger marked and, given the event (its participants
    prefetched with their actors), the event's actors where the sentence names them; the
    words of `search` (the search box's text) marked first, so they win a tie of spans."""
    sentence = mention.sentence
    marks = _search_marks(sentence, search_patterns(search))
    marks += [_trigger(mention)] if _trigger(mention) else []
    if event is not None:
        found: list[tuple[int, int]] = []
        names = {n for p in event.participants.all() for n in (p.actor.name, *p.actor.aliases)}
        for name in sorted(names, key=len, reverse=True):  # "Kim Jong-un" before "Kim"
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", sentence):
                if all(match.end() <= a or match.start() >= b for a, b in found):
                    found.append(match.span())
        marks += [Mark(a, b, '<strong class="actor">', "</strong>") for a, b in found]
    return marked(sentence, marks)


def sentence_html(mention: Mention) -> SafeString:
    """The evidence sentence with its trigger word marked."""
    return evidence_html(mention)


# ---------------------------------------------------------------------- search marks
SNIPPET_CHARS = 180  # at most, around the first match (plus an ellipsis each side)
_SUFFIXES = ("ing", "es", "ed", "s")


def search_patterns(search: str) -> list[re.Pattern]:
    """One pattern per word the search box wants (words it leaves out are not marked).

    The database matches words by their English stem; this approximates it by cutting a
    common suffix and accepting any ending ("summits" marks "summit", "talks" "talking").
    A word it misses is only left unmarked: which events match is the database's answer."""
    if not search or len(search) > SEARCH_LIMITS.characters:
        return []
    words = {
        word.lower()
        for alternative in parse_search(search)
        for phrase in alternative.wanted
        for word in phrase.split()
    }
    return [re.compile(rf"(?<!\w){re.escape(_stem(w))}\w*", re.IGNORECASE) for w in sorted(words)]


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _search_marks(text: str, patterns: list[re.Pattern]) -> list[Mark]:
    return [
        Mark(m.start(), m.end(), '<mark class="search">', "</mark>")
        for pattern in patterns
        for m in pattern.finditer(text)
    ]


def search_html(text: str, search: str) -> SafeString:
    """`text`, escaped, with the words of the search marked."""
    return marked(text, _search_marks(text, search_patterns(search)))


def search_snippet(event: Event, search: str) -> SafeString:
    """Why a row matched: the first evidence sentence naming a searched word, else the
    summary, cut to SNIPPET_CHARS around the first match, escaped, the words marked. Reads
    the event's prefetched mentions (EventQuerySet.with_details): no query per row."""
    patterns = search_patterns(search)
    if not patterns:
        return mark_safe("")
    texts = [m.sentence for m in event.mentions.all()] + [event.summary]
    for text in texts:
        marks = _search_marks(text, patterns)
        if marks:
            return _cut(text, marks)
    return mark_safe("")


def _cut(text: str, marks: list[Mark]) -> SafeString:
    first = min(mark.start for mark in marks)
    start = max(0, first - SNIPPET_CHARS // 3)
    if start:  # begin at a word
        space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", first, end)
        end = space if space > first else end
    inside = [
        Mark(m.start - start, m.end - start, m.open, m.close)
        for m in marks
        if m.start >= start and m.end <= end
    ]
    body = marked(text[start:end], inside)
    return format_html("{}{}{}", "… " if start else "", body, " …" if end < len(text) else "")


def _trigger(mention: Mention) -> Mark | None:
    if mention.trigger_start is None or mention.trigger_end is None:
        return None
    start = mention.trigger_start - mention.start
    end = start + (mention.trigger_end - mention.trigger_start)
    if not 0 <= start < end <= len(mention.sentence):
        return None
    return Mark(start, end, '<mark class="trigger">', "</mark>")


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
