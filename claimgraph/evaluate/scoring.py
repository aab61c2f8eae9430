"""Span scorers: micro precision, recall and F1 overall and per label, with bootstrap intervals.

Gold and predicted spans come per document, as ``LabelledSpan`` lists over the same text. Counts are kept per
document so that a confidence interval can resample documents (the unit that was sampled when the gold set was
made) without rescoring anything.

Matching is one-to-one in both modes: a gold span is matched by at most one prediction and a prediction
matches at most one gold span, so a long prediction covering two gold names earns one true positive and one
false negative, never two true positives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

Match = Literal["exact", "overlap"]
Metric = Literal["precision", "recall", "f1"]


@dataclass(frozen=True, slots=True, order=True)
class LabelledSpan:
    """Characters ``start:end`` (not empty) of a document, labelled (``""`` when only offsets are scored)."""

    start: int
    end: int
    label: str = ""

    def __post_init__(self) -> None:
        # An empty span shares no character with anything, so overlap matching could never count it.
        if not 0 <= self.start < self.end:
            raise ValueError(f"span {self.start}:{self.end} is not a non-empty span (0 <= start < end)")


def _ratio(numerator: int, denominator: int) -> float:
    # Nothing to find or nothing predicted scores 0, not an error, as in spaCy's PRFScore: an empty
    # document set must still produce a printable report.
    return numerator / denominator if denominator else 0.0


@dataclass(frozen=True, slots=True)
class PRF:
    """True positive, false positive and false negative counts, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        # 2tp / (2tp + fp + fn) equals the harmonic mean of P and R and needs no special case when P + R == 0.
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def score(self, metric: Metric) -> float:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}[metric]

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, int | float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


MICRO = "micro"  # the row name of the overall scores in ``SpanScores.rows``


@dataclass(frozen=True, slots=True)
class SpanScores:
    """The result of ``score_spans``: micro scores, per-label scores and the per-document counts."""

    match: Match
    labelled: bool
    micro: PRF
    per_label: dict[str, PRF]
    per_document: tuple[PRF, ...]

    def rows(self) -> list[dict[str, str | int | float]]:
        """One row for the micro scores, then one per label in label order: the shape of a table or CSV."""
        ordered = [(MICRO, self.micro), *sorted(self.per_label.items())]
        return [{"label": label, **prf.to_dict()} for label, prf in ordered]

    def table(self) -> str:
        """The rows as a fixed-width text table, scores with three decimals."""
        header = f"{'label':<12} {'tp':>6} {'fp':>6} {'fn':>6} {'P':>6} {'R':>6} {'F1':>6}"
        lines = [header]
        for label, prf in [(MICRO, self.micro), *sorted(self.per_label.items())]:
            lines.append(
                f"{label:<12} {prf.tp:>6} {prf.fp:>6} {prf.fn:>6} "
                f"{prf.precision:>6.3f} {prf.recall:>6.3f} {prf.f1:>6.3f}"
            )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        # Per-document counts stay out of the JSON: they are an input to bootstrap_interval, not a result.
        return {
            "match": self.match,
            "labelled": self.labelled,
            "documents": len(self.per_document),
            "micro": self.micro.to_dict(),
            "per_label": {label: prf.to_dict() for label, prf in sorted(self.per_label.items())},
        }


def _overlap(a: LabelledSpan, b: LabelledSpan) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _pairs(
    gold: Sequence[LabelledSpan], predicted: Sequence[LabelledSpan], match: Match, labelled: bool
) -> list[tuple[int, int]]:
    """Indices of matched (gold, predicted) pairs, each index used at most once.

    Overlap matching is greedy: candidate pairs are taken by decreasing number of shared characters, ties
    broken by position, skipping pairs whose gold or prediction is already used. Greedy can miss the largest
    possible matching in contrived chains (A overlaps x and y, B overlaps only x) but is deterministic and
    pairs each gold name with the prediction that covers most of it, which is what a reader would pair.
    Exact matching uses the same loop; all its candidates share the same offsets, so greedy is optimal there.
    """
    candidates: list[tuple[int, int, int]] = []
    for g, gold_span in enumerate(gold):
        for p, predicted_span in enumerate(predicted):
            if labelled and gold_span.label != predicted_span.label:
                continue
            if match == "exact":
                if (gold_span.start, gold_span.end) == (predicted_span.start, predicted_span.end):
                    candidates.append((-(gold_span.end - gold_span.start), g, p))
            else:
                shared = _overlap(gold_span, predicted_span)
                if shared > 0:
                    candidates.append((-shared, g, p))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p))
    return pairs


