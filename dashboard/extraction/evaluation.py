"""Score the pipeline against gold annotations (tests/gold/). Pure Python, no Django.

A predicted event matches a gold event when
- their types fall in one group (meeting/summit/visit/talks; cancellation/postponement;
  otherwise the same type),
- the predicted date agrees with the gold date at the gold's precision (a prediction less
  precise than the gold does not agree), and
- at least one actor agrees.
Each gold event matches at most one prediction and the other way round (greedy, exact type
and more shared actors first).

Reported: precision, recall and F1 per type and overall; date accuracy (of gold events
found by type and actor, the share whose date agrees); actor accuracy (share of each matched
gold event's actors found); status accuracy; and the error of the publication date inferred
from the text alone.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .ontology import EVENT_TYPES, PRECISION_RANK, merge_group
from .pipeline import Pipeline
from .records import DateValue, Event


@dataclass(frozen=True)
class GoldEvent:
    type: str
    status: str
    date: DateValue
    actors: frozenset[str]
    location: str = ""
    evidence: str = ""


@dataclass
class GoldArticle:
    gold_file: Path
    source: Path
    published: dt.date
    events: list[GoldEvent]
    published_given: bool = True  # False: the pipeline must infer the date from the text


@dataclass
class Scores:
    """Precision counts predictions of a type that matched; recall, gold events found."""

    predicted: int = 0
    predicted_hits: int = 0
    gold: int = 0
    gold_hits: int = 0

    @property
    def precision(self) -> float:
        return self.predicted_hits / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.gold_hits / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    overall: Scores = field(default_factory=Scores)
    by_type: dict[str, Scores] = field(default_factory=dict)
    date_found: int = 0
    date_right: int = 0
    actor_shares: list[float] = field(default_factory=list)
    status_right: int = 0
    published_errors: list[int | None] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_dates: list[str] = field(default_factory=list)

    @property
    def date_accuracy(self) -> float:
        return self.date_right / self.date_found if self.date_found else 1.0

    @property
    def actor_accuracy(self) -> float:
        return sum(self.actor_shares) / len(self.actor_shares) if self.actor_shares else 1.0

    @property
    def status_accuracy(self) -> float:
        matched = self.overall.gold_hits
        return self.status_right / matched if matched else 1.0

    def type_scores(self, event_type: str) -> Scores:
        return self.by_type.setdefault(event_type, Scores())


def parse_gold_date(value: str) -> DateValue:
    parts = str(value).split("-")
    if len(parts) == 3:
        return DateValue(dt.date.fromisoformat(str(value)), "day")
    if len(parts) == 2:
        return DateValue(dt.date(int(parts[0]), int(parts[1]), 1), "month")
    return DateValue(dt.date(int(parts[0]), 1, 1), "year")


def load_gold(folder: Path, base_dir: Path) -> list[GoldArticle]:
    articles = []
    for path in sorted(folder.rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        events = [
            GoldEvent(
                type=e["type"],
                status=e.get("status", "occurred"),
                date=parse_gold_date(e["date"]),
                actors=frozenset(e.get("actors", ())),
                location=e.get("location", ""),
                evidence=e.get("evidence", ""),
            )
            for e in data.get("event", [])
        ]
        for event in events:
            if event.type not in EVENT_TYPES:
                raise ValueError(f"{path}: unknown event type {event.type!r}")
        articles.append(
            GoldArticle(
                path,
                base_dir / data["source"],
                data["published"],
                events,
                data.get("published_given", True),
            )
        )
    return articles


def article_text(path: Path) -> str:
    """The article body: front matter (between '---' lines) is not part of the text."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip() == "---":
        for number, line in enumerate(lines[1:], start=2):
            if line.strip() == "---":
                return "".join(lines[number:])
    return text


def dates_agree(gold: DateValue, predicted: DateValue) -> bool:
    if PRECISION_RANK[predicted.precision] < PRECISION_RANK[gold.precision]:
        return False
    if gold.precision == "year":
        return predicted.value.year == gold.value.year
    if gold.precision == "month":
        return (predicted.value.year, predicted.value.month) == (gold.value.year, gold.value.month)
    return predicted.value == gold.value


def _actors(event: Event) -> set[str]:
    return {p.actor for p in event.participants}


