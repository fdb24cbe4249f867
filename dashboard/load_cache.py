"""What one load keeps in memory between articles, so that storing an article costs a few
queries instead of dozens.

Every extracted event is compared with the stored events it might describe (same merge
group, compatible dates). Asking the database for them, and for their participants, for each
event was most of an ingest's time (~45 queries an article). A LoadCache holds those events
and their participants' names, read once per merge group and year and kept current by the
loader as it creates and refines events, and the actors by name.

The cached events are copies: a curator may change the stored ones in the admin while a
load runs. They are therefore never saved whole. The loader writes only the fields it
changes, on the condition that the row is still machine-made as stored at that moment
(loading._update_if_machine_made), and re-reads an event whose condition failed. Before
participants and mentions are written, flush() reads (and on PostgreSQL locks) their
events as stored: rows for an event a curator merged away go to its survivor, and no
participant is added to an event a curator edited. A curator's change that only affects
merging (their new participants, say) is seen by merging from the next load on. If an
article's transaction fails, everything the article touched is dropped from the cache and
read again when needed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.db import connection

from .extraction.merging import PRINCIPAL_ROLES, Report
from .extraction.negotiations import Negotiation as NegotiationSpec
from .extraction.negotiations import load_negotiations, negotiation_of
from .extraction.ontology import EVENT_TYPES, MULTI_DAY_TYPES, SPECIFIC_ROLES, merge_group
from .extraction.records import DateValue
from .models import Actor, ActorSpan, Event, Mention, Negotiation, Participant

BucketKey = tuple[str, int, int]
ONE_DAY = dt.timedelta(days=1)  # how far apart two days of one meeting may be told


class UnknownNegotiation(ValueError):
    """An article names a negotiation that corpus/negotiations.toml does not define."""


# merge group, year, month (0: dated to the year only)


def parties_reach(names: set[str], nationality: dict[str, str]) -> frozenset[str]:
    return frozenset(names | {nationality[name] for name in names if name in nationality})


def _bucket(event: Event) -> BucketKey:
    month = 0 if event.date_precision == "year" else event.date.month
    return merge_group(event.event_type), event.date.year, month


class LoadCache:
    def __init__(self) -> None:
        self._buckets: dict[BucketKey, dict[int, Event]] = {}
        self._where: dict[int, BucketKey] = {}
        self._years: set[tuple[str, int]] = set()
        self.names: dict[int, set[str]] = {}  # event id -> its parties (no announcers)
        self.roles: dict[int, set[tuple[str, str]]] = {}  # event id -> (party, role) pairs
        self.present: dict[int, set[str]] = {}  # event id -> every participant's actor name
        # event id -> what each article's report of it said (Mention.report_*), see reports()
        self._reports: dict[int, set[Report]] = {}
        self._legacy: set[int] = set()  # events with a mention stored without its report
        self._reach: dict[int, frozenset[str]] = {}  # see reach()
        self.actors: dict[str, Actor | None] = {}  # name -> actor (its survivor), or None
        self._touched: set[tuple[str, int]] = set()
        self._created_actors: set[str] = set()
        # Rows written by flush(), one insert per kind: participants, mentions, actor spans.
        self._pending: tuple[list[Participant], list[Mention], list[tuple]] = ([], [], [])
        self._marks = (0, 0, 0)  # where the current article's pending rows begin
        # Earlier articles' rows that a flush wrote inside the current article's savepoint:
        # if the article fails, the rollback takes them too and they are noted again.
        self._written_inside: tuple[list, list, list] | None = None
        # False: each article's rows are written with it. True (a load_corpus batch): they
        # wait for flush() at the end of the batch, three inserts for fifty articles instead
        # of three per article; the batch's transaction holds them all.
        self.defer_writes = False
        # Keys of input articles known not to be stored yet (from loading.stored_versions), or None.
        self.new_keys: set[str] | None = None
        self._registry: dict[str, NegotiationSpec] | None = None  # corpus/negotiations.toml
        self._negotiation_ids: dict[str, int] | None = None  # slug -> stored id

    # ------------------------------------------------------------------ article scope
    @contextlib.contextmanager
    def article(self) -> Iterator[None]:
        """Wrap one article's transaction: if it fails, forget what it touched."""
        self._touched, self._created_actors = set(), set()
        self._marks = tuple(len(rows) for rows in self._pending)
        self._written_inside = ([], [], [])
        try:
            yield
        except BaseException:
            for group, year in self._touched:
                self._forget_year(group, year)
            for name in self._created_actors:
                self.actors.pop(name, None)
            # Its own rows go; earlier articles' rows stay noted, or are noted again.
            self._pending = tuple(
                written + rows[:mark]
                for written, rows, mark in zip(
                    self._written_inside, self._pending, self._marks, strict=True
                )
            )
            raise
        finally:
            self._written_inside = None

    def reset(self) -> None:
        """Forget every event (after deleting some: a changed article's re-extraction)."""
        self._buckets.clear()
        self._where.clear()
        self._reach.clear()
        self._years.clear()
        self.names.clear()
        self.roles.clear()
        self.present.clear()
        self._reports.clear()
        self._legacy.clear()

    # ------------------------------------------------------------------ events
    def candidates(
        self, event_type: str, date: DateValue, end: dt.date | None = None
    ) -> list[Event]:
        """Stored events of the type's merge group whose date can be the same as `date`
        (a day, or the span to `end`: a day or span that meets it or lies a day from it,
        the days of one meeting told apart (merging.days_of_one_meeting), its month given
        as a month, its year given as a year; a month: any date in it, its year; a year:
        anything in it), in no particular order. A day or span is looked for in its first
        month and, near a month's edge, the month before and the month after (within the
        year)."""
        group, year = merge_group(event_type), date.value.year
        self._load_year(group, year)
        self._touched.add((group, year))
        if date.precision == "year":
            found = [
                e
                for month in range(13)
                for e in self._buckets.get((group, year, month), {}).values()
            ]
        else:
            month = list(self._buckets.get((group, year, date.value.month), {}).values())
            if date.precision == "day":
                # A day either side only for the types that may last several days.
                reach = ONE_DAY if event_type in MULTI_DAY_TYPES else dt.timedelta(0)
                first, last = date.value - reach, (end or date.value) + reach
                if date.value.month > 1:  # a span begun the month before, or its last day
                    month += [
                        e
                        for e in self._buckets.get((group, year, date.value.month - 1), {}).values()
                        if e.date_precision == "day" and (e.end_date is not None or e.date >= first)
                    ]
                if last.month != date.value.month and last.year == year:  # the month after
                    month += [
                        e
                        for e in self._buckets.get((group, year, last.month), {}).values()
                        if e.date_precision == "day" and e.date <= last
                    ]
                month = [
                    e
                    for e in month
                    if e.date_precision == "month"
                    or (e.date <= last and first <= (e.end_date or e.date))
                ]
            found = [*month, *self._buckets.get((group, year, 0), {}).values()]
        return found

    def track(self, event: Event) -> None:
        """Add a new or changed event (and move it if its type or date moved it)."""
        key = _bucket(event)
        group, year, _ = key
        old = self._where.get(event.pk)
        if old is not None and old != key:
            del self._buckets[old][event.pk]
            self._touched.add(old[:2])
        if (group, year) not in self._years:
            self._where.pop(event.pk, None)  # read with its year when first needed
            return
        self._buckets.setdefault(key, {})[event.pk] = event
        self._where[event.pk] = key
        self._touched.add((group, year))
        self.names.setdefault(event.pk, set())
        self.roles.setdefault(event.pk, set())
        self.present.setdefault(event.pk, set())

    def forget(self, event_ids: set[int]) -> None:
        """Drop these events (deleted) from the cache."""
        for event_id in event_ids:
            key = self._where.pop(event_id, None)
            if key is not None:
                self._buckets[key].pop(event_id, None)
            for known in (self.names, self.roles, self.present, self._reach, self._reports):
                known.pop(event_id, None)
            self._legacy.discard(event_id)

    def reread_parties(self, event_id: int) -> None:
        """Some of the event's participants were deleted (its one article is re-extracted):
        read the others again."""
        self._reach.pop(event_id, None)
        if event_id not in self.present:
            return  # not cached: read from the database when needed
        rows = Participant.objects.filter(event_id=event_id).values_list("actor__name", "role")
        self.present[event_id] = {name for name, _ in rows}
        self.names[event_id] = {name for name, role in rows if role != "announcer"}
        self.roles[event_id] = {(name, role) for name, role in rows if role != "announcer"}

    def add_participant(self, event: Event, actor: Actor, role: str) -> None:
        """Note a participant, written with the others by flush()."""
        self._pending[0].append(Participant(event=event, actor=actor, role=role))
        self.present.setdefault(event.pk, set()).add(actor.name)
        if role != "announcer":
            self.names.setdefault(event.pk, set()).add(actor.name)
            self.roles.setdefault(event.pk, set()).add((actor.name, role))
            self._reach.pop(event.pk, None)

    def specify_role(self, event: Event, actor: Actor, role: str) -> None:
        """A further report tells what a party stored as a bare participant did: it
        initiated the happening or was its target (the Taliban of "the talks with the
        Taliban" in one report, of "called off the talks with the Taliban" in the next,
        af-010 s5). The specific role replaces the bare one, as a more precise date replaces
        a month; a specific role already stored is kept (two reports that disagree leave
        the first)."""
        if role not in SPECIFIC_ROLES:
            return
        roles = self.roles.get(event.pk)
        if roles is None or (actor.name, "participant") not in roles:
            return
        if any((actor.name, specific) in roles for specific in SPECIFIC_ROLES):
            return
        self.flush()  # the bare row may still wait to be written
        Participant.objects.filter(event_id=event.pk, actor_id=actor.pk, role="participant").update(
            role=role
        )
        roles.discard((actor.name, "participant"))
        roles.add((actor.name, role))

    def sharing(
        self, events: list[Event], reach: frozenset[str], nationality: dict[str, str]
    ) -> list[Event]:
        """The events whose reach meets `reach`: those that may share a party with it. The
        loop every extracted event runs over its candidates (~120 at 10,000 articles), so
        it reads ids and reaches directly."""
        known, found = self._reach, []
        for event in events:
            theirs = known.get(event.id)
            if theirs is None:
                theirs = self.reach(event.id, nationality)
            if not reach.isdisjoint(theirs):
                found.append(event)
        return found

    def reach(self, event_id: int, nationality: dict[str, str]) -> frozenset[str]:
        """The event's parties and their states. Two events can share a party (merging's
        shared_parties) only if their reaches meet: a cheap test that spares the full
        comparison with most candidates of a busy month."""
        found = self._reach.get(event_id)
        if found is None:
            found = parties_reach(self.names.get(event_id, set()), nationality)
            self._reach[event_id] = found
        return found

    def reports(self, event: Event) -> set[Report]:
        """What the articles that report the event said, one Report per distinct report; for
        an event whose mentions were stored before reports were kept, the event itself as
        one report (its date, type and every party)."""
        found = self._reports.get(event.pk, set())
        if found and event.pk not in self._legacy:
            return found
        roles = frozenset(self.roles.get(event.pk, set()))
        date = DateValue(event.date, event.date_precision)
        pile = Report(event.event_type, event.status, date, event.end_date, roles, event.location)
        return found | {pile}

    def add_report(self, event_id: int, report: Report) -> None:
        """Note what a new report of the event said (its mentions are written by flush())."""
        self._reports.setdefault(event_id, set()).add(report)

    def reread_reports(self, event_ids: Iterable[int]) -> None:
        """Some of these events' mentions changed (an article re-extracted): read what their
        reports said again, when they are cached."""
        cached = {pk for pk in event_ids if pk in self._where}
        for pk in cached:
            self._reports.pop(pk, None)
            self._legacy.discard(pk)
        rows = Mention.objects.filter(event_id__in=cached).values_list("event_id", "report")
        self._note_reports(rows)

    def _note_reports(self, rows: Iterable[tuple]) -> None:
        for event_id, kept in rows:
            report = report_from_json(kept)
            if report is None:
                self._legacy.add(event_id)
            else:
                self._reports.setdefault(event_id, set()).add(report)

    def add_mentions(self, mentions: list[Mention]) -> None:
        """Note an article's evidence, written with the rest by flush()."""
        self._pending[1].extend(mentions)

    def add_spans(self, spans: Iterable[tuple[int, int, int, int]]) -> None:
        """Note where an article names its actors, (article id, actor id, start, end) each,
        written with the rest by flush(). Plain tuples: an article names ~15 actors, and a
        model instance each cost a tenth of a load's writing time."""
        self._pending[2].extend(spans)

    def flush(self) -> None:
        """Write the participants, mentions and actor spans noted so far, in one statement
        each, after checking their events as stored now (see the module's docstring)."""
        participants, mentions, spans = self._pending
        if self._written_inside is not None:  # inside an article's savepoint
            for written, rows, mark in zip(
                self._written_inside, self._pending, self._marks, strict=True
            ):
                written.extend(rows[:mark])
        if participants or mentions:
            participants, mentions = self._as_stored_now(participants, mentions)
        if participants:
            Participant.objects.bulk_create(participants, ignore_conflicts=True)
        if mentions:
            Mention.objects.bulk_create(mentions, ignore_conflicts=True)
        if spans:
            _insert_spans(spans)
        self._pending = ([], [], [])
        self._marks = (0, 0, 0)

    def _as_stored_now(
        self, participants: list[Participant], mentions: list[Mention]
    ) -> tuple[list[Participant], list[Mention]]:
        """Read (and on PostgreSQL lock until the commit) the events these rows belong to:
        a curator may have merged one away (its rows go to the survivor), edited one (it
        takes no new participant) or deleted one (its rows go with it) meanwhile."""
        wanted = {row.event_id for row in [*participants, *mentions]}
        state = _events_as_stored(wanted)
        survivors = {
            pk: _survivor_id(pk, state) for pk, (_, merged_into, _) in state.items() if merged_into
        }
        kept_participants, kept_mentions = [], []
        for row in mentions:
            target = survivors.get(row.event_id, row.event_id)
            if target in state:
                row.event_id = target
                kept_mentions.append(row)
        for row in participants:
            target = survivors.get(row.event_id, row.event_id)
            if target in state and not state[target][0]:
                row.event_id = target
                kept_participants.append(row)
        # Cached copies that no longer say what is stored: read them again.
        stale = (wanted - state.keys()) | survivors.keys()
        for pk, (edited, _, review) in state.items():
            cached = self._cached(pk)
            if cached is not None and (cached.edited, cached.review) != (edited, review):
                stale.add(pk)
        if stale:
            self._refresh(stale)
        return kept_participants, kept_mentions

    def _cached(self, event_id: int) -> Event | None:
        key = self._where.get(event_id)
        return None if key is None else self._buckets[key].get(event_id)

    def _refresh(self, event_ids: set[int]) -> None:
        """Replace cached copies by the events as stored (a curator changed them)."""
        fresh = {event.pk: event for event in Event.objects.filter(pk__in=event_ids)}
        self.forget(event_ids - fresh.keys())
        for event in fresh.values():
            self.track(event)
        self.reread_reports(fresh.keys())

    def _load_year(self, group: str, year: int) -> None:
        if (group, year) in self._years:
            return
        self.flush()  # so that the participants read below include the noted ones
        types = [key for key in EVENT_TYPES if merge_group(key) == group]
        span = {"date__gte": dt.date(year, 1, 1), "date__lt": dt.date(year + 1, 1, 1)}
        for event in Event.objects.filter(event_type__in=types, **span):
            key = _bucket(event)
            self._buckets.setdefault(key, {})[event.pk] = event
            self._where[event.pk] = key
            self.names[event.pk], self.present[event.pk] = set(), set()
            self.roles[event.pk] = set()
        parties = Participant.objects.filter(
            event__event_type__in=types, **{f"event__{k}": v for k, v in span.items()}
        ).values_list("event_id", "actor__name", "role")
        for event_id, name, role in parties:
            self.present[event_id].add(name)
            if role != "announcer":
                self.names[event_id].add(name)
                self.roles[event_id].add((name, role))
        mentions = Mention.objects.filter(
            event__event_type__in=types, **{f"event__{k}": v for k, v in span.items()}
        ).values_list("event_id", "report")
        self._note_reports(mentions)
        self._years.add((group, year))

    def _forget_year(self, group: str, year: int) -> None:
        self._years.discard((group, year))
        for month in range(13):
            for event_id in self._buckets.pop((group, year, month), {}):
                self._where.pop(event_id, None)
                self._reach.pop(event_id, None)
                self.names.pop(event_id, None)
                self.roles.pop(event_id, None)
                self.present.pop(event_id, None)
                self._reports.pop(event_id, None)
                self._legacy.discard(event_id)

    # ------------------------------------------------------------------ negotiations
    @property
    def registry(self) -> dict[str, NegotiationSpec]:
        if self._registry is None:
            self._registry = load_negotiations(settings.PARLEY_CORPUS_DIR / "negotiations.toml")
        return self._registry

    def negotiation_id(self, article) -> int | None:
        """The stored negotiation an input article names (UnknownNegotiation if none is
        called so), or None when it names none."""
        if not article.negotiation:
            return None
        if self._negotiation_ids is None:
            self._negotiation_ids = dict(Negotiation.objects.values_list("slug", "id"))
        found = self._negotiation_ids.get(article.negotiation)
        if found is None:
            known = ", ".join(self._negotiation_ids) or "none: run load_chronology"
            raise UnknownNegotiation(
                f"unknown negotiation {article.negotiation!r} (known: {known})"
            )
        return found

    def event_negotiation(self, extracted, actors: dict, article_negotiation: int | None):
        """The negotiation of a new event: its article's, unless its parties belong to
        exactly one other negotiation and none to the article's (negotiations.negotiation_of)."""
        if self._negotiation_ids is None:
            self._negotiation_ids = dict(Negotiation.objects.values_list("slug", "id"))
        slugs = {pk: slug for slug, pk in self._negotiation_ids.items()}
        parties = [actors[p.actor] for p in extracted.participants if p.actor in actors]
        slug = negotiation_of(
            {actor.country for actor in parties if actor.country},
            {actor.name for actor in parties},
            slugs.get(article_negotiation),
            self.registry,
        )
        return self._negotiation_ids.get(slug) if slug else None

    # ------------------------------------------------------------------ actors
    def actor_created(self, actor: Actor) -> None:
        self.actors[actor.name] = actor
        self._created_actors.add(actor.name)


