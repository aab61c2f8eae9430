"""The TIMEX3 reader and scorer of ``claimgraph evaluate times``, on hand-written CAT files
(``fixtures/meantime_times``) and on the real corpus where ``../shared/data`` is present."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimgraph.config import Settings
from claimgraph.evaluate.evaluation import Split
from claimgraph.evaluate.meantime_times import (
    GoldTime,
    Predicted,
    TimeDocument,
    baseline_value,
    evaluate_times_meantime,
    read_time_documents,
    score_times,
)
from claimgraph.evaluate.runner import EVALUATIONS

FIXTURE_ROOT = Path(__file__).parent / "fixtures" / "meantime_times"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "meantime_en"


def _fixture(split: Split = "all") -> list[TimeDocument]:
    return read_time_documents(FIXTURE_ROOT / "meantime_en", split)


def test_meantime_times_reads_gold_times_of_the_annotated_region() -> None:
    airbus = _fixture()[0]
    text = airbus.text
    assert [(text[t.start:t.end], t.type, t.value) for t in airbus.times] == [
        ("Friday", "DATE", "2008-02-29"), ("2009", "DATE", "2009"), ("two years", "DURATION", "P2Y"),
    ]
    # "2005" lies in the seventh sentence, past MEANTIME's annotation; the creation time is no gold time.
    assert all(text[t.start:t.end] not in ("2005", "March 01 , 2008") for t in airbus.times)


def test_meantime_times_creation_time_is_the_reference_date() -> None:
    airbus = _fixture()[0]
    assert airbus.reference == dt.date(2008, 3, 1)
    assert airbus.creation_span is not None
    assert airbus.text[slice(*airbus.creation_span)] == "March 01 , 2008"
    article = airbus.article()
    assert article.published == "2008-03-01" and article.dateline is None


def test_meantime_times_non_iso_creation_time_falls_back_to_the_date_line() -> None:
    gm = _fixture()[1]
    assert gm.reference == dt.date(2009, 2, 3)  # "03-02-2009" is day-month-year; the date line says February 3
    article = gm.article()
    assert article.published is None
    assert article.dateline is not None and article.dateline.date == "2009-02-03"
    assert article.dateline.span.text == "February 03 , 2009"


def test_meantime_times_splits_follow_the_sub_corpora() -> None:
    assert [d.subcorpus for d in _fixture("dev")] == ["corpus_airbus"]
    assert [d.subcorpus for d in _fixture("test")] == ["corpus_gm"]
    assert len(_fixture("all")) == 2


def test_meantime_times_scores_spans_and_values() -> None:
    airbus, gm = _fixture()
    friday, year, years = airbus.times
    predicted = [
        [
            Predicted(friday.start, friday.end, "DATE", "2008-02-29"),  # exact, right value
            Predicted(year.start - 3, year.end, "DATE", "2009"),  # "in 2009": overlaps, right value
            Predicted(years.start, years.end, "DURATION", "P3Y"),  # exact, wrong value
            Predicted(0, 6, "DATE", "2008"),  # no gold time there
        ],
        [],  # "last month" missed
    ]
    scores = score_times([airbus, gm], predicted).summary()
    assert scores["gold"] == 4 and scores["predicted"] == 4
    assert scores["relaxed_precision"] == pytest.approx(3 / 4) and scores["relaxed_recall"] == pytest.approx(3 / 4)
    assert scores["strict_f1"] == pytest.approx(2 * 2 / (2 * 2 + 2 + 2))
    assert scores["value_accuracy"] == pytest.approx(2 / 3)  # of the three matched gold times
    assert scores["value_recall"] == pytest.approx(2 / 4)  # of all four
    dates = score_times([airbus, gm], predicted, "DATE").summary()
    assert dates["gold"] == 3 and dates["predicted"] == 3 and dates["value_accuracy"] == 1.0


def test_meantime_times_value_pairs_are_one_to_one() -> None:
    airbus = _fixture()[0]
    friday = airbus.times[0]
    doubled = [Predicted(friday.start, friday.end, "DATE", "2008-02-29")] * 2
    scores = score_times([airbus], [doubled]).summary()
    assert scores["value_recall"] == pytest.approx(1 / 3)  # one gold time, paired once, whatever predicts it twice


@pytest.mark.parametrize(
    ("period", "expected"),
    [("year", ("DATE", "2008")), ("month", ("DATE", "2008-03")), ("week", ("DATE", "2008-W09")),
     ("day", ("DATE", "2008-03-01")), ("time", ("TIME", "2008-03-01T18:30"))],
)
def test_meantime_times_baseline_value_keeps_dateparser_granularity(period: str, expected: tuple[str, str]) -> None:
    assert baseline_value(dt.datetime(2008, 3, 1, 18, 30), period) == expected


def test_meantime_times_is_registered_for_evaluate() -> None:
    assert EVALUATIONS["times"]["meantime"] is evaluate_times_meantime


@pytest.mark.slow
def test_meantime_times_evaluation_puts_the_baseline_beside_not_in_the_gate(settings: Settings) -> None:
    evaluation = evaluate_times_meantime(FIXTURE_ROOT, "all", settings)
    assert evaluation.component == "times" and evaluation.documents == 2
    assert set(evaluation.metrics) == {
        f"{prefix}{name}" for prefix in ("", "date_")
        for name in ("relaxed_f1", "strict_f1", "value_accuracy", "value_recall")
    }
    # Friday (2008-02-29, a leap day), 2009, two years and last month are all found with the gold value, and the
    # creation time, which times/1 also finds, is not charged as a false positive.
    assert evaluation.metrics["relaxed_f1"].estimate == 1.0
    assert evaluation.metrics["value_accuracy"].estimate == 1.0
    assert "baseline_relaxed_f1" in evaluation.details["baseline"]["metrics"]
    assert "dateparser" in evaluation.table()


@pytest.mark.skipif(not CORPUS.exists(), reason=f"MEANTIME corpus not found at {CORPUS} (../shared/data is absent)")
def test_meantime_times_reads_the_whole_corpus() -> None:
    documents = read_time_documents(CORPUS, "all")
    assert len(documents) == 120
    assert sum(d.reference_from_creation_time for d in documents) == 117  # 118 creation times, one not ISO
    assert all(d.reference is not None for d in documents)
    assert {d.subcorpus for d in read_time_documents(CORPUS, "dev")} == {"corpus_airbus", "corpus_apple"}
    times: list[GoldTime] = [t for d in documents for t in d.times]
    assert all(t.end <= d.annotated_end for d in documents for t in d.times)
    assert {t.type for t in times} == {"DATE", "TIME", "DURATION", "SET"}
