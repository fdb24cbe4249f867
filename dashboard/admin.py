"""Curation in the Django admin: review, correct, merge, split and add.

Every change a person makes here is marked `edited` (reloads never overwrite it) and logged
in the object's history (who, what, when).
"""

from __future__ import annotations

import hashlib

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from . import curation
from .extraction.limits import ArticleTooLong
from .highlighting import sentence_html
from .loading import LoadReport, load_article
from .models import (
    Actor,
    ActorRole,
    Article,
    Event,
    Mention,
    Negotiation,
    Participant,
    ReferenceSource,
)
from .sources import (
    MAX_INPUT_BYTES,
    InputProblem,
    article_from,
    decode,
    split_front_matter,
    web_address,
)

CURATED_EVENT_FIELDS = {
    "event_type", "status", "date", "date_precision", "end_date", "location", "summary",
    "related_event", "negotiation",
}  # fmt: skip
SUMMARY_CHARS = 90  # of an event's summary in the admin's list; the rest shows on hover


# ---------------------------------------------------------------------- inlines
class ActorRoleInline(admin.TabularInline):
    model = ActorRole
    extra = 0


class ParticipantInline(admin.TabularInline):
    model = Participant
    extra = 0
    autocomplete_fields = ["actor"]


class ReferenceSourceInline(admin.TabularInline):
    """The pages a reference-chronology event cites."""

    model = ReferenceSource
    extra = 0
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    fields = ["evidence", "article"]
    readonly_fields = ["evidence", "article"]
    can_delete = True

    @admin.display(description="Evidence")
    def evidence(self, mention: Mention) -> str:
        return sentence_html(mention)

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


# ---------------------------------------------------------------------- review actions
def _review(modeladmin, request: HttpRequest, queryset: QuerySet, state: str) -> None:
    count = 0
    for obj in queryset:
        if obj.review != state:
            obj.review = state
            obj.save(update_fields=["review"])
            modeladmin.log_change(request, obj, f"Marked {state}.")
            count += 1
    modeladmin.message_user(request, f"{count} marked {state}.", messages.SUCCESS)


@admin.action(description="Mark selected as verified", permissions=["change"])
def mark_verified(modeladmin, request: HttpRequest, queryset: QuerySet) -> None:
    _review(modeladmin, request, queryset, "verified")


@admin.action(description="Mark selected as rejected", permissions=["change"])
def mark_rejected(modeladmin, request: HttpRequest, queryset: QuerySet) -> None:
    _review(modeladmin, request, queryset, "rejected")


