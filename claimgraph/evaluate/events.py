"""``claimgraph evaluate events``: PLOVER event coding against the PLOVER gold-standard records (GSR).

Gold. ``plover_gsr/PLOVER_GSR_CAMEO.json`` (322 sentences from the CAMEO manual, hand-coded by Parus Analytics in
PLOVER 0.5b1; CC BY-SA 4.0; see its ``SOURCE.md``): one event per sentence with its type, source and target
actors (ISO 3166 codes or IGO/NGO, and a sector). The file uses an older PLOVER draft: its types and modes are
read as current ones through ``knowledge/events/gsr_events.tsv`` (FIGHT -> ASSAULT, DEMAND -> REQUEST,
DISAPPROVE and INVESTIGATE -> ACCUSE) and its actor codes through ``gsr_actors.tsv`` (JAP -> JPN; IMG, ISM, UAF
and the like have no contract code and are not scored).

Prediction. Each sentence is analysed alone, as an article with the records' placeholder date, by the whole
pipeline. The sentence's event is the one whose trigger lies highest in the parse (the main clause's), then the
one the coder is surest of, then the first. Its type is read as the GSR codes intentions: a future or hypothetical
event has the PLOVER type of its CAMEO root (``AID`` + future is CAMEO 033, an AGREE; ``ASSAULT`` + future is
138, a THREATEN), and a negated AGREE (``will not accept``) is a REJECT. Actors are compared by code: the actor's
country, else IGO or NGO (``knowledge.events.actor_code``).

Scores (each with a 95% bootstrap interval over sentences):

* ``event_type_accuracy``: the share of sentences whose event type is right (no event is wrong);
* ``source_f1``, ``target_f1``: micro F1 of the sets of actor codes, per sentence;
* ``all_correct``: the share of sentences with type, sources and targets all right.

Split. Fixed by a hash of each record's id (``evaluation.in_split``): 163 sentences for development, 159 to
report on.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from claimgraph.analysis.nlp import load_nlp
from claimgraph.analysis.registry import COMPONENTS
from claimgraph.config import Settings
from claimgraph.errors import ConfigError, Err
from claimgraph.evaluate.evaluation import Evaluation, Split, in_split
from claimgraph.evaluate.scoring import PRF, bootstrap_interval
from claimgraph.knowledge.events import EventKnowledge, actor_code, event_knowledge
from claimgraph.records import Analysis, Article, Event

DATASET = "plover_gsr"
GSR_FILE = "PLOVER_GSR_CAMEO.json"
# The GSR's placeholder date (its readme: "All date fields are set to 2000-01-01").
GSR_DATE = "2000-01-01"


class GsrFormatError(ValueError):
    """The gold-standard file is not what this reader expects."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One coded GSR sentence, read as current PLOVER with contract actor codes."""

    id: str
    text: str
    type: str
    mode: str | None
    sources: frozenset[str]
    targets: frozenset[str]
    sectors: tuple[tuple[str, str], ...]  # (code, contract sector) of the actors whose sector the GSR gives


def _actors(value: Any, knowledge: EventKnowledge) -> tuple[set[str], list[tuple[str, str]]]:
    """Codes and sectors of a GSR ``source`` or ``target``: a list of actors, or an empty string or null."""
    codes: set[str] = set()
    sectors: list[tuple[str, str]] = []
    if not isinstance(value, list):
        return codes, sectors
    for actor in value:
        if not isinstance(actor, dict):
            continue  # a few records list bare strings: no code to score
        code = knowledge.gsr_code(str(actor.get("code") or ""))
        if code is None:
            continue
        codes.add(code)
        sector = knowledge.gsr_sector(actor.get("sector"))
        if sector is not None:
            sectors.append((code, sector))
    return codes, sectors


def read_gsr(path: Path, knowledge: EventKnowledge | None = None) -> list[GoldEvent]:
    """The coded sentences of a GSR file (its DOCUMENT records left out)."""
    knowledge = knowledge or event_knowledge()
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GsrFormatError(f"{path}: {error}") from error
    if not isinstance(records, list):
        raise GsrFormatError(f"{path}: expected a JSON array of records")
    gold = []
    for record in records:
        if not isinstance(record, dict) or record.get("event") == "DOCUMENT":
            continue
        if not record.get("id") or not record.get("text") or not record.get("event"):
            raise GsrFormatError(f"{path}: a record lacks id, text or event: {str(record)[:80]}")
        event_type, mode = knowledge.gsr_event(record["event"], record.get("mode") or None)
        sources, source_sectors = _actors(record.get("source"), knowledge)
        targets, target_sectors = _actors(record.get("target"), knowledge)
        gold.append(GoldEvent(record["id"], " ".join(record["text"].split()), event_type, mode,
                              frozenset(sources), frozenset(targets), tuple(source_sectors + target_sectors)))
    return gold


