"""python manage.py load_corpus [PATH ...] [--dry-run] [--workers N] [--batch N]
[--negotiation SLUG] [--wait SECONDS]: a thin command over the loading service (ingest.py)."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from dashboard import aggregates
from dashboard.ingest import BATCH, Ingest, UnknownNegotiation
from dashboard.locking import LoadInProgress, load_lock
from parley.memory import collecting_less


class Command(BaseCommand):
    help = (
        "Load articles and extract their actors and events. With no PATH, loads seeds/ and "
        "corpus/. A PATH may be a .txt/.md file, a .jsonl file or a folder of them."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="*", type=Path, metavar="PATH")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would change; write nothing."
        )
        parser.add_argument(
            "--workers", type=int, default=1, metavar="N",
            help="Extract in N parallel processes (default 1); writes stay in this one.",
        )  # fmt: skip
        parser.add_argument(
            "--batch", type=int, default=BATCH, metavar="N",
            help=f"Commit every N articles (default {BATCH}); each article is all or nothing.",
        )  # fmt: skip
        parser.add_argument(
            "--negotiation", metavar="SLUG",
            help="The negotiation (corpus/negotiations.toml) of articles that name none.",
        )  # fmt: skip
        parser.add_argument(
            "--wait", type=float, default=0.0, metavar="SECONDS",
            help="If another load is running, wait up to SECONDS for it (default: refuse).",
        )  # fmt: skip

    def handle(self, *args, paths: list[Path], dry_run: bool, wait: float, **options) -> None:
        verbose = options["verbosity"] >= 2

        def said(outcome: str, article) -> None:
            if verbose or (dry_run and outcome != "unchanged"):
                self.stdout.write(f"{'would be ' if dry_run else ''}{outcome}: {article.key}")

        ingest = Ingest(
            dry_run=dry_run, workers=options["workers"], batch=options["batch"],
            negotiation=options["negotiation"], on_article=said,
            on_failure=lambda message: self.stderr.write(f"failed: {message}"),
        )  # fmt: skip
        # Two loads at once could each store the same new event; a dry run writes nothing.
        try:
            with nullcontext() if dry_run else load_lock(wait), collecting_less():
                report = ingest.run(paths)
        except LoadInProgress as busy:
            raise CommandError(
                f"{busy}. Nothing was loaded: wait for it to finish or pass --wait SECONDS."
            ) from None
        except UnknownNegotiation as unknown:
            raise CommandError(f"--negotiation {unknown}") from None
        prefix = "Dry run, nothing written: " if dry_run else ""
        self.stdout.write(prefix + report.summary())
        if not dry_run and aggregates.shared():
            aggregates.warm()  # the first visitor after the load finds the main pages ready
        if report.failed:
            raise CommandError(f"{len(report.failed)} input(s) could not be loaded (see above).")
