"""python manage.py load_chronology [--check] [--counts]

Load Parley's reference chronology (corpus/chronology/*.toml) as curator-verified events,
idempotently; --check only reads and checks the files, writing nothing.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from dashboard import aggregates
from dashboard.chronology import store_chronology
from dashboard.extraction.chronology import read_chronology, reserved_pages
from dashboard.extraction.gazetteer import Gazetteer
from dashboard.extraction.negotiations import load_negotiations
from dashboard.loading import sync_gazetteer


class Command(BaseCommand):
    help = "Load the reference chronology of corpus/chronology/ (--check: only check it)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--check", action="store_true", help="Check the files; write nothing.")
        parser.add_argument("--counts", action="store_true", help="Events per negotiation, type.")

    def handle(self, *args, check: bool = False, counts: bool = False, **options) -> None:
        negotiations = load_negotiations(settings.PARLEY_CORPUS_DIR / "negotiations.toml")
        reserved = reserved_pages(settings.PARLEY_DEVCORPUS.parent / "reserved-pages.txt")
        chronology = read_chronology(settings.PARLEY_CHRONOLOGY_DIR, set(negotiations), reserved)
        if counts or check:
            self.stdout.write(chronology.counts())
        for problem in chronology.problems:
            self.stderr.write(problem)
        if chronology.problems:
            raise CommandError(f"{len(chronology.problems)} problem(s) in the chronology.")
        if check:
            return
        # The gazetteer's actors first, so that the chronology's names find them typed.
        gazetteer = Gazetteer.from_file(
            settings.PARLEY_CORPUS_DIR / "gazetteer.toml",
            settings.PARLEY_CORPUS_DIR / "countries.tsv",
        )
        sync_gazetteer(gazetteer)
        self.stdout.write(store_chronology(chronology, negotiations, gazetteer.nationality()))
        if aggregates.shared():
            aggregates.warm()  # the first visitor after the load finds the main pages ready