def main_event(analysis: Analysis, depths: dict[str, int] | None = None) -> Event | None:
    """The event a one-event gold sentence is scored against: the one whose trigger is nearest the root of the
    parse (``depths``: event id -> number of heads above its trigger), then the surest, then the first."""
    if not analysis.events:
        return None
    depth = depths or {}
    return min(analysis.events, key=lambda event: (depth.get(event.id, 0), -(event.confidence or 0.0),
                                                   event.trigger.start))


def trigger_depths(doc: Doc, analysis: Analysis) -> dict[str, int]:
    """How deep each event's trigger lies in the parse: the main clause's event is the sentence's event."""
    depths = {}
    for event in analysis.events:
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        depths[event.id] = len(list(span.root.ancestors)) if span is not None and len(span) else 0
    return depths


def gsr_type(event: Event, knowledge: EventKnowledge) -> str:
    """The type the GSR would give an event: intentions are AGREE or THREATEN, as their CAMEO root says, and a
    commitment not made (``will not accept``, ``failed to reach agreement``) is a rejection."""
    if event.modality == "negated" and event.type == "AGREE":
        return "REJECT"
    if event.modality in {"future", "hypothetical"} and event.cameo_code:
        return knowledge.root_type(event.cameo_code) or event.type
    return event.type


def predicted_codes(actor_ids: Sequence[str], analysis: Analysis) -> frozenset[str]:
    actors = {actor.id: actor for actor in analysis.actors}
    codes = (actor_code(actors[i].country, actors[i].sector) for i in actor_ids if i in actors)
    return frozenset(code for code in codes if code is not None)


def _set_counts(gold: frozenset[str], predicted: frozenset[str]) -> PRF:
    return PRF(tp=len(gold & predicted), fp=len(predicted - gold), fn=len(gold - predicted))


@dataclass(frozen=True, slots=True)
class Scored:
    """One sentence scored."""

    gold: GoldEvent
    predicted_type: str | None
    sources: frozenset[str]
    targets: frozenset[str]
    sector_pairs: tuple[tuple[str, str | None], ...]  # (gold sector, predicted sector) of matched actors

    @property
    def type_correct(self) -> bool:
        return self.predicted_type == self.gold.type

    @property
    def all_correct(self) -> bool:
        return self.type_correct and self.sources == self.gold.sources and self.targets == self.gold.targets


def score_sentence(gold: GoldEvent, analysis: Analysis, knowledge: EventKnowledge,
                   depths: dict[str, int] | None = None) -> Scored:
    event = main_event(analysis, depths)
    if event is None:
        return Scored(gold, None, frozenset(), frozenset(), ())
    sources = predicted_codes(event.source, analysis)
    targets = predicted_codes(event.target, analysis)
    actors = {actor.id: actor for actor in analysis.actors}
    sectors_by_code = {actor_code(actors[i].country, actors[i].sector): actors[i].sector
                       for i in (*event.source, *event.target) if i in actors}
    pairs = tuple((sector, sectors_by_code.get(code)) for code, sector in gold.sectors
                  if code in sources | targets)
    return Scored(gold, gsr_type(event, knowledge), sources, targets, pairs)


def _accuracy(flags: Sequence[bool]) -> tuple[PRF, ...]:
    """Right/wrong per sentence as counts whose recall is the accuracy (so bootstrap_interval applies)."""
    return tuple(PRF(tp=1) if flag else PRF(fn=1) for flag in flags)


def _type_table(scored: Sequence[Scored]) -> str:
    totals = Counter(item.gold.type for item in scored)
    right = Counter(item.gold.type for item in scored if item.type_correct)
    confused = Counter((item.gold.type, item.predicted_type or "-") for item in scored if not item.type_correct)
    lines = [f"{'type':<10} {'n':>4} {'right':>6} {'accuracy':>9}  most often coded instead"]
    for name in sorted(totals):
        instead = ", ".join(f"{pred} {n}" for (gold, pred), n in confused.most_common() if gold == name)
        lines.append(f"{name:<10} {totals[name]:>4} {right[name]:>6} {right[name] / totals[name]:>9.3f}  {instead}")
    return "\n".join(lines)


