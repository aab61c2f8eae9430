"""Coreference scoring of actors on MEANTIME: the reader on a hand-written fixture, the scorers on small cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.config import Settings
from claimgraph.evaluate.meantime_coref import (
    B3Counts,
    GoldMention,
    Predicted,
    align,
    b3,
    b3_interval,
    cross_document_counts,
    evaluate_actors_meantime,
    occurrences,
    read_coref,
    read_coref_document,
)
from claimgraph.evaluate.scoring import PRF

FIXTURE = Path(__file__).parent / "fixtures" / "meantime_coref"
FIXTURE_CORPUS = FIXTURE / "meantime_en"
FIRST = FIXTURE_CORPUS / "intra_cross-doc_annotation" / "corpus_tiny" / "11_Acme_hires_Jane_Roe.xml"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "meantime_en"


def _texts(path: Path) -> list[tuple[str, str, str]]:
    document = read_coref_document(path)
    return [(document.text[m.start:m.end], m.instance, m.type) for m in document.mentions]


def test_meantime_coref_reads_the_clusters_of_the_annotated_region() -> None:
    assert _texts(FIRST) == [
        ("Acme", "ORG_ACME", "ORG"), ("Jane Roe", "PER_ROE", "PER"),
        ("Acme Corp", "ORG_ACME", "ORG"), ("it", "ORG_ACME", "ORG"), ("Jane Roe", "PER_ROE", "PER"),
        ("The company", "ORG_ACME", "ORG"), ("her", "PER_ROE", "PER"),
        ("Jane Roe", "PER_ROE", "PER"), ("Globex", "11#52", "ORG"), ("Springfield", "11#53", "LOC"),
    ]


def test_meantime_coref_alignment_prefers_same_offsets_then_the_smallest_gold_around() -> None:
    gold = [GoldMention(0, 20, "a", "PER"), GoldMention(10, 20, "a", "PER"), GoldMention(0, 5, "b", "ORG")]
    predicted = [Predicted(10, 20, "x"), Predicted(0, 5, "y"), Predicted(25, 30, "z")]
    assert align(gold, predicted) == {1: 0, 2: 1}


def test_meantime_coref_alignment_needs_half_the_prediction_for_a_partial_overlap() -> None:
    gold = [GoldMention(0, 10, "a", "PER")]
    assert align(gold, [Predicted(8, 20, "x")]) == {}
    assert align(gold, [Predicted(4, 12, "x")]) == {0: 0}


def _gold() -> list[GoldMention]:
    return [GoldMention(0, 1, "a", "PER"), GoldMention(2, 3, "a", "PER"), GoldMention(4, 5, "b", "ORG"),
            GoldMention(6, 7, "b", "ORG")]


def test_meantime_coref_b3_is_perfect_for_the_gold_clusters() -> None:
    predicted = [Predicted(0, 1, "p"), Predicted(2, 3, "p"), Predicted(4, 5, "o"), Predicted(6, 7, "o")]
    counts = b3(_gold(), predicted)
    assert (counts.precision, counts.recall) == (1.0, 1.0)


def test_meantime_coref_b3_charges_split_clusters_to_recall_and_merged_ones_to_precision() -> None:
    split = b3(_gold(), [Predicted(0, 1, "p"), Predicted(2, 3, "q"), Predicted(4, 5, "o"), Predicted(6, 7, "o")])
    assert (split.precision, split.recall) == (1.0, 0.75)
    merged = b3(_gold(), [Predicted(0, 1, "p"), Predicted(2, 3, "p"), Predicted(4, 5, "p"), Predicted(6, 7, "p")])
    assert (merged.precision, merged.recall) == (0.5, 1.0)


def test_meantime_coref_b3_counts_a_missed_mention_as_its_own_singleton() -> None:
    counts = b3(_gold(), [Predicted(0, 1, "p"), Predicted(4, 5, "o"), Predicted(6, 7, "o")])
    # Gold "a" has two mentions, one found: each scores recall 1/2; "b" is whole.
    assert counts.recall == pytest.approx((0.5 + 0.5 + 1 + 1) / 4)
    assert counts.precision == 1.0


def test_meantime_coref_b3_leaves_out_types_it_does_not_score() -> None:
    gold = [GoldMention(0, 1, "loc", "LOC"), GoldMention(2, 3, "a", "PER")]
    counts = b3(gold, [Predicted(0, 1, "p"), Predicted(2, 3, "p")])
    assert (counts.precision_n, counts.recall_n, counts.precision) == (1, 1, 1.0)


def test_meantime_coref_cross_document_pairs_compare_keys_with_instances() -> None:
    same = [{("acme", "org:acme"), ("roe", "person:jane-roe")}, {("acme", "org:acme"), ("roe", "person:roe")}]
    counts = cross_document_counts(same)
    total = sum(counts, PRF())
    # Each pair is counted in both of its documents: acme/acme agrees (tp), roe gets two keys (fn).
    assert (total.tp, total.fp, total.fn) == (2, 0, 2)
    merged = cross_document_counts([{("acme", "org:x")}, {("globex", "org:x")}])
    assert sum(merged, PRF()).fp == 2


def test_meantime_coref_occurrences_join_instance_and_key() -> None:
    gold = [GoldMention(0, 4, "acme", "ORG"), GoldMention(5, 9, "place", "LOC")]
    assert occurrences(gold, [Predicted(0, 4, "org:acme"), Predicted(5, 9, "gov:XXX")]) == {("acme", "org:acme")}


def test_meantime_coref_bootstrap_interval_brackets_the_estimate() -> None:
    per_document = [B3Counts(3.0, 4, 2.0, 4), B3Counts(1.0, 1, 1.0, 2), B3Counts(2.0, 2, 3.0, 3)]
    interval = b3_interval(per_document, "f1")
    assert interval.low <= interval.estimate <= interval.high
    assert interval.estimate == pytest.approx(sum(per_document, B3Counts()).f1)


def test_meantime_coref_read_coref_keeps_the_split() -> None:
    documents = read_coref(FIXTURE_CORPUS, "all")
    assert [document.doc_id for document in documents] == ["11", "12"]


@pytest.mark.slow
def test_meantime_coref_evaluation_runs_end_to_end_on_the_fixture(settings: Settings) -> None:
    evaluation = evaluate_actors_meantime(FIXTURE, "all", settings)
    assert evaluation.documents == 2
    assert set(evaluation.metrics) == {"b3_f1", "b3_precision", "b3_recall", "cross_doc_key_precision",
                                       "cross_doc_key_recall"}
    assert all(0.0 <= interval.estimate <= 1.0 for interval in evaluation.metrics.values())


def test_meantime_coref_reads_the_whole_corpus() -> None:
    if not CORPUS.exists():
        pytest.skip(f"MEANTIME not found at {CORPUS} (../shared/data is absent)")
    documents = read_coref(CORPUS, "all")
    assert len(documents) == 120
    assert all(m.end <= d.annotated_end for d in documents for m in d.mentions)
    assert {m.type for d in documents for m in d.mentions} <= {"PER", "ORG", "LOC", "PRO", "FIN", "MIX"}
