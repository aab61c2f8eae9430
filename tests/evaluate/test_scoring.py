"""Span scoring: hand-computed counts, the zero conventions, and invariants checked with hypothesis."""

from __future__ import annotations

import json
import random
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.evaluate.scoring import PRF, LabelledSpan, Match, Metric, bootstrap_interval, score_spans

ORG = "ORG"
PER = "PERSON"


def span(start: int, end: int, label: str = "") -> LabelledSpan:
    return LabelledSpan(start, end, label)


def test_scoring_prf_hand_computed() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == 3 / 4
    assert prf.recall == 3 / 5
    assert prf.f1 == pytest.approx(2 * (3 / 4) * (3 / 5) / (3 / 4 + 3 / 5))
    assert prf + PRF(tp=1, fp=1, fn=1) == PRF(tp=4, fp=2, fn=3)


def test_scoring_empty_inputs_score_zero_without_errors() -> None:
    assert PRF().to_dict() == {"tp": 0, "fp": 0, "fn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    cases: list[tuple[list[list[LabelledSpan]], list[list[LabelledSpan]]]] = [
        ([], []),
        ([[]], [[]]),
        ([[span(0, 3, ORG)]], [[]]),
        ([[]], [[span(0, 3, ORG)]]),
    ]
    for gold, predicted in cases:
        for match in ("exact", "overlap"):
            scores = score_spans(gold, predicted, match=match)
            assert scores.micro.f1 == 0.0
            assert scores.micro.precision == 0.0
            assert scores.micro.recall == 0.0
    assert score_spans([[span(0, 3, ORG)]], [[]], match="exact").micro == PRF(fn=1)


def test_scoring_exact_needs_same_offsets_overlap_does_not() -> None:
    gold = [[span(0, 5, ORG)]]
    predicted = [[span(0, 4, ORG)]]
    assert score_spans(gold, predicted, match="exact").micro == PRF(tp=0, fp=1, fn=1)
    assert score_spans(gold, predicted, match="overlap").micro == PRF(tp=1, fp=0, fn=0)
    # Touching is not overlapping: 0:5 and 5:9 share no character.
    assert score_spans(gold, [[span(5, 9, ORG)]], match="overlap").micro == PRF(tp=0, fp=1, fn=1)


def test_scoring_overlap_is_one_to_one() -> None:
    # One long prediction over two gold names finds one of them, not both.
    two_gold = [[span(0, 5, ORG), span(6, 10, ORG)]]
    assert score_spans(two_gold, [[span(0, 10, ORG)]], match="overlap").micro == PRF(tp=1, fp=0, fn=1)
    # Two predictions inside one gold name: one matches, the other is a false positive.
    one_gold = [[span(0, 10, ORG)]]
    assert score_spans(one_gold, [[span(0, 4, ORG), span(5, 10, ORG)]], match="overlap").micro == PRF(tp=1, fp=1, fn=0)


def test_scoring_overlap_pairs_largest_overlap_first() -> None:
    # x overlaps a by 2 characters and b by 7: it is paired with b, and a is missed.
    a, b, x = span(0, 6, "A"), span(5, 12, "B"), span(4, 12, "B")
    scores = score_spans([[a, b]], [[x]], match="overlap", labelled=False)
    assert scores.micro == PRF(tp=1, fp=0, fn=1)
    assert scores.per_label == {"A": PRF(fn=1), "B": PRF(tp=1)}


def test_scoring_per_label_labelled() -> None:
    gold = [[span(0, 5, ORG), span(6, 10, PER)]]
    predicted = [[span(0, 5, PER), span(6, 10, PER)]]
    scores = score_spans(gold, predicted, match="exact")
    assert scores.micro == PRF(tp=1, fp=1, fn=1)
    assert scores.per_label == {ORG: PRF(tp=0, fp=0, fn=1), PER: PRF(tp=1, fp=1, fn=0)}


def test_scoring_unlabelled_counts_hits_under_the_gold_label() -> None:
    gold = [[span(0, 5, ORG), span(6, 10, PER)]]
    predicted = [[span(0, 5, PER), span(6, 10, PER), span(12, 15, "LOC")]]
    scores = score_spans(gold, predicted, match="exact", labelled=False)
    assert scores.micro == PRF(tp=2, fp=1, fn=0)
    assert scores.per_label == {ORG: PRF(tp=1), PER: PRF(tp=1), "LOC": PRF(fp=1)}


def test_scoring_empty_labels_count_in_micro_only() -> None:
    scores = score_spans([[span(0, 5)]], [[span(0, 5), span(7, 9)]], match="exact")
    assert scores.micro == PRF(tp=1, fp=1, fn=0)
    assert scores.per_label == {}


def test_scoring_micro_sums_documents_and_keeps_their_counts() -> None:
    gold = [[span(0, 5, ORG)], [span(0, 3, PER), span(4, 8, PER)]]
    predicted = [[span(0, 5, ORG), span(8, 9, ORG)], [span(0, 3, PER)]]
    scores = score_spans(gold, predicted, match="exact")
    assert scores.per_document == (PRF(tp=1, fp=1, fn=0), PRF(tp=1, fp=0, fn=1))
    assert scores.micro == PRF(tp=2, fp=1, fn=1)
    assert scores.per_label == {ORG: PRF(tp=1, fp=1), PER: PRF(tp=1, fn=1)}


