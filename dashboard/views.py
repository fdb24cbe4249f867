"""Thin views: read through queries.py and aggregates.py (counts and figures cached per data
version), filter through filters.py and facets.py, draw through charts.py."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse

from . import aggregates, caching, charts, event_chronology, queries
from .exports import (
    actor_as_dict,
    article_as_dict,
    csv_lines,
    event_dicts,
    event_dicts_for_ids,
    export_filename,
)
from .facets import BY_NAME, every_value, facet_counts, facet_values
from .filters import ActorFilter, ArticleFilter, Validated, validated, validated_events
from .highlighting import article_html
from .models import Actor, Article
from .search import SEARCH_LIMITS

API_MAX_PAGE_SIZE = 1000
FACET_NAMES = set(BY_NAME)


def overview(request: HttpRequest) -> HttpResponse:
    """One negotiation's record (the first with events, or ?negotiation=slug), or every
    negotiation's with ?negotiation=all: headline figures never mix them unannounced."""
    negotiations = aggregates.negotiations()
    try:
        chosen = queries.overview_choice(request.GET.get("negotiation"), negotiations)
    except LookupError:
        raise Http404("No such negotiation.") from None
    unit = request.GET.get("unit") or None
    if unit is not None and unit not in charts.UNITS:
        return _unknown_unit()
    events = queries.visible_events()
    if chosen is not None:
        events = events.filter(negotiation=chosen)
    context = {
        **aggregates.overview(chosen, unit),
        "units": charts.UNITS,
        "unit_query": f"negotiation={chosen.slug if chosen else 'all'}",
        "latest": queries.event_table(events).order_by("-date", "-id")[:10],
        "negotiation": chosen,
        "negotiations": negotiations,
        "filter_query": f"negotiation={chosen.slug}" if chosen else "",
    }
    return render(request, "dashboard/overview.html", context)


def event_list(request: HttpRequest) -> HttpResponse:
    found = validated_events(request.GET)
    canonical = found.filterset.canonical_query()
    if canonical is not None:  # empty fields dropped, actors by slug: the same filter
        return redirect(f"{request.path}?{canonical}")
    context = {
        "filter": found.filterset,
        "query": _query_without(request, "_page"),
    }
    if not found.valid:  # no rows, no facets, no charts: nothing of a filter not understood
        context["errors"] = _error_list(found)  # 400, as every page of a filter says
        return render(request, "dashboard/event_list.html", context, status=400)
    unit = request.GET.get("unit") or None
    if unit is not None and unit not in charts.UNITS:
        return _unknown_unit()
    rows, sort = queries.sorted_events(found.rows, request.GET.get("_sort"))
    figures = aggregates.event_list(found, every_value(request.GET), unit)
    ids = aggregates.first_ids(found, rows, sort)
    paged = queries.EventsInOrder(ids, rows.values_list("id", flat=True), figures["count"])
    paginator = KnownCountPaginator(paged, settings.PARLEY_PAGE_SIZE, figures["count"])
    context.update(
        figures,
        facets=facet_values(figures["facets"], request.GET),
        description=found.filterset.describe(),
        page=paginator.get_page(request.GET.get("_page")),
        sort=sort,
        search=found.filterset.form.cleaned_data.get("q") or "",  # snippets, marks
        units=charts.UNITS,
        unit_asked=unit,  # kept by the filter form
        unit_query=_query_without(request, "_page", "unit"),
    )
    return render(request, "dashboard/event_list.html", context)


def _unknown_unit() -> HttpResponse:
    return HttpResponseBadRequest(f"A period is one of: {', '.join(charts.UNITS)}.")


def meetings(request: HttpRequest) -> HttpResponse:
    """Who met whom among the events the table's filter selects: people by default, states
    and offices too with ?with=states / ?with=offices."""
    return _filtered_page(request, "dashboard/meetings.html", _meetings_context)


def _meetings_context(request: HttpRequest, found: Validated) -> dict:
    chosen, kinds = queries.pair_kinds(request.GET.getlist("with"))
    toggles = {}
    for name in ("states", "offices"):
        query = request.GET.copy()
        query.setlist("with", [w for w in chosen if w != name] + ([] if name in chosen else [name]))
        toggles[name] = query.urlencode()
    return {**aggregates.meetings(found, kinds), "with": chosen, "toggles": toggles}


def event_map(request: HttpRequest) -> HttpResponse:
    """The places of the events the table's filter selects, on a world map."""
    return _filtered_page(request, "dashboard/event_map.html",
                          lambda request, found: aggregates.places(found))  # fmt: skip


def _filtered_page(request: HttpRequest, template: str, figures) -> HttpResponse:
    """A page of the filtered events other than the table: the filter in words and the
    table's query string to go back to it, or the filter's errors (status 400)."""
    found = validated_events(request.GET)
    context = {"query": _query_without(request, "_page", "with")}
    if not found.valid:
        context["errors"] = _error_list(found)
        return render(request, template, context, status=400)
    context.update(figures(request, found), description=found.filterset.describe())
    return render(request, template, context)


