"""The one filter set behind the events table, its chart, the API and the exports."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet

from .extraction.ontology import ACTOR_KINDS, EVENT_TYPES, STATUSES
from .models import REVIEW_STATES, Actor, Article, Event, Mention, Participant


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
    actor = django_filters.ModelMultipleChoiceFilter(
        label="Actors (all of)",
        queryset=Actor.objects.all(),
        to_field_name="slug",
        method="filter_actors",
    )
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
        evidence = Mention.objects.filter(event=OuterRef("pk"), sentence__icontains=value)
        return queryset.filter(Q(summary__icontains=value) | Q(Exists(evidence)))

    def filter_actors(self, queryset: QuerySet, name: str, actors) -> QuerySet:
        # Every chosen actor takes part: "events of Pompeo and Kim Yong-chol".
        for actor in actors:
            queryset = queryset.filter(
                Exists(Participant.objects.filter(event=OuterRef("pk"), actor=actor))
            )
        return queryset

    def filter_country(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        involved = Participant.objects.filter(event=OuterRef("pk"), actor__country=value.upper())
        return queryset.filter(Exists(involved))

    def filter_outlet(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        reported = Mention.objects.filter(event=OuterRef("pk"), article__outlet__iexact=value)
        return queryset.filter(Exists(reported))

    def filter_article(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(Exists(Mention.objects.filter(event=OuterRef("pk"), article=value)))

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