def test_scoring_refuses_unpaired_documents_and_empty_spans() -> None:
    with pytest.raises(ValueError, match="pair up"):
        score_spans([[]], [], match="exact")
    with pytest.raises(ValueError, match="non-empty"):
        LabelledSpan(3, 3, ORG)
    with pytest.raises(ValueError, match="non-empty"):
        LabelledSpan(-1, 3, ORG)


def test_scoring_results_print_and_dump() -> None:
    scores = score_spans([[span(0, 5, ORG)]], [[span(0, 5, ORG), span(6, 8, PER)]], match="overlap")
    dumped = json.loads(json.dumps(scores.to_dict()))
    assert dumped["match"] == "overlap"
    assert dumped["labelled"] is True
    assert dumped["documents"] == 1
    assert dumped["micro"] == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0, "f1": 2 / 3}
    assert list(dumped["per_label"]) == [ORG, PER]
    assert [row["label"] for row in scores.rows()] == ["micro", ORG, PER]
    table = scores.table().splitlines()
    assert table[0].split() == ["label", "tp", "fp", "fn", "P", "R", "F1"]
    assert table[1].split() == ["micro", "1", "1", "0", "0.500", "1.000", "0.667"]
    assert len(table) == 4


def test_scoring_bootstrap_hand_cases() -> None:
    # One document: every resample is that document, so the interval collapses onto the estimate.
    single = bootstrap_interval([PRF(tp=3, fp=1, fn=0)])
    assert (single.low, single.estimate, single.high) == (6 / 7, 6 / 7, 6 / 7)
    # Two documents with F1 1 and 0: resamples are {a,a}, {a,b} or {b,b}, so the 95% interval spans [0, 1].
    pair = bootstrap_interval([PRF(tp=1), PRF(fp=1)], n_resamples=2000)
    assert (pair.low, pair.estimate, pair.high) == (0.0, 2 / 3, 1.0)
    recall = bootstrap_interval([PRF(tp=1, fp=5), PRF(fn=1, fp=5)], metric="recall")
    assert recall.estimate == 0.5
    assert json.loads(json.dumps(recall.to_dict()))["metric"] == "recall"
    empty = bootstrap_interval([])
    assert (empty.low, empty.estimate, empty.high) == (0.0, 0.0, 0.0)


def test_scoring_bootstrap_is_reproducible_and_checks_arguments() -> None:
    counts = [PRF(tp=i % 4, fp=i % 3, fn=i % 2) for i in range(20)]
    assert bootstrap_interval(counts, seed=7) == bootstrap_interval(counts, seed=7)
    with pytest.raises(ValueError, match="confidence"):
        bootstrap_interval(counts, confidence=1.0)
    with pytest.raises(ValueError, match="n_resamples"):
        bootstrap_interval(counts, n_resamples=0)


@st.composite
def spans(draw: st.DrawFn, labels: tuple[str, ...] = (ORG, PER, "LOC")) -> LabelledSpan:
    start = draw(st.integers(min_value=0, max_value=60))
    length = draw(st.integers(min_value=1, max_value=12))
    return LabelledSpan(start, start + length, draw(st.sampled_from(labels)))


documents = st.lists(st.lists(spans(), max_size=8), min_size=1, max_size=6)
modes = st.sampled_from(get_args(Match))


@given(documents, modes, st.booleans())
def test_scoring_perfect_predictions_score_one(gold: list[list[LabelledSpan]], match: Match, labelled: bool) -> None:
    scores = score_spans(gold, gold, match=match, labelled=labelled)
    if any(gold):
        assert scores.micro.f1 == 1.0
        assert all(prf.f1 == 1.0 for prf in scores.per_label.values())
    else:
        assert scores.micro == PRF()


@given(documents, documents, modes, st.booleans(), st.randoms(use_true_random=False))
def test_scoring_ignores_span_order(
    gold: list[list[LabelledSpan]],
    predicted: list[list[LabelledSpan]],
    match: Match,
    labelled: bool,
    shuffler: random.Random,
) -> None:
    predicted = (predicted * len(gold))[: len(gold)]
    shuffled = [shuffler.sample(document, len(document)) for document in predicted]
    assert score_spans(gold, predicted, match=match, labelled=labelled) == score_spans(
        gold, shuffled, match=match, labelled=labelled
    )


@given(documents, documents, modes)
def test_scoring_counts_add_up(
    gold: list[list[LabelledSpan]], predicted: list[list[LabelledSpan]], match: Match
) -> None:
    predicted = (predicted * len(gold))[: len(gold)]
    scores = score_spans(gold, predicted, match=match)
    assert scores.micro.tp + scores.micro.fn == sum(len(document) for document in gold)
    assert scores.micro.tp + scores.micro.fp == sum(len(document) for document in predicted)
    assert sum(scores.per_label.values(), PRF()) == scores.micro


counts = st.builds(
    PRF,
    tp=st.integers(min_value=0, max_value=20),
    fp=st.integers(min_value=0, max_value=20),
    fn=st.integers(min_value=0, max_value=20),
)


@settings(deadline=None)
@given(st.lists(counts, min_size=1, max_size=40), st.sampled_from(get_args(Metric)))
def test_scoring_bootstrap_interval_contains_estimate(per_document: list[PRF], metric: Metric) -> None:
    interval = bootstrap_interval(per_document, metric=metric, n_resamples=300)
    assert 0.0 <= interval.low <= interval.estimate <= interval.high <= 1.0
