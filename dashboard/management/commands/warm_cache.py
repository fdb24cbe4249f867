"""python manage.py warm_cache

Compute the main pages' aggregates (every negotiation's overview, the events table, the API's
first page) for the data as it stands, into the cache. load_corpus and load_chronology do it
after every load when the cache is shared (REDIS_URL); run it by hand after other changes.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from dashboard import aggregates


class Command(BaseCommand):
    help = "Compute the main pages' aggregates into the cache."

    def handle(self, *args, **options) -> None:
        began = time.perf_counter()
        pages = aggregates.warm()
        where = "the shared cache" if aggregates.shared() else "this process's memory cache"
        self.stdout.write(
            f"Warmed {len(pages)} pages in {where} in {time.perf_counter() - began:.1f} s: "
            + ", ".join(pages)
        )