def report_json(report: Report) -> dict:
    """What a report said, as Mention.report keeps it."""
    return {
        "type": report.type,
        "status": report.status,
        "date": report.date.value.isoformat(),
        "precision": report.date.precision,
        "end": report.end.isoformat() if report.end else None,
        "parties": sorted([name, role] for name, role in report.roles),
        "location": report.location[:200],
    }


def report_from_json(kept: dict | None) -> Report | None:
    """The Report a mention keeps, or None for a mention stored without one."""
    if not kept:
        return None
    try:
        date = DateValue(dt.date.fromisoformat(kept["date"]), kept["precision"])
        end = dt.date.fromisoformat(kept["end"]) if kept.get("end") else None
        roles = frozenset(
            (name, role) for name, role in kept.get("parties", []) if role in PRINCIPAL_ROLES
        )
        return Report(kept["type"], kept["status"], date, end, roles, kept.get("location", ""))
    except (KeyError, TypeError, ValueError):
        return None  # not what report_json writes: judged by the event instead


def _events_as_stored(event_ids: set[int]) -> dict[int, tuple[bool, int | None, str]]:
    """id -> (edited, merged_into, review) as stored now, locked on PostgreSQL until the
    commit (in id order, so two writers lock alike), in batches under SQLite's limit on
    query parameters."""
    ids, found = sorted(event_ids), {}
    for start in range(0, len(ids), 500):
        rows = (
            Event.objects.select_for_update()
            .filter(pk__in=ids[start : start + 500])
            .order_by("pk")
            .values_list("pk", "edited", "merged_into_id", "review")
        )
        found.update((pk, tuple(rest)) for pk, *rest in rows)
    return found


def _survivor_id(event_id: int, state: dict) -> int:
    """Follow merged_into links (read from the database past what `state` holds)."""
    seen = {event_id}
    merged_into = state[event_id][1]
    while merged_into is not None and merged_into not in seen:
        seen.add(merged_into)
        event_id = merged_into
        if event_id not in state:
            state.update(_events_as_stored({event_id}))
        merged_into = state[event_id][1] if event_id in state else None
    return event_id


def _insert_spans(spans: list[tuple[int, int, int, int]]) -> None:
    table = connection.ops.quote_name(ActorSpan._meta.db_table)
    columns = ", ".join(
        connection.ops.quote_name(ActorSpan._meta.get_field(name).column)
        for name in ("article", "actor", "start", "end")
    )
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s, %s)", spans)
