"""python manage.py check_gold [--counts]

Read every gold file of the development corpus (tests/gold/devcorpus/, docs/annotation.md)
and report what breaks the format or contradicts the texts; with --counts, print the rows
per type, per negotiation and per split.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from dashboard.extraction.gold import check_against_corpus, read_gold
from dashboard.extraction.gold import counts as counts_of
from dashboard.extraction.negotiations import load_negotiations


class Command(BaseCommand):
    help = "Check the development corpus's gold files; --counts prints their rows."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--counts", action="store_true", help="Rows per type, negotiation…")

    def handle(self, *args, counts: bool = False, **options) -> None:
        corpus = settings.PARLEY_DEVCORPUS
        if not (corpus / "manifest.csv").exists():
            raise CommandError(
                f"No development corpus at {corpus}: set PARLEY_DEVCORPUS to its folder."
            )
        negotiations = set(load_negotiations(settings.PARLEY_CORPUS_DIR / "negotiations.toml"))
        texts, problems = read_gold(settings.PARLEY_GOLD_DIR, negotiations)
        problems += check_against_corpus(texts, corpus)
        if counts:
            self.stdout.write(counts_of(texts))
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"{len(problems)} problem(s) in the gold (see above).")
        self.stdout.write(f"{len(texts)} gold files, no problem.")
