"""Articles, actors, events and the mentions that tie an event to the sentences reporting it.

An Event is one real-world happening; a Mention is one sentence of one article that reports
it (GDELT's events/mentions split), so the same summit reported by four articles is one
event with four mentions.
"""

from __future__ import annotations

from django.core.validators import URLValidator
from django.db import models
from django.db.models import Count
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.text import slugify

from .extraction.ontology import (
    ACTOR_KINDS,
    EVENT_TYPES,
    PRECISIONS,
    ROLES,
    STATUSES,
    cameo_code,
)
from .extraction.records import date_label

REVIEW_STATES = {"auto": "Auto", "verified": "Verified", "rejected": "Rejected"}
LOW_CONFIDENCE = 0.6  # events below it are queued for review


class Negotiation(models.Model):
    """A negotiation Parley follows (corpus/negotiations.toml): every article and event
    belongs to one, or to none."""

    slug = models.SlugField(max_length=50, unique=True)
    name = models.CharField(max_length=200)
    description = models.CharField(max_length=300, blank=True)
    order = models.PositiveIntegerField(default=0)
    first_day = models.DateField(null=True, blank=True, help_text="The chronology's period.")
    last_day = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    source_key = models.CharField(
        max_length=500, unique=True, help_text="File path, or path#id for a JSON Lines record."
    )
    source_file = models.CharField(max_length=500, help_text="Path as given to load_corpus.")
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True, db_index=True)
    # Only web addresses: a `javascript:` or `data:` URL must never become a link.
    url = models.URLField(
        max_length=1000, blank=True, validators=[URLValidator(schemes=["http", "https"])]
    )
    published = models.DateField(null=True, blank=True, db_index=True)
    published_inferred = models.BooleanField(
        default=False, help_text="The date was inferred from the text, not given."
    )
    authors = models.CharField(max_length=500, blank=True)
    negotiation = models.ForeignKey(
        Negotiation, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    text = models.TextField()
    content_hash = models.CharField(max_length=64)
    extraction_version = models.CharField(max_length=32, blank=True)
    loaded_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published", "title"]

    def __str__(self) -> str:
        return self.title or self.source_key

    def get_absolute_url(self) -> str:
        return reverse("dashboard:article", args=[self.pk])


class Actor(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=ACTOR_KINDS, default="person", db_index=True)
    country = models.CharField(max_length=2, blank=True, db_index=True, help_text="ISO 3166 code")
    aliases = models.JSONField(default=list, blank=True)
    description = models.CharField(max_length=500, blank=True)
    in_gazetteer = models.BooleanField(default=False)
    is_new = models.BooleanField(
        default=False, db_index=True, help_text="Found in text but not in the gazetteer."
    )
    review = models.CharField(max_length=10, choices=REVIEW_STATES, default="auto", db_index=True)
    edited = models.BooleanField(default=False, help_text="A person changed this record.")
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="merged",
        help_text="A curator merged this actor into that one; extraction uses the survivor.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("dashboard:actor", args=[self.slug])


def unique_slug(name: str) -> str:
    base = slugify(name)[:180] or "actor"
    slug, n = base, 2
    while Actor.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class ActorRole(models.Model):
    """A dated title: Mike Pompeo is CIA director until 2018-04-26, then secretary of state."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=300)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True, help_text="First day no longer held.")

    class Meta:
        ordering = ["start"]

    def __str__(self) -> str:
        return f"{self.title} ({self.start or '…'} – {self.end or '…'})"


def visible_events_q(through: str = "") -> models.Q:
    """What the dashboard shows: events a curator has neither rejected nor merged away;
    `through` reaches them from another model ("event__")."""
    return models.Q(**{f"{through}merged_into__isnull": True}) & ~models.Q(
        **{f"{through}review": "rejected"}
    )


class EventQuerySet(models.QuerySet):
    def visible(self) -> EventQuerySet:
        """What the dashboard shows: everything a curator has neither rejected nor merged away."""
        return self.filter(visible_events_q())

    def needs_review(self) -> EventQuerySet:
        """Machine-made events a curator should look at first."""
        single_source = Count("mentions__article", distinct=True)
        return (
            self.filter(review="auto", merged_into__isnull=True)
            .annotate(sources_for_review=single_source)
            .filter(
                models.Q(confidence__lt=LOW_CONFIDENCE)
                | models.Q(sources_for_review__lte=1)
                | models.Q(date_inferred=True)
            )
        )

    def with_details(self) -> EventQuerySet:
        """Everything the table, the export and the API print, in a fixed number of queries."""
        return self.select_related("related_event").prefetch_related(
            models.Prefetch("participants", queryset=Participant.objects.select_related("actor")),
            models.Prefetch(
                "mentions",
                # The article's text is the one large column and no list shows it.
                queryset=Mention.objects.select_related("article")
                .defer("article__text")
                .order_by("article_id", "start"),
            ),
        )


class Event(models.Model):
    event_type = models.CharField(
        "type", max_length=20, choices={k: t.label for k, t in EVENT_TYPES.items()}
    )
    status = models.CharField(max_length=15, choices=STATUSES, default="occurred")
    date = models.DateField(help_text="First day of the period the precision allows.")
    date_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    end_date = models.DateField(null=True, blank=True)
    location = models.CharField(max_length=200, blank=True)
    summary = models.TextField(blank=True)
    confidence = models.FloatField(default=0.5)
    review = models.CharField(max_length=10, choices=REVIEW_STATES, default="auto")
    edited = models.BooleanField(default=False, help_text="A person changed this record.")
    related_event = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consequences",
        help_text="What a cancellation or postponement cancelled.",
    )
    date_inferred = models.BooleanField(
        default=False, help_text="The date comes from context or a default, not the event's words."
    )
    negotiation = models.ForeignKey(
        Negotiation, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    # An event of the reference chronology (corpus/chronology/): its id there, and a digest of
    # its fields as load_chronology last wrote them (a curator's change shows as a mismatch).
    # NULL, not "", for other events: the id is unique among reference events only, and
    # SQLite adds a nullable column without rebuilding the table (and its search triggers).
    reference_key = models.CharField(max_length=120, null=True, blank=True, editable=False)  # noqa: DJ001
    reference_hash = models.CharField(max_length=32, null=True, blank=True, editable=False)  # noqa: DJ001
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="merged",
        help_text="A curator merged this event into that one; reloads add evidence there.",
        # No index of its own: nearly every event has NULL here, and an index made SQLite
        # walk it (then sort) instead of walking the date index for the newest visible
        # events. Only merging looks events up by it. The covering indexes below hold it.
        db_index=False,
    )
    actors = models.ManyToManyField(Actor, through="Participant", related_name="events")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "id"]
        indexes = [
            models.Index(fields=["date"]),
            # Covering indexes: counts per type or status, the chart series and the month
            # facet over visible events read the index alone, not the table.
            models.Index(
                fields=["event_type", "date", "status", "date_precision", "review", "merged_into"],
                name="event_by_type",
            ),
            models.Index(
                fields=["status", "date", "event_type", "date_precision", "review", "merged_into"],
                name="event_by_status",
            ),
            models.Index(fields=["review", "date"]),
            models.Index(fields=["negotiation", "date"]),
            # The place filter and the map's counts per place, read from the index alone:
            # places are matched in any case (places.location_q), visible events only.
            models.Index(Lower("location"), "review", "merged_into", name="event_by_place"),
        ]
        constraints = [
            # Conditional, so SQLite adds it as an index instead of rebuilding the table
            # (which would drop the full-text triggers of migration 0005).
            models.UniqueConstraint(
                fields=["reference_key"],
                condition=models.Q(reference_key__isnull=False),
                name="one_event_per_reference",
            )
        ]

    def __str__(self) -> str:
        return f"{self.date_display} {self.get_event_type_display()}: {self.summary[:80]}"

    def get_absolute_url(self) -> str:
        return reverse("dashboard:event", args=[self.pk])

    @property
    def date_display(self) -> str:
        return date_label(self.date, self.date_precision)

    @property
    def plover(self) -> str:
        return EVENT_TYPES[self.event_type].plover

    @property
    def cameo(self) -> str:
        related = self.related_event.event_type if self.related_event is not None else None
        return cameo_code(self.event_type, related)


class Participant(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(max_length=12, choices=ROLES, default="participant")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "actor", "role"], name="one_role_per_actor")
        ]
        indexes = [
            # The role filter without actors (?role=target): the events of a role are read
            # from the index alone. With actors, the actor's own index comes first.
            models.Index(fields=["role", "event"], name="participant_by_role"),
        ]

    def __str__(self) -> str:
        return f"{self.actor} ({self.role})"


class Mention(models.Model):
    """One sentence of one article that reports an event: the evidence."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    sentence = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the sentence in the article text.")
    end = models.PositiveIntegerField()
    trigger = models.CharField(max_length=100, blank=True)
    trigger_start = models.PositiveIntegerField(null=True, blank=True)
    trigger_end = models.PositiveIntegerField(null=True, blank=True)
    # What this article's report said before merging folded it into the event (type,
    # status, date, precision, end, parties as [name, role] pairs, place): merging compares a
    # new report with each stored report, not with the parties they add up to. None: a
    # mention stored before reports were kept (merging then uses the event itself).
    # Nullable, so that SQLite adds the column without rebuilding the table (and its
    # full-text triggers, 0005).
    report = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "article", "start", "trigger_start"],
                name="one_mention_per_trigger",
            )
        ]

    def __str__(self) -> str:
        return self.sentence[:100]


class ReferenceSource(models.Model):
    """A public page a reference-chronology event cites (it need not be a loaded article)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="references")
    url = models.URLField(max_length=1000, validators=[URLValidator(schemes=["http", "https"])])
    outlet = models.CharField(max_length=200)
    title = models.CharField(max_length=500)
    published = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["event_id", "published", "id"]

    def __str__(self) -> str:
        return f"{self.outlet}: {self.title}"


class ActorSpan(models.Model):
    """Where an article names an actor, found at load time, so that an article's page marks
    its actors without running extraction in a web process. A curator's merge of actors
    moves the spans to the survivor."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="actor_spans")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="spans")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["article_id", "start"]
        indexes = [models.Index(fields=["article", "start"])]

    def __str__(self) -> str:
        return f"{self.actor} at {self.start}-{self.end}"


class DataVersion(models.Model):
    """One row whose token changes whenever the record changes (see dashboard/caching.py).

    Cached aggregates are keyed by it, so every web process, on any host, stops using them
    the moment a load or a curator's edit commits."""

    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.token
