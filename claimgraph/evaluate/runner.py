"""``claimgraph evaluate``: run a component over a gold set and score it, with bootstrap intervals.

Each evaluation is registered in ``EVALUATIONS`` under the component's name and a dataset name. Gold data lives in
``../shared/data`` (read-only, never copied into the project); ``--gold`` points elsewhere.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimgraph.analysis import analyze_many
from claimgraph.config import Settings
from claimgraph.errors import ConfigError, Err
from claimgraph.evaluate.claims import evaluate_claims
from claimgraph.evaluate.evaluation import Evaluation, Split, in_split, shared_data_root
from claimgraph.evaluate.events import evaluate_events
from claimgraph.evaluate.geoparsing import evaluate_places_gwn, evaluate_places_lgl
from claimgraph.evaluate.meantime import GoldDocument, gold_hash, ner_label_map, read_meantime
from claimgraph.evaluate.meantime_coref import evaluate_actors_meantime
from claimgraph.evaluate.meantime_times import evaluate_times_meantime
from claimgraph.evaluate.quotes import evaluate_quotes
from claimgraph.evaluate.scoring import LabelledSpan, SpanScores, bootstrap_interval, score_spans
from claimgraph.records import Analysis, Article

FLOORS_FILE = Path(__file__).with_name("floors.json")

def _predict_entities(documents: Sequence[GoldDocument], settings: Settings) -> list[tuple[LabelledSpan, ...]]:
    articles = [Article(id=doc.doc_id, body=doc.text, language="en", source=doc.name) for doc in documents]
    label_map = ner_label_map()
    predicted: list[tuple[LabelledSpan, ...]] = []
    for document, outcome in zip(documents, analyze_many(articles, settings, until="entities"), strict=True):
        if not isinstance(outcome, Analysis):
            raise RuntimeError(f"analysis failed on {outcome.source}: {outcome.message}")
        spans = [
            LabelledSpan(e.span.start, e.span.end, e.label)
            for e in outcome.entities
            if e.span.end > e.span.start and e.span.start < document.annotated_end
        ]
        predicted.append(label_map.map_predicted(spans))
    return predicted


def evaluate_entities_meantime(gold_root: Path, split: Split, settings: Settings) -> Evaluation:
    """Named-entity mentions against MEANTIME's NAM mentions, through the committed label map.

    MEANTIME marks whole phrases (``Airbus chief executive Noel Forgeard``), so overlap matching is the headline
    number and exact matching is reported beside it.
    """
    corpus = gold_root / "meantime_en"
    if not corpus.exists():
        raise ConfigError(Err.GOLD_MISSING, path=corpus)
    documents = [doc for doc in read_meantime(corpus) if in_split(doc.doc_id, split)]
    gold = [doc.mentions for doc in documents]
    predicted = _predict_entities(documents, settings)
    scores: dict[str, SpanScores] = {
        "overlap": score_spans(gold, predicted, match="overlap"),
        "exact": score_spans(gold, predicted, match="exact"),
        "overlap_unlabelled": score_spans(gold, predicted, match="overlap", labelled=False),
    }
    metrics = {
        "overlap_f1": bootstrap_interval(scores["overlap"].per_document, metric="f1"),
        "overlap_precision": bootstrap_interval(scores["overlap"].per_document, metric="precision"),
        "overlap_recall": bootstrap_interval(scores["overlap"].per_document, metric="recall"),
        "exact_f1": bootstrap_interval(scores["exact"].per_document, metric="f1"),
        "unlabelled_overlap_f1": bootstrap_interval(scores["overlap_unlabelled"].per_document, metric="f1"),
    }
    return Evaluation(
        component="entities", dataset="meantime", split=split, documents=len(documents),
        gold_hash=gold_hash(corpus), metrics=metrics,
        tables={f"{name} match, per label": score.table() for name, score in scores.items()},
        details={name: score.to_dict() for name, score in scores.items()},
    )


Evaluator = Callable[[Path, Split, Settings], Evaluation]
# component -> dataset -> evaluator; the first dataset is the default.
EVALUATIONS: dict[str, dict[str, Evaluator]] = {
    "entities": {"meantime": evaluate_entities_meantime},
    "actors": {"meantime": evaluate_actors_meantime},
    "quotes": {"gold": evaluate_quotes},
    "claims": {"gold": evaluate_claims},
    "times": {"meantime": evaluate_times_meantime},
    "places": {"gwn": evaluate_places_gwn, "lgl": evaluate_places_lgl},
    "events": {"plover_gsr": evaluate_events},
}


def evaluate(
    component: str, *, dataset: str | None = None, gold: Path | None = None, split: Split = "test",
    settings: Settings | None = None,
) -> Evaluation:
    """Score ``component`` on ``dataset`` (its default when None) from the gold data under ``gold``."""
    if component not in EVALUATIONS:
        raise ConfigError(Err.UNKNOWN_COMPONENT, component=component, known=", ".join(EVALUATIONS))
    datasets = EVALUATIONS[component]
    name = dataset or next(iter(datasets))
    if name not in datasets:
        raise ConfigError(Err.UNKNOWN_COMPONENT, component=f"{component} --dataset {name}", known=", ".join(
            f"{c} --dataset {d}" for c, ds in EVALUATIONS.items() for d in ds))
    # The environment chooses the model (CLAIMGRAPH_MODEL); one worker and English are what the gold sets need.
    settings = settings or Settings.from_env().with_overrides({"workers": 1, "language": "en"})
    return datasets[name](gold or shared_data_root(), split, settings)


# -- floors of the quality gate ---------------------------------------------------------------------------------


def read_floors(path: Path = FLOORS_FILE) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True, slots=True)
class FloorCheck:
    metric: str
    score: float
    floor: float
    tolerance_low: float

    @property
    def passed(self) -> bool:
        return self.score >= self.tolerance_low


def check_floors(evaluation: Evaluation, floors: dict[str, Any]) -> list[FloorCheck]:
    """Each gated metric against its floor. A score passes while it stays at or above the lower end of the floor's
    bootstrap interval: a drop within the measurement noise of the gold set is not a regression."""
    entry = floors["evaluations"][evaluation.key]
    return [
        FloorCheck(metric, evaluation.metrics[metric].estimate, floor["floor"], floor["low"])
        for metric, floor in entry["metrics"].items()
    ]


def update_floors(
    evaluation: Evaluation, metrics: Sequence[str], *, allow_lower: bool, reason: str | None,
    path: Path = FLOORS_FILE,
) -> dict[str, Any]:
    """Set the floors of ``metrics`` to the scores just measured. Lowering one takes ``allow_lower`` and a reason,
    which is kept in the file (and belongs in the commit message)."""
    floors = read_floors(path) if path.exists() else {"evaluations": {}}
    entry = floors["evaluations"].get(evaluation.key, {"metrics": {}})
    lowered = [
        metric for metric in metrics
        # Floors are stored to 4 decimals: an unchanged re-run must not count as lowering one.
        if metric in entry["metrics"]
        and round(evaluation.metrics[metric].estimate, 4) < entry["metrics"][metric]["floor"]
    ]
    if lowered and not (allow_lower and reason):
        raise ConfigError(
            Err.BAD_SETTING, name="--update-floors",
            expected="--allow-lower with --reason to lower a floor", value=", ".join(lowered),
        )
    entry = {
        "gold_hash": evaluation.gold_hash,
        "documents": evaluation.documents,
        "set_on": dt.date.today().isoformat(),
        "reason": reason or entry.get("reason", "measured"),
        "metrics": {
            **entry["metrics"],
            **{
                metric: {"floor": round(evaluation.metrics[metric].estimate, 4),
                         "low": round(evaluation.metrics[metric].low, 4)}
                for metric in metrics
            },
        },
    }
    floors["evaluations"][evaluation.key] = entry
    path.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
    return floors


__all__ = [
    "EVALUATIONS", "Evaluation", "FloorCheck", "Split", "check_floors", "evaluate", "in_split", "read_floors",
    "shared_data_root", "update_floors",
]