def _pairs(gold: list[GoldEvent], predicted: list[Event], use_date: bool) -> list[tuple]:
    """Greedy one-to-one matching."""
    free = list(range(len(predicted)))
    pairs = []
    for g in gold:
        best, best_key = None, None
        for index in free:
            p = predicted[index]
            if merge_group(p.type) != merge_group(g.type):
                continue
            shared = len(g.actors & _actors(p))
            if not shared or (use_date and not dates_agree(g.date, p.date)):
                continue
            key = (p.type == g.type, dates_agree(g.date, p.date), shared)
            if best_key is None or key > best_key:
                best, best_key = index, key
        if best is not None:
            free.remove(best)
            pairs.append((g, predicted[best]))
    return pairs


def evaluate(pipeline: Pipeline, articles: list[GoldArticle]) -> Report:
    report = Report()
    for article in articles:
        text = article_text(article.source)
        given = article.published if article.published_given else None
        predicted = pipeline.extract(text, given).events
        pairs = _pairs(article.events, predicted, use_date=True)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}

        report.overall.gold_hits += len(pairs)
        report.overall.predicted_hits += len(pairs)
        report.overall.gold += len(article.events)
        report.overall.predicted += len(predicted)
        for g in article.events:
            report.type_scores(g.type).gold += 1
            if id(g) in matched_gold:
                report.type_scores(g.type).gold_hits += 1
            else:
                report.misses.append(f"{article.source.name}: {g.type} {g.date.formatted()} "
                                     f"{sorted(g.actors)} — {g.evidence[:70]}")  # fmt: skip
        for p in predicted:
            scores = report.type_scores(p.type)
            scores.predicted += 1
            if id(p) in matched_pred:
                scores.predicted_hits += 1
            else:
                report.false_alarms.append(
                    f"{article.source.name}: {p.type} {p.date.formatted()} {p.summary[:70]}"
                )
        for g, p in pairs:
            report.actor_shares.append(len(g.actors & _actors(p)) / len(g.actors))
            report.status_right += g.status == p.status

        # Date accuracy: of the gold events found by type and actor (pairs with the right
        # date first, then the rest paired without dates), the share with the right date.
        unmatched_gold = [g for g in article.events if id(g) not in matched_gold]
        unmatched_pred = [p for p in predicted if id(p) not in matched_pred]
        relaxed = pairs + _pairs(unmatched_gold, unmatched_pred, use_date=False)
        report.date_found += len(relaxed)
        report.date_right += sum(dates_agree(g.date, p.date) for g, p in relaxed)
        report.wrong_dates += [
            f"{article.source.name}: {g.type} gold {g.date.formatted()}, "
            f"extracted {p.date.formatted()} ({p.date_text or 'no expression'})"
            for g, p in relaxed
            if not dates_agree(g.date, p.date)
        ]

        inferred = pipeline.infer_published(text)
        report.published_errors.append(
            abs((inferred - article.published).days) if inferred else None
        )
    return report


def format_report(report: Report) -> str:
    lines = [f"{'type':<18} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for event_type in EVENT_TYPES:
        scores = report.by_type.get(event_type)
        if not scores:
            continue
        lines.append(
            f"{event_type:<18} {scores.gold:>5} {scores.predicted:>5} "
            f"{scores.precision:>6.2f} {scores.recall:>6.2f} {scores.f1:>6.2f}"
        )
    o = report.overall
    lines.append(
        f"{'overall':<18} {o.gold:>5} {o.predicted:>5} "
        f"{o.precision:>6.2f} {o.recall:>6.2f} {o.f1:>6.2f}"
    )
    known = [e for e in report.published_errors if e is not None]
    lines += [
        "",
        f"date accuracy    {report.date_accuracy:.2f} ({report.date_right}/{report.date_found} "
        "gold events found by type and actor have the right date)",
        f"actor accuracy   {report.actor_accuracy:.2f} (share of gold actors found per match)",
        f"status accuracy  {report.status_accuracy:.2f}",
        "publication date inferred from text: "
        + (
            f"mean error {sum(known) / len(known):.1f} days, max {max(known)} days"
            if known
            else "no inference"
        )
        + f", {len(report.published_errors) - len(known)} of {len(report.published_errors)} "
        "articles without a full date",
    ]
    return "\n".join(lines)
