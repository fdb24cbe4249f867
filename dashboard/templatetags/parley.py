from __future__ import annotations

from django import template

from .. import exports
from ..highlighting import evidence_html, search_html, search_snippet
from ..models import Article, Mention

register = template.Library()


@register.simple_tag
def highlighted_evidence(mention: Mention, event, search: str = "") -> str:
    """The evidence sentence with its trigger, the event's actors and the searched words
    marked (highlighting.py). Expects the event's participants prefetched with their actors."""
    return evidence_html(mention, event, search)


@register.simple_tag
def snippet(event, search: str) -> str:
    """Why a row of a search matched (highlighting.search_snippet)."""
    return search_snippet(event, search)


@register.simple_tag
def searched(text: str, search: str) -> str:
    """`text` with the searched words marked."""
    return search_html(text, search)


@register.filter
def web_url(url: str | None) -> str:
    """The address only if it is an http(s) one: `{% with url=article.url|web_url %}`."""
    return exports.web_url(url)


@register.filter
def article_title(article: Article) -> str:
    """How public pages name an article: its title, else its id (never its file, whose
    path may hold the user name of the curator who added it)."""
    return article.title or f"Article {article.pk}"


@register.simple_tag(takes_context=True)
def sort_link(context, key: str) -> str:
    """The query string sorted by `key`; asked again, the order flips."""
    query = context["request"].GET.copy()
    current = context.get("sort", "")
    query["_sort"] = f"-{key}" if current == key else key
    query.pop("_page", None)
    return query.urlencode()
