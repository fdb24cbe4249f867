"""Curation in the Django admin: review, correct and verify what extraction produced."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from .models import Actor, ActorRole, Article, Event, Mention, Participant
from .templatetags.parley import highlighted_sentence

CURATED_EVENT_FIELDS = {
    "event_type", "status", "date", "date_precision", "end_date", "location", "summary",
    "related_event",
}  # fmt: skip


class ActorRoleInline(admin.TabularInline):
    model = ActorRole
    extra = 0


class ParticipantInline(admin.TabularInline):
    model = Participant
    extra = 0
    autocomplete_fields = ["actor"]


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    fields = ["evidence", "article"]
    readonly_fields = ["evidence", "article"]
    can_delete = True

    @admin.display(description="Evidence")
    def evidence(self, mention: Mention) -> str:
        return highlighted_sentence(mention)

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.action(description="Mark selected as verified")
def mark_verified(modeladmin, request: HttpRequest, queryset: QuerySet) -> None:
    count = queryset.update(review="verified")
    modeladmin.message_user(request, f"{count} marked verified.", messages.SUCCESS)


@admin.action(description="Mark selected as rejected")
def mark_rejected(modeladmin, request: HttpRequest, queryset: QuerySet) -> None:
    count = queryset.update(review="rejected")
    modeladmin.message_user(request, f"{count} marked rejected.", messages.SUCCESS)


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["date_display", "event_type", "status", "summary", "sources", "confidence",
                    "review", "edited"]  # fmt: skip
    list_filter = ["event_type", "status", "review", "edited", "date_precision"]
    search_fields = ["summary", "location", "mentions__sentence", "participants__actor__name"]
    date_hierarchy = "date"
    autocomplete_fields = ["related_event"]
    inlines = [ParticipantInline, MentionInline]
    actions = [mark_verified, mark_rejected]
    readonly_fields = ["edited", "created_at", "updated_at"]
    list_per_page = 50

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return (
            super()
            .get_queryset(request)
            .annotate(source_count=Count("mentions__article", distinct=True))
        )

    @admin.display(description="Date", ordering="date")
    def date_display(self, event: Event) -> str:
        return event.date_display

    @admin.display(description="Sources", ordering="source_count")
    def sources(self, event: Event) -> int:
        return event.source_count

    def save_model(self, request: HttpRequest, obj: Event, form, change: bool) -> None:
        # A person's correction is marked, so reloads never overwrite it.
        if change and CURATED_EVENT_FIELDS & set(form.changed_data):
            obj.edited = True
        super().save_model(request, obj, form, change)


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "in_gazetteer", "is_new", "review", "edited"]
    list_filter = ["kind", "is_new", "in_gazetteer", "review", "country"]
    search_fields = ["name", "aliases", "description"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ActorRoleInline]
    actions = [mark_verified, mark_rejected]

    def save_model(self, request: HttpRequest, obj: Actor, form, change: bool) -> None:
        if change and form.changed_data:
            obj.edited = True
        super().save_model(request, obj, form, change)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published", "published_inferred", "source_file"]
    list_filter = ["outlet", "published_inferred"]
    search_fields = ["title", "text", "source_file", "outlet"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "extraction_version", "loaded_at", "updated_at"]


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


@admin.register(ActorRole)
class ActorRoleAdmin(admin.ModelAdmin):
    list_display = ["actor", "title", "start", "end"]
    search_fields = ["actor__name", "title"]
    autocomplete_fields = ["actor"]