def _error_list(found: Validated) -> list[tuple[str, list[str]]]:
    """The errors with the label of their field, hidden fields included."""
    fields = found.filterset.form.fields
    return [
        (str(fields[name].label or name) if name in fields else "Filter", list(messages))
        for name, messages in found.errors.items()
    ]


class KnownCountPaginator(Paginator):
    """A paginator told its count (cached with the aggregates) instead of counting."""

    def __init__(self, object_list, per_page: int, count: int) -> None:
        super().__init__(object_list, per_page)
        self.known_count = count

    @property
    def count(self) -> int:
        return self.known_count


@login_not_required
def favicon(request: HttpRequest) -> HttpResponse:
    return redirect(static("img/favicon.svg"), permanent=True)


def event_csv(request: HttpRequest) -> HttpResponse:
    found = validated_events(request.GET)
    if not found.valid:
        return _filter_errors(found)
    events = found.rows.order_by("-date", "id")
    lines = csv_lines(event_dicts(events))
    return _download(lines, "text/csv", export_filename(found.filterset, "parley-events", "csv"))


def _download(lines, content_type: str, filename: str) -> StreamingHttpResponse:
    """A streamed attachment; the name is made of safe characters only (export_filename)."""
    response = StreamingHttpResponse(lines, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _filter_errors(found: Validated) -> HttpResponse:
    return HttpResponse(
        "The filter has errors, so nothing was exported:\n" + found.errors_as_text(),
        status=400,
        content_type="text/plain; charset=utf-8",
    )


CHRONOLOGY_PAGE_SIZE = 500  # lines a page shows (and prints); the exports hold every one


def chronology(request: HttpRequest) -> HttpResponse:
    """The filtered events as a chronology: one line per event, oldest first."""
    found = validated_events(request.GET)
    canonical = found.filterset.canonical_query()
    if canonical is not None:
        return redirect(f"{request.path}?{canonical}")
    context = {"query": _query_without(request, "_page"), "note": event_chronology.INFERRED_NOTE}
    if not found.valid:
        context["errors"] = _error_list(found)
        return render(request, "dashboard/event_chronology.html", context, status=400)
    paginator = Paginator(event_chronology.in_date_order(found.rows), CHRONOLOGY_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("_page"))
    context.update(
        page=page,
        lines=event_chronology.lines_for(page.object_list),
        description=found.filterset.describe(),
    )
    return render(request, "dashboard/event_chronology.html", context)


def chronology_markdown(request: HttpRequest) -> HttpResponse:
    found = validated_events(request.GET)
    if not found.valid:
        return _filter_errors(found)
    lines = event_chronology.markdown_lines(
        event_chronology.all_lines(found.rows), "Chronology", found.filterset.describe()
    )
    name = export_filename(found.filterset, "parley-chronology", "md")
    return _download(lines, "text/markdown; charset=utf-8", name)


def chronology_csv(request: HttpRequest) -> HttpResponse:
    found = validated_events(request.GET)
    if not found.valid:
        return _filter_errors(found)
    lines = event_chronology.csv_lines(event_chronology.all_lines(found.rows))
    name = export_filename(found.filterset, "parley-chronology", "csv")
    return _download(lines, "text/csv", name)


def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    survivor = queries.merge_survivor(pk)
    if survivor is None:
        raise Http404("No such event.")
    if survivor != pk:  # merged away by a curator: its sources and actors live there now
        query = request.GET.urlencode()  # a search's marks follow
        return redirect(
            reverse("dashboard:event", args=[survivor]) + (f"?{query}" if query else "")
        )
    event = get_object_or_404(queries.event_details(), pk=pk)
    search = request.GET.get("q", "")[: SEARCH_LIMITS.characters]  # reached from a search
    return render(
        request,
        "dashboard/event_detail.html",
        {"event": event, "consequences": event.consequences.all(), "search": search},
    )


def actor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """An actor's events, chart and counterparts; ?negotiation=slug keeps one negotiation's."""
    actor = get_object_or_404(Actor.objects.prefetch_related("roles"), slug=slug)
    negotiations = aggregates.negotiations()
    asked = request.GET.get("negotiation")
    chosen = next((n for n in negotiations if n.slug == asked), None)
    if asked and chosen is None:
        raise Http404("No such negotiation.")

    query = f"actor={actor.slug}" + (f"&negotiation={chosen.slug}" if chosen else "")
    context = {
        **aggregates.actor(actor, chosen, query),
        "actor": actor,
        "events": queries.actor_events(actor, chosen).order_by("-date"),
        "negotiation": chosen,
        "negotiations": negotiations,
        "filter_query": query,
    }
    return render(request, "dashboard/actor_detail.html", context)


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("negotiation"), pk=pk)
    events = queries.visible_events().filter(mentions__article=article).distinct().order_by("date")
    return render(
        request,
        "dashboard/article_detail.html",
        {"article": article, "events": events, "text": article_html(article)},
    )


