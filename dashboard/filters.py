"""The one filter set behind the events table, its chart, the API and the exports, and the
one way to apply it: `validated()` binds a filter set to a query string and gives either its
rows or its errors, never rows of a filter it could not read."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db.models import Exists, Model, OuterRef, Q, QuerySet
from django.forms.utils import ErrorDict
from django.utils.html import format_html, format_html_join

from .extraction.ontology import ACTOR_KINDS, EVENT_TYPES, PRECISIONS, ROLES, STATUSES
from .models import REVIEW_STATES, Actor, Article, Event, Mention, Negotiation, Participant
from .places import location_q
from .queries import SERIES_LABELS, SERIES_Q
from .search import SEARCH_LIMITS, search_problem, text_matches


class ActorPicker(forms.Widget):
    """The chosen actors as ticked boxes (untick to drop one) and a text box to add one by
    name; static/js/actors.js suggests names from /api/actors as one types. A <select> of
    every actor made every events page slow to build and was useless to scroll."""

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


MAX_ACTORS = 20  # in one filter


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
        given = [v for v in value or [] if v and v.strip()]
        if len(given) > MAX_ACTORS:
            raise ValidationError("At most %(limit)d actors at once.", params={"limit": MAX_ACTORS})
        actors, unknown = find_actors(given)
        if unknown:
            raise ValidationError(
                "No actor is called %(names)s.", params={"names": ", ".join(unknown)}
            )
        return actors


class ActorsFilter(django_filters.Filter):
    field_class = ActorsField


class SearchField(forms.CharField):
    """The text box, within the bounds of search.SEARCH_LIMITS (see search.py)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("max_length", SEARCH_LIMITS.characters)
        super().__init__(*args, **kwargs)
        self.error_messages["max_length"] = (
            "A search is at most %(limit_value)d characters long (this one has %(show_value)d)."
        )

    def validate(self, value: str) -> None:
        super().validate(value)
        problem = search_problem(value)
        if problem:
            raise ValidationError(problem)


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


# Primary keys are signed 64-bit integers (BigAutoField) on both databases.
MAX_ID = 2**63 - 1
ARTICLE_ID_ERROR = f"An article is given by its id, a whole number from 1 to {MAX_ID}."


class ArticleIdFilter(django_filters.Filter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs) -> None:
        kwargs.update(min_value=1, max_value=MAX_ID)
        kwargs["error_messages"] = dict.fromkeys(
            ("invalid", "min_value", "max_value"), ARTICLE_ID_ERROR
        )
        super().__init__(*args, **kwargs)


class OrderedDateRangeField(django_filters.fields.DateRangeField):
    """A date range whose start is not after its end (an inverted range is a typo, not a
    question whose answer is "nothing")."""

    def compress(self, data_list):
        if data_list and all(data_list) and data_list[0] > data_list[1]:
            raise ValidationError(
                "The start date %(start)s is after the end date %(stop)s.",
                params={"start": data_list[0].isoformat(), "stop": data_list[1].isoformat()},
            )
        return super().compress(data_list)


class DateRangeFilter(django_filters.DateFromToRangeFilter):
    field_class = OrderedDateRangeField


class StrictBooleanField(forms.NullBooleanField):
    """true/false (or 1/0); anything else is an error instead of "no filter"."""

    widget = forms.TextInput

    def to_python(self, value):
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            return value
        spelled = str(value).strip().lower()
        if spelled in {"true", "1", "yes"}:
            return True
        if spelled in {"false", "0", "no"}:
            return False
        raise ValidationError("Enter true or false.", code="invalid")

    def validate(self, value) -> None:
        pass


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


class CountryCodeField(forms.CharField):
    """An ISO 3166 code, read in capitals ("us" is US)."""

    default_validators = [
        RegexValidator(r"^[A-Z]{2}$", "A country is a two-letter ISO code, such as US.")
    ]

    def to_python(self, value) -> str:
        return super().to_python(value).upper()


class CountryFilter(django_filters.CharFilter):
    field_class = CountryCodeField


