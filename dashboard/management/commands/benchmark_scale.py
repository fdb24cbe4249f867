"""python manage.py benchmark_scale [--events N --articles N --actors N] [--requests N]

Server time of the dashboard's pages and API endpoints on a large database, and the memory
a full CSV export takes. A benchmark, not a test: it prints figures.

The database named by DATABASE_URL is filled with synthetic rows (bulk inserts, no
extraction) until it holds the asked numbers of events, articles and actors; use a database
of its own (`make bench` does). Each URL is requested --requests times through Django's
test client; p50 and p95 are of the view's own time, the same figure a gunicorn worker
spends before the network. "cold" is the first request after the data changed, when the
page's aggregates (dashboard/caching.py) are computed afresh.

Then the costliest searches the bounds of the text box allow (search.SEARCH_LIMITS): words
found in every synthetic summary or sentence, so that each index look-up returns every row,
as many look-ups as the bounds permit, and phrases (whose word positions PostgreSQL must
check row by row). For each: the time to find its events with nothing cached (what every
new search costs), and the events page and API with it, cold and repeated.
"""

from __future__ import annotations

import datetime as dt
import platform
import random
import statistics
import time
import warnings

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import override_settings
from django.utils.http import urlencode

from dashboard import aggregates, caching
from dashboard.extraction.ontology import EVENT_TYPES
from dashboard.measure import percentile, rss_mb
from dashboard.models import Actor, Article, Event, Mention, Participant
from dashboard.search import SEARCH_LIMITS, SearchLimits, find_events, search_problem
from parley.memory import tune_garbage_collector

STATUSES = ["occurred", "occurred", "occurred", "planned", "cancelled", "postponed"]
BATCH = 5_000
SYNTHETIC_PLACES = ["Washington", "Singapore", "Hanoi", "Panmunjom", "Beijing", "Seoul", ""]
COLD_REQUESTS = 3
WARMED = {"/", "/events/", "/api/events"}  # the pages aggregates.warm() prepares
# Each is in every synthetic summary ("Synthetic event 12: meeting") or every evidence sentence
# ("Synthetic evidence sentence."), and these phrases too.
COMMON_WORDS = ["synthetic", "event", "evidence", "sentence"]
COMMON_PHRASES = ['"synthetic event"', '"evidence sentence"', '"synthetic evidence"']