def actor_list(request: HttpRequest) -> HttpResponse:
    """Every actor (not merged away) with kind, country and events; ?q=, ?kind=, ?country=."""
    found = validated(ActorFilter, request.GET, queries.actor_index())
    return _index(request, found, "dashboard/actor_list.html", ("name", "id"))


def article_list(request: HttpRequest) -> HttpResponse:
    """Every article, those without events too; ?q=, ?outlet=, ?published_after=."""
    found = validated(ArticleFilter, request.GET, queries.articles_with_counts())
    return _index(request, found, "dashboard/article_list.html", ("-published", "id"))


def _index(request: HttpRequest, found: Validated, template: str, order: tuple) -> HttpResponse:
    """A filtered, paged index page (two queries: the count and the page)."""
    context = {"filter": found.filterset, "query": _query_without(request, "_page")}
    if not found.valid:
        context["errors"] = _error_list(found)
        return render(request, template, context, status=400)
    paginator = Paginator(found.rows.order_by(*order), settings.PARLEY_PAGE_SIZE)
    context["page"] = paginator.get_page(request.GET.get("_page"))
    return render(request, template, context)


def api_event(request: HttpRequest, pk: int) -> JsonResponse:
    """GET /api/events/<id>: one event in the export schema; a merged-away event's id
    redirects to the event it was merged into."""
    survivor = queries.merge_survivor(pk)
    if survivor is None:
        return JsonResponse({"error": f"No event has the id {pk}."}, status=404)
    if survivor != pk:
        return redirect("dashboard:api_event", survivor)
    return JsonResponse(event_dicts_for_ids([pk])[0])


def api_events(request: HttpRequest) -> JsonResponse:
    """GET /api/events?type=cancellation&date_after=2018-06-01&_page=2&_size=100, with
    `_facet=type&_facet=actor` (or `_facet=all`) for those facets' counts and toggle links."""
    found = validated_events(request.GET)
    if not found.valid:
        return _bad_filter(found)
    rows = found.rows.order_by("-date", "id")
    # The count of a large table and the first ids in this order (the events table's own
    # default order, so the two share them): cached until the data changes.
    count = aggregates.api_count(found, rows)
    ids = aggregates.first_ids(found, rows, "-date")
    paged = queries.EventsInOrder(
        ids, rows.values_list("id", flat=True), count, read=event_dicts_for_ids
    )
    extra = {}
    asked = request.GET.getlist("_facet")
    if asked:
        names = sorted(FACET_NAMES if "all" in asked else set(asked) & FACET_NAMES)
        every = every_value(request.GET)
        counts = caching.cached(
            "api-facets", json.dumps([found.key, names, every]),
            lambda: facet_counts(found.rows, names, every),
        )  # fmt: skip
        base = request.build_absolute_uri(request.path)
        extra["facets"] = {
            facet.name: [_facet_value(v, base) for v in values]
            for facet, values in facet_values(counts, request.GET)
        }
    return _api_page(
        request, KnownCountPaginator(paged, _page_size(request), count), "events", extra=extra
    )


def api_actors(request: HttpRequest) -> JsonResponse:
    """GET /api/actors?q=kim&kind=person&country=KP"""
    found = validated(ActorFilter, request.GET, queries.actors_with_counts())
    if not found.valid:
        return _bad_filter(found)
    rows = found.rows.order_by("name")
    return _api_page(request, Paginator(rows, _page_size(request)), "actors", actor_as_dict)


def api_articles(request: HttpRequest) -> JsonResponse:
    """GET /api/articles?outlet=The+Hill&published_after=2018-08-01"""
    found = validated(ArticleFilter, request.GET, queries.articles_with_counts())
    if not found.valid:
        return _bad_filter(found)
    rows = found.rows.order_by("-published", "id")
    return _api_page(request, Paginator(rows, _page_size(request)), "articles", article_as_dict)


def _facet_value(value, base: str) -> dict:
    return {"value": value.value, "label": value.label, "count": value.count,
            "selected": value.selected, "toggle": f"{base}?{value.query}"}  # fmt: skip


def _bad_filter(found: Validated) -> JsonResponse:
    return JsonResponse({"errors": found.errors_as_json()}, status=400)


def _page_size(request: HttpRequest) -> int:
    return _int(request.GET.get("_size"), default=100, low=1, high=API_MAX_PAGE_SIZE)


def _api_page(
    request, paginator: Paginator, name: str, serialize=None, extra: dict | None = None
) -> JsonResponse:
    """One page of a filtered list as JSON; `serialize` turns one row into a dict (None: the
    rows are dicts already); `extra` keys are added to the answer."""
    page = paginator.get_page(request.GET.get("_page"))
    base = request.build_absolute_uri(request.path)
    query = _query_without(request, "_page")

    def link(number: int) -> str:
        return f"{base}?{query}{'&' if query else ''}_page={number}"

    items = list(page.object_list)
    return JsonResponse(
        {
            "count": paginator.count,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            name: [serialize(row) for row in items] if serialize else items,
            **(extra or {}),
        }
    )


def _int(value: str | None, *, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(value)))
    except (TypeError, ValueError):
        return default


def _query_without(request: HttpRequest, *names: str) -> str:
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()
