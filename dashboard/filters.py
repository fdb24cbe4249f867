"""The one filter set behind the events table, its chart, the API and the exports."""

from __future__ import annotations

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.html import format_html, format_html_join

from .extraction.ontology import ACTOR_KINDS, EVENT_TYPES, STATUSES
from .models import REVIEW_STATES, Actor, Article, Event, Mention, Participant
from .search import text_matches


class ActorPicker(forms.Widget):
    """The chosen actors as ticked boxes (untick to drop one) and a text box to add one by
    name; static/js/actors.js suggests names from /api/actors as one types. With 2,000 actors
    a <select> of them all was 0.3 s of every events page and useless to scroll."""

    def value_from_datadict(self, data, files, name: str) -> list[str]:
        return data.getlist(name) if hasattr(data, "getlist") else data.get(name, [])

    def value_omitted_from_data(self, data, files, name: str) -> bool:
        return name not in data

    def render(self, name: str, value, attrs=None, renderer=None) -> str:
        chosen = find_actors([v for v in value or [] if isinstance(v, str)])[0]
        boxes = format_html_join(
            "",
            '<label class="chosen"><input type="checkbox" name="{}" value="{}" checked> {}</label>',
            ((name, actor.slug, actor.name) for actor in chosen),
        )
        field_id = (attrs or {}).get("id", f"id_{name}")
        return format_html(
            '{}<input type="text" name="{}" id="{}" list="{}-suggestions" autocomplete="off" '
            'placeholder="Add an actor by name" data-suggest="{}"><datalist id="{}-suggestions">'
            "</datalist>",
            boxes, name, field_id, field_id, "/api/actors", field_id,
        )  # fmt: skip


MAX_ACTORS = 20  # in one filter; more are ignored


def find_actors(values: list[str]) -> tuple[list[Actor], list[str]]:
    """The actors named by slug or by name (any case), in order, and the values that name
    none. Blank values are skipped."""
    wanted = [v.strip() for v in values if v and v.strip()][:MAX_ACTORS]
    if not wanted:
        return [], []
    named = Q(slug__in=wanted)
    for value in wanted:
        named |= Q(name__iexact=value)
    found = Actor.objects.filter(named)
    by_key: dict[str, Actor] = {}
    for actor in found:
        by_key.setdefault(actor.slug, actor)
        by_key.setdefault(actor.name.casefold(), actor)
    actors, unknown = [], []
    for value in wanted:
        actor = by_key.get(value) or by_key.get(value.casefold())
        if actor is None:
            unknown.append(value)
        elif actor not in actors:
            actors.append(actor)
    return actors, unknown


class ActorsField(forms.Field):
    widget = ActorPicker

    def to_python(self, value) -> list[Actor]:
        actors, unknown = find_actors(list(value or []))
        if unknown:
            raise ValidationError(
                "No actor is called %(names)s.", params={"names": ", ".join(unknown)}
            )
        return actors