class NeedsReviewFilter(admin.SimpleListFilter):
    title = "needs review"
    parameter_name = "needs_review"

    def lookups(self, request, model_admin):
        return [("yes", "Needs review (low confidence, one source, inferred date)")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(pk__in=Event.objects.needs_review().values("pk"))
        return queryset


class MergedFilter(admin.SimpleListFilter):
    title = "merged away"
    parameter_name = "merged"

    def lookups(self, request, model_admin):
        return [("no", "Not merged away"), ("yes", "Merged away")]

    def queryset(self, request, queryset):
        if self.value() in {"yes", "no"}:
            return queryset.filter(merged_into__isnull=self.value() == "no")
        return queryset


# ---------------------------------------------------------------------- events
class ParticipantChoiceField(forms.ModelMultipleChoiceField):
    """One checkbox per participant of the events being merged, named with its role and event."""

    def label_from_instance(self, participant: Participant) -> str:
        role = participant.get_role_display().lower()
        return f"{participant.actor.name} — {role} (event {participant.event_id})"


class MergeEventsForm(forms.Form):
    survivor = forms.ModelChoiceField(
        queryset=Event.objects.none(),
        widget=forms.RadioSelect,
        help_text="Keeps its id; the others point to it.",
    )
    participants = ParticipantChoiceField(
        queryset=Participant.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="Participants the survivor keeps",
        help_text="Untick a wrong one to drop it. The same actor in the same role is kept once.",
    )

    def __init__(self, *args, events: QuerySet[Event], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["survivor"].queryset = events
        self.fields["survivor"].initial = events.first()
        taking_part = (
            Participant.objects.filter(event__in=events)
            .select_related("actor")
            .order_by("event__date", "event_id", "actor__name", "role")
        )
        self.fields["participants"].queryset = taking_part
        self.fields["participants"].initial = [p.pk for p in taking_part]
        for name in curation.MERGEABLE_FIELDS:
            label = Event._meta.get_field(name).verbose_name
            self.fields[f"field_{name}"] = forms.ModelChoiceField(
                queryset=events, required=False, label=f"Take “{label}” from",
                help_text="Empty: the survivor's.",
            )  # fmt: skip


@admin.action(description="Merge selected events into one", permissions=["change"])
def merge_events(modeladmin, request: HttpRequest, queryset: QuerySet):
    events = queryset.order_by("date", "id")
    if events.count() < 2:
        modeladmin.message_user(request, "Choose at least two events to merge.", messages.WARNING)
        return None
    form = MergeEventsForm(request.POST if "apply" in request.POST else None, events=events)
    if form.is_valid():
        survivor = form.cleaned_data["survivor"]
        fields_from = {
            name: form.cleaned_data[f"field_{name}"]
            for name in curation.MERGEABLE_FIELDS
            if form.cleaned_data.get(f"field_{name}")
        }
        others = [e for e in events if e.pk != survivor.pk]
        chosen = form.cleaned_data["participants"]
        dropped = [str(p) for p in form.fields["participants"].queryset if p not in chosen]
        curation.merge_events(survivor, others, fields_from, participants=chosen)
        said = f"Merged events {[e.pk for e in others]} into it."
        if dropped:
            said += f" Participants left out: {', '.join(dropped)}."
        modeladmin.log_change(request, survivor, said)
        for other in others:
            modeladmin.log_change(request, other, f"Merged into event {survivor.pk}.")
        modeladmin.message_user(request, f"Merged {len(others)} event(s) into event {survivor.pk}.")
        return None
    return TemplateResponse(
        request,
        "admin/dashboard/merge.html",
        {**modeladmin.admin_site.each_context(request), "title": "Merge events", "form": form,
         "objects": events, "action": "merge_events", "opts": modeladmin.model._meta},
    )  # fmt: skip


@admin.action(description="Split sources off the selected event", permissions=["change"])
def split_event(modeladmin, request: HttpRequest, queryset: QuerySet):
    if queryset.count() != 1:
        modeladmin.message_user(request, "Choose exactly one event to split.", messages.WARNING)
        return None
    event = queryset.get()
    mentions = event.mentions.select_related("article")
    if "apply" in request.POST:
        chosen = mentions.filter(pk__in=request.POST.getlist("mention"))
        try:
            new = curation.split_event(event, list(chosen))
        except ValueError as problem:
            modeladmin.message_user(request, str(problem), messages.ERROR)
        else:
            modeladmin.log_change(request, event, f"Split sources off into event {new.pk}.")
            modeladmin.log_addition(request, new, f"Split off event {event.pk}.")
            link = reverse("admin:dashboard_event_change", args=[new.pk])
            modeladmin.message_user(
                request,
                format_html(
                    'Event <a href="{}">{}</a> holds the sources split off. It needs your '
                    "review: correct its fields and participants, then verify it.",
                    link, new.pk,
                ),
            )  # fmt: skip
            return None
    return TemplateResponse(
        request,
        "admin/dashboard/split.html",
        {**modeladmin.admin_site.each_context(request), "title": f"Split event {event.pk}",
         "event": event, "mentions": mentions, "opts": modeladmin.model._meta},
    )  # fmt: skip


def _counted(model: type[models.Model], field: str) -> Coalesce:
    """How many distinct `field` values rows of `model` hold for the outer event."""
    rows = (
        model.objects.filter(event=OuterRef("pk"))
        .order_by()
        .values("event")
        .annotate(n=Count(field, distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(rows), 0)


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    # Narrow columns that fit a 1280 px screen beside the filters: the date says its precision
    # and whether it was inferred, the summary is cut (hover for all of it).
    list_display = ["date_display", "event_type", "status", "short_summary", "sources",
                    "confidence", "review", "edited"]  # fmt: skip
    list_filter = [NeedsReviewFilter, "negotiation", "review", "event_type", "status", "edited",
                   "date_precision", "date_inferred", MergedFilter]  # fmt: skip
    search_fields = ["summary", "location", "mentions__sentence", "participants__actor__name"]
    date_hierarchy = "date"
    autocomplete_fields = ["related_event"]
    inlines = [ParticipantInline, ReferenceSourceInline, MentionInline]
    actions = [mark_verified, mark_rejected, merge_events, split_event]
    readonly_fields = ["edited", "merged_into", "date_inferred", "reference_key", "created_at",
                       "updated_at"]  # fmt: skip
    list_per_page = 50

    class Media:
        css = {"all": ["css/admin-events.css"]}

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # Sources: the articles that report the event and the pages a chronology event cites,
        # each counted in a subquery of its own (no join that multiplies rows, and the
        # paginator's count leaves them out).
        return (
            super()
            .get_queryset(request)
            .annotate(source_count=_counted(Mention, "article") + _counted(ReferenceSource, "pk"))
        )

    @admin.display(description="Date", ordering="date")
    def date_display(self, event: Event) -> str:
        notes = [] if event.date_precision == "day" else [event.get_date_precision_display()]
        if event.date_inferred:
            notes.append("inferred")
        return " · ".join([event.date_display, *(note.lower() for note in notes)])

    @admin.display(description="Summary", ordering="summary")
    def short_summary(self, event: Event) -> str:
        short = Truncator(event.summary).chars(SUMMARY_CHARS)
        if short == event.summary:
            return short
        return format_html('<span title="{}">{}</span>', event.summary, short)

    @admin.display(description="Sources", ordering="source_count")  # articles + cited pages
    def sources(self, event: Event) -> int:
        return event.source_count

    def save_model(self, request: HttpRequest, obj: Event, form, change: bool) -> None:
        # A person's correction is marked, so reloads never overwrite it.
        if change and CURATED_EVENT_FIELDS & set(form.changed_data):
            obj.edited = True
        super().save_model(request, obj, form, change)

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        if change and any(formset.has_changed() for formset in formsets):
            Event.objects.filter(pk=form.instance.pk).update(edited=True)


# ---------------------------------------------------------------------- actors
class MergeActorsForm(forms.Form):
    survivor = forms.ModelChoiceField(
        queryset=Actor.objects.none(),
        widget=forms.RadioSelect,
        help_text="Takes the others' names, aliases and events.",
    )

    def __init__(self, *args, actors: QuerySet[Actor], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["survivor"].queryset = actors
        self.fields["survivor"].initial = actors.filter(in_gazetteer=True).first() or actors.first()


@admin.action(description="Merge selected actors into one", permissions=["change"])
def merge_actors(modeladmin, request: HttpRequest, queryset: QuerySet):
    actors = queryset.order_by("-in_gazetteer", "name")
    if actors.count() < 2:
        modeladmin.message_user(request, "Choose at least two actors to merge.", messages.WARNING)
        return None
    form = MergeActorsForm(request.POST if "apply" in request.POST else None, actors=actors)
    if form.is_valid():
        survivor = form.cleaned_data["survivor"]
        others = [a for a in actors if a.pk != survivor.pk]
        curation.merge_actors(survivor, others)
        modeladmin.log_change(request, survivor, f"Merged {[a.name for a in others]} into it.")
        for other in others:
            modeladmin.log_change(request, other, f"Merged into {survivor.name}.")
        modeladmin.message_user(request, f"Merged {len(others)} actor(s) into {survivor.name}.")
        return None
    return TemplateResponse(
        request,
        "admin/dashboard/merge.html",
        {**modeladmin.admin_site.each_context(request), "title": "Merge actors", "form": form,
         "objects": actors, "action": "merge_actors", "opts": modeladmin.model._meta},
    )  # fmt: skip


class NewActorFilter(admin.SimpleListFilter):
    title = "to review"
    parameter_name = "to_review"

    def lookups(self, request, model_admin):
        return [("new", "New actors not yet reviewed")]

    def queryset(self, request, queryset):
        if self.value() == "new":
            return queryset.filter(is_new=True, review="auto", merged_into__isnull=True)
        return queryset


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "description", "in_gazetteer", "is_new",
                    "review", "edited", "merged_into"]  # fmt: skip
    list_filter = [NewActorFilter, "kind", "is_new", "in_gazetteer", "review", "country"]
    search_fields = ["name", "aliases", "description"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ActorRoleInline]
    actions = [mark_verified, mark_rejected, merge_actors]
    readonly_fields = ["merged_into"]

    def save_model(self, request: HttpRequest, obj: Actor, form, change: bool) -> None:
        if change and form.changed_data:
            obj.edited = True
        super().save_model(request, obj, form, change)


# ---------------------------------------------------------------------- articles
class AddArticleForm(forms.Form):
    """An article pasted or uploaded, checked by the rules every article meets (sources.py:
    size, NUL characters, metadata, http(s) links only); `cleaned_data["article"]` is the
    ArticleInput to store."""

    file = forms.FileField(required=False, help_text="A .txt or .md file (front matter allowed).")
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 16}), required=False,
                           help_text="Or paste the article here.")  # fmt: skip
    title = forms.CharField(max_length=500, required=False)
    outlet = forms.CharField(max_length=200, required=False)
    url = forms.URLField(max_length=1000, required=False, assume_scheme="https",
                         help_text="An http:// or https:// address.")  # fmt: skip
    published = forms.DateField(required=False, help_text="YYYY-MM-DD; inferred if empty.")
    authors = forms.CharField(max_length=500, required=False)

    def __init__(self, *args, owner: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner  # the curator's user name, part of the article's key

    def clean_url(self) -> str:
        # Django's URLField also takes ftp:// links; Parley stores web addresses only.
        url = self.cleaned_data.get("url", "")
        try:
            return web_address(url) if url else ""
        except InputProblem as problem:
            raise forms.ValidationError(str(problem)) from None

    def clean(self) -> dict:
        data = super().clean()
        if self.errors:
            return data
        metadata, body = {}, data.get("text", "")
        upload = data.get("file")
        name = upload.name if upload else "pasted"
        try:
            if upload:
                if upload.size > MAX_INPUT_BYTES:  # refused unread, as load_corpus does
                    raise InputProblem(str(ArticleTooLong(upload.size)))
                metadata, body = split_front_matter(decode(upload.read()))
            if not body.strip():
                raise forms.ValidationError("Paste the article's text or upload a file.")
            # What the form says wins over the file's front matter.
            given = {key: data.get(key) for key in ("title", "outlet", "url", "authors")}
            given["published"] = data["published"].isoformat() if data.get("published") else None
            merged = {**metadata, **{key: value for key, value in given.items() if value}}
            digest = hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:12]
            key = f"admin/{self.owner}/{name}#{digest}"
            data["article"] = article_from(key, key.split("#")[0], body, merged)
        except InputProblem as problem:
            raise forms.ValidationError(f"{name}: {problem}") from None
        return data


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published", "negotiation", "published_inferred",
                    "source_file"]  # fmt: skip
    list_filter = ["negotiation", "outlet", "published_inferred"]
    search_fields = ["title", "text", "source_file", "outlet"]
    date_hierarchy = "published"
    # A link typed without a scheme is taken as https:// (Django 6's default, chosen now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = ["content_hash", "extraction_version", "loaded_at", "updated_at"]

    def add_view(self, request: HttpRequest, form_url: str = "", extra_context=None):
        """Paste or upload an article with its metadata: extraction runs at once and the new
        events wait for review."""
        if not self.has_add_permission(request):
            return redirect("admin:index")
        form = AddArticleForm(
            request.POST or None, request.FILES or None, owner=request.user.get_username()
        )
        if request.method == "POST" and form.is_valid():
            article = form.cleaned_data["article"]
            from .configured import configured_pipeline  # the NLP only where an article is added

            report = LoadReport()
            outcome = load_article(article, configured_pipeline(), report)
            stored = Article.objects.get(source_key=article.key)
            if outcome == "created":
                self.log_addition(request, stored, "Added from the admin; extraction ran.")
                said = "Article stored"
            else:  # the same URL (or the same file and text) was stored already
                same = "URL" if article.url else "text"
                if outcome == "updated":
                    self.log_change(request, stored, f"Replaced from the admin (same {same}).")
                said = f"An article with the same {same} was stored already; {outcome}"
            self.message_user(
                request,
                f"{said}; {report.events_created} new event(s), "
                f"{report.events_merged} report(s) of events already known. New events are "
                "listed under “needs review”.",
            )
            if report.events_created:
                target = reverse("admin:dashboard_event_changelist") + "?needs_review=yes"
            else:
                target = reverse("admin:dashboard_article_change", args=[stored.pk])
            return HttpResponseRedirect(target)
        return TemplateResponse(
            request,
            "admin/dashboard/article_add.html",
            {**self.admin_site.each_context(request), "title": "Add an article", "form": form,
             "opts": self.model._meta},
        )  # fmt: skip


@admin.register(Participant)
class ParticipantAdmin(admin.ModelAdmin):
    list_display = ["event", "actor", "role"]
    list_filter = ["role"]
    search_fields = ["actor__name", "event__summary"]
    autocomplete_fields = ["event", "actor"]
    list_select_related = ["event", "actor"]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["sentence", "article", "event"]
    search_fields = ["sentence", "article__title"]
    autocomplete_fields = ["event"]
    raw_id_fields = ["article"]
    list_select_related = ["article", "event"]
    readonly_fields = ["report"]  # what the loader's report said: merging reads it


@admin.register(ActorRole)
class ActorRoleAdmin(admin.ModelAdmin):
    list_display = ["actor", "title", "start", "end"]
    search_fields = ["actor__name", "title"]
    autocomplete_fields = ["actor"]


@admin.register(Negotiation)
class NegotiationAdmin(admin.ModelAdmin):
    """Read from corpus/negotiations.toml by every load: listed here, changed in the file."""

    list_display = ["name", "slug", "first_day", "last_day", "order"]
    readonly_fields = ["slug"]