def predict(gold: Sequence[GoldEvent], settings: Settings
            ) -> tuple[list[Analysis], list[dict[str, int]], dict[str, float]]:
    """The pipeline over each gold sentence, the depth of each event's trigger, and the milliseconds per sentence
    each component took."""
    nlp = load_nlp(settings.model, settings.max_chars)
    articles = [Article(id=item.id, body=item.text, published=GSR_DATE, language="en", source=item.id)
                for item in gold]
    started = time.perf_counter()
    docs = list(nlp.pipe((article.body for article in articles), batch_size=settings.batch_size))
    seconds: dict[str, float] = {"parse": time.perf_counter() - started}
    analyses = []
    depths = []
    for article, doc in zip(articles, docs, strict=True):
        analysis = Analysis(article=article)
        for component in COMPONENTS:
            started = time.perf_counter()
            analysis = component.run(doc, analysis)
            seconds[component.name] = seconds.get(component.name, 0.0) + time.perf_counter() - started
        analyses.append(analysis)
        depths.append(trigger_depths(doc, analysis))
    count = max(len(gold), 1)
    return analyses, depths, {name: round(1000 * value / count, 3) for name, value in seconds.items()}


def gsr_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def evaluate_events(gold_root: Path, split: Split, settings: Settings) -> Evaluation:
    """``events/1`` on the PLOVER GSR (see the module docstring)."""
    path = gold_root / DATASET / GSR_FILE
    if not path.exists():
        raise ConfigError(Err.GOLD_MISSING, path=path)
    knowledge = event_knowledge()
    gold = [item for item in read_gsr(path, knowledge) if in_split(item.id, split)]
    analyses, depths, timing = predict(gold, settings)
    scored = [score_sentence(item, analysis, knowledge, depth)
              for item, analysis, depth in zip(gold, analyses, depths, strict=True)]
    sources = tuple(_set_counts(item.gold.sources, item.sources) for item in scored)
    targets = tuple(_set_counts(item.gold.targets, item.targets) for item in scored)
    metrics = {
        "event_type_accuracy": bootstrap_interval(_accuracy([item.type_correct for item in scored]), metric="recall"),
        "source_f1": bootstrap_interval(sources, metric="f1"),
        "target_f1": bootstrap_interval(targets, metric="f1"),
        "all_correct": bootstrap_interval(_accuracy([item.all_correct for item in scored]), metric="recall"),
    }
    sector_pairs = [pair for item in scored for pair in item.sector_pairs]
    sector_right = sum(1 for gold_sector, predicted in sector_pairs if gold_sector == predicted)
    coded = sum(1 for item in scored if item.predicted_type is not None)
    source_total, target_total = sum(sources, PRF()), sum(targets, PRF())
    summary = (
        f"sentences {len(scored)}, with an event {coded}; sources P {source_total.precision:.3f} "
        f"R {source_total.recall:.3f}; targets P {target_total.precision:.3f} R {target_total.recall:.3f}; "
        f"sector agreement on matched actors {sector_right}/{len(sector_pairs)}"
    )
    speed = ", ".join(f"{name} {ms:.2f}" for name, ms in timing.items()) + " ms per sentence"
    errors = [
        {"id": item.gold.id, "gold": item.gold.type, "predicted": item.predicted_type,
         "gold_sources": sorted(item.gold.sources), "sources": sorted(item.sources),
         "gold_targets": sorted(item.gold.targets), "targets": sorted(item.targets)}
        for item in scored if not item.all_correct
    ]
    return Evaluation(
        component="events", dataset=DATASET, split=split, documents=len(scored), gold_hash=gsr_hash(path),
        metrics=metrics,
        tables={"event types (gold read as current PLOVER)": _type_table(scored), "counts": summary,
                "speed": speed},
        details={"coded": coded, "sources": source_total.to_dict(), "targets": target_total.to_dict(),
                 "sector_agreement": {"right": sector_right, "matched": len(sector_pairs)},
                 "timing_ms_per_sentence": timing, "errors": errors},
    )