class ActorsFilter(django_filters.Filter):
    field_class = ActorsField


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Text", method="filter_text", widget=forms.TextInput(attrs={"type": "search"})
    )
    type = django_filters.MultipleChoiceFilter(
        field_name="event_type",
        label="Type",
        choices=[(k, t.label) for k, t in EVENT_TYPES.items()],
        widget=forms.CheckboxSelectMultiple,
        distinct=False,  # a column of the event itself: no join, nothing to deduplicate
    )
    status = django_filters.MultipleChoiceFilter(
        choices=list(STATUSES.items()), widget=forms.CheckboxSelectMultiple, distinct=False
    )
    actor = ActorsFilter(label="Actors (all of)", method="filter_actors")
    country = django_filters.CharFilter(
        label="Country (ISO code)", method="filter_country", max_length=2
    )
    outlet = django_filters.CharFilter(label="Outlet", method="filter_outlet")
    article = django_filters.NumberFilter(
        label="Article (id)", method="filter_article", widget=forms.HiddenInput
    )
    date = django_filters.DateFromToRangeFilter(
        label="Date (from – to)",
        widget=django_filters.widgets.DateRangeWidget(attrs={"type": "date"}),
    )
    review = django_filters.MultipleChoiceFilter(
        choices=list(REVIEW_STATES.items()), widget=forms.CheckboxSelectMultiple, distinct=False
    )

    class Meta:
        model = Event
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return text_matches(queryset, value)

    def filter_actors(self, queryset: QuerySet, name: str, actors) -> QuerySet:
        # Every chosen actor takes part: "events of Pompeo and Kim Yong-chol". `pk__in` rather
        # than EXISTS: the database starts from the actor's few participations instead of
        # testing every event in date order (SQLite, 200,000 events: 148 ms -> 2 ms).
        for actor in actors:
            queryset = queryset.filter(
                pk__in=Participant.objects.filter(actor=actor).values("event_id")
            )
        return queryset

    def filter_country(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        involved = Participant.objects.filter(event=OuterRef("pk"), actor__country=value.upper())
        return queryset.filter(Exists(involved))

    # Outlets and articles, like actors, select few events: start from them (see above).
    def filter_outlet(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        reported = Mention.objects.filter(article__outlet__iexact=value).values("event_id")
        return queryset.filter(pk__in=reported)

    def filter_article(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(pk__in=Mention.objects.filter(article=value).values("event_id"))

    def canonical_query(self) -> str | None:
        """The query string without empty fields (a submitted form sends them all) and with
        actors given by slug; None when the request's is already that."""
        if not hasattr(self.data, "lists"):
            return None
        query = self.data.copy()
        for key, values in self.data.lists():
            kept = [value for value in values if value.strip()]
            if not kept:
                del query[key]
            elif kept != values:
                query.setlist(key, kept)
        given = query.getlist("actor")
        if given and self.form.is_valid():
            query.setlist("actor", [actor.slug for actor in self.form.cleaned_data["actor"]])
        return None if query == self.data else query.urlencode()

    def describe(self) -> str:
        """The filter in words, for the page heading: "type is cancellation, 2018-06-01 to …"."""
        if not self.is_bound or not self.form.is_valid():
            return ""
        data, parts = self.form.cleaned_data, []
        if data.get("type"):
            parts.append(
                "type is " + " or ".join(EVENT_TYPES[t].label.lower() for t in data["type"])
            )
        if data.get("status"):
            parts.append("status is " + " or ".join(STATUSES[s].lower() for s in data["status"]))
        if data.get("actor"):
            names = [a.name for a in data["actor"]]
            parts.append(" and ".join(names) + (" takes part" if len(names) == 1 else " take part"))
        if data.get("country"):
            parts.append(f"country is {data['country'].upper()}")
        if data.get("outlet"):
            parts.append(f"reported by {data['outlet']}")
        if data.get("article"):
            parts.append(f"reported in article {int(data['article'])}")
        if data.get("review"):
            parts.append("review is " + " or ".join(data["review"]))
        if data.get("q"):
            parts.append(f"text contains “{data['q']}”")
        dates = data.get("date")
        if dates and (dates.start or dates.stop):
            start = dates.start.date().isoformat() if dates.start else "…"
            stop = dates.stop.date().isoformat() if dates.stop else "…"
            parts.append(f"{start} to {stop}")
        return ", ".join(parts)


class ActorFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Name or alias", method="filter_text")
    kind = django_filters.MultipleChoiceFilter(choices=list(ACTOR_KINDS.items()))
    country = django_filters.CharFilter(field_name="country", lookup_expr="iexact", max_length=2)
    new = django_filters.BooleanFilter(field_name="is_new")

    class Meta:
        model = Actor
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(name__icontains=value) | Q(aliases__icontains=value))


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Title or text", method="filter_text")
    outlet = django_filters.CharFilter(field_name="outlet", lookup_expr="iexact")
    published = django_filters.DateFromToRangeFilter()

    class Meta:
        model = Article
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(title__icontains=value) | Q(text__icontains=value))
