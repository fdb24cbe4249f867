"""python manage.py evaluate_corpus [--details dev|test] [--record-floors]

Measure extraction on the development corpus (settings.PARLEY_DEVCORPUS) against its gold
(tests/gold/devcorpus/, docs/annotation.md): load every text with load_corpus into the
database DATABASE_URL names (an empty one: `make evaluate` makes a fresh SQLite file), score
the stored events per split and per negotiation, print the figures, and fail if a figure
falls below its floor in tests/gold/devcorpus/floors.toml (wrong merges: rises above it).
Then load the reference chronology and print how many of its events extraction found.

Rules are written while reading the errors of the dev part (`--details dev`); the test
part's figures are reported, never tuned against.
"""

from __future__ import annotations

import math
import tomllib
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from dashboard.chronology import store_chronology
from dashboard.corpus_evaluation import Evaluation, evaluate, texts_by_negotiation
from dashboard.extraction.chronology import read_chronology, reserved_pages
from dashboard.extraction.gazetteer import Gazetteer
from dashboard.extraction.gold import check_against_corpus, read_gold
from dashboard.extraction.negotiations import load_negotiations
from dashboard.ingest import Ingest
from dashboard.models import Article, Event

CEILINGS = {"wrong_merges", "unsupported_years"}  # lower is better: the floor is a ceiling


class Command(BaseCommand):
    help = "Score extraction on the development corpus against its gold (dev and test parts)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--details", choices=["dev", "test"], help="List the errors of one part."
        )
        parser.add_argument(
            "--record-floors", action="store_true",
            help="Write the figures of this run as the floors (tests/gold/devcorpus/floors.toml).",
        )  # fmt: skip

    def handle(self, *args, details: str | None, record_floors: bool, **options) -> None:
        corpus = settings.PARLEY_DEVCORPUS
        if not (corpus / "manifest.csv").exists():
            raise CommandError(f"No development corpus at {corpus}: set PARLEY_DEVCORPUS.")
        if Article.objects.exists():
            raise CommandError(
                "The database holds articles already: evaluate on an empty one of its own "
                "(make evaluate makes a fresh SQLite file)."
            )
        registry = load_negotiations(settings.PARLEY_CORPUS_DIR / "negotiations.toml")
        gold, problems = read_gold(settings.PARLEY_GOLD_DIR, set(registry))
        problems += check_against_corpus(gold, corpus)
        if problems:
            raise CommandError("The gold has problems (manage.py check_gold):\n" +
                               "\n".join(problems[:20]))  # fmt: skip
        self._load(corpus)
        gazetteer = Gazetteer.from_file(
            settings.PARLEY_CORPUS_DIR / "gazetteer.toml",
            settings.PARLEY_CORPUS_DIR / "countries.tsv",
        )
        nationality = gazetteer.nationality()
        evaluation, _ = evaluate(gold, corpus, nationality)
        if evaluation.unloaded:
            raise CommandError(f"Not stored: {', '.join(evaluation.unloaded[:10])}")
        self.stdout.write(_table(evaluation))
        if details:
            self.stdout.write(_details(evaluation, details))
        self.stdout.write(self._chronology_recall(registry, nationality))
        floors_file = settings.PARLEY_GOLD_DIR / "floors.toml"
        if record_floors:
            floors_file.write_text(_floors_toml(evaluation), encoding="utf-8")
            self.stdout.write(f"Floors written to {floors_file}.")
            return
        failures = _below_floors(evaluation, floors_file)
        if failures:
            raise CommandError("Below the recorded floors:\n  " + "\n  ".join(failures))
        self.stdout.write("Every figure is at or above its floor.")

    def _load(self, corpus: Path) -> None:
        for slug, paths in texts_by_negotiation(corpus).items():
            report = Ingest(negotiation=slug, on_failure=self.stderr.write, progress=False).run(
                paths
            )
            self.stdout.write(f"{slug}: {report.summary()}")
            if report.failed:
                raise CommandError(f"{len(report.failed)} text(s) could not be loaded.")

    def _chronology_recall(self, registry, nationality: dict[str, str]) -> str:
        reserved = reserved_pages(settings.PARLEY_DEVCORPUS.parent / "reserved-pages.txt")
        chronology = read_chronology(settings.PARLEY_CHRONOLOGY_DIR, set(registry), reserved)
        if chronology.problems or not chronology.events:
            return "\nReference chronology: not measured (no chronology, or it has problems)."
        store_chronology(chronology, registry, nationality)
        lines = ["", "Reference chronology: its events that extraction from the corpus found "
                 "(a stored report of the same happening)"]  # fmt: skip
        references = Event.objects.filter(reference_key__isnull=False).select_related("negotiation")
        totals: dict[str, list[int]] = {}
        for event in references:
            found = event.merged.exists()
            for key in (event.negotiation.slug, "all"):
                total = totals.setdefault(key, [0, 0])
                total[0] += found
                total[1] += 1
        for key, (found, total) in sorted(totals.items(), key=lambda kv: kv[0] == "all"):
            lines.append(f"  {key:<16} {found:>4} of {total:<4} {found / total:.2f}")
        return "\n".join(lines)