def worst_searches(limits: SearchLimits = SEARCH_LIMITS) -> list[str]:
    """The costliest searches within `limits`, by shape: each side of an `or` leaving a word
    out (two look-ups a side), phrases in and out (positions checked), every word a side of
    its own, and sides that only leave words out."""
    words, sides = limits.words, limits.alternatives

    def common(n: int) -> str:
        return COMMON_WORDS[n % len(COMMON_WORDS)]

    def phrase(n: int) -> str:
        return COMMON_PHRASES[n % len(COMMON_PHRASES)]

    excluding = [f"{common(n)} -{common(n + 1)}" for n in range(min(sides, words // 2))]
    phrases = [f"{phrase(n)} -{phrase(n + 1)}" for n in range(min(sides, words // 4))]
    plain = [common(n) for n in range(min(sides, words))]
    left_out = [f"-{common(n)}" for n in range(min(sides, words))]
    searches = [" or ".join(shape) for shape in (excluding, phrases, plain, left_out) if shape]
    for text in searches:
        if len(text) > limits.characters or search_problem(text):
            raise CommandError(f"{text!r} is beyond the search bounds")
    return searches


class Command(BaseCommand):
    help = "Print p50/p95 server time of every page and endpoint on a large database."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--events", type=int, default=200_000)
        parser.add_argument("--articles", type=int, default=50_000)
        parser.add_argument("--actors", type=int, default=2_000)
        parser.add_argument("--requests", type=int, default=30, help="Per URL.")

    def handle(self, *args, events: int, articles: int, actors: int, requests: int, **options):
        if events < 1 or articles < 1 or actors < 2:
            raise CommandError("--events and --articles must be positive, --actors at least 2")
        started = time.perf_counter()
        self._fill(events, articles, actors)
        self.stdout.write(
            f"{Event.objects.count():,} events, {Article.objects.count():,} articles, "
            f"{Actor.objects.count():,} actors on {connection.vendor} "
            f"(filled in {time.perf_counter() - started:.0f} s); "
            f"{platform.machine()}, Python {platform.python_version()}, {dt.date.today()}"
        )
        actor = Actor.objects.order_by("-id").first()
        event = Event.objects.order_by("-id").first()
        urls = [
            "/",
            "/events/",
            "/events/?type=cancellation&type=postponement&date_after=2018-01-01&date_before=2018-12-31",
            f"/events/?actor={actor.slug}",
            "/events/?q=summit&_sort=-date&_page=20",
            f"/events/{event.pk}/",
            f"/actors/{actor.slug}/",
            "/api/events",
            "/api/events?type=meeting&status=occurred&_size=500",
            "/api/actors",
            "/api/articles?published_after=2018-06-01",
            "/meetings/",
            "/meetings/?with=states&with=offices",
            "/map/",
            "/map/?type=summit&date_after=2018-01-01",
        ]
        client = Client()
        # Pages are timed as production serves them (DEBUG off: no query log); whitenoise then
        # warns that STATIC_ROOT was never collected, which does not matter here.
        warnings.filterwarnings("ignore", message="No directory at", module="django.core.handlers")
        tune_garbage_collector()  # as parley/wsgi.py does in every web process
        self.stdout.write(
            f"{'cold ms':>8} {'loaded':>8} {'p50 ms':>8} {'p95 ms':>8}  URL (cold: median of "
            f"{COLD_REQUESTS} with nothing cached; loaded: first request after a load that "
            f"warmed the cache, median of {COLD_REQUESTS}, for the pages a load warms; "
            f"p50/p95 of {requests} repeated requests)"
        )
        worst = worst_cold = worst_loaded = 0.0
        with override_settings(
            DEBUG=False, ALLOWED_HOSTS=["testserver"], SECURE_SSL_REDIRECT=False
        ):
            for url in urls:
                cold, warm = self._time(client, url, requests)
                p50, p95 = statistics.median(warm), percentile(warm, 95)
                worst, worst_cold = max(worst, p95), max(worst_cold, statistics.median(cold))
                loaded = "-"
                if url in WARMED:
                    after_load = statistics.median(self._after_load(client, url))
                    worst_loaded = max(worst_loaded, after_load)
                    loaded = f"{after_load:8.1f}"
                self.stdout.write(
                    f"{statistics.median(cold):8.1f} {loaded:>8} {p50:8.1f} {p95:8.1f}  {url}"
                )
            self._export(client)
            search = self._searches(client, requests)
        backend = "shared Redis cache" if aggregates.shared() else "this process's memory cache"
        self.stdout.write(
            f"worst p95: {worst:.1f} ms (target 150 ms); worst first request after a change: "
            f"{worst_cold:.1f} ms; after a load that warmed the cache ({backend}): "
            f"{worst_loaded:.1f} ms (target 150 ms)"
        )
        self.stdout.write(search)

    def _searches(self, client: Client, requests: int) -> str:
        """Time the costliest searches the bounds allow; the summary line."""
        limits = SEARCH_LIMITS
        self.stdout.write(
            f"Costliest searches within the bounds ({limits.characters} characters, "
            f"{limits.alternatives} alternatives, {limits.words} words); find: the search alone, "
            f"nothing cached, p50/p95 of {requests}; page and API: cold and p50/p95 as above"
        )
        self.stdout.write(f"{'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8}  what")
        worst_find = worst_page = worst_page_cold = 0.0
        for text in worst_searches(limits):
            times = []
            for _ in range(requests):
                began = time.perf_counter()
                find_events(text)
                times.append((time.perf_counter() - began) * 1000)
            p50, p95 = statistics.median(times), percentile(times, 95)
            worst_find = max(worst_find, p95)
            self.stdout.write(f"{'':8} {p50:8.1f} {p95:8.1f}  find {text}")
            for path in ("/events/", "/api/events"):
                url = f"{path}?{urlencode({'q': text})}"
                cold, warm = self._time(client, url, requests)
                p50, p95 = statistics.median(warm), percentile(warm, 95)
                if path == "/events/":
                    worst_page = max(worst_page, p95)
                    worst_page_cold = max(worst_page_cold, statistics.median(cold))
                self.stdout.write(f"{statistics.median(cold):8.1f} {p50:8.1f} {p95:8.1f}  {url}")
        return (
            f"worst-case search: {worst_find:.1f} ms p95 to find its events; its events page "
            f"{worst_page:.1f} ms p95, {worst_page_cold:.1f} ms the first time"
        )

    def _time(self, client: Client, url: str, count: int) -> tuple[list[float], list[float]]:
        """Server times of requests after the data changed (nothing cached) and of repeated
        requests (the aggregates cached), in ms."""
        cold = []
        for _ in range(COLD_REQUESTS):
            cache.clear()
            cold.append(self._request(client, url))
        return cold, [self._request(client, url) for _ in range(count)]

    def _after_load(self, client: Client, url: str) -> list[float]:
        """The first request after a load: a new data version, then the warm-up a load runs
        (aggregates.warm), then the request."""
        times = []
        for _ in range(COLD_REQUESTS):
            caching.bump()
            aggregates.warm()
            times.append(self._request(client, url))
        return times

    def _request(self, client: Client, url: str) -> float:
        began = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - began) * 1000
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code}")
        return elapsed

    def _export(self, client: Client) -> None:
        before = peak = rss_mb()
        began = time.perf_counter()
        response = client.get("/events.csv")
        rows = 0
        for chunk in response.streaming_content:
            rows += chunk.count(b"\n")
            if rows % 2_000 == 0:
                peak = max(peak, rss_mb())
        elapsed = time.perf_counter() - began
        self.stdout.write(
            f"CSV export: {rows:,} lines in {elapsed:.1f} s ({rows / elapsed:,.0f} rows/s), "
            f"streamed; resident memory {before:.0f} MB before, {peak:.0f} MB at most while "
            f"streaming (+{peak - before:.0f} MB)"
        )

    def _fill(self, events: int, articles: int, actors: int) -> None:
        rng = random.Random(1)
        have = Actor.objects.count()
        if have < actors:
            with transaction.atomic():
                Actor.objects.bulk_create(
                    [
                        Actor(
                            name=f"Synthetic actor {n}",
                            slug=f"synthetic-actor-{n}",
                            kind=rng.choice(["person", "body", "state"]),
                            country="ZZ",
                        )
                        for n in range(have, actors)
                    ],
                    batch_size=BATCH,
                )
        have = Article.objects.count()
        for start in range(have, articles, BATCH):
            with transaction.atomic():
                Article.objects.bulk_create(
                    [
                        Article(
                            source_key=f"synthetic:{n}",
                            source_file="synthetic.jsonl",
                            title=f"Synthetic article {n}",
                            outlet=f"Outlet {n % 40}",
                            published=dt.date(2017, 1, 1) + dt.timedelta(days=n % 1095),
                            text="Synthetic text.",
                            content_hash=str(n),
                        )
                        for n in range(start, min(articles, start + BATCH))
                    ],
                )
        actor_ids = list(Actor.objects.values_list("id", flat=True))
        article_ids = list(Article.objects.values_list("id", flat=True))
        have = Event.objects.count()
        types = list(EVENT_TYPES)
        for start in range(have, events, BATCH):
            size = min(events, start + BATCH) - start
            with transaction.atomic():
                made = Event.objects.bulk_create(
                    [
                        Event(
                            event_type=kind,
                            status=rng.choice(STATUSES),
                            date=dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(1095)),
                            # Summaries differ by type, as real ones do: a search for
                            # "summit" matches the summits, not every event.
                            summary=f"Synthetic event {start + n}: {kind}",
                            confidence=0.7,
                            # Places for the map, one event in seven without (not drawn from
                            # rng: the other columns stay as they were).
                            location=SYNTHETIC_PLACES[(start + n) % len(SYNTHETIC_PLACES)],
                        )
                        for n, kind in enumerate(rng.choice(types) for _ in range(size))
                    ],
                )
                Participant.objects.bulk_create(
                    [
                        Participant(event_id=e.pk, actor_id=a, role="participant")
                        for e in made
                        for a in rng.sample(actor_ids, 2)
                    ],
                    batch_size=BATCH,
                )
                Mention.objects.bulk_create(
                    [
                        Mention(
                            event_id=e.pk,
                            article_id=rng.choice(article_ids),
                            sentence="Synthetic evidence sentence.",
                            start=0,
                            end=28,
                        )
                        for e in made
                    ],
                    batch_size=BATCH,
                )
        caching.bump()  # bulk inserts send no signals: cached aggregates must go
