"""python manage.py benchmark_extraction [--rounds N] [--copies N] [--texts ...]

Words per second of the full extraction pipeline and of bare spaCy tokenisation of the same
texts (the seeds and the gold test articles), and their ratio. The bare tokenisation uses a
tokenizer of its own with the pipeline's rules, caching as spaCy does by itself: the
pipeline fills its tokenizer's cache ahead (text.parse), which would otherwise speed up the
baseline it is compared with. A benchmark, not a test: it
prints figures. Rounds alternate between the two so that machine noise hits both; the best
round of each is compared, as the least disturbed measurement of each.

`--texts long` times one article near the size limit instead: a paragraph of news repeated
on one line (repeated lines are page furniture) to 0.5 and to 1.5 MB. Extraction should cost
about three times as much for three times the text; code that compared every mention or
sentence with every other made a 1.5 MB article take minutes.
"""

from __future__ import annotations

import datetime as dt
import platform
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from dashboard.configured import configured_pipeline
from dashboard.extraction.evaluation import article_text
from dashboard.extraction.text import build_english


class Command(BaseCommand):
    help = "Print words per second: full extraction pipeline against bare tokenisation."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--rounds", type=int, default=7)
        parser.add_argument("--copies", type=int, default=20, help="Repeat the texts N times.")
        parser.add_argument(
            "--texts",
            choices=["all", "seeds", "articles", "long"],
            default="all",
            help="The seed news articles, the short gold test articles, both, or long articles.",
        )

    def handle(self, *args, rounds: int, copies: int, texts: str, **options) -> None:
        if texts == "long":
            self._long_articles()
            return
        base = Path(settings.BASE_DIR)
        files = []
        if texts in {"all", "seeds"}:
            files += sorted((base / "seeds").glob("*.txt"))
        if texts in {"all", "articles"}:
            files += sorted((base / "tests" / "gold" / "articles").glob("*.md"))
        corpus = [article_text(path) for path in files] * copies
        bare_tokenizer = build_english()
        words = sum(len(bare_tokenizer.make_doc(text)) for text in corpus)
        pipeline = configured_pipeline(curated=False)
        published = dt.date(2018, 8, 25)
        pipeline.extract(corpus[0], published)  # warm caches

        def tokenize_all() -> None:
            for text in corpus:  # each result is dropped, as load_corpus drops it once stored
                bare_tokenizer.make_doc(text)

        def extract_all() -> None:
            for text in corpus:
                pipeline.extract(text, published)

        bare, full = [], []
        for _ in range(rounds):
            bare.append(_seconds(tokenize_all))
            full.append(_seconds(extract_all))

        self.stdout.write(
            f"{texts}: {len(files)} texts x {copies} = {len(corpus)} texts, {words:,} tokens, "
            f"{rounds} rounds; {platform.processor() or platform.machine()}, "
            f"Python {platform.python_version()}"
        )
        for name, times in (("bare tokenisation", bare), ("full pipeline", full)):
            self.stdout.write(
                f"{name:<18} best {words / min(times):>9,.0f} words/s   "
                f"median {words / statistics.median(times):>9,.0f} words/s"
            )
        self.stdout.write(
            f"ratio (full / bare time): best {min(full) / min(bare):.2f}x, "
            f"median {statistics.median(full) / statistics.median(bare):.2f}x"
        )

    def _long_articles(self) -> None:
        pipeline = configured_pipeline(curated=False)
        published = dt.date(2018, 7, 8)
        paragraph = (
            "Secretary of State Mike Pompeo met Kim Yong-chol in Pyongyang on Friday to discuss "
            "the summit. North Korea said on Saturday that the talks were regrettable. "
        )
        timings = []
        for megabytes in (0.5, 1.5):
            text = paragraph * int(megabytes * 1e6 / len(paragraph))
            seconds = _seconds(lambda text=text: pipeline.extract(text, published))
            timings.append(seconds)
            self.stdout.write(f"{len(text) / 1e6:.2f} MB article: {seconds:.1f} s")
        self.stdout.write(f"1.5 MB / 0.5 MB time: {timings[1] / timings[0]:.1f}x (linear: 3x)")


def _seconds(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start
