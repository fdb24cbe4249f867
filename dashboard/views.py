"""Thin views: read through queries.py, filter through filters.py, draw through charts.py."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import urlencode

from . import caching, charts, queries
from .exports import actor_as_dict, article_as_dict, csv_lines, event_dicts, event_dicts_for
from .filters import ActorFilter, ArticleFilter, EventFilter
from .highlighting import highlight_article
from .models import Actor, Article

API_MAX_PAGE_SIZE = 1000
FACET_NAMES = [("type", "Type"), ("status", "Status"), ("actor", "Actors"),
               ("country", "Countries"), ("month", "Months")]  # fmt: skip


def event_url(pk: int) -> str:
    return reverse("dashboard:event", args=[pk])


def overview(request: HttpRequest) -> HttpResponse:
    events = queries.visible_events()
    context = {
        **caching.cached("overview", "", lambda: _overview_aggregates(events)),
        "latest": queries.event_table(events).order_by("-date", "-id")[:10],
    }
    return render(request, "dashboard/overview.html", context)


def _overview_aggregates(events) -> dict:
    unit = charts.choose_unit(*queries.date_span(events))
    return {
        "counts": queries.overview_counts(events),
        "periods": charts.period_figure(
            queries.period_counts(events, unit),
            unit,
            f"Meetings, cancellations and sanctions per {unit}",
        ),
        "stalling": charts.stalling_figure(queries.period_counts(events, "quarter")),
        "network": charts.network_figure(queries.meeting_pairs(events)),
        "undated": queries.undated_count(events),
    }


def event_list(request: HttpRequest) -> HttpResponse:
    event_filter = EventFilter(request.GET, queryset=queries.visible_events())
    canonical = event_filter.canonical_query()
    if canonical is not None:  # empty fields dropped, actors by slug: the same filter
        return redirect(f"{request.path}?{canonical}")
    events = event_filter.qs
    rows, sort = queries.sorted_events(events, request.GET.get("_sort"))
    key = _filter_key(request)
    aggregates = caching.cached("events", key, lambda: _list_aggregates(events))
    if aggregates["count"] <= queries.ORDER_CACHE_LIMIT:  # page from the cached order
        order = f"{key}&_sort={sort}"
        ids = caching.cached("events-order", order, lambda: list(rows.values_list("id", flat=True)))
        rows = queries.EventsInOrder(ids)
    paginator = KnownCountPaginator(rows, settings.PARLEY_PAGE_SIZE, aggregates["count"])
    context = {
        **aggregates,
        "filter": event_filter,
        "description": event_filter.describe(),
        "page": paginator.get_page(request.GET.get("_page")),
        "sort": sort,
        "facet_names": FACET_NAMES,
        "query": _query_without(request, "_page"),
    }
    return render(request, "dashboard/event_list.html", context)


def _list_aggregates(events) -> dict:
    unit = charts.choose_unit(*queries.date_span(events))
    return {
        "count": events.count(),
        "facets": queries.facets(events),
        "periods": charts.period_figure(
            queries.period_counts(events, unit), unit, f"Filtered events per {unit}"
        ),
        "timeline": charts.timeline_figure(queries.timeline_points(events), event_url),
        "undated": queries.undated_count(events),
    }


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


def event_csv(request: HttpRequest) -> StreamingHttpResponse:
    events = EventFilter(request.GET, queryset=queries.visible_events()).qs.order_by("-date", "id")
    response = StreamingHttpResponse(csv_lines(event_dicts(events)), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="parley-events.csv"'
    return response


def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    survivor = queries.merge_survivor(pk)
    if survivor is None:
        raise Http404("No such event.")
    if survivor != pk:  # merged away by a curator: its sources and actors live there now
        return redirect("dashboard:event", survivor)
    event = get_object_or_404(queries.event_details(), pk=pk)
    return render(
        request,
        "dashboard/event_detail.html",
        {"event": event, "consequences": event.consequences.all()},
    )


def actor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    actor = get_object_or_404(Actor.objects.prefetch_related("roles"), slug=slug)

    def aggregates() -> dict:
        return {
            "counterparts": list(queries.top_counterparts(actor)),
            "periods": charts.period_figure(
                queries.actor_periods(actor), "month", f"{actor.name}: events per month"
            ),
        }

    context = {
        **caching.cached("actor", slug, aggregates),
        "actor": actor,
        "events": queries.actor_events(actor).order_by("-date"),
    }
    return render(request, "dashboard/actor_detail.html", context)


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    events = queries.visible_events().filter(mentions__article=article).distinct().order_by("date")
    return render(
        request,
        "dashboard/article_detail.html",
        {"article": article, "events": events, "text": highlight_article(article)},
    )


def api_events(request: HttpRequest) -> JsonResponse:
    """GET /api/events?type=cancellation&date_after=2018-06-01&_page=2&_size=100"""
    event_filter = EventFilter(request.GET, queryset=queries.visible_events())
    return _api_page(request, event_filter, "events", event_dicts_for, ("-date", "id"), cache=True)


def api_actors(request: HttpRequest) -> JsonResponse:
    """GET /api/actors?q=kim&kind=person&country=KP"""
    actor_filter = ActorFilter(request.GET, queryset=queries.actors_with_counts())
    return _api_page(request, actor_filter, "actors", _each(actor_as_dict), ("name",))


def api_articles(request: HttpRequest) -> JsonResponse:
    """GET /api/articles?outlet=The+Hill&published_after=2018-08-01"""
    article_filter = ArticleFilter(request.GET, queryset=queries.articles_with_counts())
    return _api_page(
        request, article_filter, "articles", _each(article_as_dict), ("-published", "id")
    )


def _each(as_dict):
    return lambda rows: [as_dict(row) for row in rows]


def _api_page(request, the_filter, name: str, serialize, order, cache=False):
    """One page of a filtered list as JSON; `serialize` turns the page's rows into dicts."""
    if the_filter.is_bound and not the_filter.form.is_valid():
        return JsonResponse({"errors": the_filter.form.errors.get_json_data()}, status=400)
    size = _int(request.GET.get("_size"), default=100, low=1, high=API_MAX_PAGE_SIZE)
    rows = the_filter.qs.order_by(*order)
    if cache:  # the count of a large table: cached until the data changes
        count = caching.cached(f"api-{name}", _filter_key(request), the_filter.qs.count)
        paginator = KnownCountPaginator(rows, size, count)
    else:
        paginator = Paginator(rows, size)
    page = paginator.get_page(request.GET.get("_page"))
    base = request.build_absolute_uri(request.path)
    query = _query_without(request, "_page")

    def link(number: int) -> str:
        return f"{base}?{query}{'&' if query else ''}_page={number}"

    return JsonResponse(
        {
            "count": paginator.count,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            name: serialize(page.object_list),
        }
    )


def _int(value: str | None, *, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(value)))
    except (TypeError, ValueError):
        return default


def _filter_key(request: HttpRequest) -> str:
    """The filter part of the query string (no _page, _sort or _size), in a fixed order."""
    items = sorted(
        (key, value) for key, values in request.GET.lists() for value in values
        if not key.startswith("_")
    )  # fmt: skip
    return urlencode(items)


def _query_without(request: HttpRequest, *names: str) -> str:
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()