def _add(counts: dict[str, PRF], label: str, prf: PRF) -> None:
    # Spans labelled "" count in the micro scores only: there is no label to report them under.
    if label:
        counts[label] = counts.get(label, PRF()) + prf


def score_spans(
    gold: Sequence[Sequence[LabelledSpan]],
    predicted: Sequence[Sequence[LabelledSpan]],
    *,
    match: Match,
    labelled: bool = True,
) -> SpanScores:
    """Micro P/R/F1 of predicted spans against gold spans, overall and per label.

    ``gold[i]`` and ``predicted[i]`` are the spans of document ``i``. ``match="exact"`` needs the same
    offsets, ``"overlap"`` at least one shared character (see ``_pairs`` for how pairs are chosen).
    With ``labelled=True`` a pair must also agree on the label. With ``labelled=False`` labels are ignored
    when matching but still used for the per-label rows: a true positive or false negative counts under
    the gold label and a false positive under the predicted label, so per-label recall reads as "found at
    all, whatever type was given".
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold documents but {len(predicted)} predicted; they must pair up")
    per_label: dict[str, PRF] = {}
    per_document: list[PRF] = []
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        # Sorting first makes the greedy tie-breaks, and so the result, independent of input order.
        gold_sorted = sorted(gold_spans)
        predicted_sorted = sorted(predicted_spans)
        pairs = _pairs(gold_sorted, predicted_sorted, match, labelled)
        matched_gold = {g for g, _ in pairs}
        matched_predicted = {p for _, p in pairs}
        for g, span in enumerate(gold_sorted):
            _add(per_label, span.label, PRF(tp=1) if g in matched_gold else PRF(fn=1))
        for p, span in enumerate(predicted_sorted):
            if p not in matched_predicted:
                _add(per_label, span.label, PRF(fp=1))
        per_document.append(
            PRF(
                tp=len(pairs),
                fp=len(predicted_sorted) - len(pairs),
                fn=len(gold_sorted) - len(pairs),
            )
        )
    micro = sum(per_document, PRF())
    return SpanScores(match, labelled, micro, per_label, tuple(per_document))


@dataclass(frozen=True, slots=True)
class Interval:
    """A bootstrap confidence interval around a micro score."""

    metric: Metric
    estimate: float
    low: float
    high: float
    confidence: float
    n_resamples: int

    def to_dict(self) -> dict[str, str | int | float]:
        return {
            "metric": self.metric,
            "estimate": self.estimate,
            "low": self.low,
            "high": self.high,
            "confidence": self.confidence,
            "n_resamples": self.n_resamples,
        }


def bootstrap_interval(
    per_document_counts: Sequence[PRF],
    *,
    metric: Metric = "f1",
    n_resamples: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> Interval:
    """Percentile bootstrap interval of a micro score, resampling documents with replacement.

    Each resample draws as many documents as there are, sums their counts and scores the sum, so
    nothing is re-matched. The fixed ``seed`` makes the interval reproducible, which a quality gate needs.
    """
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must lie strictly between 0 and 1, not {confidence}")
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be at least 1, not {n_resamples}")
    estimate = sum(per_document_counts, PRF()).score(metric)
    if not per_document_counts:
        return Interval(metric, estimate, estimate, estimate, confidence, n_resamples)
    counts = np.array([(prf.tp, prf.fp, prf.fn) for prf in per_document_counts], dtype=np.int64)
    rng = np.random.default_rng(seed)
    # How many times each document is drawn in each resample; weights @ counts gives summed tp/fp/fn.
    weights = rng.multinomial(len(counts), np.full(len(counts), 1 / len(counts)), size=n_resamples)
    tp, fp, fn = (weights @ counts).T
    if metric == "precision":
        numerator, denominator = tp, tp + fp
    elif metric == "recall":
        numerator, denominator = tp, tp + fn
    else:
        numerator, denominator = 2 * tp, 2 * tp + fp + fn
    # Same convention as PRF: an empty denominator scores 0.
    scores = np.divide(numerator, denominator, out=np.zeros(n_resamples), where=denominator > 0)
    alpha = (1 - confidence) / 2
    low, high = np.quantile(scores, [alpha, 1 - alpha])
    return Interval(metric, estimate, float(low), float(high), confidence, n_resamples)
