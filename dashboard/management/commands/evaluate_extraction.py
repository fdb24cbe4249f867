"""python manage.py evaluate_extraction [--gold DIR] [--details]"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from dashboard.configured import configured_pipeline
from dashboard.extraction.evaluation import evaluate, format_report, load_gold

DEFAULT_GOLD = Path("tests") / "gold"


class Command(BaseCommand):
    help = "Score extraction against the gold annotations: P/R/F1 per type, dates, actors."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--gold", type=Path, action="append",
            help="Folder of gold .toml files (repeatable; default: tests/gold/seeds and "
            "tests/gold/articles, each scored on its own).",
        )  # fmt: skip
        parser.add_argument(
            "--details", action="store_true", help="List missed events and false alarms."
        )

    def handle(self, *args, gold: list[Path] | None, details: bool, **options) -> None:
        base = settings.BASE_DIR
        folders = gold or [base / DEFAULT_GOLD / "seeds", base / DEFAULT_GOLD / "articles"]
        pipeline = configured_pipeline(curated=False)
        for folder in folders:
            articles = load_gold(folder, base)
            report = evaluate(pipeline, articles)
            self.stdout.write(f"\n== {folder} ({len(articles)} articles)\n")
            self.stdout.write(format_report(report))
            if details:
                self.stdout.write("\nMissed:\n  " + "\n  ".join(report.misses or ["none"]))
                self.stdout.write(
                    "\nFalse alarms:\n  " + "\n  ".join(report.false_alarms or ["none"])
                )
                self.stdout.write(
                    "\nWrong dates:\n  " + "\n  ".join(report.wrong_dates or ["none"])
                )
