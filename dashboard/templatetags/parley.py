from __future__ import annotations

import datetime as dt

from django import template

from .. import exports
from ..extraction.ontology import EVENT_TYPES, STATUSES
from ..highlighting import evidence_html
from ..models import Article, Mention

register = template.Library()


@register.simple_tag
def highlighted_evidence(mention: Mention, event) -> str:
    """The evidence sentence with its trigger and the event's actors marked (highlighting.py).
    Expects the event's participants prefetched with their actors."""
    return evidence_html(mention, event)


def toggle_query(query, name: str, value: str) -> tuple[str, bool]:
    """The query string with name=value added, or removed if present; and whether it was."""
    query = query.copy()
    values = query.getlist(name)
    active = value in values
    if active:
        values.remove(value)
    else:
        values.append(value)
    query.setlist(name, values)
    query.pop("_page", None)
    return query.urlencode(), active


@register.simple_tag(takes_context=True)
def facet_link(context, name: str, row: dict) -> dict:
    """A facet value as a link that adds it to the filter, or removes it if already there."""
    query = context["request"].GET
    if name == "type":
        value, label = row["event_type"], EVENT_TYPES[row["event_type"]].label
    elif name == "status":
        value, label = row["status"], STATUSES[row["status"]]
    elif name == "actor":
        value, label = row["actor__slug"], row["actor__name"]
    elif name == "country":
        value, label = row["actor__country"], row["actor__country"]
    elif name == "negotiation":
        value, label = row["negotiation__slug"], row["negotiation__name"]
    else:  # month: a date range of that month
        month = row["month"]
        first = month.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        label = first.strftime("%Y-%m")
        params = query.copy()
        active = (params.get("date_after"), params.get("date_before")) == (
            first.isoformat(),
            last.isoformat(),
        )
        params.pop("_page", None)
        if active:
            params.pop("date_after", None)
            params.pop("date_before", None)
        else:
            params["date_after"], params["date_before"] = first.isoformat(), last.isoformat()
        return {"query": params.urlencode(), "active": active, "label": label}
    if name in {"country", "negotiation"}:
        # One at a time: these filters take a single value.
        params = query.copy()
        active = params.get(name, "").upper() == value.upper()
        params.pop("_page", None)
        if active:
            params.pop(name, None)
        else:
            params[name] = value
        return {"query": params.urlencode(), "active": active, "label": label}
    link, active = toggle_query(query, name, value)
    return {"query": link, "active": active, "label": label}


@register.filter
def get_item(mapping: dict, key: str):
    return mapping.get(key)


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
