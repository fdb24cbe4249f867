"""Load the development corpus and score what the loader stored against its gold.

Reads: `collect()` turns the stored events of each gold text into scoring.Predicted records
(their stored type, status, date, parties and mentions); `evaluate()` scores them per split
and negotiation (dashboard/extraction/scoring.py) and counts wrong merges. The reference
chronology's recall of extraction is measured by loading it afterwards: a reference event
found by extraction takes in the events that report it (chronology._absorb_reports).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.db.models import Prefetch

from .extraction.gold import GoldText
from .extraction.records import DateValue
from .extraction.scoring import (
    Errors,
    Predicted,
    PredictedMention,
    Scores,
    Source,
    score_text,
    wrong_merges,
    year_supported,
)
from .load_cache import report_from_json
from .models import Article, Event, Mention, Participant


@dataclass
class Evaluation:
    """Scores per (split, negotiation), "all" included, and the errors of each split."""

    scores: dict[tuple[str, str], Scores] = field(default_factory=dict)
    errors: dict[str, Errors] = field(default_factory=dict)
    unloaded: list[str] = field(default_factory=list)  # gold texts with no stored article

    def of(self, split: str, negotiation: str) -> Scores:
        return self.scores.setdefault((split, negotiation), Scores())


def texts_by_negotiation(corpus: Path) -> dict[str, list[Path]]:
    """The corpus's text files per negotiation, from its manifest."""
    found: dict[str, list[Path]] = defaultdict(list)
    with (corpus / "manifest.csv").open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            found[row["negotiation"]].append(corpus / "texts" / row["file"])
    return dict(found)


def collect(gold: list[GoldText], corpus: Path) -> tuple[dict[str, list[Predicted]], list[str]]:
    """text name -> the stored events with a mention in its article, as Predicted records;
    and the names of gold texts whose article is not stored."""
    stored = Article.objects.only("source_file", "text", "title", "published")
    articles = {Path(a.source_file).name: a for a in stored}
    sources = {a.pk: Source.of(a.published, a.title, a.text) for a in articles.values()}
    offsets = {}  # article id -> (text name, the file's front matter length)
    missing = []
    for text in gold:
        article = articles.get(text.text)
        if article is None:
            missing.append(text.text)
            continue
        content = (corpus / "texts" / text.text).read_text(encoding="utf-8")
        offsets[article.pk] = (text.text, len(content) - len(article.text))
    events = (
        Event.objects.visible()
        .filter(mentions__article_id__in=offsets)
        .distinct()
        .select_related("negotiation")
        .prefetch_related(
            Prefetch("participants", queryset=Participant.objects.select_related("actor")),
            Prefetch("mentions", queryset=Mention.objects.only("event_id", "article_id",
                                                                "start", "end", "report")),
        )
    )  # fmt: skip
    by_text: dict[str, list[Predicted]] = defaultdict(list)
    for event in events:
        mentions = tuple(
            PredictedMention(offsets[m.article_id][0], m.start + offsets[m.article_id][1],
                             m.end + offsets[m.article_id][1])
            for m in event.mentions.all()
            if m.article_id in offsets
        )  # fmt: skip
        reports = {m.article_id for m in event.mentions.all()}
        told = {}  # text name -> (status, date) of that article's own report
        for m in event.mentions.all():
            report = report_from_json(m.report)
            if m.article_id in offsets and report is not None:
                told.setdefault(offsets[m.article_id][0], (report.status, report.date))
        predicted = Predicted(
            id=event.pk,
            type=event.event_type,
            status=event.status,
            date=DateValue(event.date, event.date_precision),
            roles=frozenset((p.actor.name, p.role) for p in event.participants.all()),
            mentions=mentions,
            negotiation=event.negotiation.slug if event.negotiation else "",
            year_supported=year_supported(
                DateValue(event.date, event.date_precision),
                [sources[pk] for pk in reports if pk in sources],
            ),
            reports=tuple((name, status, date) for name, (status, date) in sorted(told.items())),
            end_date=event.end_date,
        )
        for name in {m.text for m in mentions}:
            by_text[name].append(predicted)
    return by_text, missing


def evaluate(
    gold: list[GoldText], corpus: Path, nationality: dict[str, str]
) -> tuple[Evaluation, dict[str, list[Predicted]]]:
    predicted, missing = collect(gold, corpus)
    evaluation = Evaluation(unloaded=missing)
    for text in gold:
        scores, errors = score_text(text, predicted.get(text.text, []), nationality)
        for negotiation in (text.negotiation, "all"):
            evaluation.of(text.split, negotiation).add(scores)
        split_errors = evaluation.errors.setdefault(text.split, Errors())
        for name in Errors.__dataclass_fields__:
            getattr(split_errors, name).extend(getattr(errors, name))
    gold_by_text = {t.text: t for t in gold}
    for split in {t.split for t in gold}:
        texts = {t.text for t in gold if t.split == split}
        for negotiation in {t.negotiation for t in gold if t.split == split} | {"all"}:
            chosen = texts if negotiation == "all" else {
                t.text for t in gold if t.split == split and t.negotiation == negotiation
            }  # fmt: skip
            events = {p.id: p for name in chosen for p in predicted.get(name, [])}
            wrong = wrong_merges(list(events.values()), gold_by_text, nationality)
            scores = evaluation.of(split, negotiation)
            unsupported = [
                f"event {p.id} {p.type} {p.date.formatted()}: no report writes the year or "
                "was published within a year of it"
                for p in events.values() if not p.year_supported
            ]  # fmt: skip
            scores.events, scores.wrong_merges = len(events), len(wrong)
            scores.unsupported_years = len(unsupported)
            if negotiation == "all":
                split_errors = evaluation.errors.setdefault(split, Errors())
                split_errors.wrong_merges.extend(wrong)
                split_errors.unsupported_years.extend(unsupported)
    return evaluation, predicted
