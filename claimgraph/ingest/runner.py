"""``ingest``: inputs read, cleaned, de-duplicated, analysed in parallel and stored batch by batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.config import Settings
from claimgraph.engine import LocalEngine
from claimgraph.errors import InputError
from claimgraph.ingest.article import build_article
from claimgraph.ingest.sources import RawInput, iter_inputs
from claimgraph.records import Analysis, Article, Failure, Sighting, Skipped
from claimgraph.store import Store


@dataclass
class IngestReport:
    """What one ingest did. ``read`` counts inputs (files, and lines of ``.jsonl``)."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "read": self.read, "stored": self.stored, "duplicates": self.duplicates, "skipped": self.skipped,
            "failed": self.failed,
            "failures": [
                {"source": f.source, "stage": f.stage, "code": f.code, "message": f.message} for f in self.failures
            ],
        }


@dataclass
class _Pending:
    """Records waiting to be written with the next batch."""

    sightings: list[Sighting] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def take(self) -> _Pending:
        taken = _Pending(self.sightings, self.failures, self.skipped)
        self.sightings, self.failures, self.skipped = [], [], []
        return taken


def ingest(
    paths: Iterable[Path],
    store: Store,
    settings: Settings,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Read every input under ``paths`` into ``store``; a failing input is recorded and the batch goes on."""
    report = IngestReport()
    pending = _Pending()
    seen: set[str] = set()

    def articles() -> Iterator[Article]:
        for item in iter_inputs(paths):
            report.read += 1
            article = _admit(item, store, settings, seen, pending, report)
            if article is None:
                if on_progress:
                    on_progress(1)
            else:
                yield article

    def batches() -> Iterator[list[Article]]:
        batch: list[Article] = []
        for article in articles():
            batch.append(article)
            if len(batch) >= settings.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    with LocalEngine(settings) as engine:
        for outcomes in engine.run(batches()):
            analyses = [outcome for outcome in outcomes if isinstance(outcome, Analysis)]
            for outcome in outcomes:
                if isinstance(outcome, Failure):
                    _fail(outcome, pending, report)
            report.stored += len(analyses)
            _write(store, analyses, pending.take())
            if on_progress:
                on_progress(len(outcomes))
    _write(store, [], pending.take())
    return report


def _admit(
    item: RawInput | Failure | Skipped, store: Store, settings: Settings, seen: set[str], pending: _Pending,
    report: IngestReport,
) -> Article | None:
    """The article to analyse, or None when the input failed, was skipped or is a duplicate (all recorded)."""
    if isinstance(item, Failure):
        _fail(item, pending, report)
        return None
    if isinstance(item, Skipped):
        pending.skipped.append(item)
        report.skipped += 1
        return None
    try:
        article = build_article(item, settings)
    except InputError as error:
        _fail(Failure(item.source, error.stage, error.code, error.message), pending, report)
        return None
    pending.sightings.append(Sighting(article.id, item.source, article.outlet, article.url, article.published))
    if article.language != "en":
        pending.skipped.append(
            Skipped(item.source, f"language '{article.language}' is not English", article.language, article.id)
        )
        report.skipped += 1
        return None
    if article.id in seen or store.known_articles([article.id]):
        report.duplicates += 1
        return None
    seen.add(article.id)
    return article


def _fail(failure: Failure, pending: _Pending, report: IngestReport) -> None:
    pending.failures.append(failure)
    report.failed += 1
    report.failures.append(failure)


def _write(store: Store, analyses: list[Analysis], pending: _Pending) -> None:
    store.write(analyses=analyses, sightings=pending.sightings, failures=pending.failures, skipped=pending.skipped)
