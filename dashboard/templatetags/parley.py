from __future__ import annotations

from django import template
from django.utils.html import format_html

from ..models import Mention

register = template.Library()


@register.simple_tag
def highlighted_sentence(mention: Mention) -> str:
    """The evidence sentence with its trigger word marked; all text is escaped."""
    sentence = mention.sentence
    if mention.trigger_start is None:
        return format_html("{}", sentence)
    local = mention.trigger_start - mention.start
    end = local + (mention.trigger_end - mention.trigger_start)
    if not 0 <= local < end <= len(sentence):
        return format_html("{}", sentence)
    return format_html("{}<mark>{}</mark>{}", sentence[:local], sentence[local:end], sentence[end:])


@register.simple_tag(takes_context=True)
def toggle_query(context, name: str, value: str) -> str:
    """The current query string with name=value added, or removed if present (for facets)."""
    query = context["request"].GET.copy()
    values = query.getlist(name)
    if value in values:
        values.remove(value)
    else:
        values.append(value)
    query.setlist(name, values)
    query.pop("_page", None)
    return query.urlencode()
