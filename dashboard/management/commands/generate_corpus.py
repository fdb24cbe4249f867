"""python manage.py generate_corpus --articles N --out FILE.jsonl [--seed S]"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from dashboard.synthetic import CorpusGenerator, write_jsonl


class Command(BaseCommand):
    help = (
        "Write a synthetic corpus of N news articles as JSON Lines, from Parley's own templates "
        "and gazetteer: known and invented actors, dated events reported by several outlets."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--articles", type=int, required=True, metavar="N")
        parser.add_argument("--out", type=Path, required=True, metavar="FILE.jsonl")
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same corpus.")

    def handle(self, *args, articles: int, out: Path, seed: int, **options) -> None:
        if articles < 1:
            raise CommandError("--articles must be at least 1")
        generator = CorpusGenerator.from_corpus(Path(settings.PARLEY_CORPUS_DIR), seed)
        try:
            with out.open("w", encoding="utf-8") as stream:
                count = write_jsonl(generator.articles(articles), stream)
        except OSError as error:
            raise CommandError(f"{out}: cannot write: {error.strerror}") from None
        self.stdout.write(f"{count} articles written to {out}")