class CountriesField(forms.Field):
    """Several country codes (`country=US&country=KP`), each read as CountryCodeField reads
    one; at most MAX_COUNTRIES."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[str]:
        given = [v for v in (value if isinstance(value, list) else [value]) if v and v.strip()]
        if len(given) > MAX_COUNTRIES:
            raise ValidationError(
                "At most %(limit)d countries at once.", params={"limit": MAX_COUNTRIES}
            )
        one = CountryCodeField()
        return list(dict.fromkeys(one.clean(v.strip()) for v in given))


MAX_COUNTRIES = 4


class CountriesWidget(forms.TextInput):
    """One text box for the first country; further ones travel as hidden fields (a facet
    link adds them), so a pair survives a resubmitted form."""

    def value_from_datadict(self, data, files, name: str) -> list[str]:
        return data.getlist(name) if hasattr(data, "getlist") else data.get(name, [])

    def format_value(self, value):
        return value[0] if isinstance(value, list) and value else value

    def render(self, name: str, value, attrs=None, renderer=None) -> str:
        values = value if isinstance(value, list) else ([value] if value else [])
        box = super().render(name, values[0] if values else "", attrs, renderer)
        rest = format_html_join(
            "", '<input type="hidden" name="{}" value="{}">', ((name, v) for v in values[1:])
        )
        return box + rest


class DefaultRadio(forms.RadioSelect):
    """Radio buttons with `default` ticked when the query string leaves the field out (a
    form's `initial` would be read as a filter value; see STYLE.md)."""

    def __init__(self, *args, default: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.default = default

    def format_value(self, value) -> list[str]:
        return [v for v in super().format_value(value) if v] or [self.default]


class CountriesFilter(django_filters.Filter):
    field_class = CountriesField


class NegotiationFilter(django_filters.ModelChoiceFilter):
    """One negotiation, by slug (corpus/negotiations.toml)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("label", "Negotiation")
        kwargs.setdefault("empty_label", "All negotiations")
        kwargs.setdefault("field_name", "negotiation")
        kwargs.setdefault("distinct", False)
        super().__init__(*args, queryset=Negotiation.objects.all(), to_field_name="slug",
                         **kwargs)  # fmt: skip
        self.extra["error_messages"] = {
            "invalid_choice": "No negotiation is called %(value)s (see corpus/negotiations.toml)."
        }


ACTOR_MATCHES = {"all": "all take part", "any": "any one takes part"}


class EventFilter(django_filters.FilterSet):
    negotiation = NegotiationFilter()
    q = SearchFilter(
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
    actor = ActorsFilter(label="Actors", method="filter_by_parties")
    actor_match = django_filters.ChoiceFilter(
        label="Actors must",
        choices=list(ACTOR_MATCHES.items()),
        empty_label=None,
        method="filter_by_parties",
        widget=DefaultRadio(default="all"),
    )
    role = django_filters.ChoiceFilter(
        label="In the role", choices=list(ROLES.items()), empty_label="Any role",
        method="filter_by_parties",
    )  # fmt: skip
    country = CountriesFilter(
        label="Country (ISO code)", method="filter_country", widget=CountriesWidget
    )
    outlet = django_filters.CharFilter(label="Outlet", method="filter_outlet")
    location = django_filters.CharFilter(label="Place", method="filter_location", max_length=200)
    article = ArticleIdFilter(
        label="Article (id)", method="filter_article", widget=forms.HiddenInput
    )
    date = DateRangeFilter(
        label="Date (from – to)",
        widget=django_filters.widgets.DateRangeWidget(attrs={"type": "date"}),
    )
    review = django_filters.MultipleChoiceFilter(
        choices=list(REVIEW_STATES.items()), widget=forms.CheckboxSelectMultiple, distinct=False
    )
    # How precisely the date is known: a week's bar opens only the events dated to a day.
    precision = django_filters.MultipleChoiceFilter(
        field_name="date_precision", choices=list(PRECISIONS.items()),
        widget=forms.MultipleHiddenInput, distinct=False,
    )  # fmt: skip
    # A chart series of the overview (queries.SERIES_Q): what its bars open.
    series = django_filters.ChoiceFilter(
        label="Chart series", choices=list(SERIES_LABELS.items()), method="filter_series",
        widget=forms.HiddenInput,
    )  # fmt: skip

    class Meta:
        model = Event
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return text_matches(queryset, value)

    def filter_by_parties(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """Actors, their match and the role are one question, asked once (in filter_queryset)."""
        return queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        return parties_match(
            queryset, data.get("actor") or [], data.get("actor_match") or "all",
            data.get("role") or "",
        )  # fmt: skip

    def filter_country(self, queryset: QuerySet, name: str, codes: list[str]) -> QuerySet:
        # Every country has a party: country=US&country=KP is an event between the two.
        for code in codes:
            involved = Participant.objects.filter(event=OuterRef("pk"), actor__country=code)
            queryset = queryset.filter(Exists(involved))
        return queryset

    # Outlets and articles, like actors, select few events: start from them (see above).
    def filter_outlet(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        reported = Mention.objects.filter(article__outlet__iexact=value).values("event_id")
        return queryset.filter(pk__in=reported)

    def filter_location(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # A place of corpus/places.tsv by any of its spellings (the events map links here).
        return queryset.filter(location_q(value))

    def filter_article(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(pk__in=Mention.objects.filter(article=value).values("event_id"))

    def filter_series(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(SERIES_Q[value])

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
        valid = self.form.is_valid()
        if query.getlist("actor") and valid:
            query.setlist("actor", [actor.slug for actor in self.form.cleaned_data["actor"]])
        if query.get("actor_match") == "all" and valid:  # the default, said or not
            del query["actor_match"]
        if query.getlist("country") and valid:
            query.setlist("country", self.form.cleaned_data["country"])
        return None if query == self.data else query.urlencode()

    def describe(self) -> str:
        """The filter in words, for the page heading: "type is cancellation, 2018-06-01 to …"."""
        if not self.is_bound or not self.form.is_valid():
            return ""
        data, parts = self.form.cleaned_data, []
        if data.get("negotiation"):
            parts.append(f"negotiation is {data['negotiation'].name}")
        if data.get("type"):
            parts.append(
                "type is " + " or ".join(EVENT_TYPES[t].label.lower() for t in data["type"])
            )
        if data.get("status"):
            parts.append("status is " + " or ".join(STATUSES[s].lower() for s in data["status"]))
        parties = describe_parties(
            [a.name for a in data.get("actor") or []], data.get("actor_match") or "all",
            data.get("role") or "",
        )  # fmt: skip
        if parties:
            parts.append(parties)
        countries = data.get("country") or []
        if len(countries) == 1:
            parts.append(f"country is {countries[0]}")
        elif countries:
            parts.append(
                "parties from " + " and from ".join(countries) + " (each country takes part)"
            )
        if data.get("outlet"):
            parts.append(f"reported by {data['outlet']}")
        if data.get("location"):
            parts.append(f"place is {data['location']}")
        if data.get("article"):
            parts.append(f"reported in article {data['article']}")
        if data.get("review"):
            parts.append("review is " + " or ".join(data["review"]))
        if data.get("precision"):
            parts.append("dated to a " + " or ".join(data["precision"]))
        if data.get("series"):
            parts.append(f"counted as {SERIES_LABELS[data['series']].lower()}")
        if data.get("q"):
            parts.append(f"text contains “{data['q']}”")
        dates = data.get("date")
        if dates and (dates.start or dates.stop):
            start = dates.start.date().isoformat() if dates.start else "…"
            stop = dates.stop.date().isoformat() if dates.stop else "…"
            parts.append(f"{start} to {stop}")
        return ", ".join(parts)


def parties_match(queryset: QuerySet, actors: list[Actor], match: str, role: str) -> QuerySet:
    """Events where every chosen actor (match "all") or at least one ("any") takes part, in
    `role` if one is given; with a role and no actors, events where some party has it.

    `pk__in` rather than EXISTS: the database starts from the actors' few participations
    instead of testing every event in date order (docs/benchmarks.md)."""
    taking_part = Participant.objects.filter(role=role) if role else Participant.objects.all()
    if not actors:
        return queryset.filter(pk__in=taking_part.values("event_id")) if role else queryset
    if match == "any":
        return queryset.filter(pk__in=taking_part.filter(actor__in=actors).values("event_id"))
    for actor in actors:
        queryset = queryset.filter(pk__in=taking_part.filter(actor=actor).values("event_id"))
    return queryset


def describe_parties(names: list[str], match: str, role: str) -> str:
    """ "Mike Pompeo or Kim Yong-chol takes part as target"; "" for no actors and no role."""
    as_role = f" as {ROLES[role].lower()}" if role else ""
    if not names:
        return f"some party takes part{as_role}" if role else ""
    if len(names) == 1:
        return f"{names[0]} takes part{as_role}"
    if match == "any":
        return ", ".join(names[:-1]) + f" or {names[-1]} takes part{as_role}"
    return " and ".join(names) + f" take part{as_role}"


class ActorFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Name or alias", method="filter_text", max_length=200)
    kind = django_filters.MultipleChoiceFilter(
        choices=list(ACTOR_KINDS.items()), widget=forms.CheckboxSelectMultiple
    )
    country = CountryFilter(field_name="country", lookup_expr="iexact", label="Country (ISO code)")
    new = StrictBooleanFilter(field_name="is_new")

    class Meta:
        model = Actor
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(name__icontains=value) | Q(aliases__icontains=value))


class ArticleFilter(django_filters.FilterSet):
    negotiation = NegotiationFilter()
    q = django_filters.CharFilter(label="Title or text", method="filter_text", max_length=200)
    outlet = django_filters.CharFilter(field_name="outlet", lookup_expr="iexact", max_length=200)
    published = DateRangeFilter(
        label="Published (from – to)",
        widget=django_filters.widgets.DateRangeWidget(attrs={"type": "date"}),
    )

    class Meta:
        model = Article
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(title__icontains=value) | Q(text__icontains=value))


# ---------------------------------------------------------------------- the one read path
@dataclass(frozen=True)
class Validated:
    """A filter set bound to a query string and validated: `rows` are the rows it selects,
    or None when the query string could not be read, and then `errors` say why."""

    filterset: django_filters.FilterSet
    rows: QuerySet | None
    errors: ErrorDict
    key: str

    @property
    def data(self):
        """The query string the filter was read from (a QueryDict)."""
        return self.filterset.data

    @property
    def valid(self) -> bool:
        return self.rows is not None

    def errors_as_json(self) -> dict:
        return self.errors.get_json_data()

    def errors_as_text(self) -> str:
        """One line per error: `name: message`."""
        return "".join(
            f"{name}: {message}\n" for name, messages in self.errors.items() for message in messages
        )


def validated(
    filterset_class: type[django_filters.FilterSet], data, queryset: QuerySet
) -> Validated:
    """Bind the filter set to `data` (a QueryDict) and validate it. Its rows only if every
    value could be read; `key` names the cleaned filter for caches (unknown parameters,
    their order and the spelling of a value the form reads the same way do not change it)."""
    filterset = filterset_class(data, queryset=queryset)
    if not filterset.form.is_valid():
        return Validated(filterset, None, filterset.form.errors, "")
    return Validated(filterset, filterset.qs, filterset.form.errors, cleaned_key(filterset))


def validated_events(data) -> Validated:
    """The events filter over the events the dashboard shows: the table, its facets and
    charts, the CSV download, /api/events and `export_events` all read through here."""
    return validated(EventFilter, data, Event.objects.visible())


def cleaned_key(filterset: django_filters.FilterSet) -> str:
    """The cleaned values of a valid filter set as one string, in a fixed order."""
    items = {
        name: _key_value(value)
        for name, value in filterset.form.cleaned_data.items()
        if not _empty(value)
    }
    return json.dumps(items, sort_keys=True, ensure_ascii=False)


def _empty(value) -> bool:
    if isinstance(value, slice):
        return value.start is None and value.stop is None
    return value is None or (not isinstance(value, bool) and value in ("", [], ()))


def _key_value(value):
    if isinstance(value, slice):
        return [_key_value(value.start), _key_value(value.stop)]
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, Model):
        return value.pk
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple | set | QuerySet):
        # Every value of these lists is ANDed or ORed alike: their order does not matter.
        return sorted({_key_value(item) for item in value})
    return value