def _table(evaluation: Evaluation) -> str:
    header = (
        f"{'part':<5} {'negotiation':<16} {'req':>4} {'found':>5} {'pred':>5} "
        f"{'P':>5} {'R':>5} {'F1':>5} {'date':>5} {'stat':>5} {'type':>5} {'roles':>5} "
        f"{'events':>6} {'wrong merges':>13} {'unsupported years':>17}"
    )
    lines = ["", header]
    for (split, negotiation), s in sorted(
        evaluation.scores.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all", kv[0][1])
    ):
        f = s.figures()
        lines.append(
            f"{split:<5} {negotiation:<16} {s.required:>4} {s.found:>5} {s.predicted:>5} "
            f"{f['precision']:>5.2f} {f['recall']:>5.2f} {f['f1']:>5.2f} "
            f"{f['exact_date']:>5.2f} {f['status']:>5.2f} {f['type']:>5.2f} {f['roles']:>5.2f} "
            f"{s.events:>6} {s.wrong_merges:>5} ({f['wrong_merges']:.1%})"
            f" {s.unsupported_years:>9} ({f['unsupported_years']:.1%})"
        )
    lines.append(
        "(req: required gold happenings; found: of those, matched; pred: stored events with a "
        "mention in the part's texts, counted per text; date/stat/type/roles: of matched pairs)"
    )
    lines += ["", "The same matched pairs judged by each text's own report instead of the merged "
              "event (no floors; the gap to the table above is the yardstick: a text that knew "
              "only the month, or a plan since held):",
              f"{'part':<5} {'negotiation':<16} {'date':>5} {'stat':>5}"]  # fmt: skip
    for (split, negotiation), s in sorted(
        evaluation.scores.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all", kv[0][1])
    ):
        f = s.as_reported()
        lines.append(f"{split:<5} {negotiation:<16} {f['exact_date']:>5.2f} {f['status']:>5.2f}")
    return "\n".join(lines)


def _details(evaluation: Evaluation, split: str) -> str:
    errors = evaluation.errors.get(split)
    if errors is None:
        return ""
    out = []
    for name in errors.__dataclass_fields__:
        rows = getattr(errors, name)
        out.append(f"\n{name.replace('_', ' ')} ({len(rows)}):")
        out.extend(f"  {row}" for row in rows)
    return "\n".join(out)


def _floors_toml(evaluation: Evaluation) -> str:
    lines = [
        "# The figures `make evaluate` may not fall below (wrong_merges and unsupported_years:",
        "# not rise above),",
        "# written by `manage.py evaluate_corpus --record-floors` from the engine's figures.",
    ]
    for (split, negotiation), s in sorted(evaluation.scores.items()):
        lines.append(f'\n["{split}"."{negotiation}"]')
        for name, value in s.figures().items():
            rounded = math.ceil(value * 100) / 100 if name in CEILINGS else (
                math.floor(value * 100) / 100
            )  # fmt: skip
            lines.append(f"{name} = {rounded:.2f}")
    return "\n".join(lines) + "\n"


def _below_floors(evaluation: Evaluation, path: Path) -> list[str]:
    if not path.exists():
        return [f"no floors recorded ({path}): run evaluate_corpus --record-floors"]
    floors = tomllib.loads(path.read_text(encoding="utf-8"))
    failures = []
    for split, by_negotiation in floors.items():
        for negotiation, figures in by_negotiation.items():
            scores = evaluation.scores.get((split, negotiation))
            if scores is None:
                failures.append(f"{split} {negotiation}: no longer measured")
                continue
            now = scores.figures()
            for name, floor in figures.items():
                value = round(now[name], 4)
                if (value > floor) if name in CEILINGS else (value < floor):
                    failures.append(f"{split} {negotiation} {name}: {value:.2f} (floor {floor})")
    return failures
